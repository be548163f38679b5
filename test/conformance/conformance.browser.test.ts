// The conformance suite, browser part: CE.SDK guides that export (they need the renderer) run here,
// re-stated call for call, with CreativeEngine.init → Engine.create (see README.md). The guides fetch sample
// images and fonts from IMG.LY's servers; this test serves local fixtures for those URLs instead.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { registerExporters } from '../../core/export/index.js';
import { createTextMeasurer } from '../../core/render/text-measure.js';
import { GUIDES } from './cases/index.js';
import { summarize, unexpectedFailures } from './harness/report.js';
import { runGuide } from './harness/run-guide.js';
import type { SnippetResult } from './harness/types.js';

const REMOTE_FIXTURES: ReadonlyArray<[RegExp, string]> = [
  [/ubq_samples\/sample_\d+\.jpg$/, '/test/fixtures/images/photo-1600x1200.jpg'],
  // Our own small duotone preset list in CE.SDK's manifest format, for the filter asset source.
  [/\/ly\.img\.filter\/content\.json$/, '/test/fixtures/assets/filter-presets.json'],
  [/Bold(Italic)?\.ttf$/, '/test/fixtures/fonts/Lato-Bold.ttf'],
  [/\.ttf$/, '/test/fixtures/fonts/Lato-Regular.ttf'],
  // Video guides: every sample video (and the .m4a sound, AAC in MP4) comes from the test clip.
  [/ubq_video_samples\/.*\.mp4$|ly\.img\.video\/videos\/.*\.mp4$|\.m4a$/, '/test/fixtures/video/clip-640x360-3s.mp4'],
];

function installRemoteFixtures(): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/^https:\/\/(img\.ly|cdn\.img\.ly)\//.test(url)) {
      const local = REMOTE_FIXTURES.find(([pattern]) => pattern.test(url))?.[1];
      if (local) return original(local, init);
      return Promise.reject(new TypeError(`no local fixture for ${url}`));
    }
    return original(input, init);
  }) as typeof fetch;
  return () => {
    globalThis.fetch = original;
  };
}

describe('conformance: guides that export, in the browser', function () {
  this.timeout(600_000);

  it('run and give the documented results', async () => {
    const restore = installRemoteFixtures();
    const results: SnippetResult[] = [];
    try {
      for (const guide of GUIDES.filter((candidate) => candidate.env === 'browser')) {
        const source = await (await fetch(`/test/conformance/guides/${guide.id}.ts.txt`)).text();
        const guideResults = await runGuide(guide, source, (exclude, attempt) => import(`/__conformance__/${guide.id}.ts?exclude=${[...exclude].join(',')}&attempt=${attempt}`), {
          prepareEngine: (engine) => {
            registerExporters(engine);
            engine.block.setTextMeasurer(createTextMeasurer(engine));
          },
          timeoutMs: 120_000,
        });
        results.push(...guideResults);
      }
    } finally {
      restore();
    }
    await executeServerCommand('conformance-results', results);
    console.log(summarize(results, 'conformance (browser)'));
    const unexpected = unexpectedFailures(results, GUIDES);
    expect(unexpected.map((result) => `${result.guide} #${result.index} ${result.title}: ${result.reason}`)).to.deep.equal([]);
  });
});
