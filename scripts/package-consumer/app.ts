// Type-checked by scripts/check-package.mjs in a fresh app that installed only the packed tarball
// (no lit, no PixiJS), with skipLibCheck off: the declarations are self-contained, and
// HTMLElementTagNameMap / HTMLElementEventMap give typed querySelector and addEventListener.
import 'cesdk-web-components';
import { Engine } from 'cesdk-web-components/engine';
const editor = document.querySelector('cesdk-editor')!;
editor.addEventListener('cesdk-export', (event) => { const size: number = event.detail.blob.size; console.log(size); });
editor.license = 'x';
const engine = await editor.ready;
const pages: number[] = engine.scene.getPages();
const headless = await Engine.create();
console.log(pages, headless);
// @ts-expect-error wrong event payload type
editor.addEventListener('cesdk-change', (event) => { const s: string = event.blocks; });
