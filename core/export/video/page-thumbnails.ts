/**
 * Storyboards: `block.generateVideoThumbnailSequence` on a page (or a block on one) renders the composed
 * page at each requested time, like a video frame (a copy of the scene, so the editor's playhead never
 * moves). As in CE.SDK, frames are rendered at most 512 pixels on a side and scaled up beyond that, and
 * the watermark rule of exports applies (a storyboard is not a way around it).
 */
import { CesdkError, type Engine, type PageThumbnailRequest } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';
import { createFrameRenderer, type FrameRenderer } from '../../render/video/frame-renderer.js';
import type { ExportDependencies } from '../export-block.js';
import { copyForExport } from './video-export.js';

/** The largest side a preview frame is rendered at (CE.SDK's limit for previews). */
const MAX_RENDER_SIDE = 512;

function asError(error: unknown): CesdkError {
  return error instanceof CesdkError ? error : new CesdkError('RESOURCE_UNAVAILABLE', error instanceof Error ? error.message : String(error));
}

/** Renders the frames of `request` one after another, handing each to `onFrame` as `ImageData`, until cancelled. */
export async function pageThumbnails(engine: Engine, request: PageThumbnailRequest, dependencies: ExportDependencies & { assets: AssetLoader }, job: { cancelled: boolean }): Promise<void> {
  const { page, times, onFrame } = request;
  let copy: Engine | undefined;
  let renderer: FrameRenderer | undefined;
  const output = document.createElement('canvas');
  let index = 0;
  try {
    const pageWidth = engine.block.getWidth(page);
    const pageHeight = engine.block.getHeight(page);
    if (!(pageWidth > 0 && pageHeight > 0)) throw new CesdkError('INVALID_BLOCK', `page ${page} has no size`, { blockId: page });
    output.height = Math.max(1, Math.round(request.thumbnailHeight));
    output.width = Math.max(1, Math.round((output.height * pageWidth) / pageHeight));
    const scale = Math.min(1, MAX_RENDER_SIDE / Math.max(output.width, output.height));
    copy = await copyForExport(engine, dependencies.assets, () => undefined);
    if (job.cancelled) return;
    renderer = await createFrameRenderer(copy, page, {
      width: Math.max(1, Math.round(output.width * scale)), height: Math.max(1, Math.round(output.height * scale)),
      assets: dependencies.assets, watermark: dependencies.license?.needsWatermark ?? true,
    });
    const context = output.getContext('2d', { willReadFrequently: true })!;
    for (; index < times.length && !job.cancelled; index += 1) {
      await renderer.render(times[index]!);
      if (job.cancelled) return;
      context.clearRect(0, 0, output.width, output.height);
      context.drawImage(renderer.canvas, 0, 0, output.width, output.height);
      onFrame(index, context.getImageData(0, 0, output.width, output.height));
    }
  } catch (error) {
    if (job.cancelled) return;
    const failure = asError(error);
    for (let rest = index; rest < times.length; rest += 1) onFrame(rest, failure);
  } finally {
    renderer?.dispose();
    copy?.dispose();
    output.width = 0;
  }
}
