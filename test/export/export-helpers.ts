/**
 * Helpers of the export tests: scenes built through the public engine API, fixture URLs, and
 * decoding of exported files back to pixels in the browser.
 */
import { Engine, type DesignBlockId, type RGBAColor } from '../../core/engine/index.js';

/** A decoded image: straight RGBA. */
export interface DecodedPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** The absolute URL of a file under test/fixtures/. */
export function fixtureUrl(path: string): string {
  return new URL(`../fixtures/${path}`, import.meta.url).href;
}

/** The bytes of a file under test/fixtures/. */
export async function fixtureBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(fixtureUrl(path));
  if (!response.ok) throw new Error(`fixture ${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** An engine with a scene whose one page is `width`×`height` design units with a white fill. */
export async function createScene(width: number, height: number): Promise<{ engine: Engine; scene: DesignBlockId; page: DesignBlockId }> {
  const engine = await Engine.create();
  const scene = engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setWidth(page, width);
  engine.block.setHeight(page, height);
  const fill = engine.block.getFill(page);
  if (fill != null && engine.block.getType(fill).endsWith('/fill/color')) {
    engine.block.setColor(fill, 'fill/color/value', { r: 1, g: 1, b: 1, a: 1 });
  }
  return { engine, scene, page };
}

/** Adds a graphic block with the given shape and a solid colour fill. */
export function addShape(
  engine: Engine,
  parent: DesignBlockId,
  frame: { x: number; y: number; width: number; height: number },
  color: RGBAColor,
  shape: 'rect' | 'ellipse' | 'star' | 'polygon' = 'rect',
): DesignBlockId {
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape(shape));
  const fill = engine.block.createFill('color');
  engine.block.setColor(fill, 'fill/color/value', color);
  engine.block.setFill(block, fill);
  engine.block.setPositionX(block, frame.x);
  engine.block.setPositionY(block, frame.y);
  engine.block.setWidth(block, frame.width);
  engine.block.setHeight(block, frame.height);
  engine.block.appendChild(parent, block);
  return block;
}

/** Stroke positions in the order {@link addStrokePositionRects} places them, left to right. */
export const STROKE_POSITIONS = ['Inner', 'Center', 'Outer'] as const;

/** On a page of at least 600×200: three red 100×100 rects at x = 50, 250, 450 (y = 50) with 20-unit black strokes, Inner, Center and Outer. */
export function addStrokePositionRects(engine: Engine, page: DesignBlockId): void {
  STROKE_POSITIONS.forEach((position, index) => {
    const rect = addShape(engine, page, { x: 50 + index * 200, y: 50, width: 100, height: 100 }, { r: 1, g: 0, b: 0, a: 1 });
    engine.block.setBool(rect, 'stroke/enabled', true);
    engine.block.setFloat(rect, 'stroke/width', 20);
    engine.block.setColor(rect, 'stroke/color', { r: 0, g: 0, b: 0, a: 1 });
    engine.block.setEnum(rect, 'stroke/position', position);
  });
}

/**
 * What the rects of {@link addStrokePositionRects} show at y = 100 across each left edge (15 and 5
 * units outside, 5 and 15 inside): stroke (black), fill (red) or page (white).
 */
export const STROKE_POSITION_SAMPLES: ReadonlyArray<{ position: (typeof STROKE_POSITIONS)[number]; x: number; want: number[] }> = (() => {
  const [black, red, white] = [[0, 0, 0, 255], [255, 0, 0, 255], [255, 255, 255, 255]];
  const expected = { Inner: [white, white, black, black], Center: [white, black, black, red], Outer: [black, black, red, red] };
  return STROKE_POSITIONS.flatMap((position, index) => {
    const edge = 50 + index * 200;
    return [edge - 15, edge - 5, edge + 5, edge + 15].map((x, sample) => ({ position, x, want: expected[position][sample]! }));
  });
})();

/** Adds a rect graphic block filled with the image at `uri`. */
export function addImage(engine: Engine, parent: DesignBlockId, frame: { x: number; y: number; width: number; height: number }, uri: string): DesignBlockId {
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape('rect'));
  const fill = engine.block.createFill('image');
  engine.block.setString(fill, 'fill/image/imageFileURI', uri);
  engine.block.setFill(block, fill);
  engine.block.setPositionX(block, frame.x);
  engine.block.setPositionY(block, frame.y);
  engine.block.setWidth(block, frame.width);
  engine.block.setHeight(block, frame.height);
  engine.block.appendChild(parent, block);
  return block;
}

/** Adds a text block in the Lato fixture font. */
export function addText(engine: Engine, parent: DesignBlockId, frame: { x: number; y: number; width: number; height: number }, text: string, fontSize = 24): DesignBlockId {
  const block = engine.block.create('text');
  engine.block.replaceText(block, text);
  engine.block.setString(block, 'text/fontFileUri', fixtureUrl('fonts/Lato-Regular.ttf'));
  engine.block.setFloat(block, 'text/fontSize', fontSize);
  engine.block.setPositionX(block, frame.x);
  engine.block.setPositionY(block, frame.y);
  engine.block.setWidth(block, frame.width);
  engine.block.setHeight(block, frame.height);
  engine.block.appendChild(parent, block);
  return block;
}

/** Decodes an image Blob (PNG, JPEG, WebP, SVG) to straight RGBA pixels through the browser. */
export async function decodeImage(blob: Blob, width?: number, height?: number): Promise<DecodedPixels> {
  let source: ImageBitmap | HTMLImageElement;
  if (blob.type === 'image/svg+xml') {
    const url = URL.createObjectURL(blob);
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      source = image;
    } finally {
      URL.revokeObjectURL(url);
    }
  } else {
    source = await createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  }
  const outWidth = width ?? source.width;
  const outHeight = height ?? source.height;
  const canvas = new OffscreenCanvas(outWidth, outHeight);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(source, 0, 0, outWidth, outHeight);
  if ('close' in source) source.close();
  return { width: outWidth, height: outHeight, data: context.getImageData(0, 0, outWidth, outHeight).data };
}

/** Reads straight RGBA pixels from a canvas the renderer returned. */
export function canvasPixels(canvas: HTMLCanvasElement | OffscreenCanvas): DecodedPixels {
  const copy = new OffscreenCanvas(canvas.width, canvas.height);
  const context = copy.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(canvas, 0, 0);
  return { width: canvas.width, height: canvas.height, data: context.getImageData(0, 0, canvas.width, canvas.height).data };
}

/** The RGBA of one pixel. */
export function pixelAt(image: DecodedPixels, x: number, y: number): [number, number, number, number] {
  const index = (Math.floor(y) * image.width + Math.floor(x)) * 4;
  return [image.data[index]!, image.data[index + 1]!, image.data[index + 2]!, image.data[index + 3]!];
}

/** Whether two colours differ by at most `tolerance` in every channel. */
export function near(actual: readonly number[], expected: readonly number[], tolerance = 8): boolean {
  return expected.every((value, index) => Math.abs(actual[index]! - value) <= tolerance);
}

/** Mean absolute channel difference of two same-sized images, composited on white (0..255). */
export function meanDifference(a: DecodedPixels, b: DecodedPixels): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`size ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let sum = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const alphaA = a.data[i + 3]! / 255;
    const alphaB = b.data[i + 3]! / 255;
    for (let channel = 0; channel < 3; channel += 1) {
      const valueA = a.data[i + channel]! * alphaA + 255 * (1 - alphaA);
      const valueB = b.data[i + channel]! * alphaB + 255 * (1 - alphaB);
      sum += Math.abs(valueA - valueB);
    }
  }
  return sum / ((a.data.length / 4) * 3);
}

/** Whether `haystack` contains `needle` as a contiguous byte run. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  if (needle.length === 0) return true;
  const first = needle[0]!;
  outer: for (let i = haystack.indexOf(first); i !== -1 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Makes a JPEG of `width`×`height` with a colourful pattern, as a `blob:` URL and its bytes. */
export async function generatedJpeg(width: number, height: number, hue: number): Promise<{ uri: string; bytes: Uint8Array }> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  for (let y = 0; y < height; y += 16) {
    for (let x = 0; x < width; x += 16) {
      context.fillStyle = `hsl(${(hue + x + y) % 360} 70% 50%)`;
      context.fillRect(x, y, 16, 16);
    }
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return { uri: URL.createObjectURL(blob), bytes: new Uint8Array(await blob.arrayBuffer()) };
}
