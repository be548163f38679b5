/// <reference types="mocha" />
/**
 * The kind registry end to end: `dropShadow/spread`, a property added through the kind declarations
 * only (its declaration, its use in the shadow's paint, its locale strings), drawn on the canvas and
 * in PNG export; and every engine shape and fill kind drawn through the
 * registry.
 */
import { expect } from '@open-wc/testing';
import { BLOCK_TYPE_SHORTHANDS, SHAPE_KINDS } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { kinds } from '../../core/render/kinds/vector.js';
import { renderBlockToCanvas } from '../../core/render/index.js';
import { addShape, canvasPixels, createScene, decodeImage, meanDifference, near, pixelAt } from './export-helpers.js';
import { drawPdfPage, openPdf } from './pdf-helpers.js';

const licensed = { needsWatermark: false };
const BLUE = { r: 0, g: 0, b: 1, a: 1 };
const WHITE = [255, 255, 255, 255];
const BLACK = [0, 0, 0, 255];

/** A blue 100×100 rectangle at (100, 100) with a hard black shadow (no offset, no blur) of `spread`. */
async function shadowScene(spread: number, shape: 'rect' | 'ellipse' = 'rect') {
  const context = await createScene(300, 300);
  const block = addShape(context.engine, context.page, { x: 100, y: 100, width: 100, height: 100 }, BLUE, shape);
  const { engine } = context;
  engine.block.setBool(block, 'dropShadow/enabled', true);
  engine.block.setColor(block, 'dropShadow/color', { r: 0, g: 0, b: 0, a: 1 });
  engine.block.setFloat(block, 'dropShadow/offset/x', 0);
  engine.block.setFloat(block, 'dropShadow/offset/y', 0);
  engine.block.setFloat(block, 'dropShadow/blurRadius/x', 0);
  engine.block.setFloat(block, 'dropShadow/blurRadius/y', 0);
  engine.block.setFloat(block, 'dropShadow/spread', spread);
  registerExporters(engine, { license: licensed });
  return { ...context, block };
}

describe('kind registry', () => {
  it('registers a drawing for every shape and fill kind the engine declares', () => {
    const names = kinds.names();
    expect([...names.shapes].sort()).to.deep.equal([...BLOCK_TYPE_SHORTHANDS.shape].sort());
    expect([...names.fills].sort()).to.deep.equal([...BLOCK_TYPE_SHORTHANDS.fill].sort());
    for (const name of names.shapes) expect(kinds.shape(name)!.declaration).to.equal((SHAPE_KINDS as Record<string, unknown>)[name]);
    // The vector halves (PDF, SVG): an outline per shape; a vector paint or image for each fill that
    // vectors express (conical gradients and video frames come from pixels).
    expect([...names.outlines].sort()).to.deep.equal([...names.shapes].sort());
    expect([...names.vectors].sort()).to.deep.equal(names.fills.filter((name) => name !== 'gradient/conical' && name !== 'video').sort());
  });

  it('dropShadow/spread defaults to 0, is range-checked, saved and undoable', async () => {
    const { engine, block } = await shadowScene(0);
    expect(engine.block.getFloat(block, 'dropShadow/spread')).to.equal(0);
    expect(engine.block.findAllProperties(block)).to.include('dropShadow/spread');
    expect(() => engine.block.setFloat(block, 'dropShadow/spread', 5000)).to.throw().with.property('code', 'OUT_OF_RANGE');
    engine.editor.addUndoStep();
    engine.block.setFloat(block, 'dropShadow/spread', 12);
    engine.editor.addUndoStep();
    const saved = await engine.scene.saveToString();
    engine.editor.undo();
    expect(engine.block.getFloat(block, 'dropShadow/spread')).to.equal(0);
    await engine.scene.loadFromString(saved);
    const loaded = engine.block.findByType('graphic')[0]!;
    expect(engine.block.getFloat(loaded, 'dropShadow/spread')).to.equal(12);
    engine.dispose();
  });

  for (const shape of ['rect', 'ellipse'] as const) {
    it(`a ${shape}'s shadow grows by its spread in PNG export and on the canvas render`, async () => {
      const plain = await shadowScene(0, shape);
      const spread = await shadowScene(20, shape);
      const negative = await shadowScene(-10, shape);
      const png = async (context: typeof plain) => decodeImage((await context.engine.block.export(context.page, { mimeType: 'image/png' })) as Blob);
      const [a, b, c] = [await png(plain), await png(spread), await png(negative)];
      // 10 px left of the block's edge, at its middle: outside the plain shadow, inside the spread one.
      expect(near(pixelAt(a, 90, 150), WHITE), `no spread: ${pixelAt(a, 90, 150)}`).to.equal(true);
      expect(near(pixelAt(b, 90, 150), BLACK), `spread 20: ${pixelAt(b, 90, 150)}`).to.equal(true);
      expect(near(pixelAt(b, 75, 150), WHITE), `beyond spread 20: ${pixelAt(b, 75, 150)}`).to.equal(true);
      // The block itself stays on top.
      expect(near(pixelAt(b, 150, 150), [0, 0, 255, 255])).to.equal(true);
      // A negative spread hides the shadow behind the block entirely (no offset).
      expect(near(pixelAt(c, 98, 150), WHITE), `spread -10: ${pixelAt(c, 98, 150)}`).to.equal(true);
      // The on-screen renderer draws the same.
      const canvas = await renderBlockToCanvas(spread.engine, spread.page, { width: 300, height: 300 });
      expect(near(pixelAt(canvasPixels(canvas), 90, 150), BLACK)).to.equal(true);
      for (const context of [plain, spread, negative]) context.engine.dispose();
    });
  }

  it('a rectangle\'s rounded corners grow with the spread, sharp ones stay sharp (as CSS box-shadow)', async () => {
    const context = await shadowScene(20);
    const shapeBlock = context.engine.block.getShape(context.block)!;
    context.engine.block.setFloat(shapeBlock, 'shape/rect/cornerRadiusTL', 30);
    const image = await decodeImage((await context.engine.block.export(context.page, { mimeType: 'image/png' })) as Blob);
    // Top-left shadow corner: rounded with radius 50 around (130, 130) → (83, 83) is outside it.
    expect(near(pixelAt(image, 83, 83), WHITE), `rounded corner: ${pixelAt(image, 83, 83)}`).to.equal(true);
    // Top-right corner is sharp: (218, 82) is inside the grown square.
    expect(near(pixelAt(image, 218, 82), BLACK), `sharp corner: ${pixelAt(image, 218, 82)}`).to.equal(true);
    context.engine.dispose();
  });

  it('PDF and SVG take a shadow\'s pixels beyond the block\'s frame (spread 20), as PNG does', async () => {
    const context = await shadowScene(20);
    try {
      const pdf = (await context.engine.block.export(context.page, { mimeType: 'application/pdf' })) as Blob;
      const rendered = canvasPixels(await drawPdfPage(await (await openPdf(pdf)).getPage(1), 300));
      const svg = (await context.engine.block.export(context.page, { mimeType: 'image/svg+xml' })) as Blob;
      const svgPixels = await decodeImage(svg, 300, 300);
      for (const [name, image] of [['PDF', rendered], ['SVG', svgPixels]] as const) {
        // 10 px outside the frame, inside the spread: the shadow (it was cut at the frame).
        expect(near(pixelAt(image, 90, 150), BLACK, 24), `${name} spread: ${pixelAt(image, 90, 150)}`).to.equal(true);
        expect(near(pixelAt(image, 150, 90), BLACK, 24), `${name} spread above: ${pixelAt(image, 150, 90)}`).to.equal(true);
        expect(near(pixelAt(image, 75, 150), WHITE, 24), `${name} beyond the spread: ${pixelAt(image, 75, 150)}`).to.equal(true);
        expect(near(pixelAt(image, 150, 150), [0, 0, 255, 255], 24), `${name} block: ${pixelAt(image, 150, 150)}`).to.equal(true);
      }
    } finally {
      context.engine.dispose();
    }
  });

  it('a rotated block\'s blurred, offset, spread shadow looks the same in PDF, SVG and PNG', async () => {
    const context = await shadowScene(15);
    const { engine, block } = context;
    try {
      engine.block.setRotation(block, Math.PI / 6);
      engine.block.setFloat(block, 'dropShadow/offset/x', 12);
      engine.block.setFloat(block, 'dropShadow/offset/y', -8);
      engine.block.setFloat(block, 'dropShadow/blurRadius/x', 6);
      engine.block.setFloat(block, 'dropShadow/blurRadius/y', 6);
      const png = await decodeImage((await engine.block.export(context.page, { mimeType: 'image/png' })) as Blob);
      const pdf = canvasPixels(await drawPdfPage(await (await openPdf((await engine.block.export(context.page, { mimeType: 'application/pdf' })) as Blob)).getPage(1), 300));
      const svg = await decodeImage((await engine.block.export(context.page, { mimeType: 'image/svg+xml' })) as Blob, 300, 300);
      // Cut at the frame, the shadow's corners and blur would be missing: a clear difference.
      expect(meanDifference(pdf, png), 'PDF vs PNG').to.be.below(2);
      expect(meanDifference(svg, png), 'SVG vs PNG').to.be.below(2);
    } finally {
      engine.dispose();
    }
  });

  it('renderBlockToCanvas rejects a bad margin with a typed error', async () => {
    const context = await shadowScene(20);
    try {
      for (const margin of [-1, Number.NaN, 1e9, '4' as unknown as number]) {
        let code: string | undefined;
        try {
          await renderBlockToCanvas(context.engine, context.block, { width: 10, height: 10, margin });
        } catch (error) {
          code = (error as { code?: string }).code;
        }
        expect(code, `margin ${String(margin)}`).to.equal('INVALID_VALUE');
      }
    } finally {
      context.engine.dispose();
    }
  });
});
