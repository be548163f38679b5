import { expect } from '@open-wc/testing';
import { ALL_FORMATS, AudioBufferSink, BlobSource, Input } from 'mediabunny';
import { isCesdkError } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { buildTestScene, colorDistance, decodeVideo, fixtureUrl, LAYOUT } from './video-helpers.js';

const licensed = { needsWatermark: false };
const FRAME = 1 / 30;

let source: Promise<Awaited<ReturnType<typeof decodeVideo>>> | undefined;

/** The source video's own pixel at `time`, decoded directly (what the export must show there). */
async function sourcePixel(time: number, x: number, y: number): Promise<number[]> {
  source ??= fetch(fixtureUrl('video/clip-640x360-3s.mp4')).then((response) => response.blob()).then(decodeVideo);
  return (await source).pixel(time, x, y);
}

/** Decodes an exported sound file back: its codec, duration and loudest sample. */
async function decodeAudio(blob: Blob): Promise<{ codec: string | null; duration: number; peak: number }> {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS });
  const track = (await input.getPrimaryAudioTrack())!;
  let peak = 0;
  for await (const { buffer } of new AudioBufferSink(track).buffers()) {
    for (const value of buffer.getChannelData(0)) peak = Math.max(peak, Math.abs(value));
  }
  return { codec: track.codec, duration: await track.computeDuration(), peak };
}

describe('video export, decoded back', function () {
  // Each test encodes and decodes real video: minutes on a busy machine, not the default 60 s.
  this.timeout(240_000);
  it('exports a 3-second MP4 with video, image, text and sound, with no element mounted', async () => {
    const { engine, page } = await buildTestScene();
    registerExporters(engine, { license: licensed });
    const events: unknown[] = [];
    engine.onEvent('export', (payload) => events.push(payload));
    const progress: number[][] = [];
    const blob = await engine.block.exportVideo(page, { mimeType: 'video/mp4', framerate: 30, onProgress: (...counts) => progress.push(counts) });
    expect(blob.type).to.equal('video/mp4');
    const video = await decodeVideo(blob);
    try {
      expect(Math.abs(video.duration - 3)).to.be.at.most(FRAME, `duration ${video.duration}`);
      expect(video.frameCount).to.equal(90);
      expect([video.width, video.height]).to.deep.equal([640, 360]);
      expect(['avc', 'av1']).to.include(video.videoCodec);
      expect(['aac', 'opus']).to.include(video.audioCodec);
      expect(Math.abs(video.audioDuration - 3)).to.be.at.most(FRAME + 0.03, `audio duration ${video.audioDuration}`);
      // The background video, frame for frame: the moving band and the frame counter differ between the first and the last frame.
      for (const [time, sourceTime] of [[0, 0], [89 * FRAME + 0.001, 89 * FRAME + 0.001]] as const) {
        for (const [x, y] of [[60, 100], [300, 90], [500, 30], [40, 12], [600, 200]] as const) {
          const expected = await sourcePixel(sourceTime, x, y);
          const actual = await video.pixel(time, x, y);
          expect(colorDistance(actual, expected)).to.be.below(48, `frame at ${time.toFixed(3)} s, (${x}, ${y}): ${actual} vs source ${expected}`);
        }
        const textBox = await video.pixel(time, LAYOUT.text.x + 4, LAYOUT.text.y + LAYOUT.text.height - 4);
        expect(colorDistance(textBox, [26, 51, 230])).to.be.below(40, `text background at ${time}: ${textBox}`);
        const imagePixel = await video.pixel(time, LAYOUT.image.x + 60, LAYOUT.image.y + 60);
        const underImage = await sourcePixel(sourceTime, LAYOUT.image.x + 60, LAYOUT.image.y + 60);
        expect(colorDistance(imagePixel, underImage)).to.be.above(30, 'the image covers the video');
      }
    } finally {
      video.dispose();
    }
    expect(progress.at(-1)).to.deep.equal([90, 90, 90]);
    for (let index = 1; index < progress.length; index += 1) expect(progress[index]![0]).to.be.at.least(progress[index - 1]![0]!);
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ mimeType: 'video/mp4', mediaType: 'video', width: 640, height: 360, fps: 30, duration: 3 });
    expect(engine.block.getPlaybackTime(page)).to.equal(0, "the editor's playhead never moved");
  });

  it('exports WebM with VP9 and Opus, scaled to a target size and a time span', async () => {
    const { engine, page } = await buildTestScene();
    registerExporters(engine, { license: licensed });
    const blob = await engine.block.exportVideo(page, { mimeType: 'video/webm', framerate: 24, targetWidth: 320, targetHeight: 180, timeOffset: 1, duration: 1.5 });
    const video = await decodeVideo(blob);
    try {
      expect(video.videoCodec).to.equal('vp9');
      expect(video.audioCodec).to.equal('opus');
      expect([video.width, video.height]).to.deep.equal([320, 180]);
      expect(video.frameCount).to.equal(36);
      expect(Math.abs(video.duration - 1.5)).to.be.at.most(1 / 24 + 0.01);
    } finally {
      video.dispose();
    }
  });

  it('watermarks video exports when unlicensed', async () => {
    const { engine, page } = await buildTestScene();
    registerExporters(engine);
    const marked = await decodeVideo(await engine.block.exportVideo(page, { duration: 0.2 }));
    const { engine: clean, page: cleanPage } = await buildTestScene();
    registerExporters(clean, { license: licensed });
    const plain = await decodeVideo(await clean.block.exportVideo(cleanPage, { duration: 0.2 }));
    try {
      let differing = 0;
      for (let y = 20; y < 360; y += 40) for (let x = 20; x < 640; x += 40) if (colorDistance(await marked.pixel(0, x, y), await plain.pixel(0, x, y)) > 24) differing += 1;
      expect(differing).to.be.above(3, 'the watermark changes pixels of every frame');
    } finally {
      marked.dispose();
      plain.dispose();
    }
  });

  it('aborts in the middle and exports again afterwards', async () => {
    const { engine, page } = await buildTestScene();
    registerExporters(engine, { license: licensed });
    const controller = new AbortController();
    let rendered = 0;
    const attempt = engine.block.exportVideo(page, {
      abortSignal: controller.signal,
      onProgress: (count) => {
        rendered = count;
        if (count === 10) controller.abort();
      },
    });
    const error = await attempt.then(() => undefined, (reason: unknown) => reason);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(rendered).to.be.below(15, 'stops within a few frames');
    const blob = await engine.block.exportVideo(page, { duration: 0.5 });
    const video = await decodeVideo(blob);
    expect(video.frameCount).to.equal(15);
    video.dispose();
  });

  it('refuses impossible requests with typed errors and leaves the scene alone', async () => {
    const { engine, page, clip } = await buildTestScene();
    registerExporters(engine, { license: licensed });
    const before = await engine.scene.saveToString();
    const codeOf = (attempt: Promise<unknown>) => attempt.then(() => 'resolved', (reason: unknown) => (isCesdkError(reason) ? reason.code : String(reason)));
    expect(await codeOf(engine.block.exportVideo(page, { targetWidth: 20_000, targetHeight: 20_000 }))).to.equal('LIMIT_EXCEEDED');
    expect(await codeOf(engine.block.exportVideo(page, { framerate: 0 }))).to.equal('OUT_OF_RANGE');
    expect(await codeOf(engine.block.exportVideo(page, { timeOffset: 5 }))).to.equal('OUT_OF_RANGE');
    expect(await codeOf(engine.block.exportVideo(clip))).to.equal('INVALID_BLOCK');
    expect(await engine.scene.saveToString()).to.equal(before);
  });

  it('exports the sound of an audio block and of the page', async () => {
    const { engine, page, audio } = await buildTestScene();
    registerExporters(engine, { license: licensed });
    const wav = await engine.block.exportAudio(audio);
    expect(wav.type).to.equal('audio/wav');
    const bytes = new Uint8Array(await wav.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).to.equal('RIFF');
    expect(bytes.length).to.be.closeTo(44 + 3 * 48_000 * 2 * 2, 8);
    const samples = new Int16Array(bytes.buffer, 44, (bytes.length - 44) / 2);
    expect(Math.max(...samples.subarray(48_000, 48_100).map(Math.abs))).to.be.above(1000, 'the tone, not silence');
    const opus = await decodeAudio(await engine.block.exportAudio(page, { mimeType: 'audio/webm' }));
    expect(opus.codec).to.equal('opus');
    expect(opus.duration).to.be.closeTo(3, 0.03);
    expect(opus.peak).to.be.above(0.05, 'the mixed sound, not silence');
    const aac = await engine.block.exportAudio(audio, { mimeType: 'audio/mp4' }).then(decodeAudio, (reason: unknown) => String((reason as { code?: string }).code));
    if (typeof aac === 'string') expect(aac).to.equal('CODEC_UNSUPPORTED', 'AAC is encoded where the browser can, else a typed error');
    else expect([aac.codec, Math.round(aac.duration)]).to.deep.equal(['aac', 3]);
  });
  it('mutes and scales the sound: muted clips are silent in the mix, volume scales their samples', async () => {
    const { engine, page, clip, audio } = await buildTestScene();
    registerExporters(engine, { license: licensed });
    // Only the audio block sounds: the video clip's own sound (if any) is muted on its fill.
    engine.block.setMuted(engine.block.getFill(clip)!, true);
    /** Root mean square of the page's mixed sound (16-bit PCM WAV, after its 44-byte header). */
    const loudness = async (): Promise<number> => {
      const bytes = await (await engine.block.exportAudio(page)).arrayBuffer();
      const samples = new Int16Array(bytes, 44, (bytes.byteLength - 44) / 2);
      let sum = 0;
      for (const sample of samples) sum += (sample / 32768) ** 2;
      return Math.sqrt(sum / samples.length);
    };
    const full = await loudness();
    expect(full).to.be.above(0.02, 'the tone sounds at volume 1');
    engine.block.setVolume(audio, 0.5);
    expect(await loudness() / full).to.be.closeTo(0.5, 0.05, 'volume 0.5 halves the samples');
    engine.block.setVolume(audio, 1);
    engine.block.setMuted(audio, true);
    expect(await loudness()).to.be.below(full * 0.01, 'a muted block is silent in the mix');
  });
  it('renders storyboards: thumbnails of a page show the composed page at each time', async () => {
    const { engine, page } = await buildTestScene();
    registerExporters(engine, { license: licensed });
    const frames: ImageData[] = [];
    await new Promise<void>((resolve, reject) => {
      engine.block.generateVideoThumbnailSequence(page, 90, 0, 89 * FRAME + 0.001, 2, (index, result) => {
        if (!(result instanceof ImageData)) return reject(result);
        frames[index] = result;
        if (frames.filter(Boolean).length === 2) resolve();
      });
    });
    const pixel = (frame: ImageData, x: number, y: number): number[] => [...frame.data.slice((y * frame.width + x) * 4, (y * frame.width + x) * 4 + 3)];
    for (const [index, time] of [[0, 0], [1, 89 * FRAME + 0.001]] as const) {
      const frame = frames[index]!;
      expect([frame.width, frame.height]).to.deep.equal([160, 90]);
      // A quarter of the page's size: the text's background and the video under it, at that time.
      const textBox = pixel(frame, Math.round((LAYOUT.text.x + 6) / 4), Math.round((LAYOUT.text.y + LAYOUT.text.height - 6) / 4));
      expect(colorDistance(textBox, [26, 51, 230])).to.be.below(50, `text background at ${time}: ${textBox}`);
      const video = pixel(frame, 75, 22);
      expect(colorDistance(video, await sourcePixel(time, 300, 90))).to.be.below(60, `the video at ${time} s`);
    }
    expect(engine.block.getPlaybackTime(page)).to.equal(0, "the editor's playhead never moved");
    const code = (() => {
      try {
        engine.block.generateVideoThumbnailSequence(engine.block.getParent(page)!, 90, 0, 1, 1, () => undefined);
        return 'started';
      } catch (error) {
        return (error as { code?: string }).code;
      }
    })();
    expect(code).to.equal('INVALID_BLOCK', 'a scene is neither a video nor on a page');
  });
});
