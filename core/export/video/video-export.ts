/**
 * `engine.block.exportVideo(page, options)`: renders a copy of the scene frame by frame (so the
 * editor's playhead never moves), mixes the sound offline, and encodes with WebCodecs through
 * mediabunny into MP4 or WebM. Honours the abort signal between frames and reports progress as
 * CE.SDK does: frames rendered, frames encoded, frames in all.
 */
import { CesdkError, Engine, type DesignBlockId, type VideoExportOptions } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';
import { loadMediabunny } from '../../io/media/media-file.js';
import { MediaFiles } from '../../io/media/media-files.js';
import { createFrameRenderer, type FrameRenderer } from '../../render/video/frame-renderer.js';
import { registerMediaServices } from '../../render/video/media-services.js';
import { abortError } from '../export-job.js';
import type { ExportDependencies } from '../export-block.js';
import { mixPageAudio } from './audio-mix.js';
import { chooseCodecs } from './codecs.js';
import { resolveVideoOptions } from './video-options.js';

const COPY_SCHEMES = ['blob', 'data', 'http', 'https', 'file', 'bundle', 'opfs'];

/** A copy of `engine`'s scene with its media metadata loaded, for rendering without touching the original. */
export async function copyForExport(engine: Engine, assets: AssetLoader, onError: (error: CesdkError, block?: number) => void): Promise<Engine> {
  const copy = await Engine.create();
  // The copy lives in this page, so uploads (blob: URLs, refused by a plain save) stay valid in it.
  await copy.scene.loadFromString(await engine.scene.saveToString(COPY_SCHEMES));
  registerMediaServices(copy, assets);
  const media = [...copy.block.findByType('fill/video'), ...copy.block.findByType('audio')];
  await Promise.all(media.map((id) => copy.block.forceLoadAVResource(id).catch((error: unknown) => {
    onError(error instanceof CesdkError ? error : new CesdkError('DECODE_FAILED', String(error)), id);
  })));
  return copy;
}

/**
 * Lets the page run a task (paint the progress bar, take a Cancel click): decoding and encoding
 * resolve in microtasks, so a frame loop without this would hold the page until the export ends.
 * A message-channel round trip, not a timer (timers are clamped to 4 ms when nested).
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Exports `page` as a video; see {@link VideoExportOptions}. */
export async function exportVideo(engine: Engine, page: DesignBlockId, rawOptions: VideoExportOptions, dependencies: ExportDependencies & { assets: AssetLoader }): Promise<Blob> {
  if (engine.block.getType(page) !== '//ly.img.ubq/page') throw new CesdkError('INVALID_BLOCK', `exportVideo: block ${page} is not a page`, { blockId: page });
  const options = resolveVideoOptions(engine, page, rawOptions as VideoExportOptions & Record<string, unknown>);
  const signal = options.abortSignal;
  checkAbort(signal);
  const { assets } = dependencies;
  const reportError = (error: CesdkError, block?: number): void => {
    try {
      (rawOptions as { onError?: (error: CesdkError, block?: number) => void }).onError?.(error, block);
    } catch {
      // An integrator's error callback must not break the export.
    }
  };
  const copy = await copyForExport(engine, assets, reportError);
  let renderer: FrameRenderer | undefined;
  let cancel: (() => Promise<void>) | undefined;
  try {
    checkAbort(signal);
    const mix = await mixPageAudio(copy, page, MediaFiles.for(assets), options.timeOffset, options.duration, {
      onError: (error, uri) => reportError(error instanceof CesdkError ? error : new CesdkError('DECODE_FAILED', `the sound of ${uri.slice(0, 120)} could not be decoded: ${error.message}`)),
    });
    checkAbort(signal);
    const codecs = await chooseCodecs(options.mimeType, { ...options, withAudio: mix !== undefined });
    const mediabunny = await loadMediabunny();
    renderer = await createFrameRenderer(copy, page, {
      width: options.width, height: options.height, assets, watermark: dependencies.license?.needsWatermark ?? true,
      onAssetError: (error) => reportError(error),
    });
    const target = new mediabunny.BufferTarget();
    const output = new mediabunny.Output({
      format: options.mimeType === 'video/mp4' ? new mediabunny.Mp4OutputFormat({ fastStart: 'in-memory' }) : new mediabunny.WebMOutputFormat(),
      target,
    });
    cancel = () => output.cancel();
    let rendered = 0;
    let encoded = 0;
    const report = (): void => {
      try {
        options.onProgress?.(rendered, encoded, options.frameCount);
      } catch {
        // An integrator's progress callback must not break the export.
      }
    };
    const video = new mediabunny.CanvasSource(renderer.canvas, {
      codec: codecs.video, bitrate: options.videoBitrate, keyFrameInterval: 2, fullCodecString: codecs.fullCodecString,
      onEncodedPacket: () => {
        encoded += 1;
        report();
      },
    });
    output.addVideoTrack(video, { frameRate: options.framerate });
    const audio = mix && codecs.audio ? new mediabunny.AudioBufferSource({ codec: codecs.audio, bitrate: options.audioBitrate }) : undefined;
    if (audio) output.addAudioTrack(audio);
    await output.start();
    report();
    if (audio && mix) {
      await audio.add(mix);
      audio.close();
    }
    const frameDuration = 1 / options.framerate;
    for (let frame = 0; frame < options.frameCount; frame += 1) {
      await yieldToPage();
      checkAbort(signal);
      await renderer.render(options.timeOffset + frame * frameDuration, signal);
      await video.add(frame * frameDuration, frameDuration);
      rendered += 1;
      report();
    }
    video.close();
    checkAbort(signal);
    await output.finalize();
    cancel = undefined;
    encoded = options.frameCount;
    report();
    const blob = new Blob([target.buffer!], { type: options.mimeType });
    // The engine's usage event reads these from the Blob (never content).
    Object.defineProperties(blob, {
      width: { value: options.width }, height: { value: options.height },
      fps: { value: options.framerate }, duration: { value: options.duration },
    });
    dependencies.onUsage?.({ mediaType: 'video', mimeType: options.mimeType, width: options.width, height: options.height, fps: options.framerate, duration: options.duration });
    return blob;
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    throw error;
  } finally {
    await cancel?.().catch(() => undefined);
    renderer?.dispose();
    copy.dispose();
  }
}
