import { BlockAPIExtras } from './block-api-extras.js';
import { frameOf, worldMatrixOf } from './block-geometry.js';
import { BlockType } from './block-types.js';
import { CesdkError, describeValue } from './errors.js';
import { apply, type Box } from './geometry.js';
import { textLayoutOf } from './text-layout.js';
import type { DesignBlockId } from './types.js';

/** An axis-aligned box as CE.SDK's `XYWH` results: `{ x, y, width, height }`. */
export type XYWH = { x: number; y: number; width: number; height: number };

/**
 * Frames, screen-space boxes, visible text lines and crop fitting: geometry that needs layout
 * (auto-sized text) or the canvas (screen space).
 */
export class BlockAPIFrames extends BlockAPIExtras {
  /** X of the block's frame (its laid-out box) in its parent, in design units. */
  getFrameX(id: DesignBlockId): number { return frameOf(this.core.requireBlock(id)).x; }
  /** Y of the block's frame. */
  getFrameY(id: DesignBlockId): number { return frameOf(this.core.requireBlock(id)).y; }
  /** Width of the block's frame (for auto-sized text, the measured width). */
  getFrameWidth(id: DesignBlockId): number { return frameOf(this.core.requireBlock(id)).width; }
  /** Height of the block's frame. */
  getFrameHeight(id: DesignBlockId): number { return frameOf(this.core.requireBlock(id)).height; }

  /**
   * The screen-space box (CSS pixels of the canvas) around the blocks, as CE.SDK. Needs a canvas
   * showing the engine (it provides the camera); headless it throws `INVALID_STATE`.
   */
  getScreenSpaceBoundingBoxXYWH(ids: readonly DesignBlockId[]): XYWH {
    if (!Array.isArray(ids) || ids.length === 0) throw new CesdkError('INVALID_VALUE', 'getScreenSpaceBoundingBoxXYWH needs a non-empty array of block ids');
    for (const id of ids) this.core.requireBlock(id);
    const bridge = this.core.canvasBridge;
    if (!bridge) throw new CesdkError('INVALID_STATE', 'screen-space boxes need a canvas showing this engine');
    const box = bridge.screenBoundingBox(ids);
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  }
  /** X of {@link BlockAPIFrames.getScreenSpaceBoundingBoxXYWH} for one block. */
  getScreenSpaceBoundingBoxX(id: DesignBlockId): number { return this.getScreenSpaceBoundingBoxXYWH([id]).x; }
  /** Y of the screen-space box. */
  getScreenSpaceBoundingBoxY(id: DesignBlockId): number { return this.getScreenSpaceBoundingBoxXYWH([id]).y; }
  /** Width of the screen-space box. */
  getScreenSpaceBoundingBoxWidth(id: DesignBlockId): number { return this.getScreenSpaceBoundingBoxXYWH([id]).width; }
  /** Height of the screen-space box. */
  getScreenSpaceBoundingBoxHeight(id: DesignBlockId): number { return this.getScreenSpaceBoundingBoxXYWH([id]).height; }

  private visibleLines(id: DesignBlockId): Box[] {
    const record = this.core.requireBlock(id);
    if (record.type !== BlockType.text) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) is not a text block`, { blockId: id });
    const frame = frameOf(record);
    const layout = textLayoutOf(this.core, record);
    const clip = record.fields.get('text/clipLinesOutsideOfFrame') !== false;
    return layout.lines.filter((line) => !clip || line.y < frame.height - 1e-6);
  }

  /**
   * How many lines of the text are visible (lines wholly below a clipping frame are not). Uses the
   * text measurer's line layout; without a measurer, the text's hard line breaks.
   */
  getTextVisibleLineCount(id: DesignBlockId): number {
    return this.visibleLines(id).length;
  }

  /** The global (scene) box of a visible text line, by index. Throws `OUT_OF_RANGE` for a line that is not visible. */
  getTextVisibleLineGlobalBoundingBoxXYWH(id: DesignBlockId, lineIndex: number): XYWH {
    const lines = this.visibleLines(id);
    if (!Number.isInteger(lineIndex) || lineIndex < 0 || lineIndex >= lines.length) throw new CesdkError('OUT_OF_RANGE', `block ${id}: line ${describeValue(lineIndex)} is not one of the ${lines.length} visible lines`, { blockId: id });
    const line = lines[lineIndex]!;
    const matrix = worldMatrixOf(this.core, this.core.requireBlock(id));
    const corners = [apply(matrix, line.x, line.y), apply(matrix, line.x + line.width, line.y), apply(matrix, line.x, line.y + line.height), apply(matrix, line.x + line.width, line.y + line.height)];
    const xs = corners.map((corner) => corner[0]);
    const ys = corners.map((corner) => corner[1]);
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  }

  // Crop fitting ---------------------------------------------------------------------------

  /** Whether the crop keeps its aspect ratio (`crop/aspectRatioLocked`). */
  isCropAspectRatioLocked(id: DesignBlockId): boolean { return this.getBool(id, 'crop/aspectRatioLocked'); }

  /**
   * Scales the cropped content up until it covers the frame again after crop rotation and
   * translation (never below `minScaleRatio`), and returns the scale ratio it set
   * (`crop/scaleRatio`). The content at ratio 1 covers the frame, as Cover lays it out.
   */
  adjustCropToFillFrame(id: DesignBlockId, minScaleRatio: number): number {
    if (typeof minScaleRatio !== 'number' || !Number.isFinite(minScaleRatio) || minScaleRatio <= 0) throw new CesdkError('INVALID_VALUE', `block ${id}: minScaleRatio must be a positive number, got ${describeValue(minScaleRatio)}`, { blockId: id });
    const record = this.core.requireBlock(id);
    if (!this.supportsCrop(id)) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) cannot be cropped`, { blockId: id });
    const { width, height } = frameOf(record);
    const rotation = this.getFloat(id, 'crop/rotation');
    const cos = Math.abs(Math.cos(rotation));
    const sin = Math.abs(Math.sin(rotation));
    const offsetX = Math.abs(this.getFloat(id, 'crop/translationX')) * 2;
    const offsetY = Math.abs(this.getFloat(id, 'crop/translationY')) * 2;
    const safeWidth = Math.max(width, 1e-6);
    const safeHeight = Math.max(height, 1e-6);
    // The frame, seen from the rotated content, must fit inside the content: its bounding box there.
    const needed = Math.max((safeWidth * cos + safeHeight * sin) / safeWidth + offsetX, (safeWidth * sin + safeHeight * cos) / safeHeight + offsetY);
    const ratio = Math.max(minScaleRatio, needed);
    this.setFloat(id, 'crop/scaleRatio', ratio);
    return ratio;
  }

  /** Resets the crop to its defaults and the content fill mode to Cover, in one undo step. */
  resetCrop(id: DesignBlockId): void {
    const record = this.core.requireBlock(id);
    if (!this.supportsCrop(id)) throw new CesdkError('UNKNOWN_PROPERTY', `block ${id} (${record.type}) has no property 'crop/scaleX'`, { blockId: id, path: 'crop/scaleX' });
    this.core.checkScope(record, 'layer/crop', 'resetting the crop');
    this.core.mutate('reset crop', () => {
      for (const path of ['crop/scaleX', 'crop/scaleY', 'crop/scaleRatio', 'crop/rotation', 'crop/translationX', 'crop/translationY', 'crop/flipHorizontal', 'crop/flipVertical']) {
        this.core.write(record, path, undefined);
      }
      this.core.write(record, 'contentFill/mode', undefined);
    });
  }
}
