import { expect } from '@open-wc/testing';
import { SceneRenderer } from '../../core/render/index.js';
import { buildTestScene, colorDistance, decodeVideo, fixtureUrl } from './video-helpers.js';

function pixelOf(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(canvas, 0, 0);
  return [...context.getImageData(x, y, 1, 1).data];
}

async function sourcePixel(time: number, x: number, y: number): Promise<number[]> {
  const source = await decodeVideo(await (await fetch(fixtureUrl('video/clip-640x360-3s.mp4'))).blob());
  try {
    return await source.pixel(time, x, y);
  } finally {
    source.dispose();
  }
}

const until = async (condition: () => boolean, timeout = 10_000): Promise<void> => {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('playback and seeking', function () {
  // Real decoding, encoding and playback: slower than the default 60 s on a busy machine.
  this.timeout(180_000);
  let renderer: SceneRenderer | undefined;
  afterEach(() => {
    renderer?.destroy();
    renderer = undefined;
  });

  it('seeking shows the exact frame', async () => {
    const { engine, page } = await buildTestScene();
    renderer = await SceneRenderer.create({ engine, width: 640, height: 360, resolution: 1, tiles: 'never' });
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    for (const time of [2, 0.5, 2.9]) {
      engine.block.setPlaybackTime(page, time);
      await renderer.whenIdle();
      for (const [x, y] of [[300, 90], [40, 12], [500, 30]] as const) {
        const expected = await sourcePixel(time, x, y);
        expect(colorDistance(pixelOf(renderer.canvas, x, y), expected)).to.be.below(40, `t=${time} (${x}, ${y})`);
      }
    }
  });

  it('plays in real time with the audio clock, then stops at the end', async () => {
    const { engine, page } = await buildTestScene();
    renderer = await SceneRenderer.create({ engine, width: 640, height: 360, resolution: 1 });
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    await renderer.whenIdle();
    const requested = performance.now();
    engine.block.setPlaying(page, true);
    await until(() => engine.block.getPlaybackTime(page) > 0.1);
    console.log(`playback started ${Math.round(performance.now() - requested)} ms after setPlaying`);
    const first = { wall: performance.now() / 1000, time: engine.block.getPlaybackTime(page) };
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const elapsed = performance.now() / 1000 - first.wall;
    const advanced = engine.block.getPlaybackTime(page) - first.time;
    expect(advanced / elapsed).to.be.within(0.8, 1.25, `the playhead moved ${advanced.toFixed(3)} s in ${elapsed.toFixed(3)} s`);
    expect(engine.block.isPlaying(page)).to.equal(true);
    await until(() => !engine.block.isPlaying(page), 8000);
    expect(engine.block.getPlaybackTime(page)).to.equal(3);
  });

  it('seeks while playing and loops a looping page', async () => {
    const { engine, page } = await buildTestScene();
    renderer = await SceneRenderer.create({ engine, width: 320, height: 180, resolution: 1 });
    engine.block.setLooping(page, true);
    engine.block.setPlaying(page, true);
    await until(() => engine.block.getPlaybackTime(page) > 0.1);
    engine.block.setPlaybackTime(page, 1.5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(engine.block.getPlaybackTime(page)).to.be.within(1.5, 2.2, 'playing on from where the playhead was put');
    await until(() => engine.block.getPlaybackTime(page) > 2.5, 4000);
    await until(() => engine.block.getPlaybackTime(page) < 1, 4000);
    expect(engine.block.isPlaying(page)).to.equal(true, 'a looping page keeps playing');
    engine.block.setPlaying(page, false);
    const stoppedAt = engine.block.getPlaybackTime(page);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(engine.block.getPlaybackTime(page)).to.equal(stoppedAt, 'paused: the playhead stays');
  });
});
