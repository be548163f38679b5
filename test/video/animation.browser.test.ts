import { expect } from '@open-wc/testing';
import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { SceneRenderer } from '../../core/render/index.js';
import { canvasPixels, decodeImage, pixelAt, type DecodedPixels } from '../export/export-helpers.js';
import { colorDistance, decodeVideo } from './video-helpers.js';

const licensed = { needsWatermark: false };
const WHITE = [255, 255, 255];
const RED = [230, 25, 25];
const BLUE = [25, 25, 230];
const GREEN = [25, 200, 25];

/** Where the test scene puts its blocks (page 320×180, design units = pixels). */
const FADE = { x: 20, y: 60, width: 80, height: 60 };
const SLIDE = { x: 200, y: 60, width: 80, height: 60 };
const WIPE = { x: 120, y: 130, width: 60, height: 40 };

function rect(engine: Engine, page: DesignBlockId, frame: typeof FADE, color: number[]): DesignBlockId {
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape('rect'));
  const fill = engine.block.createFill('color');
  engine.block.setColor(fill, 'fill/color/value', { r: color[0]! / 255, g: color[1]! / 255, b: color[2]! / 255, a: 1 });
  engine.block.setFill(block, fill);
  engine.block.setPositionX(block, frame.x);
  engine.block.setPositionY(block, frame.y);
  engine.block.setWidth(block, frame.width);
  engine.block.setHeight(block, frame.height);
  engine.block.setDuration(block, 2);
  engine.block.appendChild(page, block);
  return block;
}

/**
 * A 2-second video scene on white: a red block fading in over 1 s, a blue block sliding in from the
 * right over 1 s (by its own width) and a green block wiped in from the left over 1 s, all linear.
 */
async function animatedScene(): Promise<{ engine: Engine; page: DesignBlockId }> {
  const engine = await Engine.create();
  engine.scene.createVideo({ page: { size: { width: 320, height: 180 } } });
  const page = engine.scene.getPages()[0]!;
  const background = engine.block.createFill('color');
  engine.block.setColor(background, 'fill/color/value', { r: 1, g: 1, b: 1, a: 1 });
  engine.block.setFill(page, background);
  engine.block.setDuration(page, 2);
  const faded = rect(engine, page, FADE, RED);
  const fadeIn = engine.block.createAnimation('fade');
  engine.block.setInAnimation(faded, fadeIn);
  engine.block.setDuration(fadeIn, 1);
  const slid = rect(engine, page, SLIDE, BLUE);
  const slideIn = engine.block.createAnimation('slide');
  engine.block.setInAnimation(slid, slideIn);
  engine.block.setDuration(slideIn, 1);
  engine.block.setFloat(slideIn, 'animation/slide/direction', 0);
  const wiped = rect(engine, page, WIPE, GREEN);
  const wipeIn = engine.block.createAnimation('wipe');
  engine.block.setInAnimation(wiped, wipeIn);
  engine.block.setDuration(wipeIn, 1);
  engine.block.setEnum(wipeIn, 'animation/wipe/direction', 'Right');
  return { engine, page };
}

const mix = (a: number[], b: number[], share: number) => a.map((value, index) => value * share + b[index]! * (1 - share));
const centerOf = (frame: typeof FADE) => [frame.x + frame.width / 2, frame.y + frame.height / 2] as const;

/** The pixel checks of one moment; `pixel(x, y)` reads the picture under test. */
async function checkMoment(time: number, pixel: (x: number, y: number) => Promise<number[]> | number[], tolerance = 24): Promise<void> {
  const [fadeX, fadeY] = centerOf(FADE);
  const progress = Math.min(1, time);
  const faded = await pixel(fadeX, fadeY);
  expect(colorDistance(faded, mix(RED, WHITE, progress))).to.be.below(tolerance, `t=${time}: fade at ${Math.round(progress * 100)} %: ${faded}`);
  // The slide starts one block width to the right and moves left to rest.
  const offset = SLIDE.width * (1 - progress);
  const inside = await pixel(SLIDE.x + offset + 8, SLIDE.y + 30);
  expect(colorDistance(inside, BLUE)).to.be.below(tolerance, `t=${time}: the sliding block at +${offset}: ${inside}`);
  if (offset > 16) {
    const left = await pixel(SLIDE.x + offset - 8, SLIDE.y + 30);
    expect(colorDistance(left, WHITE)).to.be.below(tolerance, `t=${time}: not yet at rest: ${left}`);
  }
  // The wipe reveals the green block from its left edge.
  const revealed = WIPE.width * progress;
  if (revealed > 12) expect(colorDistance(await pixel(WIPE.x + 4, WIPE.y + 20), GREEN)).to.be.below(tolerance, `t=${time}: wiped part`);
  if (revealed < WIPE.width - 12) expect(colorDistance(await pixel(WIPE.x + WIPE.width - 4, WIPE.y + 20), WHITE)).to.be.below(tolerance, `t=${time}: part not yet wiped in`);
}

describe('animations drawn at the playback time', function () {
  this.timeout(240_000);
  let renderer: SceneRenderer | undefined;
  afterEach(() => {
    renderer?.destroy();
    renderer = undefined;
  });

  it('block.export of the page at set playback times shows the fade, the slide and the wipe', async () => {
    const { engine, page } = await animatedScene();
    registerExporters(engine, { license: licensed });
    for (const time of [0, 0.25, 0.5, 1.5]) {
      engine.block.setPlaybackTime(page, time);
      const image: DecodedPixels = await decodeImage(await engine.block.export(page, { mimeType: 'image/png' }));
      expect([image.width, image.height]).to.deep.equal([320, 180]);
      await checkMoment(time, (x, y) => pixelAt(image, x, y));
    }
  });

  it('the canvas redraws animated blocks as the playhead moves (tiles included)', async () => {
    const { engine, page } = await animatedScene();
    renderer = await SceneRenderer.create({ engine, width: 320, height: 180, resolution: 1, tiles: 'always' });
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    for (const time of [1.5, 0.25, 0.75, 0]) {
      engine.block.setPlaybackTime(page, time);
      await renderer.whenIdle();
      renderer.renderNow();
      const pixels = canvasPixels(renderer.canvas);
      await checkMoment(time, (x, y) => pixelAt(pixels, x, y), 28);
    }
  });

  it('exportVideo frames, decoded back, follow the animations', async () => {
    const { engine, page } = await animatedScene();
    registerExporters(engine, { license: licensed });
    const blob = await engine.block.exportVideo(page, { mimeType: 'video/mp4', framerate: 10 });
    const video = await decodeVideo(blob);
    try {
      expect(video.frameCount).to.equal(20);
      // Frame k shows time k / 10; read inside each frame's span.
      for (const time of [0, 0.5, 1.5]) await checkMoment(time, (x, y) => video.pixel(time + 0.01, x, y), 40);
    } finally {
      video.dispose();
    }
  });

  it('zoom, grow, spin, blur, a fade-out and a breathing loop, in page exports', async () => {
    const engine = await Engine.create();
    engine.scene.createVideo({ page: { size: { width: 320, height: 180 } } });
    const page = engine.scene.getPages()[0]!;
    const background = engine.block.createFill('color');
    engine.block.setColor(background, 'fill/color/value', { r: 1, g: 1, b: 1, a: 1 });
    engine.block.setFill(page, background);
    engine.block.setDuration(page, 2);
    const BLACK = [0, 0, 0];
    const animate = (block: DesignBlockId, type: string, slot: 'in' | 'out' | 'loop', settings: Record<string, unknown> = {}) => {
      const animation = engine.block.createAnimation(type);
      engine.block.setDuration(animation, 1);
      for (const [path, value] of Object.entries(settings)) {
        if (typeof value === 'boolean') engine.block.setBool(animation, path, value);
        else if (typeof value === 'number') engine.block.setFloat(animation, path, value);
        else engine.block.setEnum(animation, path, value as string);
      }
      if (slot === 'in') engine.block.setInAnimation(block, animation);
      else if (slot === 'out') engine.block.setOutAnimation(block, animation);
      else engine.block.setLoopAnimation(block, animation);
    };
    animate(rect(engine, page, { x: 20, y: 20, width: 60, height: 60 }, RED), 'zoom', 'in', { 'animation/zoom/fade': false });
    animate(rect(engine, page, { x: 100, y: 20, width: 60, height: 60 }, BLUE), 'grow', 'in', { 'animation/grow/direction': 'Horizontal' });
    animate(rect(engine, page, { x: 200, y: 20, width: 80, height: 20 }, GREEN), 'spin', 'in', { 'animation/spin/intensity': 0.25, 'animation/spin/fade': false });
    animate(rect(engine, page, { x: 20, y: 100, width: 60, height: 60 }, BLACK), 'blur', 'in', { 'animation/blur/fade': false });
    animate(rect(engine, page, { x: 100, y: 100, width: 60, height: 60 }, RED), 'fade', 'out');
    animate(rect(engine, page, { x: 220, y: 110, width: 40, height: 40 }, BLUE), 'breathing_loop', 'loop');
    // A wipe over a block whose effect is drawn by the pixel pass (a sprite instead of the vector body).
    const pixelized = rect(engine, page, { x: 170, y: 110, width: 40, height: 40 }, BLACK);
    engine.block.appendEffect(pixelized, engine.block.createEffect('pixelize'));
    animate(pixelized, 'wipe', 'in', { 'animation/wipe/direction': 'Right' });
    registerExporters(engine, { license: licensed });
    const at = async (time: number) => {
      engine.block.setPlaybackTime(page, time);
      const image = await decodeImage(await engine.block.export(page, { mimeType: 'image/png' }));
      return (x: number, y: number) => pixelAt(image, x, y);
    };
    const is = (pixel: number[], color: number[], what: string, tolerance = 24) => expect(colorDistance(pixel, color)).to.be.below(tolerance, `${what}: ${pixel}`);
    const start = await at(0);
    const half = await at(0.5);
    const rest = await at(1.5);
    // Zoom from half size: at 0.5 s the block is 45 units wide around its centre (50, 50).
    is(half(50, 50), RED, 'zoom centre');
    is(half(24, 24), WHITE, 'zoom corner not reached yet');
    is(rest(24, 24), RED, 'zoom corner at rest');
    // Grow horizontally: half as wide at 0.5 s, full height.
    is(half(105, 50), WHITE, 'grow: left edge not reached');
    is(half(130, 24), BLUE, 'grow: full height');
    is(rest(105, 50), BLUE, 'grow at rest');
    // Spin a quarter turn: the 80×20 bar stands upright at the start.
    is(start(240, 60), GREEN, 'spin: upright at the start');
    is(start(210, 30), WHITE, 'spin: not lying yet');
    is(rest(210, 30), GREEN, 'spin at rest');
    is(rest(240, 60), WHITE, 'spin: upright no more');
    // Blur: the black square's edge is smeared into the white at the start, sharp at rest.
    expect(colorDistance(start(14, 130), WHITE)).to.be.above(20, `blur spreads beyond the edge: ${start(14, 130)}`);
    is(rest(14, 130), WHITE, 'sharp at rest', 8);
    // Fade-out over the block's last second (it lasts 2 s).
    is(half(130, 130), RED, 'before the fade-out');
    is(rest(130, 130), mix(RED, WHITE, 0.5), 'half faded out');
    // Breathing: 1.25× at the middle of each 1 s period, 1× at its start.
    is(start(217, 130), WHITE, 'breathing: rest size');
    is(half(217, 130), BLUE, 'breathing: grown');
    // The pixel-pass block is wiped in from its left edge as well.
    is(half(174, 130), BLACK, 'pixelized: wiped part');
    is(half(206, 130), WHITE, 'pixelized: part not yet wiped in');
    is(rest(206, 130), BLACK, 'pixelized at rest');
  });

  it('design scenes ignore animations: the block is drawn at rest', async () => {
    const engine = await Engine.create();
    engine.scene.create('Free', { page: { size: { width: 320, height: 180 } } });
    const page = engine.scene.getPages()[0]!;
    const background = engine.block.createFill('color');
    engine.block.setColor(background, 'fill/color/value', { r: 1, g: 1, b: 1, a: 1 });
    engine.block.setFill(page, background);
    const block = rect(engine, page, FADE, RED);
    engine.block.setInAnimation(block, engine.block.createAnimation('fade'));
    registerExporters(engine, { license: licensed });
    const image = await decodeImage(await engine.block.export(page, { mimeType: 'image/png' }));
    expect(colorDistance(pixelAt(image, ...centerOf(FADE)), RED)).to.be.below(16);
  });
});
