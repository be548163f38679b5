/**
 * CE.SDK's browser video guide (create-video/overview), its calls re-stated in snippets/overview.snippet.ts,
 * run in a page with the engine and the exporters and no element mounted; the results the guide states
 * are checked on the decoded output.
 * Sample media URLs are served from test fixtures (guide-fixtures.ts).
 */
import { expect } from '@open-wc/testing';
import { Engine } from '../../../core/engine/index.js';
import { registerExporters } from '../../../core/export/index.js';
import { decodeVideo } from '../../video/video-helpers.js';
import { fixtureFor } from './guide-fixtures.js';
import { overviewGuide } from './snippets/overview.snippet.js';
import { thumbnailPreviewsGuide } from './snippets/thumbnail-previews.snippet.js';

const realFetch = window.fetch.bind(window);

describe('CE.SDK video guides in the browser', () => {
  before(() => {
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const fixture = fixtureFor(url);
      return realFetch(fixture ? new URL(`../../fixtures/${fixture}`, import.meta.url).href : input, init);
    };
  });
  after(() => {
    window.fetch = realFetch;
  });

  it('create-video/overview: two clips in a track, trim, loop, mute, audio, exportVideo and exportAudio', async function () {
    this.timeout(300_000);
    const engine = await Engine.create();
    registerExporters(engine, { license: { needsWatermark: false } });
    const logged: string[] = [];
    const { log } = console;
    console.log = (...parts: unknown[]) => void logged.push(parts.map(String).join(' '));
    let result: { videoBlob: Blob; audioBlob: Blob };
    try {
      result = await overviewGuide(engine);
    } finally {
      console.log = log;
    }
    const last = /^progress (\d+)\/(\d+)\/(\d+)$/.exec(logged.at(-1) ?? '');
    expect(last, 'onProgress(renderedFrames, encodedFrames, totalFrames) was called').to.not.equal(null);
    // The page's duration (20 s) is the exported video's duration.
    const video = await decodeVideo(result.videoBlob);
    try {
      expect(video.duration).to.be.closeTo(20, 1 / 30 + 0.001);
      expect(video.frameCount).to.equal(600);
      expect([video.width, video.height]).to.deep.equal([1280, 720]);
      expect(video.audioCodec).to.not.equal(null, 'the audio block plays from 2 s to 9 s');
    } finally {
      video.dispose();
    }
    const wav = new Uint8Array(await result.audioBlob.arrayBuffer());
    expect(new TextDecoder().decode(wav.slice(8, 12))).to.equal('WAVE');
    expect((wav.length - 44) / (48_000 * 2 * 2)).to.be.closeTo(20, 0.01);
    engine.dispose();
  });
  it('export-save-publish/thumbnail-previews: filmstrip of a fill, storyboard of the composed page, waveform, one still', async function () {
    this.timeout(300_000);
    const engine = await Engine.create();
    registerExporters(engine, { license: { needsWatermark: false } });
    engine.scene.createVideo({ page: { size: { width: 1920, height: 1080 } } });
    const result = await thumbnailPreviewsGuide(engine);
    expect(result.videoSeconds).to.equal(3, 'the sample is served from the 3-second test clip');
    // Heights as asked, widths from the aspect ratio (the 640×360 video, the 1920×1080 page).
    for (const frame of [...result.filmstrip, ...result.storyboard]) expect([frame.width, frame.height]).to.deep.equal([171, 96]);
    expect(result.filmstrip).to.have.length(12);
    expect(result.storyboard).to.have.length(8);
    expect([result.still[0]!.width, result.still[0]!.height]).to.deep.equal([320, 180]);
    expect(result.waveform).to.have.length(12);
    expect(result.waveform.every((chunk) => chunk.length === 64 && chunk.every((peak) => peak >= 0 && peak <= 1))).to.equal(true);
    // The page at 0 s is the clip's first frame filling the page: the storyboard's first image is the
    // filmstrip's first image; the frames differ over time (the clip moves).
    const distance = (left: ImageData, right: ImageData, x: number, y: number): number => {
      const at = (y * left.width + x) * 4;
      return Math.hypot(left.data[at]! - right.data[at]!, left.data[at + 1]! - right.data[at + 1]!, left.data[at + 2]! - right.data[at + 2]!);
    };
    const points = [[20, 20], [85, 48], [150, 80], [40, 70], [120, 15]] as const;
    for (const [x, y] of points) expect(distance(result.storyboard[0]!, result.filmstrip[0]!, x, y)).to.be.below(40, `storyboard vs filmstrip at (${x}, ${y})`);
    const moved = points.filter(([x, y]) => distance(result.filmstrip[0]!, result.filmstrip[11]!, x, y) > 30).length;
    expect(moved, 'first and last filmstrip frames differ').to.be.above(0);
    engine.dispose();
  });
});
