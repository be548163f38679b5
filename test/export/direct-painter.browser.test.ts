/// <reference types="mocha" />
/**
 * The direct painter of raster exports against the renderer's path (`setRasterPainter('renderer')`):
 * the same scenes exported both ways decode to nearly the same pixels, colours at known points are
 * right, and only the blocks the painter cannot draw come from the renderer.
 */
import { expect } from '@open-wc/testing';
import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import { exportBlock } from '../../core/export/index.js';
import { setRasterPainter } from '../../core/export/raster-export.js';
import { canPaintDirectly, DirectPainter } from '../../core/export/direct-painter.js';
import { ExportJob } from '../../core/export/export-job.js';
import { exportBounds, planPixels } from '../../core/export/export-size.js';
import { resolveExportOptions } from '../../core/export/options.js';
import { exportLoaderFor } from '../../core/export/export-loader.js';
import { decodeImage, pixelAt, type DecodedPixels } from './export-helpers.js';
import { addGraphic, addText, buildFillsScene, buildShapesScene, buildStrokesScene, createPage, LATO_BOLD, PHOTO_URI, rgb } from '../visual/scene-builders.js';
import { buildBlendScene, buildEffectsScene, buildTextScene, buildTransformsScene } from '../visual/scene-builders-more.js';

const licensed = { needsWatermark: false };

/** Pixels whose largest channel difference exceeds `threshold`, and the largest difference. */
function compare(a: DecodedPixels, b: DecodedPixels, threshold: number): { over: number; fraction: number; max: number; box: number[] } {
  expect([a.width, a.height]).to.deep.equal([b.width, b.height]);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  let over = 0;
  let max = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    let pixel = 0;
    for (let channel = 0; channel < 4; channel += 1) pixel = Math.max(pixel, Math.abs(a.data[index + channel]! - b.data[index + channel]!));
    max = Math.max(max, pixel);
    if (pixel > threshold) {
      over += 1;
      const x = (index / 4) % a.width;
      const y = Math.floor(index / 4 / a.width);
      box[0] = Math.min(box[0]!, x); box[1] = Math.min(box[1]!, y); box[2] = Math.max(box[2]!, x); box[3] = Math.max(box[3]!, y);
    }
  }
  return { over, fraction: over / (a.width * a.height), max, box };
}

async function exportWith(painter: 'direct' | 'renderer', engine: Engine, block: DesignBlockId, options: Parameters<typeof exportBlock>[2] = {}): Promise<DecodedPixels> {
  const previous = setRasterPainter(painter);
  try {
    return await decodeImage(await exportBlock(engine, block, { mimeType: 'image/png', ...options }, { license: licensed }));
  } finally {
    setRasterPainter(previous);
  }
}

/** A 200×120 page holding a group of a red and a blue square. */
function groupedPair(engine: Engine): { page: DesignBlockId; a: DesignBlockId; b: DesignBlockId; group: DesignBlockId } {
  const page = createPage(engine, 200, 120);
  const a = addGraphic(engine, page, { x: 10, y: 10, width: 80, height: 80, color: rgb(0.9, 0.1, 0.1) });
  const b = addGraphic(engine, page, { x: 100, y: 10, width: 80, height: 80, color: rgb(0.1, 0.1, 0.9) });
  return { page, a, b, group: engine.block.group([a, b]) };
}

async function painterCounts(engine: Engine, block: DesignBlockId): Promise<{ painted: number; rendered: number } | undefined> {
  const options = resolveExportOptions({ mimeType: 'image/png' });
  const bounds = exportBounds(engine, block);
  const painter = await DirectPainter.prepare(
    { engine, block, plan: planPixels(engine, bounds, options), job: new ExportJob(options), watermark: false, assets: exportLoaderFor(engine) },
    bounds,
  );
  return painter?.counts;
}

/**
 * Everything the brief lists on one page: every shape kind, gradients, strokes in three positions,
 * dashes, joins, an image with a crop, text with runs, blend modes, opacity, a block with an effect
 * and one with a drop shadow, and content hanging off the page.
 */
function buildVariedScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 480, 360, rgb(0.97, 0.96, 0.92));
  // Shapes.
  addGraphic(engine, page, { x: 10, y: 10, width: 70, height: 60, color: rgb(0.9, 0.1, 0.1) });
  addGraphic(engine, page, { x: 90, y: 10, width: 70, height: 60, shape: 'ellipse', color: rgb(0.1, 0.6, 0.2) });
  const star = addGraphic(engine, page, { x: 170, y: 10, width: 70, height: 60, shape: 'star', color: rgb(0.8, 0.1, 0.7) });
  engine.block.setInt(engine.block.getShape(star)!, 'shape/star/points', 6);
  const polygon = addGraphic(engine, page, { x: 250, y: 10, width: 70, height: 60, shape: 'polygon', color: rgb(0.9, 0.6, 0.1) });
  engine.block.setFloat(engine.block.getShape(polygon)!, 'shape/polygon/cornerRadius', 6);
  const path = addGraphic(engine, page, { x: 330, y: 10, width: 70, height: 60, shape: 'vector_path', color: rgb(0.1, 0.5, 0.7) });
  engine.block.setString(engine.block.getShape(path)!, 'shape/vector_path/path', 'M 50 90 C 0 60 0 10 30 10 C 45 10 50 25 50 25 C 50 25 55 10 70 10 C 100 10 100 60 50 90 Z');
  addGraphic(engine, page, { x: 410, y: 38, width: 60, height: 4, shape: 'line', color: rgb(0, 0, 0) });
  // Gradients.
  const linear = addGraphic(engine, page, { x: 10, y: 90, width: 100, height: 60 });
  const linearFill = engine.block.createFill('gradient/linear');
  engine.block.setGradientColorStops(linearFill, 'fill/gradient/colors', [{ color: rgb(1, 0.8, 0), stop: 0 }, { color: rgb(0, 0.2, 0.8), stop: 1 }]);
  engine.block.setFloat(linearFill, 'fill/gradient/linear/startPointX', 0);
  engine.block.setFloat(linearFill, 'fill/gradient/linear/endPointX', 1);
  engine.block.setFloat(linearFill, 'fill/gradient/linear/startPointY', 0.5);
  engine.block.setFloat(linearFill, 'fill/gradient/linear/endPointY', 0.5);
  engine.block.setFill(linear, linearFill);
  const radial = addGraphic(engine, page, { x: 120, y: 90, width: 80, height: 60, shape: 'ellipse' });
  const radialFill = engine.block.createFill('gradient/radial');
  engine.block.setGradientColorStops(radialFill, 'fill/gradient/colors', [{ color: rgb(1, 1, 1), stop: 0 }, { color: rgb(0.6, 0, 0.3), stop: 1 }]);
  engine.block.setFill(radial, radialFill);
  // Strokes: three positions, a dashed one with round joins.
  (['Inner', 'Center', 'Outer'] as const).forEach((position, index) => {
    const block = addGraphic(engine, page, { x: 225 + index * 85, y: 95, width: 60, height: 50, color: rgb(0.95, 0.85, 0.2) });
    engine.block.setBool(block, 'stroke/enabled', true);
    engine.block.setFloat(block, 'stroke/width', 8);
    engine.block.setColor(block, 'stroke/color', rgb(0.1, 0.1, 0.4));
    engine.block.setEnum(block, 'stroke/position', position);
    if (index === 1) engine.block.setEnum(block, 'stroke/cornerGeometry', 'Round');
  });
  const dashed = addGraphic(engine, page, { x: 10, y: 170, width: 90, height: 60, shape: 'ellipse', color: rgb(0.8, 0.9, 1) });
  engine.block.setBool(dashed, 'stroke/enabled', true);
  engine.block.setFloat(dashed, 'stroke/width', 5);
  engine.block.setColor(dashed, 'stroke/color', rgb(0.9, 0.2, 0.1));
  engine.block.setEnum(dashed, 'stroke/style', 'Dashed');
  // An image with a crop, rotated.
  const photo = addGraphic(engine, page, { x: 115, y: 170, width: 90, height: 70, image: PHOTO_URI });
  engine.block.setContentFillMode(photo, 'Crop');
  engine.block.setCropScaleX(photo, 1.6);
  engine.block.setCropScaleY(photo, 1.6);
  engine.block.setCropTranslationX(photo, -0.2);
  engine.block.setRotation(photo, 0.2);
  // A crop smaller than its frame (the renderer's texture fill repeats the image).
  const small = addGraphic(engine, page, { x: 410, y: 60, width: 60, height: 26, image: PHOTO_URI });
  engine.block.setContentFillMode(small, 'Crop');
  engine.block.setCropScaleX(small, 0.5);
  engine.block.setCropScaleY(small, 0.5);
  // Text with runs.
  const text = addText(engine, page, { x: 220, y: 165, width: 250, height: 70, text: 'Direct painter runs', size: 20 });
  engine.block.setTextColor(text, rgb(0.8, 0, 0), 0, 6);
  engine.block.setTextFontSize(text, 28, 7, 14);
  engine.block.setString(text, 'text/fontFileUri', LATO_BOLD);
  // Blend modes and opacity over a dark band.
  addGraphic(engine, page, { x: 10, y: 250, width: 200, height: 40, color: rgb(0.2, 0.3, 0.5) });
  const multiply = addGraphic(engine, page, { x: 20, y: 240, width: 60, height: 60, shape: 'ellipse', color: rgb(1, 0.6, 0.2) });
  engine.block.setBlendMode(multiply, 'Multiply');
  const screen = addGraphic(engine, page, { x: 80, y: 240, width: 60, height: 60, color: rgb(0.2, 0.8, 0.4) });
  engine.block.setBlendMode(screen, 'Screen');
  const faded = addGraphic(engine, page, { x: 140, y: 240, width: 60, height: 60, color: rgb(0, 0, 0) });
  engine.block.setOpacity(faded, 0.4);
  // An effect and a drop shadow (both from the renderer's pixels).
  const sepia = addGraphic(engine, page, { x: 230, y: 250, width: 90, height: 60, image: PHOTO_URI });
  engine.block.appendEffect(sepia, engine.block.createEffect('sepia'));
  const shadowed = addGraphic(engine, page, { x: 340, y: 250, width: 60, height: 50, color: rgb(0.3, 0.7, 0.9) });
  engine.block.setBool(shadowed, 'dropShadow/enabled', true);
  engine.block.setColor(shadowed, 'dropShadow/color', rgb(0, 0, 0, 0.8));
  engine.block.setFloat(shadowed, 'dropShadow/offset/x', 8);
  engine.block.setFloat(shadowed, 'dropShadow/offset/y', 8);
  // Hanging off the right and bottom edges.
  addGraphic(engine, page, { x: 440, y: 320, width: 80, height: 80, shape: 'ellipse', color: rgb(0.2, 0.2, 0.2) });
  return page;
}

const SCENES: Array<[string, (engine: Engine) => DesignBlockId]> = [
  ['varied', buildVariedScene],
  ['shapes', buildShapesScene],
  ['fills', buildFillsScene],
  ['strokes', buildStrokesScene],
  ['effects', buildEffectsScene],
  ['blend modes', buildBlendScene],
  ['transforms', buildTransformsScene],
  ['text', buildTextScene],
];

/**
 * Tolerance: a pixel differs when a channel is off by more than 48/255 (anti-aliasing of edges
 * drawn by different rasterizers, text glyphs drawn directly instead of from a text texture);
 * at most 1.5 % of the pixels may differ.
 */
const THRESHOLD = 48;
const MAX_FRACTION = 0.015;

describe('direct raster painter', () => {
  for (const [name, build] of SCENES) {
    it(`paints the ${name} scene like the renderer's path`, async function () {
      this.timeout(120_000);
      const engine = await Engine.create();
      try {
        const page = build(engine);
        const renderer = await exportWith('renderer', engine, page);
        const direct = await exportWith('direct', engine, page);
        const result = compare(direct, renderer, THRESHOLD);
        expect(result.fraction, `${name}: ${result.over} pixels differ by more than ${THRESHOLD} (max ${result.max}, within ${result.box})`).to.be.at.most(MAX_FRACTION);
      } finally {
        engine.dispose();
      }
    });
  }

  it('puts the right colours at known points of the varied scene', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const page = buildVariedScene(engine);
      const image = await exportWith('direct', engine, page);
      const near = (x: number, y: number, want: number[], tolerance = 6): void => {
        const got = pixelAt(image, x, y);
        expect(got.every((value, channel) => Math.abs(value - want[channel]!) <= tolerance), `(${x}, ${y}): ${got} vs ${want}`).to.equal(true);
      };
      near(45, 40, [230, 26, 26, 255]); // red rect
      near(125, 40, [26, 153, 51, 255]); // ellipse
      near(5, 5, [247, 245, 235, 255]); // page
      near(12, 120, [255, 204, 0, 255], 12); // linear gradient start
      near(107, 120, [0, 51, 204, 255], 12); // linear gradient end
      near(228, 120, [26, 26, 102, 255]); // inner stroke inside the frame
      near(221, 120, [247, 245, 235, 255]); // nothing outside the inner stroke
      near(391, 120, [26, 26, 102, 255]); // outer stroke outside the frame (x 387..395)
      near(50, 270, [51, 46, 26, 255], 10); // Multiply: (1,0.6,0.2)·(0.2,0.3,0.5)
      near(120, 270, [92, 219, 179, 255], 8); // Screen over the band: 1 - (1 - a)(1 - b)
      near(170, 270, [0.6 * 51, 0.6 * 77, 0.6 * 128, 255].map(Math.round), 8); // 40 % black over the band
      near(470, 350, [51, 51, 51, 255]); // hanging ellipse, inside the page
      near(404, 304, [51, 51, 51, 255], 40); // drop shadow below-right of its block (from the renderer)
    } finally {
      engine.dispose();
    }
  });

  it('leaves only effects, shadows and conical gradients to the renderer', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const plain = createPage(engine, 200, 200);
      addGraphic(engine, plain, { x: 10, y: 10, width: 50, height: 50 });
      addText(engine, plain, { x: 10, y: 80, width: 150, height: 40, text: 'plain' });
      expect(await painterCounts(engine, plain)).to.deep.equal({ painted: 3, rendered: 0 });
      const varied = buildVariedScene(engine);
      const counts = await painterCounts(engine, varied);
      expect(counts?.rendered).to.equal(2);
    } finally {
      engine.dispose();
    }
  });

  it('gives a block exported alone the opacity of its page and group, as the renderer does', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const { page, a, b, group } = groupedPair(engine);
      engine.block.setOpacity(group, 0.5);
      engine.block.setOpacity(page, 0.8);
      for (const block of [page, group, a]) {
        const renderer = await exportWith('renderer', engine, block);
        const direct = await exportWith('direct', engine, block);
        const result = compare(direct, renderer, 8);
        expect(result.over, `block ${block}: max ${result.max}`).to.equal(0);
      }
      const alone = await exportWith('direct', engine, a);
      expect(pixelAt(alone, 40, 40)[3]).to.be.within(96, 108); // 0.8 × 0.5 of 255
    } finally {
      engine.dispose();
    }
  });

  it('draws groups with a blend mode and flipped groups as the renderer does', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const page = createPage(engine, 300, 160, rgb(0.2, 0.5, 0.8));
      const star = addGraphic(engine, page, { x: 10, y: 10, width: 80, height: 70, shape: 'star', color: rgb(0.9, 0.8, 0.1) });
      const ellipse = addGraphic(engine, page, { x: 60, y: 40, width: 70, height: 60, shape: 'ellipse', color: rgb(0.9, 0.2, 0.3) });
      engine.block.setBlendMode(ellipse, 'Screen');
      const blended = engine.block.group([star, ellipse]);
      engine.block.setBlendMode(blended, 'Multiply');
      const left = addGraphic(engine, page, { x: 160, y: 20, width: 60, height: 40, shape: 'polygon', color: rgb(0.1, 0.8, 0.3) });
      const right = addGraphic(engine, page, { x: 230, y: 60, width: 50, height: 80, color: rgb(0.6, 0.1, 0.7) });
      const flipped = engine.block.group([left, right]);
      engine.block.setFlipHorizontal(flipped, true);
      engine.block.setRotation(flipped, 0.3);
      expect((await painterCounts(engine, page))?.rendered).to.equal(1);
      const result = compare(await exportWith('direct', engine, page), await exportWith('renderer', engine, page), 8);
      expect(result.over, `max ${result.max} within ${result.box}`).to.be.at.most(20);
    } finally {
      engine.dispose();
    }
  });

  it('paints the whole scene (pages in their column, content over the gap) and cover-cropped sizes like the renderer', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const page = buildVariedScene(engine);
      const second = engine.block.create('page');
      engine.block.setWidth(second, 480);
      engine.block.setHeight(second, 200);
      engine.block.appendChild(engine.scene.get()!, second);
      addGraphic(engine, second, { x: 40, y: 40, width: 120, height: 90, shape: 'star', color: rgb(0.3, 0.2, 0.8) });
      const scene = engine.scene.get()!;
      for (const [block, options] of [[scene, {}], [page, { targetWidth: 300, targetHeight: 300 }], [page, { targetWidth: 999 }]] as const) {
        const renderer = await exportWith('renderer', engine, block, options);
        const direct = await exportWith('direct', engine, block, options);
        const result = compare(direct, renderer, THRESHOLD);
        expect(result.fraction, `${JSON.stringify(options)}: ${result.over} differ (max ${result.max}, within ${result.box})`).to.be.at.most(MAX_FRACTION);
      }
    } finally {
      engine.dispose();
    }
  });

  it('leaves a root left out of exports, or inside a hidden or left-out parent, to the renderer', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const { page, a, b, group } = groupedPair(engine);
      expect(canPaintDirectly(engine, page)).to.equal(true);
      expect(canPaintDirectly(engine, a)).to.equal(true);
      engine.block.setVisible(group, false);
      expect(canPaintDirectly(engine, a)).to.equal(false);
      expect(compare(await exportWith('direct', engine, a), await exportWith('renderer', engine, a), 8).over).to.equal(0);
      engine.block.setVisible(group, true);
      engine.block.setIncludedInExport(page, false);
      expect(canPaintDirectly(engine, page)).to.equal(false);
      expect(canPaintDirectly(engine, b)).to.equal(false);
      expect(compare(await exportWith('direct', engine, page), await exportWith('renderer', engine, page), 8).over).to.equal(0);
    } finally {
      engine.dispose();
    }
  });

  it('leaves a page with an image fill or effects to the renderer, which draws it as before', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const page = createPage(engine, 240, 160);
      addGraphic(engine, page, { x: 20, y: 20, width: 60, height: 60, color: rgb(0.9, 0.1, 0.1) });
      const fill = engine.block.createFill('image');
      engine.block.setString(fill, 'fill/image/imageFileURI', PHOTO_URI);
      engine.block.setFill(page, fill);
      expect(await painterCounts(engine, page)).to.equal(undefined);
      const direct = await exportWith('direct', engine, page);
      const renderer = await exportWith('renderer', engine, page);
      expect(compare(direct, renderer, 2).over).to.equal(0);
      // The photo, not a plain page, behind the red square.
      const corner = pixelAt(direct, 200, 140);
      expect(corner[3]).to.equal(255);
      expect(corner.slice(0, 3).some((channel, index) => Math.abs(channel - [255, 255, 255][index]!) > 20)).to.equal(true);
    } finally {
      engine.dispose();
    }
  });

  it('paints tiled exports like one render', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const page = buildVariedScene(engine);
      const whole = await exportWith('direct', engine, page);
      const tiled = await exportWith('direct', engine, page, { maxTileSize: 128 });
      const result = compare(tiled, whole, 8);
      expect(result.over, `max ${result.max}`).to.be.at.most(whole.width * 2);
      const renderer = await exportWith('renderer', engine, page, { maxTileSize: 128 });
      expect(compare(tiled, renderer, THRESHOLD).fraction).to.be.at.most(MAX_FRACTION);
    } finally {
      engine.dispose();
    }
  });

  it('keeps the watermark decision: unlicensed direct exports carry the same mark as the renderer path', async function () {
    this.timeout(60_000);
    const engine = await Engine.create();
    try {
      const page = createPage(engine, 300, 200);
      addGraphic(engine, page, { x: 20, y: 20, width: 100, height: 80, color: rgb(0.2, 0.4, 0.9) });
      const run = async (painter: 'direct' | 'renderer') => {
        const previous = setRasterPainter(painter);
        try {
          return await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png' }, { license: { needsWatermark: true } }));
        } finally {
          setRasterPainter(previous);
        }
      };
      const direct = await run('direct');
      const renderer = await run('renderer');
      const clean = await exportWith('direct', engine, page);
      expect(compare(direct, clean, 8).over).to.be.above(100);
      expect(compare(direct, renderer, THRESHOLD).fraction).to.be.at.most(0.002);
    } finally {
      engine.dispose();
    }
  });
});
