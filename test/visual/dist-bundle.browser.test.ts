/**
 * The BUILT browser bundle (dist/cesdk.js) draws like the sources on both backends.
 *
 * The other visual tests run the TypeScript sources, where `import … from 'pixi.js'` is PixiJS's full
 * index. The bundle resolves it to a lean barrel instead (scripts/rollup-pixi-lean.mjs: no texture
 * source registry, masks, spritesheets, assets or PixiJS's optional extension loading; Graphics without
 * its GPU pipe) and loads the GPU-only parts (shader filters, filter system, blend filters, graphics
 * pipe) with GPU renderers only (core/render/gpu-extensions.ts). A pipe, system or filter missing
 * there shows up here only: a mixed scene (shapes, stroke, text, image, gradient, shadow, blur, colour
 * adjustments, an advanced blend mode) is rendered by the bundle's SceneRenderer and by the sources'
 * on Canvas 2D and on WebGL, and the pixels must agree.
 *
 * `npm test` builds dist/ (size step) before the browser tests; run `npx rollup -c` first otherwise.
 */
import { expect } from '@open-wc/testing';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { Engine as SourceEngine } from '../../core/engine/index.js';
import { SceneRenderer, type RenderBackend } from '../../core/render/index.js';
import { addGraphic, addText, createPage, LATO_BOLD, PHOTO_URI, rgb } from './scene-builders.js';
import { diffImages, readPixels } from './visual-support.js';

const WIDTH = 400;
const HEIGHT = 260;
/** Same code, same browser: only anti-aliasing noise may differ. */
const ALLOWED_FRACTION = 0.002;

/** Shapes, stroke, text, image fill with adjustments, gradient, shadow, blur and a blend mode. */
function buildMixedScene(engine: Engine): { page: DesignBlockId; text: DesignBlockId; image: DesignBlockId } {
  const page = createPage(engine, WIDTH, HEIGHT);
  const rect = addGraphic(engine, page, { x: 10, y: 10, width: 90, height: 70, color: rgb(0.9, 0.2, 0.2) });
  engine.block.setFloat(engine.block.getShape(rect)!, 'shape/rect/cornerRadiusTL', 16);
  engine.block.setStrokeEnabled(rect, true);
  engine.block.setStrokeWidth(rect, 5);
  engine.block.setStrokeColor(rect, rgb(0.1, 0.1, 0.4));
  const ellipse = addGraphic(engine, page, { x: 115, y: 10, width: 80, height: 70, shape: 'ellipse', color: rgb(0.2, 0.5, 0.9) });
  engine.block.setDropShadowEnabled(ellipse, true);
  engine.block.setDropShadowOffsetX(ellipse, 6);
  engine.block.setDropShadowOffsetY(ellipse, 8);
  engine.block.setDropShadowBlurRadiusX(ellipse, 5);
  engine.block.setDropShadowBlurRadiusY(ellipse, 5);
  engine.block.setDropShadowColor(ellipse, rgb(0, 0, 0, 0.6));
  const star = addGraphic(engine, page, { x: 210, y: 10, width: 80, height: 75, shape: 'star', color: rgb(0.8, 0.1, 0.7) });
  engine.block.setInt(engine.block.getShape(star)!, 'shape/star/points', 5);
  const polygon = addGraphic(engine, page, { x: 305, y: 10, width: 80, height: 75, shape: 'polygon', color: rgb(0.9, 0.6, 0.1) });
  engine.block.setInt(engine.block.getShape(polygon)!, 'shape/polygon/sides', 6);
  addGraphic(engine, page, { x: 10, y: 95, width: 180, height: 6, shape: 'line', color: rgb(0, 0, 0) });
  const gradient = addGraphic(engine, page, { x: 10, y: 115, width: 120, height: 60 });
  const fill = engine.block.createFill('gradient/linear');
  engine.block.setGradientColorStops(fill, 'fill/gradient/colors', [{ color: rgb(1, 0.8, 0), stop: 0 }, { color: rgb(0, 0.2, 0.8), stop: 1 }]);
  engine.block.setFill(gradient, fill);
  // An advanced blend mode (a blend filter on WebGL, globalCompositeOperation on Canvas 2D).
  const overlay = addGraphic(engine, page, { x: 70, y: 130, width: 90, height: 60, shape: 'ellipse', color: rgb(0.1, 0.8, 0.3) });
  engine.block.setBlendMode(overlay, 'Overlay');
  // Image fill with colour adjustments (a colour-matrix filter) ...
  const image = addGraphic(engine, page, { x: 175, y: 110, width: 110, height: 75, image: PHOTO_URI });
  const adjustments = engine.block.createEffect('adjustments');
  engine.block.setFloat(adjustments, 'effect/adjustments/brightness', 0.3);
  engine.block.setFloat(adjustments, 'effect/adjustments/saturation', -0.7);
  engine.block.appendEffect(image, adjustments);
  // ... and a blurred shape (a blur filter).
  const blurred = addGraphic(engine, page, { x: 300, y: 110, width: 80, height: 70, color: rgb(0.3, 0.3, 0.3) });
  const blur = engine.block.createBlur('uniform');
  engine.block.setFloat(blur, 'blur/uniform/intensity', 0.3);
  engine.block.setBlur(blurred, blur);
  engine.block.setBlurEnabled(blurred, true);
  const text = addText(engine, page, { x: 10, y: 200, width: 380, height: 50, text: 'Lean PixiJS 123', font: LATO_BOLD, size: 22, color: rgb(0.05, 0.05, 0.2) });
  engine.event.flush();
  return { page, text, image };
}

interface RendererLike {
  readonly canvas: HTMLCanvasElement;
  readonly backend: RenderBackend;
  setCamera(camera: { x: number; y: number; zoom: number }): void;
  setWatermark(enabled: boolean): void;
  whenIdle(): Promise<void>;
  destroy(): void;
}
interface RendererClass {
  create(options: { engine: Engine; width: number; height: number; resolution: number; preference: RenderBackend; background: number }): Promise<RendererLike>;
}
interface DistModule {
  Engine: typeof SourceEngine;
}

let dist: { Engine: typeof SourceEngine; SceneRenderer: RendererClass } | undefined;

/** Imports dist/cesdk.js and takes its SceneRenderer class (not exported) from a <cesdk-canvas>. */
async function loadDist(): Promise<{ Engine: typeof SourceEngine; SceneRenderer: RendererClass }> {
  if (dist) return dist;
  const url = '/dist/cesdk.js';
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
  if (!response.ok) throw new Error('dist/cesdk.js is missing: build it first (npx rollup -c)');
  const module = (await import(/* @vite-ignore */ url)) as DistModule;
  const engine = await module.Engine.create();
  engine.scene.create('Free', { page: { size: { width: 100, height: 100 } } });
  const element = document.createElement('cesdk-canvas') as HTMLElement & { engine?: Engine; renderBackend: string; ready: Promise<unknown>; renderer?: object };
  element.renderBackend = 'canvas';
  element.style.cssText = 'display:block;position:fixed;left:0;top:0;width:120px;height:120px';
  element.engine = engine;
  document.body.append(element);
  try {
    await element.ready;
    const SceneRendererClass = element.renderer?.constructor as unknown as RendererClass | undefined;
    if (typeof SceneRendererClass?.create !== 'function') throw new Error("the bundle's <cesdk-canvas> has no SceneRenderer");
    dist = { Engine: module.Engine, SceneRenderer: SceneRendererClass };
    return dist;
  } finally {
    element.remove();
    engine.dispose();
  }
}

/** Renders the mixed scene with one SceneRenderer class; returns the pixels and the backend used. */
async function render(EngineClass: typeof SourceEngine, RendererType: RendererClass, backend: RenderBackend): Promise<{ pixels: ImageData; backend: RenderBackend; text: DOMRect; image: DOMRect }> {
  const engine = await EngineClass.create();
  try {
    const scene = buildMixedScene(engine);
    const renderer = await RendererType.create({ engine, width: WIDTH, height: HEIGHT, resolution: 1, preference: backend, background: 0xe5e7eb });
    try {
      renderer.setWatermark(false);
      renderer.setCamera({ x: 0, y: 0, zoom: 1 });
      await renderer.whenIdle();
      const box = (id: DesignBlockId) => new DOMRect(engine.block.getPositionX(id), engine.block.getPositionY(id), engine.block.getWidth(id), engine.block.getHeight(id));
      return { pixels: readPixels(renderer.canvas), backend: renderer.backend, text: box(scene.text), image: box(scene.image) };
    } finally {
      renderer.destroy();
    }
  } finally {
    engine.dispose();
  }
}

/** Pixels in `rect` darker than mid-grey (text ink). */
function darkPixels(image: ImageData, rect: DOMRect): number {
  let count = 0;
  for (let y = Math.floor(rect.top); y < Math.min(image.height, Math.ceil(rect.bottom)); y += 1) {
    for (let x = Math.floor(rect.left); x < Math.min(image.width, Math.ceil(rect.right)); x += 1) {
      const offset = (y * image.width + x) * 4;
      if (image.data[offset] + image.data[offset + 1] + image.data[offset + 2] < 3 * 100) count += 1;
    }
  }
  return count;
}

/** Distinct colours in `rect` (an image has many, a placeholder or a flat fill a few). */
function distinctColors(image: ImageData, rect: DOMRect): number {
  const colors = new Set<number>();
  for (let y = Math.floor(rect.top) + 2; y < Math.ceil(rect.bottom) - 2; y += 1) {
    for (let x = Math.floor(rect.left) + 2; x < Math.ceil(rect.right) - 2; x += 1) {
      const offset = (y * image.width + x) * 4;
      colors.add((image.data[offset] >> 3) << 10 | (image.data[offset + 1] >> 3) << 5 | image.data[offset + 2] >> 3);
    }
  }
  return colors.size;
}

describe('the built bundle (dist/cesdk.js) renders like the sources', () => {
  for (const backend of ['canvas', 'webgl'] as const) {
    it(`draws a mixed scene on ${backend} like the source renderer`, async function () {
      this.timeout(120_000);
      const bundle = await loadDist();
      const built = await render(bundle.Engine, bundle.SceneRenderer, backend);
      const source = await render(SourceEngine, SceneRenderer as unknown as RendererClass, backend);
      expect(built.backend, 'the bundle ran on the requested backend').to.equal(backend);
      expect(source.backend).to.equal(backend);
      // The scene is drawn at all: ink in the text box, a photo (many colours) in the image box.
      expect(darkPixels(built.pixels, built.text), 'text ink in the bundle render').to.be.greaterThan(300);
      expect(distinctColors(built.pixels, built.image), 'photo in the bundle render').to.be.greaterThan(200);
      const { differing } = diffImages(built.pixels, source.pixels);
      expect(differing / (WIDTH * HEIGHT), `pixels differing between bundle and sources on ${backend}`).to.be.lessThan(ALLOWED_FRACTION);
    });
  }
});
