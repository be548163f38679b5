/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { probeMedia } from './probe-media.js';
import { expectCode, fixtureBytes } from './test-support/browser-helpers.js';

describe('probeMedia', () => {
  it('reads duration and size of the WebM and MP4 clips', async () => {
    for (const path of ['video/clip-640x360-3s.webm', 'video/clip-640x360-3s.mp4']) {
      const probe = await probeMedia(await fixtureBytes(path));
      expect([probe.width, probe.height], path).to.deep.equal([640, 360]);
      expect(probe.duration, path).to.be.within(2.9, 3.1);
    }
  });

  it('reads the duration of the WAV and MP3 tones', async () => {
    const wav = await probeMedia(await fixtureBytes('audio/tone-4s.wav'));
    expect(wav).to.include({ mimeType: 'audio/wav', width: 0, height: 0 });
    expect(wav.duration).to.be.within(3.9, 4.1);
    const mp3 = await probeMedia(await fixtureBytes('audio/tone-4s.mp3'), 'audio/mpeg');
    expect(mp3.duration).to.be.within(3.9, 4.2);
  });

  it('refuses images, hostile files and truncated media with typed errors', async () => {
    await expectCode(probeMedia(await fixtureBytes('images/pattern-800x600.png')), 'UNSUPPORTED_FORMAT');
    await expectCode(probeMedia(await fixtureBytes('hostile/html-named.png'), 'video/mp4'), 'UNSUPPORTED_FORMAT');
    await expectCode(probeMedia(new Uint8Array(), 'video/mp4'), 'EMPTY_FILE');
    const webm = await fixtureBytes('video/clip-640x360-3s.webm');
    await expectCode(probeMedia(webm.slice(0, 60)), 'DECODE_FAILED');
  });

  it('refuses media longer or larger than the limits with MEDIA_TOO_LARGE, and accepts them within', async () => {
    const mp4 = await fixtureBytes('video/clip-640x360-3s.mp4');
    await expectCode(probeMedia(mp4, 'video/mp4', undefined, { limits: { maxDuration: 2, maxSide: 8192, maxPixels: 1e8 } }), 'MEDIA_TOO_LARGE');
    await expectCode(probeMedia(mp4, 'video/mp4', undefined, { limits: { maxDuration: 60, maxSide: 639, maxPixels: 1e8 } }), 'MEDIA_TOO_LARGE');
    await expectCode(probeMedia(mp4, 'video/mp4', undefined, { limits: { maxDuration: 60, maxSide: 8192, maxPixels: 640 * 360 - 1 } }), 'MEDIA_TOO_LARGE');
    await expectCode(probeMedia(await fixtureBytes('audio/tone-4s.wav'), undefined, undefined, { limits: { maxDuration: 3, maxSide: 1, maxPixels: 1 } }), 'MEDIA_TOO_LARGE');
    const within = await probeMedia(mp4, 'video/mp4', undefined, { limits: { maxDuration: 3.5, maxSide: 640, maxPixels: 640 * 360 } });
    expect([within.width, within.height]).to.deep.equal([640, 360]);
  });

  it('gives up with DECODE_FAILED when the browser does not answer within the timeout', async () => {
    // A corrupt file can leave the media element waiting forever; a 1 ms timeout stands in for that
    // wait on a valid clip, which the browser cannot read that fast.
    const mp4 = await fixtureBytes('video/clip-640x360-3s.mp4');
    await expectCode(probeMedia(mp4, 'video/mp4', undefined, { timeout: 1 }), 'DECODE_FAILED');
    const probe = await probeMedia(mp4, 'video/mp4');
    expect(probe.width).to.equal(640);
  });
});
