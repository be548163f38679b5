/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { loadFont } from './load-font.js';
import { expectCode, fixtureBytes, fixtureUrl } from './test-support/browser-helpers.js';

/** Width of a sample string in a family, falling back to monospace when the family is missing. */
function measure(family: string): number {
  const context = new OffscreenCanvas(10, 10).getContext('2d')!;
  context.font = `40px "${family}", monospace`;
  return context.measureText('Hamburgefonstiv iiii WWWW').width;
}

describe('loadFont', () => {
  it('loads a TTF by URI through the fetch path, registers it and text then uses it', async () => {
    const before = measure('Io Test Lato');
    const handle = await loadFont({ uri: fixtureUrl('fonts/Lato-Regular.ttf'), family: 'Io Test Lato', weight: 400 });
    expect(handle).to.include({ family: 'Io Test Lato', weight: '400', style: 'normal', mimeType: 'font/ttf' });
    expect(handle.fontFace.status).to.equal('loaded');
    expect(document.fonts.has(handle.fontFace)).to.equal(true);
    expect(document.fonts.check('40px "Io Test Lato"')).to.equal(true);
    expect(measure('Io Test Lato')).not.to.equal(before);
    expect(handle.bytes.length).to.equal(661592);
    document.fonts.delete(handle.fontFace);
  });

  it('loads from bytes with weight and style descriptors', async () => {
    const handle = await loadFont({ bytes: await fixtureBytes('fonts/Lato-Bold.ttf'), family: 'Io Test Lato Bold', weight: 'bold', style: 'italic' });
    expect(handle.fontFace.weight).to.equal('bold');
    expect(handle.fontFace.style).to.equal('italic');
    expect(handle.uri).to.equal(undefined);
    document.fonts.delete(handle.fontFace);
  });

  it('refuses what is not a font, and a font the browser cannot parse', async () => {
    await expectCode(loadFont({ uri: fixtureUrl('images/pattern-800x600.png'), family: 'Io Png' }), 'UNSUPPORTED_FORMAT');
    await expectCode(loadFont({ uri: fixtureUrl('hostile/random-bytes.jpg'), family: 'Io Random', declaredMimeType: 'font/ttf' }), 'UNSUPPORTED_FORMAT');
    await expectCode(loadFont({ uri: fixtureUrl('hostile/zero-bytes.png'), family: 'Io Empty' }), 'EMPTY_FILE');
    // The sfnt signature and table count are right, the tables are cut off.
    const truncated = (await fixtureBytes('fonts/OpenSans-Regular.ttf')).slice(0, 2000);
    await expectCode(loadFont({ bytes: truncated, family: 'Io Truncated' }), 'DECODE_FAILED');
    expect(Array.from(document.fonts).some((face) => face.family.includes('Io Truncated'))).to.equal(false);
  });

  it('refuses a request without a source or family with INVALID_VALUE', async () => {
    const missingSource = await loadFont({ family: 'Nothing' }).catch((error: unknown) => error);
    expect((missingSource as { code: string }).code).to.equal('INVALID_VALUE');
    const missingFamily = await loadFont({ uri: fixtureUrl('fonts/Lato-Regular.ttf'), family: ' ' }).catch((error: unknown) => error);
    expect((missingFamily as { code: string }).code).to.equal('INVALID_VALUE');
  });
});
