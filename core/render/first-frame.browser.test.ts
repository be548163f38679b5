/**
 * The first scheduled frame waits for the images in view (up to FIRST_FRAME_WAIT_MS, 400 ms), so a
 * scene is painted once, with its images, instead of once without them and again when they arrive.
 * The image's arrival is held back by a real AssetLoader whose loads wait for a gate the test opens.
 */
import { expect } from '@open-wc/testing';
import { AssetLoader, type LoadImageOptions } from '../io/index.js';
import { Engine } from '../engine/index.js';
import { SceneRenderer } from './index.js';
import { addGraphic, createPage, IMAGE_URI, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * An asset loader whose image loads finish only once `open()` was called. The image is fetched and
 * decoded at once, so after `open()` it arrives without the decoding time (which, on a busy machine,
 * could outlast the wait by itself).
 */
class GatedLoader extends AssetLoader {
  private release!: () => void;
  private readonly gate = new Promise<void>((resolve) => { this.release = resolve; });

  open(): void {
    this.release();
  }

  override async loadImage(uri: string, options?: LoadImageOptions): ReturnType<AssetLoader['loadImage']> {
    const image = super.loadImage(uri, options);
    await this.gate;
    return image;
  }
}

function pixelAt(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const image = readPixels(canvas);
  const index = (y * image.width + x) * 4;
  return [...image.data.slice(index, index + 4)];
}

async function scene(loader: GatedLoader): Promise<{ engine: Engine; renderer: SceneRenderer }> {
  const engine = await Engine.create();
  const page = createPage(engine, 300, 200);
  addGraphic(engine, page, { x: 10, y: 10, width: 60, height: 40, color: rgb(1, 0, 0) });
  addGraphic(engine, page, { x: 100, y: 20, width: 160, height: 120, image: IMAGE_URI });
  const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1, tiles: 'always', assets: loader });
  renderer.setCamera({ x: 0, y: 0, zoom: 1 });
  return { engine, renderer };
}

describe('the first frame waits for the images in view', () => {
  it('paints the view once, with the image, when the image arrives within the wait', async () => {
    const loader = new GatedLoader();
    // The file's bytes are read first (the loader keeps them): once the gate opens, only its decode
    // stands between it and the frame, so a busy machine's slow fetch cannot outlast the wait.
    await loader.getBytes(IMAGE_URI);
    const { engine, renderer } = await scene(loader);
    await nextFrame();
    // Nothing is drawn while the image loads: no tile painted without it.
    expect(renderer.statistics.frames).to.equal(0);
    expect(renderer.statistics.fullRenders).to.equal(0);
    loader.open();
    for (let frame = 0; frame < 60 && renderer.statistics.frames === 0; frame += 1) await nextFrame();
    for (let frame = 0; frame < 3; frame += 1) await nextFrame();
    const statistics = renderer.statistics;
    expect(statistics.frames).to.be.greaterThan(0);
    // One 512 px tile covers the 300×200 view: painted once, never again for the image.
    expect(statistics.fullRenders).to.equal(1);
    expect(statistics.partialRenders).to.equal(0);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 0, 0, 255]);
    // The image is there: its pixels are not the page's white.
    expect(pixelAt(renderer.canvas, 180, 80)).to.not.deep.equal([255, 255, 255, 255]);
    renderer.destroy();
    engine.dispose();
  });

  it('shows the design without the image once the wait is over, and the image when it arrives', async () => {
    const loader = new GatedLoader();
    const { engine, renderer } = await scene(loader);
    const start = performance.now();
    while (renderer.statistics.frames === 0 && performance.now() - start < 3000) await nextFrame();
    const waited = performance.now() - start;
    expect(renderer.statistics.frames).to.be.greaterThan(0);
    expect(waited).to.be.greaterThan(350);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 0, 0, 255]);
    const withoutImage = pixelAt(renderer.canvas, 180, 80);
    loader.open();
    await renderer.whenIdle();
    expect(pixelAt(renderer.canvas, 180, 80)).to.not.deep.equal(withoutImage);
    renderer.destroy();
    engine.dispose();
  });

  it('renderNow draws at once, image or not', async () => {
    const loader = new GatedLoader();
    const { engine, renderer } = await scene(loader);
    renderer.renderNow();
    expect(renderer.statistics.frames).to.equal(1);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 0, 0, 255]);
    loader.open();
    await renderer.whenIdle();
    renderer.destroy();
    engine.dispose();
  });
});
