/// <reference types="mocha" />
// Hostile assets (issue #3): every hostile fixture, loaded through the AssetLoader in a real page,
// raises a typed error or yields a sanitized result; no script runs (window.__cesdkPwned stays
// undefined); and no request leaves for any URL written inside an SVG, as seen both by the page's
// resource timing and by a listening loopback server (test/wtr-plugins/io-probe.mjs).
import { expect } from '@open-wc/testing';
import { AssetLoader, type AssetErrorEvent } from '../../core/io/asset-loader.js';
import { createPlaceholderBitmap } from '../../core/io/placeholder.js';
import { sanitizeSvg } from '../../core/io/sanitize-svg.js';
import { fixtureBytes, fixtureUrl, pixelAt, probeState, pwnedFlag, rejectionOf } from '../../core/io/test-support/browser-helpers.js';

/** Every hostile file, with the outcome the loader must give for it as an image. */
const hostileImages: Record<string, string> = {
  'billion-laughs.svg': 'UNSAFE_SVG',
  'bomb-50000x50000.png': 'IMAGE_TOO_LARGE',
  'html-named.png': 'UNSUPPORTED_FORMAT',
  'lying-header-30000x30000.png': 'IMAGE_TOO_LARGE',
  'random-bytes.jpg': 'UNSUPPORTED_FORMAT',
  'script.svg': 'sanitized',
  'text-injection.txt': 'UNSUPPORTED_FORMAT',
  'zero-bytes.png': 'EMPTY_FILE',
};

/** The type a browser gives an uploaded file by its name. */
const typeByExtension: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', txt: 'text/plain' };

/** SVGs that reference the probe origin in every way an SVG can reach the network. */
function leakingSvgs(origin: string, token: string): string[] {
  const url = (name: string) => `${origin}/leak/${token}/${name}`;
  const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">';
  return [
    `<?xml-stylesheet href="${url('pi.css')}"?>${open}<rect width="40" height="40"/></svg>`,
    `${open}<image href="${url('image.png')}" width="40" height="40"/><image xlink:href="${url('xlink.png')}"/></svg>`,
    `${open}<use href="${url('use.svg')}#a"/><filter id="f"><feImage href="${url('fe.png')}"/></filter></svg>`,
    `${open}<style>@import url(${url('import.css')}); rect { fill: url(${url('fill.svg')}#p) }</style><rect width="9" height="9"/></svg>`,
    `${open}<style>@font-face { font-family: Leak; src: url(${url('font.woff')}) }</style><text font-family="Leak">x</text></svg>`,
    `${open}<rect width="9" height="9" style="fill: url('${url('style.svg')}#p')" filter="url(${url('filter.svg')}#f)"/></svg>`,
    `${open}<foreignObject width="40" height="40"><img xmlns="http://www.w3.org/1999/xhtml" src="${url('html.png')}" onerror="window.__cesdkPwned='fo'"/></foreignObject></svg>`,
    `${open}<a href="${url('link.html')}"><circle r="5"/></a><g xml:base="${url('base/')}"><image href="#x"/></g></svg>`,
  ];
}

describe('hostile assets', () => {
  const resourceUrls: string[] = [];
  let observer: PerformanceObserver;
  let loader: AssetLoader;
  let errors: AssetErrorEvent[];

  before(() => {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) resourceUrls.push(entry.name);
    });
    observer.observe({ type: 'resource', buffered: true });
  });
  after(() => observer.disconnect());
  beforeEach(() => {
    loader = new AssetLoader();
    errors = [];
    loader.onError((event) => errors.push(event));
  });
  afterEach(() => loader.dispose());

  /** Lets pending loads, timers and event handlers run, then collects resource entries. */
  async function settle(): Promise<void> {
    for (let frame = 0; frame < 3; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const entry of observer.takeRecords()) resourceUrls.push(entry.name);
  }

  it('both request listeners work: a deliberate request to the probe is seen by each', async () => {
    const { origin } = await probeState();
    const token = `control-${Math.random().toString(36).slice(2)}`;
    await (await fetch(`${origin}/leak/${token}`, { cache: 'no-store' })).arrayBuffer();
    await settle();
    expect((await probeState()).hits.some((hit) => hit.path.includes(token))).to.equal(true);
    expect(resourceUrls.some((url) => url.includes(token))).to.equal(true);
  });

  for (const [name, expected] of Object.entries(hostileImages)) {
    it(`${name}: loaded by URL and as an uploaded file, it gives ${expected}`, async () => {
      const file = new File([(await fixtureBytes(`hostile/${name}`)) as BlobPart], name, { type: typeByExtension[name.split('.').pop()!] });
      for (const uri of [fixtureUrl(`hostile/${name}`), loader.registerFile(file)]) {
        if (expected === 'sanitized') {
          const image = await loader.loadImage(uri);
          expect([image.width, image.height]).to.deep.equal([100, 100]);
          expect(image.sanitizedSvg).not.to.match(/script|onload|onmouseover|javascript:|foreignObject|127\.0\.0\.1/i);
          // The green rectangle and the blue circle still draw.
          expect(pixelAt(image.bitmap, 5, 5)).to.deep.equal([0, 128, 0, 255]);
          expect(pixelAt(image.bitmap, 50, 50)).to.deep.equal([0, 0, 255, 255]);
        } else {
          const error = await rejectionOf(loader.loadImage(uri));
          expect(error.code, error.message).to.equal(expected);
          expect(error.name).to.equal('CesdkError');
          // What the renderer draws instead.
          expect(createPlaceholderBitmap(64, 64).width).to.equal(64);
        }
      }
      const fontError = await rejectionOf(loader.loadFont({ uri: fixtureUrl(`hostile/${name}`), family: `Hostile ${name}` }));
      expect(['UNSUPPORTED_FORMAT', 'EMPTY_FILE']).to.include(fontError.code);
      await settle();
      expect(pwnedFlag()).to.equal(undefined);
    });
  }

  it('no request leaves for any URL inside an SVG: loaded, rasterized and even inserted inline', async () => {
    const { origin } = await probeState();
    const token = `leak-${Math.random().toString(36).slice(2)}`;
    const container = document.createElement('div');
    document.body.append(container);
    for (const svg of leakingSvgs(origin, token)) {
      const uri = loader.registerFile(new File([svg], 'leak.svg', { type: 'image/svg+xml' }));
      const image = await loader.loadImage(uri);
      expect(image.width).to.equal(40);
      expect(image.sanitizedSvg).not.to.contain(token);
      // Inline SVG in the live page would load and run whatever survived: nothing must.
      container.innerHTML = sanitizeSvg(svg).text;
    }
    const scriptSvg = new TextDecoder().decode(await fixtureBytes('hostile/script.svg'));
    container.innerHTML = sanitizeSvg(scriptSvg).text;
    await settle();
    container.remove();
    expect(resourceUrls.filter((url) => url.includes(token) || url.startsWith('http://127.0.0.1:9/'))).to.deep.equal([]);
    expect((await probeState()).hits.filter((hit) => hit.path.includes(token))).to.deep.equal([]);
    expect(pwnedFlag()).to.equal(undefined);
  });

  it('after all of it the page and the loader still work', async () => {
    const button = document.createElement('button');
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    document.body.append(button);
    button.click();
    button.remove();
    expect(clicks).to.equal(1);
    const image = await loader.loadImage(fixtureUrl('images/circle-alpha-400.png'));
    expect(image.width).to.equal(400);
    expect(errors).to.deep.equal([]);
    expect(pwnedFlag()).to.equal(undefined);
  });
});
