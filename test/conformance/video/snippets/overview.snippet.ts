// Source: https://img.ly/docs/cesdk/js/create-video/overview-b06512/
// The guide's code blocks in order, as published. In the browser guides `engine` is the page's engine
// (`CreativeEngine.init()` there, `Engine.create()` here, made by the test harness).
import type { Engine } from '../../../../core/engine/index.js';

export async function overviewGuide(engine: Engine): Promise<{ videoBlob: Blob; audioBlob: Blob }> {
  const scene = engine.scene.createVideo();

  const page = engine.block.create('page');
  engine.block.appendChild(scene, page);

  engine.block.setWidth(page, 1280);
  engine.block.setHeight(page, 720);

  engine.block.setDuration(page, 20);

  const video1 = engine.block.create('graphic');
  engine.block.setShape(video1, engine.block.createShape('rect'));
  const videoFill = engine.block.createFill('video');
  engine.block.setString(
    videoFill,
    'fill/video/fileURI',
    'https://cdn.img.ly/assets/demo/v4/ly.img.video/videos/pexels-drone-footage-of-a-surfer-barrelling-a-wave-12715991.mp4'
  );
  engine.block.setFill(video1, videoFill);

  const video2 = engine.block.create('graphic');
  engine.block.setShape(video2, engine.block.createShape('rect'));
  const videoFill2 = engine.block.createFill('video');
  engine.block.setString(
    videoFill2,
    'fill/video/fileURI',
    'https://cdn.img.ly/assets/demo/v4/ly.img.video/videos/pexels-kampus-production-8154913.mp4'
  );
  engine.block.setFill(video2, videoFill2);

  const track = engine.block.create('track');
  engine.block.appendChild(page, track);
  engine.block.appendChild(track, video1);
  engine.block.appendChild(track, video2);
  engine.block.fillParent(track);

  engine.block.setDuration(video1, 15);

  /* Make sure that the video is loaded before calling the trim APIs. */
  await engine.block.forceLoadAVResource(videoFill);
  engine.block.setTrimOffset(videoFill, 1);
  engine.block.setTrimLength(videoFill, 10);

  engine.block.setLooping(videoFill, true);

  engine.block.setMuted(videoFill, true);

  const audio = engine.block.create('audio');
  engine.block.appendChild(page, audio);
  engine.block.setString(
    audio,
    'audio/fileURI',
    'https://cdn.img.ly/assets/demo/v3/ly.img.audio/audios/far_from_home.m4a'
  );

  /* Set the volume level to 70%. */
  engine.block.setVolume(audio, 0.7);

  /* Start the audio after two seconds of playback. */
  engine.block.setTimeOffset(audio, 2);

  /* Give the Audio block a duration of 7 seconds. */
  engine.block.setDuration(audio, 7);

  /* Export page as mp4 video. */
  const videoBlob = await engine.block.exportVideo(page, {
    mimeType: 'video/mp4',
    onProgress: (renderedFrames, encodedFrames, totalFrames) => {
      console.log(
        'Rendered',
        renderedFrames,
        'frames and encoded',
        encodedFrames,
        'frames out of',
        totalFrames
      );
    }
  });

  /* Download video blob. */
  let anchor = document.createElement('a');
  anchor.href = URL.createObjectURL(videoBlob);
  anchor.download = 'exported-video.mp4';
  anchor.click();

  /* Export page audio as an WAV audio. */
  const audioBlob = await engine.block.exportAudio(page, {
    mimeType: 'audio/wav',
    onProgress: (renderedFrames, encodedFrames, totalFrames) => {
      console.log(
        'Rendered',
        renderedFrames,
        'frames and encoded',
        encodedFrames,
        'frames out of',
        totalFrames
      );
    }
  });

  /* Download audio blob. */
  anchor = document.createElement('a');
  anchor.href = URL.createObjectURL(audioBlob);
  anchor.download = 'exported-audio.wav';
  anchor.click();

  // (Harness) What the guide produced, for the checks.
  return { videoBlob, audioBlob };
}
