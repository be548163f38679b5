// Calls re-stated from https://img.ly/docs/cesdk/js/create-video/overview-b06512/
// (our own wording and structure; the CE.SDK calls, their arguments and their order follow the guide).
// The browser guide works on the page's engine (`CreativeEngine.init()` there, `Engine.create()` in
// the test), so this module receives it.
import type { Engine } from '../../../../core/engine/index.js';

const CLIP_URLS = [
  'https://cdn.img.ly/assets/demo/v4/ly.img.video/videos/pexels-drone-footage-of-a-surfer-barrelling-a-wave-12715991.mp4',
  'https://cdn.img.ly/assets/demo/v4/ly.img.video/videos/pexels-kampus-production-8154913.mp4',
];
const MUSIC_URL = 'https://cdn.img.ly/assets/demo/v3/ly.img.audio/audios/far_from_home.m4a';

/** Saves `blob` the way a browser page offers a download. */
function offerDownload(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
}

/** Runs the guide's calls on `engine` and returns both exported files for the checks. */
export async function overviewGuide(engine: Engine): Promise<{ videoBlob: Blob; audioBlob: Blob }> {
  const scene = engine.scene.createVideo();
  const stage = engine.block.create('page');
  engine.block.appendChild(scene, stage);
  engine.block.setWidth(stage, 1280);
  engine.block.setHeight(stage, 720);
  engine.block.setDuration(stage, 20);

  const clips = CLIP_URLS.map((url) => {
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    const fill = engine.block.createFill('video');
    engine.block.setString(fill, 'fill/video/fileURI', url);
    engine.block.setFill(block, fill);
    return { block, fill };
  });
  const [opening, closing] = clips as [(typeof clips)[0], (typeof clips)[0]];

  const lane = engine.block.create('track');
  engine.block.appendChild(stage, lane);
  engine.block.appendChild(lane, opening.block);
  engine.block.appendChild(lane, closing.block);
  engine.block.fillParent(lane);
  engine.block.setDuration(opening.block, 15);

  // Trim calls need the media's length, so the media is loaded first.
  await engine.block.forceLoadAVResource(opening.fill);
  engine.block.setTrimOffset(opening.fill, 1);
  engine.block.setTrimLength(opening.fill, 10);
  engine.block.setLooping(opening.fill, true);
  engine.block.setMuted(opening.fill, true);

  const music = engine.block.create('audio');
  engine.block.appendChild(stage, music);
  engine.block.setString(music, 'audio/fileURI', MUSIC_URL);
  engine.block.setVolume(music, 0.7);
  engine.block.setTimeOffset(music, 2);
  engine.block.setDuration(music, 7);

  const report = (rendered: number, encoded: number, total: number): void => console.log(`progress ${rendered}/${encoded}/${total}`);
  const videoBlob = await engine.block.exportVideo(stage, { mimeType: 'video/mp4', onProgress: report });
  offerDownload(videoBlob, 'exported-video.mp4');
  const audioBlob = await engine.block.exportAudio(stage, { mimeType: 'audio/wav', onProgress: report });
  offerDownload(audioBlob, 'exported-audio.wav');
  return { videoBlob, audioBlob };
}
