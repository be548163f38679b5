// Calls re-stated from https://img.ly/docs/cesdk/js/export-save-publish/thumbnail-previews-dcf031/
// (our own wording and structure; the CE.SDK engine calls, their arguments and their order follow the
// guide). The guide runs as an editor plugin; its editor set-up (plugins, `scene.create` action,
// zoom, panels on the page) and `generateThumbnailAtTimeOffset` are left out: this is its engine part,
// on the page's engine.
import type { Engine } from '../../../../core/engine/index.js';

const FOOTAGE = 'https://img.ly/static/ubq_video_samples/bbb.mp4';
const MUSIC = 'https://cdn.img.ly/assets/demo/v3/ly.img.audio/audios/far_from_home.m4a';
const SIZE = { width: 1920, height: 1080, seconds: 12 };

/** What each request delivered, by index, for the checks. */
export interface PreviewResults {
  filmstrip: ImageData[];
  storyboard: ImageData[];
  waveform: Float32Array[];
  still: ImageData[];
  videoSeconds: number;
}

/** Collects `expected` callbacks of one sequence request into an array by index; rejects on an Error. */
function collect<T>(expected: number, start: (onResult: (index: number, result: unknown) => void) => unknown): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const results: T[] = [];
    let count = 0;
    start((index, result) => {
      if (result instanceof Error) return reject(result);
      results[index] = result as T;
      if ((count += 1) === expected) resolve(results);
    });
  });
}

/** Builds the guide's scene in `engine`'s current video scene and runs its four preview requests. */
export async function thumbnailPreviewsGuide(engine: Engine): Promise<PreviewResults> {
  const stage = engine.scene.getCurrentPage()!;
  engine.block.setDuration(stage, SIZE.seconds);

  const lane = engine.block.create('track');
  engine.block.appendChild(stage, lane);
  const clip = engine.block.create('graphic');
  engine.block.setShape(clip, engine.block.createShape('rect'));
  engine.block.setWidth(clip, SIZE.width);
  engine.block.setHeight(clip, SIZE.height);
  const footage = engine.block.createFill('video');
  engine.block.setString(footage, 'fill/video/fileURI', FOOTAGE);
  engine.block.setFill(clip, footage);
  engine.block.appendChild(lane, clip);
  engine.block.setDuration(clip, SIZE.seconds);

  const music = engine.block.create('audio');
  engine.block.setString(music, 'audio/fileURI', MUSIC);
  engine.block.appendChild(stage, music);
  engine.block.setTimeOffset(music, 0);
  engine.block.setDuration(music, SIZE.seconds);

  await engine.block.forceLoadAVResource(footage);
  await engine.block.forceLoadAVResource(music);
  const videoSeconds = engine.block.getAVResourceTotalDuration(footage);
  const musicSeconds = engine.block.getAVResourceTotalDuration(music);

  // The video and the audio request run side by side, as in the guide.
  const filmstrip = collect<ImageData>(12, (onResult) => engine.block.generateVideoThumbnailSequence(footage, 96, 0, videoSeconds, 12, onResult));
  const waveform = collect<Float32Array>(Math.ceil(768 / 64), (onResult) =>
    engine.block.generateAudioThumbnailSequence(music, 64, 0, Math.min(musicSeconds, SIZE.seconds), 768, 1, (index, result) => onResult(index, result instanceof Float32Array ? result.slice() : result)));
  const storyboard = collect<ImageData>(8, (onResult) => engine.block.generateVideoThumbnailSequence(stage, 96, 0, engine.block.getDuration(stage), 8, onResult));
  const strip = await filmstrip;
  // The single still asks the same fill again once its filmstrip is done (one request per block).
  const moment = Math.min(2, videoSeconds);
  const still = await collect<ImageData>(1, (onResult) => engine.block.generateVideoThumbnailSequence(footage, 180, moment, moment, 1, onResult));
  return { filmstrip: strip, storyboard: await storyboard, waveform: await waveform, still, videoSeconds };
}
