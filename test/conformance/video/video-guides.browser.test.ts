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
});
