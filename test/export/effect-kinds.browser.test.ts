/// <reference types="mocha" />
// Every effect kind of the catalogue, drawn: a block with a known pattern (an image fill made here,
// one image pixel per output pixel), the effect applied, the page exported to PNG and decoded back,
// and pixel checks that show what the effect did (and that it differs from no effect). One effect
// also goes through PDF (rendered back with pdf.js) and SVG (rasterised by the browser).
import { expect } from '@open-wc/testing';
import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import { exportBlock } from '../../core/export/index.js';
import { SceneRenderer } from '../../core/render/index.js';
import { addGraphic, createPage, rgb } from '../visual/scene-builders.js';
import { readPixels } from '../visual/visual-support.js';
import { addImage, canvasPixels, createScene, decodeImage, meanDifference, near, pixelAt, type DecodedPixels } from './export-helpers.js';
import { drawPdfPage, openPdf } from './pdf-helpers.js';

const licensed = { needsWatermark: false };
/** The block sits at (OFFSET, OFFSET) on a 200×200 white page and is SIZE×SIZE, like its image. */
const OFFSET = 20;
const SIZE = 160;

type Draw = (context: OffscreenCanvasRenderingContext2D) => void;
type Setup = (engine: Engine, effect: DesignBlockId) => void;

async function pngUri(width: number, height: number, draw: (context: OffscreenCanvasRenderingContext2D) => void): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  draw(canvas.getContext('2d')!);
  return URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
}

const fill = (color: string, x = 0, y = 0, width = SIZE, height = SIZE): Draw => (context) => {
  context.fillStyle = color;
  context.fillRect(x, y, width, height);
};
const patterns = {
  halves: (left: string, right: string): Draw => (context) => { fill(left)(context); fill(right, SIZE / 2, 0, SIZE / 2)(context); },
  square: (context: OffscreenCanvasRenderingContext2D) => { fill('#000')(context); fill('#fff', 60, 60, 40, 40)(context); },
  bar: (context: OffscreenCanvasRenderingContext2D) => { fill('#000')(context); fill('#fff', 70, 0, 20, SIZE)(context); },
  stripes: (context: OffscreenCanvasRenderingContext2D) => { fill('#000')(context); for (let x = 0; x < SIZE; x += 16) fill('#fff', x, 0, 8, SIZE)(context); },
  gradient: (context: OffscreenCanvasRenderingContext2D) => {
    const gradient = context.createLinearGradient(0, 0, SIZE, 0);
    gradient.addColorStop(0, '#000');
    gradient.addColorStop(1, '#fff');
    context.fillStyle = gradient;
    context.fillRect(0, 0, SIZE, SIZE);
  },
};

async function scene(draw: Draw, type?: string, setup?: Setup) {
  const { engine, page } = await createScene(200, 200);
  const block = addImage(engine, page, { x: OFFSET, y: OFFSET, width: SIZE, height: SIZE }, await pngUri(SIZE, SIZE, draw));
  if (type) {
    const effect = engine.block.createEffect(type as never);
    engine.block.appendEffect(block, effect);
    setup?.(engine, effect);
  }
  return { engine, page };
}

/** The page as PNG, decoded; with `type`, the block carries that effect. */
async function render(draw: Draw, type?: string, setup?: Setup): Promise<DecodedPixels> {
  const { engine, page } = await scene(draw, type, setup);
  try {
    return await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png' }, { license: licensed }));
  } finally {
    engine.dispose();
  }
}

/** Pixel of the block's image coordinates (x, y) in the export. */
const at = (image: DecodedPixels, x: number, y: number) => pixelAt(image, OFFSET + x, OFFSET + y);
/** First x in a block row where blue outweighs red (the red/blue boundary), or -1. */
function boundary(image: DecodedPixels, y: number): number {
  for (let x = 0; x < SIZE; x += 1) {
    const [r, , b] = at(image, x, y);
    if (b > r) return x;
  }
  return -1;
}
function countInBlock(image: DecodedPixels, test: (pixel: number[]) => boolean): number {
  let count = 0;
  for (let y = 0; y < SIZE; y += 1) for (let x = 0; x < SIZE; x += 1) if (test(at(image, x, y))) count += 1;
  return count / (SIZE * SIZE);
}
const luma = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

/** The export with and without the effect, asserting they differ. */
async function withAndWithout(draw: Draw, type: string, setup?: Setup): Promise<[DecodedPixels, DecodedPixels]> {
  const plain = await render(draw);
  const effected = await render(draw, type, setup);
  expect(meanDifference(plain, effected), `${type} changes the pixels`).to.be.above(1);
  return [effected, plain];
}

describe('effect kinds drawn in exports', function () {
  this.timeout(60_000);

  // First in the file: the pixel pass chunk is not loaded yet, so this covers the canvas waiting for it.
  it('shows a pixel-pass effect on the canvas once its chunk has loaded', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 300, 200);
    const block = addGraphic(engine, page, { x: 20, y: 20, width: 60, height: 40, color: rgb(1, 0, 0) });
    const recolor = engine.block.createEffect('recolor');
    engine.block.setColor(recolor, 'recolor/fromColor', { r: 1, g: 0, b: 0, a: 1 });
    engine.block.setColor(recolor, 'recolor/toColor', { r: 0, g: 1, b: 0, a: 1 });
    engine.block.appendEffect(block, recolor);
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1, background: 0x000000 });
    try {
      renderer.setCamera({ x: 0, y: 0, zoom: 1 });
      await renderer.whenIdle();
      renderer.renderNow();
      const image = readPixels(renderer.canvas);
      const index = (40 * image.width + 50) * 4;
      const pixel = [...image.data.slice(index, index + 4)];
      expect(near(pixel, [0, 255, 0, 255], 10), `red recoloured to green on the canvas, got ${pixel}`).to.equal(true);
    } finally {
      renderer.destroy();
      engine.dispose();
    }
  });

  it('glow brightens the content and blooms past its edges', async () => {
    const [image, plain] = await withAndWithout(patterns.square, 'glow', (engine, effect) => {
      engine.block.setFloat(effect, 'effect/glow/size', 10);
      engine.block.setFloat(effect, 'effect/glow/amount', 0.7);
      engine.block.setFloat(effect, 'effect/glow/darkness', 0.25);
    });
    expect(luma(at(plain, 52, 80))).to.be.below(5);
    expect(luma(at(image, 52, 80)), 'halo beside the square').to.be.above(25);
    expect(luma(at(image, 80, 80)), 'square stays white').to.be.above(240);
    expect(luma(at(image, 3, 3)), 'far corner stays dark').to.be.below(20);
  });

  it('extrude_blur smears towards the centre', async () => {
    const [image] = await withAndWithout(patterns.square, 'extrude_blur', (engine, effect) => engine.block.setFloat(effect, 'effect/extrude_blur/amount', 0.5));
    expect(luma(at(image, 112, 80)), 'streak outside the square').to.be.above(25);
    expect(luma(at(image, 80, 80))).to.be.above(240);
    expect(luma(at(image, 155, 80)), 'too far out for the streak').to.be.below(10);
  });

  it('lut_filter maps colours through the LUT image with its tile counts and intensity', async () => {
    // A 2×2-tile inverting LUT: 4 blue levels, 16×16 red/green cells each.
    const tile = 16;
    const lut = await pngUri(2 * tile, 2 * tile, (context) => {
      for (let level = 0; level < 4; level += 1) {
        for (let g = 0; g < tile; g += 1) {
          for (let r = 0; r < tile; r += 1) {
            const value = (v: number, n: number) => Math.round(255 - (v / (n - 1)) * 255);
            context.fillStyle = `rgb(${value(r, tile)} ${value(g, tile)} ${value(level, 4)})`;
            context.fillRect((level % 2) * tile + r, Math.floor(level / 2) * tile + g, 1, 1);
          }
        }
      }
    });
    const setup = (intensity: number): Setup => (engine, effect) => {
      engine.block.setString(effect, 'effect/lut_filter/lutFileURI', lut);
      engine.block.setInt(effect, 'lut_filter/horizontalTileCount', 2);
      engine.block.setInt(effect, 'lut_filter/verticalTileCount', 2);
      engine.block.setFloat(effect, 'effect/lut_filter/intensity', intensity);
    };
    const [image] = await withAndWithout(patterns.halves('#f00', '#00f'), 'lut_filter', setup(1));
    expect(near(at(image, 40, 80), [0, 255, 255, 255], 6), `red → cyan, got ${at(image, 40, 80)}`).to.equal(true);
    expect(near(at(image, 120, 80), [255, 255, 0, 255], 6), `blue → yellow, got ${at(image, 120, 80)}`).to.equal(true);
    const half = await render(patterns.halves('#f00', '#00f'), 'lut_filter', setup(0.5));
    expect(near(at(half, 40, 80), [128, 128, 128, 255], 6), `half intensity, got ${at(half, 40, 80)}`).to.equal(true);
  });

  it('tv_glitch pulls rows sideways and draws scan lines', async () => {
    const [image] = await withAndWithout(patterns.halves('#f00', '#00f'), 'tv_glitch', (engine, effect) => engine.block.setFloat(effect, 'effect/tv_glitch/distortion', 6));
    const boundaries = new Set(Array.from({ length: SIZE }, (_, y) => boundary(image, y)));
    expect(boundaries.size, 'the boundary moves between rows').to.be.above(3);
  });

  it('half_tone turns flat grey into a dot screen', async () => {
    const [image] = await withAndWithout(fill('#808080'), 'half_tone');
    expect(countInBlock(image, (pixel) => luma(pixel) > 235), 'paper between dots').to.be.above(0.1);
    expect(countInBlock(image, (pixel) => luma(pixel) < 150), 'dots').to.be.above(0.1);
  });

  it('dot_pattern shows the colour in dots on black', async () => {
    const [image] = await withAndWithout(fill('#ff8000'), 'dot_pattern');
    expect(countInBlock(image, (pixel) => luma(pixel) < 20), 'black between dots').to.be.above(0.2);
    expect(countInBlock(image, (pixel) => near(pixel, [255, 128, 0, 255], 12)), 'orange dot centres').to.be.above(0.05);
  });

  it('linocut carves a gradient into black and white lines', async () => {
    const [image] = await withAndWithout(patterns.gradient, 'linocut');
    expect(countInBlock(image, (pixel) => luma(pixel) < 20 || luma(pixel) > 235), 'only ink and paper').to.be.above(0.95);
    const column = (x: number) => Array.from({ length: SIZE }, (_, y) => luma(at(image, x, y)) > 128);
    expect(column(80).some(Boolean) && !column(80).every(Boolean), 'lines in the middle').to.equal(true);
    expect(column(3).filter(Boolean).length).to.be.below(column(156).filter(Boolean).length);
  });

  it('liquid waves a straight edge', async () => {
    const [image] = await withAndWithout(patterns.halves('#f00', '#00f'), 'liquid');
    const xs = Array.from({ length: SIZE }, (_, y) => boundary(image, y)).filter((x) => x >= 0);
    expect(Math.max(...xs) - Math.min(...xs)).to.be.above(4);
  });

  it('mirror keeps one side and mirrors it onto the other', async () => {
    const left = await render(patterns.halves('#f00', '#00f'), 'mirror', (engine, effect) => engine.block.setInt(effect, 'mirror/side', 0));
    expect(near(at(left, 140, 80), [255, 0, 0, 255]), 'left kept: right side red').to.equal(true);
    const [right] = await withAndWithout(patterns.halves('#f00', '#00f'), 'mirror');
    expect(near(at(right, 20, 80), [0, 0, 255, 255]), 'default side 1: left side blue').to.equal(true);
    const top = await render(patterns.halves('#f00', '#00f'), 'mirror', (engine, effect) => engine.block.setInt(effect, 'effect/mirror/side', 2));
    expect(near(at(top, 20, 150), [255, 0, 0, 255]) && near(at(top, 140, 150), [0, 0, 255, 255]), 'top kept: halves unchanged').to.equal(true);
  });

  it('outliner lights the edges over the dimmed image', async () => {
    const [image] = await withAndWithout(patterns.halves('#000', '#fff'), 'outliner', (engine, effect) => {
      engine.block.setFloat(effect, 'effect/outliner/amount', 1);
      engine.block.setFloat(effect, 'effect/outliner/passthrough', 0);
    });
    expect(luma(at(image, 40, 80)), 'flat black').to.be.below(10);
    expect(luma(at(image, 120, 80)), 'flat white dimmed to nothing').to.be.below(10);
    expect(Math.max(luma(at(image, 79, 80)), luma(at(image, 80, 80))), 'edge').to.be.above(150);
  });

  it('recolor replaces white with blue and leaves red', async () => {
    const [image] = await withAndWithout(patterns.halves('#fff', '#f00'), 'recolor');
    expect(near(at(image, 40, 80), [0, 0, 255, 255], 10), `white → blue, got ${at(image, 40, 80)}`).to.equal(true);
    expect(near(at(image, 120, 80), [255, 0, 0, 255], 4)).to.equal(true);
  });

  it('green_screen keys out green and keeps red', async () => {
    const [image] = await withAndWithout(patterns.halves('#0f0', '#f00'), 'green_screen');
    expect(near(at(image, 40, 80), [255, 255, 255, 255], 4), `the white page shows through, got ${at(image, 40, 80)}`).to.equal(true);
    expect(near(at(image, 120, 80), [255, 0, 0, 255], 4)).to.equal(true);
  });

  it('shifter splits red one way and blue the other', async () => {
    const [image] = await withAndWithout(patterns.bar, 'shifter', (engine, effect) => engine.block.setFloat(effect, 'shifter/angle', 0));
    expect(near(at(image, 94, 80), [255, 0, 0, 255], 6), `red fringe right, got ${at(image, 94, 80)}`).to.equal(true);
    expect(near(at(image, 65, 80), [0, 0, 255, 255], 6), `blue fringe left, got ${at(image, 65, 80)}`).to.equal(true);
  });

  it('tilt_shift keeps a band sharp and blurs away from it', async () => {
    const [image] = await withAndWithout(patterns.stripes, 'tilt_shift', (engine, effect) => {
      engine.block.setFloat(effect, 'effect/tilt_shift/amount', 0.05);
      engine.block.setFloat(effect, 'effect/tilt_shift/position', 0.5);
    });
    expect(luma(at(image, 4, 80))).to.be.above(230);
    expect(luma(at(image, 12, 80))).to.be.below(25);
    const top = luma(at(image, 4, 4));
    expect(top, 'blurred far from the band').to.be.within(50, 205);
  });

  it('cross_cut moves slices sideways by different amounts', async () => {
    const [image] = await withAndWithout(patterns.halves('#f00', '#00f'), 'cross_cut', (engine, effect) => engine.block.setFloat(effect, 'effect/cross_cut/offset', 0.2));
    const xs = [...new Set(Array.from({ length: SIZE }, (_, y) => boundary(image, y)))];
    expect(xs.length).to.be.at.least(2);
    expect(Math.max(...xs) - Math.min(...xs)).to.be.above(3);
  });

  it('sharpie posterizes and outlines edges', async () => {
    const [image] = await withAndWithout(patterns.halves('#646464', '#c8c8c8'), 'sharpie');
    expect(near(at(image, 40, 80), [85, 85, 85, 255], 4), `posterized, got ${at(image, 40, 80)}`).to.equal(true);
    expect(near(at(image, 120, 80), [170, 170, 170, 255], 4)).to.equal(true);
    expect(Math.min(luma(at(image, 79, 80)), luma(at(image, 80, 80))), 'dark outline').to.be.below(40);
  });

  it('radial_pixel turns a gradient into polar cells', async () => {
    const [image, plain] = await withAndWithout(patterns.gradient, 'radial_pixel', (engine, effect) => engine.block.setFloat(effect, 'effect/radial_pixel/segments', 0.05));
    const distinct = (source: DecodedPixels) => new Set(Array.from({ length: SIZE }, (_, x) => at(source, x, 80)[0])).size;
    expect(distinct(plain)).to.be.above(100);
    expect(distinct(image)).to.be.below(40);
  });

  it('linear, mirrored and radial blurs keep their sharp part and blur the rest', async () => {
    const blurred = async (type: 'linear' | 'mirrored' | 'radial', setup: (engine: Engine, blur: DesignBlockId) => void = () => {}) => {
      const { engine, page } = await scene(patterns.stripes);
      try {
        const block = engine.block.getChildren(page)[0]!;
        const blur = engine.block.createBlur(type);
        setup(engine, blur);
        engine.block.setBlur(block, blur);
        engine.block.setBlurEnabled(block, true);
        return await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png' }, { license: licensed }));
      } finally {
        engine.dispose();
      }
    };
    const sharp = (image: DecodedPixels, x: number, y: number) => luma(at(image, x, y)) > 225 && luma(at(image, x + 8, y)) < 30;
    const soft = (image: DecodedPixels, x: number, y: number) => luma(at(image, x, y)) > 50 && luma(at(image, x, y)) < 205;

    const radial = await blurred('radial', (engine, blur) => {
      engine.block.setFloat(blur, 'blur/radial/radius', 40);
      engine.block.setFloat(blur, 'radial/gradientRadius', 20);
    });
    expect(sharp(radial, 84, 80), 'radial: sharp centre').to.equal(true);
    expect(soft(radial, 4, 4), `radial: blurred corner, got ${at(radial, 4, 4)}`).to.equal(true);

    const linear = await blurred('linear');
    expect(sharp(linear, 4, 80), 'linear: sharp at the first point').to.equal(true);
    expect(soft(linear, 148, 80), `linear: blurred at the second point, got ${at(linear, 148, 80)}`).to.equal(true);

    const mirrored = await blurred('mirrored', (engine, blur) => engine.block.setFloat(blur, 'blur/mirrored/gradientSize', 20));
    expect(sharp(mirrored, 36, 80), 'mirrored: sharp band on the axis').to.equal(true);
    expect(soft(mirrored, 36, 4), `mirrored: blurred away from it, got ${at(mirrored, 36, 4)}`).to.equal(true);
    expect(soft(mirrored, 36, 156)).to.equal(true);
  });

  it('draws effects in PDF and SVG exports as in PNG', async () => {
    const { engine, page } = await scene(patterns.halves('#f00', '#00f'), 'mirror', (e, effect) => e.block.setInt(effect, 'mirror/side', 0));
    try {
      const pdf = await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed });
      const rendered = canvasPixels(await drawPdfPage(await (await openPdf(pdf)).getPage(1), 200));
      expect(near(at(rendered, 140, 80), [255, 0, 0, 255], 12), `PDF: right side mirrored red, got ${at(rendered, 140, 80)}`).to.equal(true);
      expect(near(at(rendered, 20, 80), [255, 0, 0, 255], 12)).to.equal(true);

      const svg = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed });
      const parsed = new DOMParser().parseFromString(await svg.text(), 'image/svg+xml');
      expect(parsed.getElementsByTagName('image').length, 'the effect block as pixels').to.be.at.least(1);
      const svgPixels = await decodeImage(svg, 200, 200);
      expect(near(at(svgPixels, 140, 80), [255, 0, 0, 255], 12), `SVG: right side mirrored red, got ${at(svgPixels, 140, 80)}`).to.equal(true);
    } finally {
      engine.dispose();
    }
  });
});
