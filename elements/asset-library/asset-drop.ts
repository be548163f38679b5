/**
 * Drag and drop onto the canvas: image, video and audio files from the desktop (read locally as object URLs, never
 * uploaded) and assets dragged out of `<cesdk-asset-library>`.
 *
 * The drop point becomes the new block's centre when the target can map screen points to pages: a
 * target that offers `clientToPage(clientX, clientY)` returning `{page, x, y}` in design units, or one
 * that offers `getCamera()` (as `<cesdk-canvas>` does), mapped through the renderer's page layout.
 * Otherwise, or when the point is on no page, blocks land in the centre of the current page.
 */
import type { Engine } from '../../core/engine/index.js';
import { layoutPages } from '../../core/render/page-layout.js';
import type { Camera } from '../../core/render/types.js';
import { CesdkError } from '../../core/engine/index.js';
import { CesdkErrorEvent } from '../shared/events.js';
import { readLocalImage } from '../inspector/file-picker.js';
import { isMediaFile } from './media-types.js';
import { addUploadedImage, type BuiltInSourceOptions } from './built-in-sources.js';
import type { PlacementPoint } from './place-asset.js';

/** The MIME type of an asset dragged out of the library: JSON `{sourceId, asset}`. */
export const ASSET_DRAG_TYPE = 'application/x-cesdk-asset';

/** A drop target that can map screen points to page coordinates. */
interface MappingTarget extends Element {
  clientToPage?: (clientX: number, clientY: number) => PlacementPoint | undefined;
  getCamera?: () => Camera;
}

/** Maps a screen point over `target` to a point on the page under it, if any. */
export function dropPoint(target: Element, engine: Engine, clientX: number, clientY: number): PlacementPoint | undefined {
  const mapping = target as MappingTarget;
  if (typeof mapping.clientToPage === 'function') return mapping.clientToPage(clientX, clientY);
  if (typeof mapping.getCamera !== 'function') return undefined;
  const camera = mapping.getCamera();
  if (!(camera.zoom > 0)) return undefined;
  const box = target.getBoundingClientRect();
  const worldX = camera.x + (clientX - box.left) / camera.zoom;
  const worldY = camera.y + (clientY - box.top) / camera.zoom;
  const placement = layoutPages(engine).find(
    (entry) => worldX >= entry.x && worldX <= entry.x + entry.width && worldY >= entry.y && worldY <= entry.y + entry.height,
  );
  return placement ? { page: placement.page, x: worldX - placement.x, y: worldY - placement.y } : undefined;
}

/** Options of {@link attachAssetDrop}. */
export interface AssetDropOptions extends BuiltInSourceOptions {
  /** Returns the engine to place into (it may change over time). */
  engine: () => Engine | undefined;
  /** Where errors are reported as `cesdk-error` (defaults to the target). */
  errorTarget?: EventTarget;
}

function report(target: EventTarget, error: unknown): void {
  const typed = error instanceof CesdkError ? error : new CesdkError('INVALID_VALUE', error instanceof Error ? error.message : String(error));
  target.dispatchEvent(new CesdkErrorEvent(typed));
}

/** Whether a drag carries something the canvas accepts. */
function accepts(event: DragEvent): boolean {
  const types = event.dataTransfer?.types ?? [];
  return types.includes('Files') || types.includes(ASSET_DRAG_TYPE);
}

/**
 * Places what was dropped: each image file becomes an image block (and an entry in the upload
 * source), a library asset becomes its block. Returns the number of blocks created.
 */
export async function placeDropped(engine: Engine, data: DataTransfer, at: PlacementPoint | undefined, options: BuiltInSourceOptions & { errorTarget: EventTarget }): Promise<number> {
  let placed = 0;
  // A drop's data is readable only while its event is dispatched: read it before the first await.
  const payload = data.getData(ASSET_DRAG_TYPE);
  const files = [...data.files];
  // The placing code loads with the first placement (a lazy chunk), not with the editor.
  const { placeImage, placeShape, placeText } = await import('./place-asset.js');
  if (payload) {
    try {
      const parsed = JSON.parse(payload) as { sourceId?: unknown; asset?: { id?: unknown; label?: unknown; meta?: unknown } };
      const asset = parsed.asset;
      if (!asset || typeof asset.id !== 'string' || typeof parsed.sourceId !== 'string') throw new CesdkError('INVALID_VALUE', 'the dragged asset is malformed');
      const placeable = { id: asset.id, label: typeof asset.label === 'string' ? asset.label : undefined, meta: (asset.meta ?? {}) as Record<string, unknown> };
      const kind = placeable.meta.kind;
      if (kind === 'shape') placeShape(engine, placeable, at);
      else if (kind === 'text') placeText(engine, placeable, at);
      else if (kind === 'image' || kind === 'sticker') placeImage(engine, placeable, at, kind);
      else await engine.asset.apply(parsed.sourceId, placeable as never);
      placed += 1;
    } catch (error) {
      report(options.errorTarget, error);
    }
    return placed;
  }
  for (const file of files) {
    try {
      if (isMediaFile(file)) {
        await (await import('./place-media.js')).uploadMedia(engine, file, options);
        placed += 1;
        continue;
      }
      const image = await readLocalImage(file);
      const asset = addUploadedImage(engine, image, options);
      placeImage(engine, asset, at, 'image');
      placed += 1;
    } catch (error) {
      report(options.errorTarget, error);
    }
  }
  return placed;
}

/**
 * Makes `target` (usually the canvas) accept dropped image files and library assets. Returns a
 * function that removes the listeners.
 */
export function attachAssetDrop(target: Element, options: AssetDropOptions): () => void {
  const onDragOver = (event: Event): void => {
    const drag = event as DragEvent;
    if (!accepts(drag) || !options.engine()) return;
    drag.preventDefault();
    if (drag.dataTransfer) drag.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: Event): void => {
    const drag = event as DragEvent;
    const engine = options.engine();
    if (!engine || !drag.dataTransfer || !accepts(drag)) return;
    drag.preventDefault();
    const at = dropPoint(target, engine, drag.clientX, drag.clientY);
    void placeDropped(engine, drag.dataTransfer, at, { ...options, errorTarget: options.errorTarget ?? target });
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
