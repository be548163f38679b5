/**
 * Playback decodes only the latest wanted frame of a clip: requests that a newer one overtakes while a
 * decode runs are dropped (they resolve with nothing), never queued, and the newest gets its exact frame.
 */
import { expect } from '@open-wc/testing';
import { AssetLoader } from '../../core/io/index.js';
import { MediaFiles } from '../../core/io/media/media-files.js';
import { VideoFrameSource } from '../../core/render/video/frame-source.js';
import { fixtureUrl } from './video-helpers.js';

describe('video frames during playback', function () {
  this.timeout(120_000);

  it('drops frames that cannot be decoded in time and shows the latest one exactly', async () => {
    const frames = new VideoFrameSource(MediaFiles.for(new AssetLoader()), { maxCacheBytes: 0 });
    const uri = fixtureUrl('video/clip-640x360-3s.mp4');
    try {
      await frames.frameAt('clip', uri, 0, true);
      // Sixty requests at once, as a page asking faster than the decoder can deliver: 0.04 s … 2.4 s.
      const times = Array.from({ length: 60 }, (_, index) => (index + 1) * 0.04);
      const results = await Promise.all(times.map((time) => frames.frameAt('clip', uri, time, true)));
      const decoded = results.filter((frame) => frame !== undefined);
      expect(decoded.length).to.be.at.most(2, 'only the running decode and the newest request produce frames');
      const last = results.at(-1);
      expect(last, 'the newest request gets its frame').to.not.equal(undefined);
      expect(last!.timestamp).to.be.at.most(2.4 + 1e-6);
      expect(2.4 - last!.timestamp).to.be.below(1 / 30 + 1e-3, 'the frame shown at 2.4 s');
    } finally {
      frames.dispose();
    }
  });
});
