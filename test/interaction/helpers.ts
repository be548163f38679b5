/**
 * Helpers of the canvas interaction tests: mount a real `<cesdk-canvas>` on a real engine, put the
 * camera somewhere known, and synthesize pointer, wheel and keyboard events at world coordinates.
 */
import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import '../../elements/canvas/define.js';
import type { CesdkCanvas } from '../../elements/canvas/canvas.js';
import { loadCanvasParts } from '../../elements/canvas/on-demand.js';

/** A mounted canvas with its engine and page. */
export interface Mounted {
  canvas: CesdkCanvas;
  engine: Engine;
  page: DesignBlockId;
  container: HTMLElement;
}

/** Creates an engine with one 800×600 page. */
export async function createEngine(): Promise<{ engine: Engine; page: DesignBlockId }> {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setWidth(page, 800);
  engine.block.setHeight(page, 600);
  engine.event.flush();
  return { engine, page };
}

/**
 * Mounts a 1000×800 canvas showing a fresh engine, waits until it is ready, and sets the camera to
 * zoom 1 with the page's top-left at view (100, 100), so world (x, y) is view (x + 100, y + 100).
 */
export async function mountCanvas(options: { renderBackend?: 'auto' | 'webgl' | 'canvas' } = {}): Promise<Mounted> {
  const { engine, page } = await createEngine();
  const container = document.createElement('div');
  container.style.setProperty('width', '1000px');
  container.style.setProperty('height', '800px');
  container.style.setProperty('position', 'fixed');
  container.style.setProperty('left', '0');
  container.style.setProperty('top', '0');
  document.body.append(container);
  const canvas = document.createElement('cesdk-canvas');
  canvas.renderBackend = options.renderBackend ?? 'canvas';
  canvas.engine = engine;
  container.append(canvas);
  await canvas.ready;
  // Crop mode and text editing are chunks the canvas prefetches once ready: wait for them, so a
  // test's first double click or startTextEditing starts at once, as it does once they are loaded.
  await loadCanvasParts();
  canvas.setCamera({ x: -100, y: -100, zoom: 1 });
  await canvas.updateComplete;
  return { canvas, engine, page, container };
}

/** Removes a mounted canvas and disposes its engine. */
export function unmount(mounted: Mounted): void {
  mounted.container.remove();
  mounted.engine.dispose();
}

/** Adds a rectangle graphic with a colour fill to a page. */
export function addRect(engine: Engine, page: DesignBlockId, x: number, y: number, width: number, height: number): DesignBlockId {
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape('rect'));
  engine.block.setFill(block, engine.block.createFill('color'));
  engine.block.setPositionX(block, x);
  engine.block.setPositionY(block, y);
  engine.block.setWidth(block, width);
  engine.block.setHeight(block, height);
  engine.block.appendChild(page, block);
  engine.event.flush();
  return block;
}

/** Adds a text block. */
export function addText(engine: Engine, page: DesignBlockId, text: string, x: number, y: number, width: number, height: number): DesignBlockId {
  const block = engine.block.create('text');
  engine.block.setString(block, 'text/text', text);
  engine.block.setPositionX(block, x);
  engine.block.setPositionY(block, y);
  engine.block.setWidth(block, width);
  engine.block.setHeight(block, height);
  engine.block.appendChild(page, block);
  engine.event.flush();
  return block;
}

/** A small PNG data URL drawn at test time. */
export function pngDataUrl(width = 16, height = 16): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ff0000';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#0000ff';
  context.fillRect(0, 0, width / 2, height / 2);
  return canvas.toDataURL('image/png');
}

/** Adds an image graphic. */
export function addImage(engine: Engine, page: DesignBlockId, x: number, y: number, width: number, height: number): DesignBlockId {
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape('rect'));
  const fill = engine.block.createFill('image');
  engine.block.setString(fill, 'fill/image/imageFileURI', pngDataUrl());
  engine.block.setFill(block, fill);
  engine.block.setPositionX(block, x);
  engine.block.setPositionY(block, y);
  engine.block.setWidth(block, width);
  engine.block.setHeight(block, height);
  engine.block.appendChild(page, block);
  engine.event.flush();
  return block;
}

/** The element the canvas listens on for pointer and wheel events. */
export function viewport(canvas: CesdkCanvas): HTMLElement {
  return canvas.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
}

/** Client coordinates of a world point under the canvas's current camera. */
export function clientAt(canvas: CesdkCanvas, worldX: number, worldY: number): { clientX: number; clientY: number } {
  const camera = canvas.getCamera();
  const rect = canvas.getBoundingClientRect();
  return { clientX: rect.left + (worldX - camera.x) * camera.zoom, clientY: rect.top + (worldY - camera.y) * camera.zoom };
}

/** Modifier keys for synthesized events. */
export interface Modifiers {
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** Pointer event options of the helpers. */
export type PointerOptions = Modifiers & { button?: number; pointerId?: number; pointerType?: string };

/** Dispatches one pointer event at client coordinates. */
export function pointerAtClient(canvas: CesdkCanvas, type: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel', client: { clientX: number; clientY: number }, init: PointerOptions = {}): void {
  const button = init.button ?? 0;
  viewport(canvas).dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      ...client,
      button: type === 'pointermove' ? -1 : button,
      buttons: type === 'pointerup' ? 0 : 1 << (button === 1 ? 2 : button === 2 ? 1 : 0),
      pointerId: init.pointerId ?? 1,
      pointerType: init.pointerType ?? 'mouse',
      isPrimary: true,
      shiftKey: init.shiftKey ?? false,
      altKey: init.altKey ?? false,
      ctrlKey: init.ctrlKey ?? false,
      metaKey: init.metaKey ?? false,
    }),
  );
}

/** Dispatches one pointer event at a world point (under the current camera). */
export function pointer(canvas: CesdkCanvas, type: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel', worldX: number, worldY: number, init: PointerOptions = {}): void {
  pointerAtClient(canvas, type, clientAt(canvas, worldX, worldY), init);
}

/** A click (down + up) at a world point. */
export function click(canvas: CesdkCanvas, worldX: number, worldY: number, modifiers: Modifiers = {}): void {
  pointer(canvas, 'pointerdown', worldX, worldY, modifiers);
  pointer(canvas, 'pointerup', worldX, worldY, modifiers);
}

/** A double-click at a world point: two clicks and the `dblclick` event, as a browser sends them. */
export function doubleClick(canvas: CesdkCanvas, worldX: number, worldY: number): void {
  click(canvas, worldX, worldY);
  click(canvas, worldX, worldY);
  viewport(canvas).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, cancelable: true, ...clientAt(canvas, worldX, worldY), detail: 2 }));
}

/**
 * A drag from one world point to another in `steps` moves. The camera is read once at the start,
 * so the points stay where they were on screen even if the drag pans.
 */
export function drag(canvas: CesdkCanvas, from: [number, number], to: [number, number], modifiers: PointerOptions = {}, steps = 5): void {
  const points = [];
  for (let step = 0; step <= steps; step += 1) {
    const t = step / steps;
    points.push(clientAt(canvas, from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t));
  }
  pointerAtClient(canvas, 'pointerdown', points[0]!, modifiers);
  for (const point of points.slice(1)) pointerAtClient(canvas, 'pointermove', point, modifiers);
  pointerAtClient(canvas, 'pointerup', points[points.length - 1]!, modifiers);
}

/** Dispatches a keydown (and keyup) on the canvas, which must have focus. */
export function press(canvas: CesdkCanvas, key: string, modifiers: Modifiers = {}, code?: string): void {
  const init = { key, code: code ?? key, bubbles: true, composed: true, cancelable: true, ...modifiers };
  canvas.dispatchEvent(new KeyboardEvent('keydown', init));
  canvas.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** Dispatches a wheel event at a world point. */
export function wheel(canvas: CesdkCanvas, worldX: number, worldY: number, deltaX: number, deltaY: number, modifiers: Modifiers = {}): void {
  viewport(canvas).dispatchEvent(
    new WheelEvent('wheel', { bubbles: true, composed: true, cancelable: true, ...clientAt(canvas, worldX, worldY), deltaX, deltaY, deltaMode: 0, ...modifiers }),
  );
}

/** Waits for Lit to re-render the canvas (overlay up to date). */
export async function settle(canvas: CesdkCanvas): Promise<void> {
  await canvas.updateComplete;
  // Not requestAnimationFrame: a background test tab may not get frames.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await canvas.updateComplete;
}

/** Asserts two numbers are within `tolerance`. */
export function near(actual: number, expected: number, tolerance = 1e-6): boolean {
  return Math.abs(actual - expected) <= tolerance;
}
