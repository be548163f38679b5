/**
 * A whole editing session in the demo page, run inside an iframe that the test server delivers with
 * the strict Content-Security-Policy header. Each step is a name and a function, so a feature is added
 * to the CSP test by adding a step (video export: one entry in EXPORTS, see below).
 */
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Engine } from '../../core/engine/index.js';

/** A CSP violation as the recorder (test/wtr-plugins/strict-csp.mjs) logs it. */
export interface Violation { directive: string; blocked: string; source: string; line: number; column: number; sample: string }
/** The demo iframe's window. */
export type DemoWindow = Window & typeof globalThis & { __cesdkCspViolations: Violation[] };

const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);

/** What a step gets: the demo's window, its editor and engine, and a way to find inner elements. */
export interface SessionContext {
  readonly frame: HTMLIFrameElement;
  readonly window: DemoWindow;
  readonly editor: HTMLElement & { ready: Promise<Engine>; showPanel(panel?: 'assets' | 'layers' | 'pages' | 'inspector'): void; openContextMenu(): Promise<void>; openShortcutHelp(): void; save(): Promise<string> };
  readonly engine: Engine;
  /** Blobs the editor handed out (`cesdk-export`), by MIME type. */
  readonly exports: Map<string, Blob>;
}

/** A step of the session. */
export interface SessionStep {
  readonly name: string;
  run(context: SessionContext): Promise<void>;
}

/**
 * The export formats the session goes through with the export menu, and the bytes each must start
 * with (`magicAt`: at that offset; without it: anywhere in the first 256 bytes). Video export adds
 * `{ mimeType: 'video/mp4', magic: 'ftyp', magicAt: 4 }` and `{ mimeType: 'video/webm', magic: '\x1aE\xdf\xa3', magicAt: 0 }`.
 */
export const EXPORTS: ReadonlyArray<{ mimeType: string; magic: string; magicAt?: number; options?: Record<string, unknown> }> = [
  { mimeType: 'image/png', magic: '\x89PNG', magicAt: 0 },
  { mimeType: 'application/pdf', magic: '%PDF', magicAt: 0, options: { pdfHighCompatibility: false } },
  { mimeType: 'image/svg+xml', magic: '<svg' },
];

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** querySelector through shadow roots. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    const scope: ParentNode | null = current?.shadowRoot ?? current;
    current = scope?.querySelector(selector) ?? null;
    if (current === null) return null;
  }
  return current as T | null;
}

async function until(check: () => boolean, what: string, timeout = 15_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await pause(25);
  }
}

async function fixtureFile(path: string, name: string, type: string): Promise<File> {
  const bytes = await (await fetch(new URL(`../fixtures/${path}`, import.meta.url))).arrayBuffer();
  return new File([bytes], name, { type });
}

type Library = HTMLElement & { upload(files: File[]): Promise<void>; selectSource(id: string): void; updateComplete: Promise<unknown> };
type Canvas = HTMLElement & { startTextEditing(id: number): void; editingTextBlock: number | undefined; getCamera(): { x: number; y: number; zoom: number }; updateComplete: Promise<unknown> };

/** Clicks the first tile of an asset library source, as a person would (a DOM click on the button). */
async function clickFirstAsset(context: SessionContext, source: string): Promise<void> {
  const library = deep<Library>(context.editor, 'cesdk-asset-library')!;
  library.selectSource(source);
  await until(() => {
    const root = library.shadowRoot;
    const selected = root?.querySelector('[role="tab"][aria-selected="true"]')?.id.endsWith(`-tab-${source}`) ?? false;
    return selected && root?.querySelector('[role="tabpanel"]')?.getAttribute('aria-busy') === 'false' && root.querySelectorAll('button.asset').length > 0;
  }, `assets of ${source}`);
  const before = context.engine.block.findAll().length;
  library.shadowRoot!.querySelector<HTMLButtonElement>('button.asset')!.click();
  await until(() => context.engine.block.findAll().length > before, `a block from ${source}`);
}

/** The steps: everything a designer does in a first session. */
export const SESSION: readonly SessionStep[] = [
  { name: 'add a shape and a text from the asset library', async run(context) {
    await clickFirstAsset(context, 'ly.img.shape');
    await clickFirstAsset(context, 'ly.img.text');
  } },
  { name: 'upload a photo and an SVG', async run(context) {
    const library = deep<Library>(context.editor, 'cesdk-asset-library')!;
    const before = context.engine.block.findByType('graphic').length;
    await library.upload([
      await fixtureFile('images/photo-1600x1200.jpg', 'photo.jpg', 'image/jpeg'),
      await fixtureFile('images/logo.svg', 'logo.svg', 'image/svg+xml'),
    ]);
    if (context.engine.block.findByType('graphic').length < before + 2) throw new Error('the uploads were not placed');
  } },
  { name: 'edit a text in place with the keyboard', async run(context) {
    const { engine } = context;
    const text = engine.block.findByType('text')[0]!;
    const canvas = deep<Canvas>(context.editor, 'cesdk-canvas')!;
    engine.block.select(text);
    await canvas.updateComplete;
    const camera = canvas.getCamera();
    const frameRect = context.frame.getBoundingClientRect();
    const canvasRect = canvas.getBoundingClientRect();
    const x = frameRect.left + canvasRect.left + (engine.block.getPositionX(text) + 10 - camera.x) * camera.zoom;
    const y = frameRect.top + canvasRect.top + (engine.block.getPositionY(text) + 10 - camera.y) * camera.zoom;
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    for (let click = 0; click < 2; click += 1) {
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'up' });
    }
    await pause(50);
    if (canvas.editingTextBlock === undefined) canvas.startTextEditing(text);
    await until(() => canvas.editingTextBlock === text, 'text editing');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Strict CSP' });
    await sendKeys({ press: 'Escape' });
    await until(() => engine.block.getString(text, 'text/text') === 'Strict CSP', 'the typed text');
  } },
  { name: 'inspect, restyle, undo and redo', async run(context) {
    const { engine } = context;
    const graphic = engine.block.findByType('graphic')[0]!;
    engine.block.select(graphic);
    await until(() => deep(context.editor, 'cesdk-inspector') !== null, 'the inspector');
    engine.block.setOpacity(graphic, 0.5);
    engine.block.setDropShadowEnabled(graphic, true);
    engine.block.setRotation(graphic, 0.3);
    engine.editor.undo();
    engine.editor.redo();
    await pause(100);
  } },
  { name: 'layers, pages, context menu and shortcut help', async run(context) {
    const { editor } = context;
    editor.showPanel('layers');
    await until(() => deep(editor, 'cesdk-layers') !== null && context.window.customElements.get('cesdk-layers') !== undefined, 'the layers panel');
    editor.showPanel('pages');
    await until(() => deep(editor, 'cesdk-page-navigator') !== null, 'the pages panel');
    await pause(200);
    await editor.openContextMenu();
    await pause(50);
    await sendKeys({ press: 'Escape' });
    editor.openShortcutHelp();
    await pause(50);
    deep<HTMLDialogElement>(editor, 'dialog')?.close();
    editor.showPanel('assets');
  } },
  { name: 'dark theme and German', async run(context) {
    context.editor.setAttribute('theme', 'dark');
    context.editor.setAttribute('locale', 'de');
    await pause(300);
    context.editor.setAttribute('theme', 'light');
    context.editor.setAttribute('locale', 'en');
  } },
  { name: 'export with the export menu', async run(context) {
    const menu = deep<HTMLElement & { mimeType: string; pdfHighCompatibility: boolean; exportNow(): Promise<Blob | undefined> }>(context.editor, 'cesdk-toolbar', 'cesdk-export-menu')!;
    for (const format of EXPORTS) {
      Object.assign(menu, { mimeType: format.mimeType, ...format.options });
      const blob = await menu.exportNow();
      if (!blob) throw new Error(`no ${format.mimeType} export`);
      const head = String.fromCharCode(...new Uint8Array(await blob.slice(0, 256).arrayBuffer()));
      const at = head.indexOf(format.magic);
      if (at < 0 || (format.magicAt !== undefined && at !== format.magicAt)) {
        throw new Error(`${format.mimeType} export starts with ${JSON.stringify(head.slice(0, 16))}`);
      }
      context.exports.set(format.mimeType, blob);
    }
  } },
  { name: 'save, and reopen the design from an archive with its uploads', async run(context) {
    const scene = await context.editor.save();
    if (!scene.includes('Strict CSP')) throw new Error('the saved scene lacks the typed text');
    const { engine } = context;
    const archive = await engine.scene.saveToArchive();
    await engine.scene.loadFromArchive(archive);
    const canvas = deep<Canvas & { renderer?: { whenIdle(): Promise<void> } }>(context.editor, 'cesdk-canvas')!;
    await canvas.renderer?.whenIdle();
    const png = await engine.block.export(engine.scene.getPages()[0]!, { mimeType: 'image/png' });
    if (png.size === 0) throw new Error('the reopened design did not export');
  } },
];

/** The violations, each with the code around it (the bundle's line), for a readable failure. */
export async function describeViolations(window: DemoWindow): Promise<string> {
  const described = [];
  for (const violation of window.__cesdkCspViolations) {
    const text = violation.source ? await (await fetch(violation.source)).text().catch(() => '') : '';
    const line = text.split('\n')[violation.line - 1] ?? '';
    described.push({ ...violation, code: line.slice(Math.max(0, violation.column - 160), violation.column + 80) });
  }
  return JSON.stringify(described, null, 1);
}

/** Opens the demo under the strict policy (connect-src allows `licenseServer` when given). */
export async function openStrictDemo(config: Record<string, unknown>, licenseServer?: string): Promise<SessionContext> {
  const { id } = await command<{ id: string }>('csp-demo-config', config);
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', '1300px');
  frame.style.setProperty('height', '850px');
  frame.style.setProperty('border', '0');
  frame.src = `/demo/index.html?cesdk-csp=${encodeURIComponent(licenseServer ?? '')}&cesdk-config=${id}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.prepend(frame);
  await loaded;
  const window = frame.contentWindow as DemoWindow;
  const start = performance.now();
  let editor = window.document.querySelector<SessionContext['editor']>('cesdk-editor');
  while (!editor && performance.now() - start < 15_000) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    editor = window.document.querySelector('cesdk-editor');
  }
  if (!editor) throw new Error(`the demo made no editor; violations: ${JSON.stringify(window.__cesdkCspViolations)}`);
  const engine = await Promise.race([
    editor.ready,
    new Promise<Engine>((_resolve, reject) => setTimeout(() => reject(new Error(`not ready; violations: ${JSON.stringify(window.__cesdkCspViolations)}`)), 30_000)),
  ]);
  const exports = new Map<string, Blob>();
  // The page handles exports itself (no download), as an integrator's page would.
  editor.addEventListener('cesdk-export', (event) => event.preventDefault());
  Object.assign(editor, { onSave: () => undefined });
  return { frame, window, editor, engine, exports };
}

