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

  it('registers a face with the weight and style its file has, and says when that is not what was asked for', async () => {
    const bold = await loadFont({ bytes: await fixtureBytes('fonts/Lato-Bold.ttf'), family: 'Io Test Lato Bold', weight: 'bold', style: 'normal' });
    expect(bold.fontFace.weight).to.equal('700');
    expect(bold.fontFace.style).to.equal('normal');
    expect(bold.notice).to.equal(undefined);
    expect(bold.uri).to.equal(undefined);
    document.fonts.delete(bold.fontFace);
    // A regular file asked for as bold italic is registered as regular: the browser simulates the rest, visibly.
    const regular = await loadFont({ bytes: await fixtureBytes('fonts/Lato-Regular.ttf'), family: 'Io Test Lato Faux', weight: 'bold', style: 'italic' });
    expect(regular.fontFace.weight).to.equal('400');
    expect(regular.fontFace.style).to.equal('normal');
    expect(regular.notice?.code).to.equal('FONT_FACE_MISSING');
    expect(regular.notice?.details.face).to.equal('Bold Italic');
    document.fonts.delete(regular.fontFace);
  });

  it('picks the face of a registered typeface that matches the weight and style', async () => {
    const { AssetLoader, registerTypeface } = await import('./index.js');
    const regularUri = fixtureUrl('fonts/Lato-Regular.ttf');
    const boldUri = fixtureUrl('fonts/Lato-Bold.ttf');
    registerTypeface({ name: 'Io Lato', fonts: [{ uri: regularUri, weight: 'normal', style: 'normal' }, { uri: boldUri, weight: 'bold', style: 'normal' }] });
    const loader = new AssetLoader();
    const handle = await loader.loadFont({ uri: regularUri, family: 'Io Lato Face', weight: 'bold', style: 'normal' });
    expect(handle.uri).to.equal(boldUri);
    expect(handle.fontFace.weight).to.equal('700');
    expect(handle.notice).to.equal(undefined);
    loader.dispose();
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
