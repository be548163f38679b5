/**
 * The guides fetch sample media from img.ly's servers, which tests cannot reach. This maps each sample
 * URL the video guides use to a test fixture of the same kind (the guides' code stays unchanged).
 */
export const SAMPLE_MEDIA: Readonly<Record<string, string>> = {
  'https://img.ly/static/ubq_video_samples/bbb.mp4': 'video/clip-640x360-3s.mp4',
  'https://cdn.img.ly/assets/demo/v3/ly.img.video/videos/pexels-drone-footage-of-a-surfer-barrelling-a-wave-12715991.mp4': 'video/clip-640x360-3s.mp4',
  'https://cdn.img.ly/assets/demo/v4/ly.img.video/videos/pexels-drone-footage-of-a-surfer-barrelling-a-wave-12715991.mp4': 'video/clip-640x360-3s.mp4',
  'https://cdn.img.ly/assets/demo/v4/ly.img.video/videos/pexels-kampus-production-8154913.mp4': 'video/clip-640x360-3s.webm',
  // An AAC sound in an MP4 container, as the guide's .m4a is: the fixture video's own sound track.
  'https://cdn.img.ly/assets/demo/v3/ly.img.audio/audios/far_from_home.m4a': 'video/clip-640x360-3s.mp4',
};

/** The fixture path (under test/fixtures/) standing in for a sample URL, or undefined. */
export function fixtureFor(url: string): string | undefined {
  return SAMPLE_MEDIA[url];
}
