/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sanitizeSvg } from './sanitize-svg.js';
import { fixtureBytes, generatedPng, pwnedFlag } from './test-support/browser-helpers.js';
import { isAssetError } from './asset-error.js';
import { pngWithHeader } from './test-support/synthetic-images.js';

const svgOpen = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">';
const wrap = (body: string) => `${svgOpen}${body}</svg>`;
const text = async (path: string) => new TextDecoder().decode(await fixtureBytes(path));

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return isAssetError(error) ? error.code : `untyped: ${String(error)}`;
  }
  return undefined;
}

/** Every attribute of every element of a sanitized document, as `element@attribute=value`. */
function allAttributes(document: Document): string[] {
  return Array.from(document.getElementsByTagName('*')).flatMap((element) =>
    Array.from(element.attributes).map((attribute) => `${element.localName}@${attribute.name}=${attribute.value}`),
  );
}

/** Asserts the invariants every sanitized document must hold. */
function expectInert(document: Document): void {
  const names = Array.from(document.getElementsByTagName('*')).map((element) => element.localName);
  for (const forbidden of ['script', 'foreignObject', 'iframe', 'set', 'animate', 'a']) expect(names).not.to.include(forbidden);
  for (const entry of allAttributes(document)) {
    const [, name, value] = /^[^@]+@([^=]+)=(.*)$/s.exec(entry)!;
    expect(name!.toLowerCase().startsWith('on'), entry).to.equal(false);
    expect(value!.replace(/\s/g, '').toLowerCase(), entry).not.to.contain('javascript:');
    if (/(^|:)href$|^src$/.test(name!)) expect(/^#|^data:image\/(png|jpeg|gif|webp);base64,/.test(value!), entry).to.equal(true);
    expect(value!.toLowerCase(), entry).not.to.match(/url\(\s*['"]?(?!#)/);
  }
  for (const style of Array.from(document.getElementsByTagName('style'))) expect(style.textContent).not.to.match(/@import|url\(\s*['"]?(?!#)/i);
  expect(Array.from(document.childNodes).every((node) => node.nodeType === Node.ELEMENT_NODE)).to.equal(true);
}

describe('sanitizeSvg', () => {
  it('strips script.svg: no script, handlers, javascript: links, external image or foreignObject remain', async () => {
    const result = sanitizeSvg(await text('hostile/script.svg'));
    expectInert(result.document);
    const root = result.document.documentElement;
    expect(root.hasAttribute('onload')).to.equal(false);
    expect(root.getElementsByTagName('rect')[0]!.hasAttribute('onmouseover')).to.equal(false);
    expect(root.getElementsByTagName('rect')[0]!.getAttribute('fill')).to.equal('green');
    // The link's circle is kept, inside a plain group.
    expect(root.getElementsByTagName('circle')[0]!.parentElement!.localName).to.equal('g');
    expect(root.getElementsByTagName('image')[0]!.hasAttribute('href')).to.equal(false);
    expect(result.text).not.to.contain('__cesdkPwned');
    expect(result.text).not.to.contain('127.0.0.1');
    expect(result.removed).to.include.members(['element script', 'element foreignObject']);
    expect(pwnedFlag()).to.equal(undefined);
  });

  it('keeps a benign SVG intact (gradient fill by #fragment, shapes, sizes)', async () => {
    const result = sanitizeSvg(await text('images/logo.svg'));
    expect(result.removed).to.deep.equal([]);
    expect([result.width, result.height]).to.deep.equal([256, 256]);
    expect(result.document.getElementsByTagName('rect')[0]!.getAttribute('fill')).to.equal('url(#g)');
    expect(result.document.getElementsByTagName('stop')).to.have.length(2);
  });

  it('refuses billion laughs (DOCTYPE with entities) before parsing', async () => {
    const laughs = await text('hostile/billion-laughs.svg');
    expect(codeOf(() => sanitizeSvg(laughs))).to.equal('UNSAFE_SVG');
    expect(codeOf(() => sanitizeSvg(`<!DOCTYPE svg SYSTEM "http://127.0.0.1:9/x.dtd">${wrap('')}`))).to.equal('UNSAFE_SVG');
    expect(codeOf(() => sanitizeSvg(`<!doctype svg>${wrap('')}`))).to.equal('UNSAFE_SVG');
  });

  it('never turns text-injection.txt into markup: it is refused as not SVG', async () => {
    const injection = await text('hostile/text-injection.txt');
    expect(codeOf(() => sanitizeSvg(injection))).to.equal('DECODE_FAILED');
    expect(document.querySelectorAll('img[src="x"]')).to.have.length(0);
    expect(pwnedFlag()).to.equal(undefined);
    // Inside an SVG text element it stays character data, escaped on serialization.
    const escaped = injection.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const result = sanitizeSvg(wrap(`<text>${escaped}</text>`));
    expect(result.document.getElementsByTagName('img')).to.have.length(0);
    expect(result.document.getElementsByTagName('text')[0]!.textContent).to.equal(injection);
  });

  it('refuses non-SVG roots and malformed XML', () => {
    expect(codeOf(() => sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'))).to.equal('DECODE_FAILED');
    expect(codeOf(() => sanitizeSvg('<svg><rect></svg>'))).to.equal('DECODE_FAILED');
    expect(codeOf(() => sanitizeSvg('<svg/>'))).to.equal('DECODE_FAILED');
  });

  const attacks: [string, string][] = [
    ['processing instruction stylesheet', `<?xml-stylesheet href="http://127.0.0.1:9/x.css"?>${wrap('<rect/>')}`],
    ['style @import', wrap('<style>@import url(http://127.0.0.1:9/x.css); rect { fill: red }</style>')],
    ['style external url', wrap('<style>rect { fill: url("http://127.0.0.1:9/p.svg#a") }</style>')],
    ['style @font-face', wrap('<style>@font-face { font-family: x; src: url(http://127.0.0.1:9/f.woff) }</style>')],
    ['style escapes', wrap('<style>rect { background: \\75 rl(http://127.0.0.1:9/e.png) }</style>')],
    ['style attribute url', wrap('<rect style="fill: url(\'http://127.0.0.1:9/s.svg#p\')"/>')],
    ['presentation attribute url', wrap('<rect fill="url(http://127.0.0.1:9/f.svg#p)" filter="url(//127.0.0.1:9/f.svg#f)"/>')],
    ['image-set', wrap('<rect style="fill: image-set(&quot;http://127.0.0.1:9/i.png&quot; 1x)"/>')],
    ['set to javascript', wrap('<a><set attributeName="href" to="javascript:alert(1)"/><circle r="5"/></a>')],
    ['animate href', wrap('<a href="#x"><animate attributeName="href" values="javascript:alert(1)"/><circle r="5"/></a>')],
    ['entity-encoded javascript', wrap('<a xlink:href="&#x6A;ava&#x09;script:alert(1)"><circle r="5"/></a>')],
    ['xml:base', wrap('<g xml:base="http://127.0.0.1:9/"><image href="#x"/></g>')],
    ['use of external document', wrap('<use href="http://127.0.0.1:9/u.svg#a"/><use xlink:href="u.svg#b"/>')],
    ['feImage external', wrap('<filter id="f"><feImage href="http://127.0.0.1:9/fe.png"/></filter>')],
    ['image of svg data', wrap('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>')],
    ['iframe in html namespace', wrap('<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.1:9/"/></foreignObject>')],
    ['html script namespace', wrap('<script xmlns="http://www.w3.org/1999/xhtml">window.__cesdkPwned=1</script>')],
    ['uppercase handler', wrap('<rect ONCLICK="window.__cesdkPwned=1" OnFocus="x"/>')],
    ['handler in foreign namespace', wrap('<rect xmlns:e="http://example.com/e" e:onload="x" e:href="http://127.0.0.1:9/"/>')],
    ['font-face element', wrap('<font-face><font-face-src><font-face-uri href="http://127.0.0.1:9/f.svg"/></font-face-src></font-face>')],
  ];
  for (const [name, svg] of attacks) {
    it(`neutralizes ${name}`, () => {
      const result = sanitizeSvg(svg);
      expectInert(result.document);
      expect(result.text).not.to.contain('127.0.0.1');
      expect(result.removed.length).to.be.greaterThan(0);
    });
  }

  it('keeps internal use, filters and embedded raster images within limits', async () => {
    const png = await generatedPng(4, 4);
    const base64 = btoa(String.fromCharCode(...png));
    const result = sanitizeSvg(
      wrap(`<defs><circle id="c" r="4"/><filter id="f"><feGaussianBlur stdDeviation="2"/></filter></defs><use href="#c" filter="url(#f)"/><image href="data:image/png;base64,${base64}" width="4" height="4"/>`),
    );
    expect(result.removed).to.deep.equal([]);
    expect(result.document.getElementsByTagName('image')[0]!.getAttribute('href')).to.match(/^data:image\/png;base64,/);
  });

  it('drops an embedded image whose header is a bomb', () => {
    const bomb = pngWithHeader(50000, 50000, new Uint8Array(16));
    const result = sanitizeSvg(wrap(`<image href="data:image/png;base64,${btoa(String.fromCharCode(...bomb))}"/>`));
    expect(result.document.getElementsByTagName('image')[0]!.hasAttribute('href')).to.equal(false);
  });

  it('refuses a <use> chain that expands exponentially, and oversized documents', () => {
    let body = '<defs><rect id="l0" width="1" height="1"/>';
    for (let level = 1; level <= 12; level += 1) body += `<g id="l${level}">${`<use href="#l${level - 1}"/>`.repeat(10)}</g>`;
    body += '</defs><use href="#l12"/>';
    expect(codeOf(() => sanitizeSvg(wrap(body)))).to.equal('UNSAFE_SVG');
    expect(codeOf(() => sanitizeSvg(wrap('<g id="a"><use href="#a"/></g>')))).to.equal('UNSAFE_SVG');
    expect(codeOf(() => sanitizeSvg(wrap('<rect/>'.repeat(101)), { maxElements: 100 }))).to.equal('UNSAFE_SVG');
    expect(codeOf(() => sanitizeSvg(wrap(' '.repeat(2000)), { maxTextLength: 1000 }))).to.equal('UNSAFE_SVG');
    expect(codeOf(() => sanitizeSvg(wrap(`${'<g>'.repeat(300)}${'</g>'.repeat(300)}`)))).to.equal('UNSAFE_SVG');
    expect(codeOf(() => sanitizeSvg(wrap(`${'<g>'.repeat(100)}${'</g>'.repeat(100)}`)))).to.equal(undefined);
  });

  it('reads the intrinsic size from width/height, else the viewBox, else 300×150', () => {
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"/>')).to.include({ width: 40, height: 20 });
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="80px" viewBox="0 0 40 20"/>')).to.include({ width: 80, height: 40 });
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="50%"/>')).to.include({ width: 300, height: 150 });
  });
});
