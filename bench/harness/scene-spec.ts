/**
 * The benchmark scene, identical for every library: N objects on a 1920×1080 page, placed by a seeded
 * generator. 40% rectangles, 25% ellipses, 10% rounded rectangles, 20% texts of 16–24 px, 5% images.
 */
export type ObjectKind = 'rect' | 'ellipse' | 'roundedRect' | 'text' | 'image';

export interface BenchObject {
  kind: ObjectKind;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: [number, number, number];
  stroke: [number, number, number];
  strokeWidth: number;
  cornerRadius: number;
  text: string;
  fontSize: number;
}

export const PAGE_WIDTH = 1920;
export const PAGE_HEIGHT = 1080;

/** mulberry32: a tiny seeded generator so every library gets exactly the same scene. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds the N-object scene description. */
export function buildSceneSpec(count: number, seed = 42): BenchObject[] {
  const random = seededRandom(seed);
  const color = (): [number, number, number] => [Math.floor(random() * 256), Math.floor(random() * 256), Math.floor(random() * 256)];
  const objects: BenchObject[] = [];
  for (let index = 0; index < count; index += 1) {
    const pick = random();
    const kind: ObjectKind = pick < 0.4 ? 'rect' : pick < 0.65 ? 'ellipse' : pick < 0.75 ? 'roundedRect' : pick < 0.95 ? 'text' : 'image';
    const width = 20 + random() * 120;
    const height = 20 + random() * 80;
    objects.push({
      kind,
      x: random() * (PAGE_WIDTH - width),
      y: random() * (PAGE_HEIGHT - height),
      width,
      height,
      fill: color(),
      stroke: color(),
      strokeWidth: 1 + Math.floor(random() * 3),
      cornerRadius: kind === 'roundedRect' ? 4 + random() * 12 : 0,
      text: `Label ${index}`,
      fontSize: 16 + Math.floor(random() * 9),
    });
  }
  return objects;
}

/** A small PNG made once on a 2D canvas, shared by every image object (data URL). */
export function makeBenchImage(): string {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, 64, 64);
  gradient.addColorStop(0, '#3b82f6');
  gradient.addColorStop(1, '#f97316');
  context.fillStyle = gradient;
  context.fillRect(0, 0, 64, 64);
  context.fillStyle = '#fff';
  context.fillRect(16, 16, 32, 32);
  return canvas.toDataURL('image/png');
}

/** Forces pending drawing of a canvas (2D, WebGL or WebGPU) to complete by reading one pixel back. */
export function flushCanvas(canvas: HTMLCanvasElement | OffscreenCanvas): void {
  const probe = document.createElement('canvas');
  probe.width = 1;
  probe.height = 1;
  const context = probe.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(canvas as CanvasImageSource, 0, 0, 1, 1, 0, 0, 1, 1);
  context.getImageData(0, 0, 1, 1);
}
