// The codec choice asks the browser (WebCodecs through mediabunny) and fails with a typed error when
// nothing fits: here a frame size no encoder of this browser takes.
import { expect } from '@open-wc/testing';
import { chooseCodecs } from './codecs.js';

const request = { framerate: 30, videoBitrate: 4_000_000, audioBitrate: 128_000, withAudio: true, h264Profile: 100, h264Level: 52 };

describe('video codec choice', () => {
  it('picks an encodable pair for each container at 1280 × 720', async () => {
    const mp4 = await chooseCodecs('video/mp4', { ...request, width: 1280, height: 720 });
    expect(['avc', 'av1']).to.include(mp4.video);
    expect(['aac', 'opus']).to.include(mp4.audio);
    const webm = await chooseCodecs('video/webm', { ...request, width: 1280, height: 720 });
    expect(['vp9', 'av1', 'vp8']).to.include(webm.video);
    expect(webm.audio).to.equal('opus');
  });

  it('fails with CODEC_UNSUPPORTED when no encoder takes the frame size', async () => {
    for (const mimeType of ['video/mp4', 'video/webm'] as const) {
      const error = await chooseCodecs(mimeType, { ...request, width: 60_000, height: 60_000 }).then(() => undefined, (reason: unknown) => reason as { code?: string; message?: string });
      expect(error?.code, mimeType).to.equal('CODEC_UNSUPPORTED');
      expect(error?.message).to.contain('60000×60000');
    }
  });
});
