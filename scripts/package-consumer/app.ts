// Type-checked by scripts/check-package.mjs in a fresh app that installed only the packed tarball
// (no lit, no PixiJS), with skipLibCheck off: the declarations are self-contained, and
// HTMLElementTagNameMap / HTMLElementEventMap give typed querySelector and addEventListener.
import 'cesdk-web-components';
import type {
  CesdkAssetLibrary, CesdkCanvas, CesdkContextMenu, CesdkExportMenu, CesdkInspector, CesdkLayers, CesdkPageNavigator, CesdkTimeline, CesdkToolbar,
} from 'cesdk-web-components';
import { Engine } from 'cesdk-web-components/engine';
const editor = document.querySelector('cesdk-editor')!;
editor.addEventListener('cesdk-export', (event) => { const size: number = event.detail.blob.size; console.log(size); });
editor.license = 'x';
const engine = await editor.ready;
const pages: number[] = engine.scene.getPages();
const headless = await Engine.create();
console.log(pages, headless);
// Every tag is typed from the main entry alone, the on-demand panels included (a missing
// HTMLElementTagNameMap entry makes querySelector return Element, which does not assign).
const tags: [CesdkCanvas | null, CesdkToolbar | null, CesdkInspector | null, CesdkAssetLibrary | null, CesdkLayers | null,
  CesdkPageNavigator | null, CesdkExportMenu | null, CesdkContextMenu | null, CesdkTimeline | null] = [
  document.querySelector('cesdk-canvas'), document.querySelector('cesdk-toolbar'), document.querySelector('cesdk-inspector'),
  document.querySelector('cesdk-asset-library'), document.querySelector('cesdk-layers'), document.querySelector('cesdk-page-navigator'),
  document.querySelector('cesdk-export-menu'), document.querySelector('cesdk-context-menu'), document.querySelector('cesdk-timeline'),
];
console.log(tags.length);
// @ts-expect-error wrong event payload type
editor.addEventListener('cesdk-change', (event) => { const s: string = event.blocks; });
