/**
 * Crop mode: entered by double-clicking an image block (`engine.editor.setEditMode('Crop')`).
 * Dragging pans the image inside its frame (`crop/translationX|Y`, fractions of the frame size, in
 * the block's own axes so it follows rotation); the wheel scales it (`crop/scaleX|Y`; the renderer scales
 * about the frame's centre). Escape or Enter leaves. Each drag is one undo step; a run of wheel ticks is one
 * undo step too (closed after {@link WHEEL_GESTURE_IDLE} ms without a tick, or on leaving).
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { viewToWorld } from './camera.js';
import { applyVector, blockFrame, frameContains, invert, placementMap, type Point } from './geometry.js';
import { canCrop } from './crop-target.js';
import { guarded, type CanvasSurface } from './surface.js';

/** Idle time that ends a wheel-scaling undo step, in ms. */
export const WHEEL_GESTURE_IDLE = 400;

/** Smallest and largest crop scale. */
const MIN_CROP_SCALE = 0.05;
const MAX_CROP_SCALE = 50;

type GestureHandle = { commit(): void; cancel(): void };

export { hasImageFill } from './crop-target.js';

/** One crop-mode session on one image block. */
export class CropSession {
  readonly block: DesignBlockId;
  private readonly surface: CanvasSurface;
  private drag: { start: Point; startX: number; startY: number; handle: GestureHandle; pointerId: number } | undefined;
  private wheel: { handle: GestureHandle; timer: ReturnType<typeof setTimeout> } | undefined;
  private readonly previousMode: string;
  /** The engine of the session (kept: the canvas may switch engines before it is disposed). */
  private readonly engine: Engine;

  /** Enters crop mode; throws nothing: check {@link CropSession.canCrop} first. */
  constructor(surface: CanvasSurface, block: DesignBlockId) {
    const engine = surface.engine!;
    this.surface = surface;
    this.engine = engine;
    this.block = block;
    this.previousMode = safeEditMode(engine);
    guarded(surface, () => engine.editor.setEditMode('Crop'));
  }

  /** Whether the block may be cropped (an image fill and the `layer/crop` scope). */
  static canCrop(engine: Engine, block: DesignBlockId): boolean {
    return canCrop(engine, block);
  }

  /** Handles `pointerdown`: starts a pan when it lands inside the frame; returns whether it did. */
  down(event: PointerEvent, target: Element): boolean {
    const engine = this.surface.engine;
    if (engine === undefined || event.button !== 0 || this.drag !== undefined) return false;
    const point = this.surface.clientToView(event.clientX, event.clientY);
    const frame = blockFrame(engine, this.block, placementMap(this.surface.placements()));
    if (!frameContains(frame, viewToWorld(this.surface.getCamera(), point))) return false;
    this.endWheel();
    const handle = guarded(this.surface, () => engine.editor.beginGesture('Crop'));
    if (handle === undefined) return true;
    this.drag = {
      start: point,
      startX: engine.block.getFloat(this.block, 'crop/translationX'),
      startY: engine.block.getFloat(this.block, 'crop/translationY'),
      handle,
      pointerId: event.pointerId,
    };
    try {
      target.setPointerCapture(event.pointerId);
    } catch {
      // Synthesized events have no active pointer to capture.
    }
    this.surface.renderer?.setLiveBlocks([this.block]);
    return true;
  }

  /** Handles `pointermove` during a pan. */
  move(event: PointerEvent): boolean {
    const engine = this.surface.engine;
    const drag = this.drag;
    if (engine === undefined || drag === undefined || event.pointerId !== drag.pointerId) return false;
    const point = this.surface.clientToView(event.clientX, event.clientY);
    const zoom = this.surface.getCamera().zoom;
    const frame = blockFrame(engine, this.block, placementMap(this.surface.placements()));
    // The world delta in the block's own (rotated) axes, as a fraction of its size.
    const local = applyVector(invert(frame.matrix), { x: (point.x - drag.start.x) / zoom, y: (point.y - drag.start.y) / zoom });
    const ok = guarded(this.surface, () => {
      engine.block.setFloat(this.block, 'crop/translationX', drag.startX + local.x / Math.max(frame.width, 1e-6));
      engine.block.setFloat(this.block, 'crop/translationY', drag.startY + local.y / Math.max(frame.height, 1e-6));
      return true;
    });
    if (ok === undefined) this.endDrag(false);
    return true;
  }

  /** Handles `pointerup`/`pointercancel`: the pan becomes one undo step (or is rolled back). */
  up(event: PointerEvent, commit: boolean): boolean {
    if (this.drag === undefined || event.pointerId !== this.drag.pointerId) return false;
    this.endDrag(commit);
    return true;
  }

  /** Handles a wheel tick: scales the image about the frame's centre. */
  wheelScale(deltaY: number): void {
    const engine = this.surface.engine;
    if (engine === undefined || this.drag !== undefined) return;
    const factor = Math.exp(-deltaY * 0.002);
    if (this.wheel === undefined) {
      const handle = guarded(this.surface, () => engine.editor.beginGesture('Crop scale'));
      if (handle === undefined) return;
      this.wheel = { handle, timer: setTimeout(() => this.endWheel(), WHEEL_GESTURE_IDLE) };
    } else {
      clearTimeout(this.wheel.timer);
      this.wheel.timer = setTimeout(() => this.endWheel(), WHEEL_GESTURE_IDLE);
    }
    guarded(this.surface, () => {
      const scaleX = engine.block.getFloat(this.block, 'crop/scaleX');
      const scaleY = engine.block.getFloat(this.block, 'crop/scaleY');
      // The renderer scales the image about the frame's centre, so the translation stays as it is.
      engine.block.setFloat(this.block, 'crop/scaleX', clamp(scaleX * factor));
      engine.block.setFloat(this.block, 'crop/scaleY', clamp(scaleY * factor));
    });
  }

  /** Leaves crop mode, finishing any open step. */
  exit(): void {
    if (this.drag !== undefined) this.endDrag(true);
    this.endWheel();
    guarded(this.surface, () => this.engine.editor.setEditMode(this.previousMode === 'Crop' ? 'Transform' : this.previousMode));
  }

  /** Releases timers, closes open undo steps and leaves crop mode (the element is going away). */
  dispose(): void {
    if (this.wheel !== undefined) {
      clearTimeout(this.wheel.timer);
      guarded(this.surface, () => this.wheel?.handle.commit());
      this.wheel = undefined;
    }
    if (this.drag !== undefined) {
      guarded(this.surface, () => this.drag?.handle.cancel());
      this.drag = undefined;
    }
    guarded(this.surface, () => this.engine.editor.setEditMode(this.previousMode === 'Crop' ? 'Transform' : this.previousMode));
  }

  private endDrag(commit: boolean): void {
    const drag = this.drag;
    this.drag = undefined;
    if (drag === undefined) return;
    guarded(this.surface, () => (commit ? drag.handle.commit() : drag.handle.cancel()));
    this.surface.renderer?.setLiveBlocks([]);
  }

  private endWheel(): void {
    const wheel = this.wheel;
    this.wheel = undefined;
    if (wheel === undefined) return;
    clearTimeout(wheel.timer);
    guarded(this.surface, () => wheel.handle.commit());
  }
}

function clamp(scale: number): number {
  return Math.min(MAX_CROP_SCALE, Math.max(MIN_CROP_SCALE, scale));
}

function safeEditMode(engine: Engine): string {
  try {
    return engine.editor.getEditMode();
  } catch {
    return 'Transform';
  }
}
