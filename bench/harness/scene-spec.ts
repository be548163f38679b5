/**
 * The benchmark scenes, identical for every library: N objects placed by a seeded generator, 40%
 * rectangles, 25% ellipses, 10% rounded rectangles, 20% texts of 16–24 px, 5% images.
 * - `dense`: a 1920×1080 page, all of it in the 1920×1080 view.
 * - `spread`: a 4000×3000 page seen through the 1920×1080 view, which pans diagonally across it.
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

export type SceneName = 'dense' | 'spread';

/** The view every library draws into (the canvas on screen), in CSS pixels = design units at zoom 1. */
export const VIEW_WIDTH = 1920;
export const VIEW_HEIGHT = 1080;
/** The dense scene's page (the renderer benchmark, bench/render, uses it alone). */
export const PAGE_WIDTH = 1920;
export const PAGE_HEIGHT = 1080;

/** The page size of each scene (design units = CSS pixels at zoom 1). */
export const SCENE_PAGES: Record<SceneName, { width: number; height: number }> = {
  dense: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
  spread: { width: 4000, height: 3000 },
};

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

/** Builds the N-object scene description (the dense scene is the same as before the spread one existed). */
export function buildSceneSpec(count: number, scene: SceneName = 'dense', seed = 42): BenchObject[] {
  const { width: pageWidth, height: pageHeight } = SCENE_PAGES[scene];
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
      x: random() * (pageWidth - width),
      y: random() * (pageHeight - height),
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

/** A view position (top-left corner of the view, in page units). */
export interface ViewPoint {
  x: number;
  y: number;
}

/** The spread scene's pan crosses the page's diagonal in this many frames (about 71 px per frame). */
export const PAN_STEPS = 40;

/**
 * The camera positions of the pan measurement, after `warmUp` positions that are not measured.
 * dense: the view jiggles ±2 px over the page it already shows (as the harness always did).
 * spread: the view moves in equal steps (1/PAN_STEPS of the way, or 1/frames if more) along the
 * page's diagonal from the top-left corner towards the bottom-right one, so every frame shows ground
 * that no earlier frame showed.
 */
export function panPath(scene: SceneName, frames: number, warmUp: number): ViewPoint[] {
  const points: ViewPoint[] = [];
  for (let frame = 0; frame < warmUp; frame += 1) points.push({ x: frame % 2 === 0 ? 2 : 0, y: 0 });
  const page = SCENE_PAGES[scene];
  const endX = Math.max(0, page.width - VIEW_WIDTH);
  const endY = Math.max(0, page.height - VIEW_HEIGHT);
  const steps = Math.max(frames, PAN_STEPS);
  for (let frame = 1; frame <= frames; frame += 1) {
    if (scene === 'dense') points.push({ x: frame % 2 === 0 ? 2 : 0, y: 0 });
    else points.push({ x: (endX * frame) / steps, y: (endY * frame) / steps });
  }
  return points;
}

/**
 * The object dragged in the drag measurement, shown in `view`: the dense scene keeps the middle
 * object of the list (as before); the spread scene takes the object whose centre is nearest to the
 * view's centre.
 */
export function dragIndex(objects: readonly BenchObject[], scene: SceneName, view: ViewPoint): number {
  if (scene === 'dense') return Math.floor(objects.length / 2);
  const centreX = view.x + VIEW_WIDTH / 2;
  const centreY = view.y + VIEW_HEIGHT / 2;
  let best = 0;
  let bestDistance = Infinity;
  objects.forEach((object, index) => {
    const distance = Math.hypot(object.x + object.width / 2 - centreX, object.y + object.height / 2 - centreY);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
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
