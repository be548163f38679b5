/**
 * Pointer interaction of `<cesdk-canvas>`: selection clicks, marquee, moving with snapping, resize and
 * rotate through the handles, and panning (space+drag, middle button, two-finger touch). Mouse, pen
 * and touch all arrive as pointer events; the pointer is captured for the length of a gesture.
 *
 * Every drag is one undo step: it opens `engine.editor.beginGesture(label)` on the first real
 * movement and commits on release (cancels on `pointercancel`). While dragging, the moving blocks
 * are the renderer's live blocks, so only they redraw.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { panBy, viewToWorld } from './camera.js';
import {
  applyVector, blocksInRect, blockFrame, invert, pageOf, parentWorldMatrix, placementMap, selectionBounds, hitTest, type Point, type Rect,
} from './geometry.js';
import { applyClickSelection, clickTarget, deselectAll } from './selection-logic.js';
import type { SnapTargets } from './snapping.js';
import { allowedOnAll, guarded, type CanvasSurface } from './surface.js';
import { designGridStep, roundFrame, roundToGrid } from './design-grid.js';
import { cursorForHandle, resizeFrame, rotateFrame, type Frame, type HandleName } from './transform.js';
import { applyMultiResize, applyMultiRotate, startMultiTransform, type MultiTransformStart } from './multi-transform.js';
import type { ResizeSnap } from './resize-snapping.js';
import { loadedSnapping, loadSnapping } from './on-demand.js';

/** Pointer travel (view px) before a press becomes a drag. */
const DRAG_SLOP = 3;

type Gesture =
  | { kind: 'pending-move'; start: Point; blocks: DesignBlockId[] }
  | {
    kind: 'move'; start: Point; blocks: DesignBlockId[]; startPositions: Point[]; parentInverse: ReturnType<typeof invert>[]; startBounds: Rect;
    /** What the move snaps to, prepared once the snapping code is here (on-demand.ts). */
    page: Rect | undefined; others: Rect[]; targets?: SnapTargets;
    /** The last pointer position and Alt state, applied again when the snapping code arrives mid-drag. */
    point: Point; free: boolean; waitingForSnap?: boolean;
    commit: () => void; cancel: () => void;
  }
  | {
    kind: 'resize' | 'rotate'; handle: HandleName; block: DesignBlockId; start: Point; startFrame: Frame; parentInverse: ReturnType<typeof invert>;
    /** Edge snapping of this resize; `null` until the snapping code is here. */
    snap: ResizeSnap | undefined | null; commit?: () => void; cancel?: () => void;
  }
  | { kind: 'multi'; handle: HandleName; start: Point; startState: MultiTransformStart; commit?: () => void; cancel?: () => void }
  | { kind: 'marquee'; start: Point; base: DesignBlockId[] }
  | { kind: 'pan'; last: Point };

/** Handles the pointer events of one canvas. */
export class PointerGestures {
  private readonly surface: CanvasSurface;
  private gesture: Gesture | undefined;
  private pointerId: number | undefined;
  private readonly touches = new Map<number, Point>();
  /** Set by the keyboard handler while the space bar is held. */
  spaceHeld = false;

  constructor(surface: CanvasSurface) {
    this.surface = surface;
  }

  /** Whether a gesture is running. */
  get active(): boolean {
    return this.gesture !== undefined;
  }

  /** Handles `pointerdown` on the viewport. */
  down(event: PointerEvent, target: Element): void {
    const engine = this.surface.engine;
    if (engine === undefined) return;
    if (!loadedSnapping()) loadSnapping().catch(() => undefined);
    const point = this.surface.clientToView(event.clientX, event.clientY);
    if (event.pointerType === 'touch') {
      this.touches.set(event.pointerId, point);
      if (this.touches.size >= 2) {
        // A second finger turns whatever started into a two-finger pan.
        if (this.gesture !== undefined) this.finish(false);
        this.start(event, target, { kind: 'pan', last: centroid(this.touches) });
        return;
      }
    }
    if (this.gesture !== undefined) return;
    if (event.button === 1 || (event.button === 0 && this.spaceHeld)) {
      event.preventDefault();
      this.start(event, target, { kind: 'pan', last: point });
      return;
    }
    if (event.button === 2) {
      // A right click selects what is under it (unless already selected), for the context menu.
      this.selectUnder(engine, point);
      return;
    }
    if (event.button !== 0) return;
    if (this.surface.cropBlock !== undefined) return;
    const handle = this.surface.handleAt(point);
    const selected = engine.block.findAllSelected();
    if (handle !== undefined && selected.length === 1) {
      this.startTransform(event, target, engine, selected[0]!, handle, point);
      return;
    }
    if (handle !== undefined && selected.length > 1) {
      if (!allowedOnAll(engine, selected, handle === 'rotate' ? 'layer/rotate' : 'layer/resize')) return;
      const placements = placementMap(this.surface.placements());
      const startState = startMultiTransform(engine, selected, selectionBounds(engine, selected, placements), placements);
      this.start(event, target, { kind: 'multi', handle, start: point, startState });
      return;
    }
    const world = viewToWorld(this.surface.getCamera(), point);
    const placements = this.surface.placements();
    const path = hitTest(engine, placements, world, 2 / this.surface.getCamera().zoom, this.surface.hitIndex());
    if (path.length === 0) {
      if (!event.shiftKey) guarded(this.surface, () => deselectAll(engine));
      this.start(event, target, { kind: 'marquee', start: point, base: event.shiftKey ? engine.block.findAllSelected() : [] });
      return;
    }
    const blockTarget = clickTarget(engine, path);
    if (blockTarget === undefined) return;
    const selection = guarded(this.surface, () => applyClickSelection(engine, blockTarget, event.shiftKey)) ?? [];
    if (event.shiftKey || !selection.includes(blockTarget)) return;
    this.start(event, target, { kind: 'pending-move', start: point, blocks: selection });
  }

  /** Handles `pointermove` on the viewport (also hover feedback when no gesture runs). */
  move(event: PointerEvent): void {
    const point = this.surface.clientToView(event.clientX, event.clientY);
    if (event.pointerType === 'touch' && this.touches.has(event.pointerId)) {
      this.touches.set(event.pointerId, point);
    }
    const gesture = this.gesture;
    if (gesture === undefined) {
      this.hover(point);
      return;
    }
    if (this.pointerId !== undefined && event.pointerId !== this.pointerId && gesture.kind !== 'pan') return;
    const engine = this.surface.engine;
    if (engine === undefined) return;
    switch (gesture.kind) {
      case 'pan': {
        const current = this.touches.size >= 2 ? centroid(this.touches) : point;
        this.surface.setCamera(panBy(this.surface.getCamera(), current.x - gesture.last.x, current.y - gesture.last.y));
        gesture.last = current;
        break;
      }
      case 'pending-move':
        if (Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y) >= DRAG_SLOP) this.beginMove(engine, gesture, point, event.altKey);
        break;
      case 'move':
        this.updateMove(engine, gesture, point, event.altKey);
        break;
      case 'resize':
      case 'rotate':
        this.updateTransform(engine, gesture, point, event);
        break;
      case 'multi':
        this.updateMulti(engine, gesture, point, event);
        break;
      case 'marquee':
        this.updateMarquee(engine, gesture, point);
        break;
    }
  }

  /** Handles `pointerup`: finishes the gesture as one undo step. */
  up(event: PointerEvent): void {
    this.touches.delete(event.pointerId);
    if (this.gesture === undefined) return;
    if (this.gesture.kind === 'pan' && this.touches.size > 0) return;
    if (this.pointerId !== undefined && event.pointerId !== this.pointerId && this.gesture.kind !== 'pan') return;
    this.finish(true);
  }

  /** Handles `pointercancel`, or an interruption: rolls back the gesture. */
  cancel(): void {
    this.touches.clear();
    if (this.gesture !== undefined) this.finish(false);
  }

  private start(event: PointerEvent, target: Element, gesture: Gesture): void {
    this.gesture = gesture;
    this.pointerId = event.pointerId;
    try {
      target.setPointerCapture(event.pointerId);
    } catch {
      // Synthesized events have no active pointer to capture; the viewport still sees the moves.
    }
    if (gesture.kind === 'pan') this.surface.setCursor('grabbing');
  }

  private finish(commit: boolean): void {
    const gesture = this.gesture;
    this.gesture = undefined;
    this.pointerId = undefined;
    if (gesture === undefined) return;
    if (gesture.kind === 'move' || gesture.kind === 'resize' || gesture.kind === 'rotate' || gesture.kind === 'multi') {
      const end = commit ? gesture.commit : gesture.cancel;
      guarded(this.surface, () => end?.());
      this.surface.renderer?.setLiveBlocks([]);
    }
    this.surface.setTransient({ marquee: undefined, guides: [] });
    this.surface.setCursor('');
    this.surface.requestOverlay();
  }

  private selectUnder(engine: Engine, point: Point): void {
    const camera = this.surface.getCamera();
    const path = hitTest(engine, this.surface.placements(), viewToWorld(camera, point), 2 / camera.zoom, this.surface.hitIndex());
    const target = clickTarget(engine, path);
    if (target !== undefined && !engine.block.isSelected(target)) guarded(this.surface, () => applyClickSelection(engine, target, false));
  }

  private hover(point: Point): void {
    const engine = this.surface.engine;
    if (engine === undefined) return;
    if (!loadedSnapping()) loadSnapping().catch(() => undefined);
    const handle = this.surface.handleAt(point);
    if (handle !== undefined) {
      const selected = engine.block.findAllSelected();
      const rotation = selected.length === 1 ? blockFrame(engine, selected[0]!, placementMap(this.surface.placements())).rotation : 0;
      this.surface.setCursor(cursorForHandle(handle, rotation));
      this.surface.setTransient({ hover: undefined });
      return;
    }
    this.surface.setCursor(this.spaceHeld ? 'grab' : '');
    const camera = this.surface.getCamera();
    const path = hitTest(engine, this.surface.placements(), viewToWorld(camera, point), 2 / camera.zoom, this.surface.hitIndex());
    this.surface.setTransient({ hover: path.length > 0 ? clickTarget(engine, path) : undefined });
  }

  private beginMove(engine: Engine, pending: Extract<Gesture, { kind: 'pending-move' }>, point: Point, free = false): void {
    const blocks = pending.blocks.filter((block) => engine.block.isValid(block));
    // A denied move does nothing: no gesture, no error in the page.
    if (blocks.length === 0 || !allowedOnAll(engine, blocks, 'layer/move')) {
      this.gesture = undefined;
      return;
    }
    const placements = placementMap(this.surface.placements());
    const page = pageOf(engine, blocks[0]!, placements);
    const pageRect = page === undefined ? undefined : placements.get(page);
    const moving = new Set(blocks);
    // A child moved inside a group must not snap to its own group's bounds.
    for (const block of blocks) {
      for (let parent = engine.block.getParent(block); parent !== null && parent !== page; parent = engine.block.getParent(parent)) moving.add(parent);
    }
    // The hit index already holds every sibling's bounds; invisible blocks are no snap targets.
    const hidden = new Set(page === undefined ? [] : engine.block.getChildren(page).filter((child) => !safeVisible(engine, child)));
    const others = pageRect === undefined ? [] : (this.surface.hitIndex()?.childBounds(pageRect, new Set([...moving, ...hidden])) ?? []);
    const handle = guarded(this.surface, () => engine.editor.beginGesture('Move'));
    if (handle === undefined) {
      this.gesture = undefined;
      return;
    }
    this.gesture = {
      kind: 'move',
      start: pending.start,
      blocks,
      startPositions: blocks.map((block) => ({ x: engine.block.getPositionX(block), y: engine.block.getPositionY(block) })),
      parentInverse: blocks.map((block) => invert(parentWorldMatrix(engine, block, placements))),
      startBounds: selectionBounds(engine, blocks, placements),
      page: pageRect === undefined ? undefined : { x: pageRect.x, y: pageRect.y, width: pageRect.width, height: pageRect.height },
      others,
      point,
      free,
      commit: () => handle.commit(),
      cancel: () => handle.cancel(),
    };
    this.surface.renderer?.setLiveBlocks(blocks);
    this.surface.setTransient({ hover: undefined });
    this.updateMove(engine, this.gesture, point, free);
  }

  private updateMove(engine: Engine, gesture: Extract<Gesture, { kind: 'move' }>, point: Point, free = false): void {
    const zoom = this.surface.getCamera().zoom;
    let dx = (point.x - gesture.start.x) / zoom;
    let dy = (point.y - gesture.start.y) / zoom;
    const moved = { ...gesture.startBounds, x: gesture.startBounds.x + dx, y: gesture.startBounds.y + dy };
    const code = loadedSnapping();
    const snap = code?.snapToTargets(moved, (gesture.targets ??= code.prepareSnapTargets(gesture.page, gesture.others)), this.surface.snappingThreshold());
    if (!code && !gesture.waitingForSnap) {
      // Snapping from the moment its code arrives: the latest pointer position is applied again.
      gesture.waitingForSnap = true;
      loadSnapping().then(() => {
        if (this.gesture === gesture) this.updateMove(engine, gesture, gesture.point, gesture.free);
      }, () => undefined);
    }
    gesture.point = point;
    gesture.free = free;
    dx += snap?.dx ?? 0;
    dy += snap?.dy ?? 0;
    const step = designGridStep(engine);
    // Alt (Option) places freely; otherwise positions land on the design grid.
    const place = (value: number): number => (free ? value : roundToGrid(value, step));
    const ok = guarded(this.surface, () => {
      gesture.blocks.forEach((block, index) => {
        const local = applyVector(gesture.parentInverse[index]!, { x: dx, y: dy });
        const start = gesture.startPositions[index]!;
        engine.block.setPositionX(block, place(start.x + local.x));
        engine.block.setPositionY(block, place(start.y + local.y));
      });
      return true;
    });
    if (ok === undefined) {
      this.finish(false);
      return;
    }
    this.surface.setTransient({ guides: snap?.guides ?? [] });
  }

  private startTransform(event: PointerEvent, target: Element, engine: Engine, block: DesignBlockId, handle: HandleName, point: Point): void {
    const scope = handle === 'rotate' ? 'layer/rotate' : 'layer/resize';
    if (!allowedOnAll(engine, [block], scope)) return;
    const placements = placementMap(this.surface.placements());
    const parentInverse = invert(parentWorldMatrix(engine, block, placements));
    const startFrame: Frame = {
      x: engine.block.getPositionX(block),
      y: engine.block.getPositionY(block),
      width: engine.block.getWidth(block),
      height: engine.block.getHeight(block),
      rotation: engine.block.getRotation(block),
    };
    this.start(event, target, { kind: handle === 'rotate' ? 'rotate' : 'resize', handle, block, start: point, startFrame, parentInverse, snap: null });
  }

  private updateTransform(engine: Engine, gesture: Extract<Gesture, { kind: 'resize' | 'rotate' }>, point: Point, event: PointerEvent): void {
    if (gesture.commit === undefined) {
      if (Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y) < DRAG_SLOP) return;
      const handle = guarded(this.surface, () => engine.editor.beginGesture(gesture.kind === 'rotate' ? 'Rotate' : 'Resize'));
      if (handle === undefined) {
        this.gesture = undefined;
        return;
      }
      gesture.commit = () => handle.commit();
      gesture.cancel = () => handle.cancel();
      this.surface.renderer?.setLiveBlocks([gesture.block]);
    }
    const camera = this.surface.getCamera();
    const toParent = (view: Point): Point => {
      const world = viewToWorld(camera, view);
      const inverse = gesture.parentInverse;
      return { x: inverse.a * world.x + inverse.c * world.y + inverse.e, y: inverse.b * world.x + inverse.d * world.y + inverse.f };
    };
    const startPointer = toParent(gesture.start);
    const pointer = toParent(point);
    const ok = guarded(this.surface, () => {
      if (gesture.kind === 'rotate') {
        engine.block.setRotation(gesture.block, rotateFrame(gesture.startFrame, startPointer, pointer, { shift: event.shiftKey }));
      } else {
        let frame = resizeFrame(gesture.startFrame, gesture.handle as Exclude<HandleName, 'rotate'>, startPointer, pointer, { shift: event.shiftKey, alt: event.altKey });
        const code = loadedSnapping();
        if (code && gesture.snap === null) gesture.snap = code.resizeSnapTargets(this.surface, engine, gesture.block, gesture.startFrame, gesture.parentInverse);
        if (code && gesture.snap && !event.shiftKey && !event.altKey) {
          this.surface.setTransient({ guides: code.snapResize(frame, gesture.handle, gesture.snap, this.surface.snappingThreshold()) });
        }
        // Sizes land on the design grid unless Alt (Option) is held (which also resizes from the centre).
        if (!event.altKey) frame = roundFrame(frame, designGridStep(engine));
        engine.block.setWidth(gesture.block, frame.width);
        engine.block.setHeight(gesture.block, frame.height);
        engine.block.setPositionX(gesture.block, frame.x);
        engine.block.setPositionY(gesture.block, frame.y);
      }
      return true;
    });
    if (ok === undefined) this.finish(false);
  }

  private updateMulti(engine: Engine, gesture: Extract<Gesture, { kind: 'multi' }>, point: Point, event: PointerEvent): void {
    if (gesture.commit === undefined) {
      if (Math.hypot(point.x - gesture.start.x, point.y - gesture.start.y) < DRAG_SLOP) return;
      const handle = guarded(this.surface, () => engine.editor.beginGesture(gesture.handle === 'rotate' ? 'Rotate' : 'Resize'));
      if (handle === undefined) {
        this.gesture = undefined;
        return;
      }
      gesture.commit = () => handle.commit();
      gesture.cancel = () => handle.cancel();
      this.surface.renderer?.setLiveBlocks(gesture.startState.blocks.map((entry) => entry.block));
    }
    const camera = this.surface.getCamera();
    const startPointer = viewToWorld(camera, gesture.start);
    const pointer = viewToWorld(camera, point);
    const ok = guarded(this.surface, () => {
      if (gesture.handle === 'rotate') applyMultiRotate(engine, gesture.startState, startPointer, pointer, { shift: event.shiftKey });
      else applyMultiResize(engine, gesture.startState, gesture.handle, startPointer, pointer, { shift: event.shiftKey, alt: event.altKey }, event.altKey ? undefined : designGridStep(engine));
      return true;
    });
    if (ok === undefined) this.finish(false);
  }

  private updateMarquee(engine: Engine, gesture: Extract<Gesture, { kind: 'marquee' }>, point: Point): void {
    const rect: Rect = {
      x: Math.min(gesture.start.x, point.x),
      y: Math.min(gesture.start.y, point.y),
      width: Math.abs(point.x - gesture.start.x),
      height: Math.abs(point.y - gesture.start.y),
    };
    this.surface.setTransient({ marquee: rect });
    if (rect.width < DRAG_SLOP && rect.height < DRAG_SLOP) return;
    const camera = this.surface.getCamera();
    const topLeft = viewToWorld(camera, { x: rect.x, y: rect.y });
    const worldRect = { x: topLeft.x, y: topLeft.y, width: rect.width / camera.zoom, height: rect.height / camera.zoom };
    const inside = blocksInRect(engine, this.surface.placements(), worldRect);
    const wanted = new Set([...gesture.base, ...inside]);
    guarded(this.surface, () => {
      for (const block of engine.block.findAllSelected()) if (!wanted.has(block)) engine.block.setSelected(block, false);
      for (const block of wanted) {
        if (!engine.block.isSelected(block) && engine.block.isAllowedByScope(block, 'editor/select')) engine.block.setSelected(block, true);
      }
    });
  }
}

function centroid(points: ReadonlyMap<number, Point>): Point {
  let x = 0;
  let y = 0;
  for (const point of points.values()) {
    x += point.x;
    y += point.y;
  }
  return { x: x / Math.max(1, points.size), y: y / Math.max(1, points.size) };
}

function safeVisible(engine: Engine, block: DesignBlockId): boolean {
  try {
    return engine.block.isVisible(block);
  } catch {
    return true;
  }
}
