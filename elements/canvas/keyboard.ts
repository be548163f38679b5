/**
 * The keys `<cesdk-canvas>` handles while it has focus: arrows nudge the selection by 1 design unit
 * (Shift: 10), Delete/Backspace remove it, `+`/`-` zoom about the view centre, `0` fits the page,
 * Escape deselects (or leaves crop mode), Enter leaves crop mode, and the space bar arms panning.
 * A handled key is `preventDefault()`ed and stopped, so an enclosing editor's shortcut handler does
 * not run it a second time.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { KEY_ZOOM_STEP, zoomAbout } from './camera.js';
import { applyVector, invert, parentWorldMatrix, placementMap } from './geometry.js';
import { deselectAll } from './selection-logic.js';
import { allowedOnAll, guarded, type CanvasSurface } from './surface.js';

/** Actions the keyboard handler needs from the element beyond the surface. */
export interface KeyboardActions {
  zoomToPage(): void;
  /** Leaves crop mode; returns whether it was active. */
  exitCrop(): boolean;
  /** Called when the space bar is pressed or released. */
  setSpaceHeld(held: boolean): void;
}

const NUDGES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Handles a `keydown`; returns whether the key was handled. */
export function handleKeyDown(surface: CanvasSurface, actions: KeyboardActions, event: KeyboardEvent): boolean {
  const engine = surface.engine;
  if (engine === undefined) return false;
  const mod = event.ctrlKey || event.metaKey;
  let handled = true;
  const nudge = NUDGES[event.key];
  if (event.key === ' ' || event.code === 'Space') {
    if (!event.repeat) actions.setSpaceHeld(true);
  } else if (nudge !== undefined && !mod && !event.altKey) {
    const step = event.shiftKey ? 10 : 1;
    nudgeSelection(surface, engine, nudge[0] * step, nudge[1] * step);
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
    deleteSelection(surface, engine);
  } else if ((event.key === '+' || event.key === '=') && !mod) {
    zoomByStep(surface, KEY_ZOOM_STEP);
  } else if (event.key === '-' && !mod) {
    zoomByStep(surface, 1 / KEY_ZOOM_STEP);
  } else if (event.key === '0' && !mod) {
    actions.zoomToPage();
  } else if (event.key === 'Escape') {
    if (!actions.exitCrop()) guarded(surface, () => deselectAll(engine));
  } else if (event.key === 'Enter' && surface.cropBlock !== undefined) {
    actions.exitCrop();
  } else {
    handled = false;
  }
  if (handled) {
    event.preventDefault();
    event.stopPropagation();
  }
  return handled;
}

/** Handles a `keyup` (only the space bar matters). */
export function handleKeyUp(actions: KeyboardActions, event: KeyboardEvent): void {
  if (event.key === ' ' || event.code === 'Space') actions.setSpaceHeld(false);
}

function zoomByStep(surface: CanvasSurface, factor: number): void {
  const camera = surface.getCamera();
  const size = surface.viewSize();
  surface.setCamera(zoomAbout(camera, camera.zoom * factor, { x: size.width / 2, y: size.height / 2 }));
}

/** Moves the selection by a world delta as one undo step; a denied move does nothing. */
export function nudgeSelection(surface: CanvasSurface, engine: Engine, deltaX: number, deltaY: number): void {
  const blocks = movableSelection(engine);
  if (blocks.length === 0 || !allowedOnAll(engine, blocks, 'layer/move')) return;
  const placements = placementMap(surface.placements());
  guarded(surface, () =>
    engine.editor.transact('Nudge', () => {
      for (const block of blocks) {
        const local = applyVector(invert(parentWorldMatrix(engine, block, placements)), { x: deltaX, y: deltaY });
        engine.block.setPositionX(block, engine.block.getPositionX(block) + local.x);
        engine.block.setPositionY(block, engine.block.getPositionY(block) + local.y);
      }
    }),
  );
}

/** Destroys the selection as one undo step; nothing happens when any block may not be destroyed. */
export function deleteSelection(surface: CanvasSurface, engine: Engine): void {
  const blocks = movableSelection(engine);
  if (blocks.length === 0 || !allowedOnAll(engine, blocks, 'lifecycle/destroy')) return;
  guarded(surface, () =>
    engine.editor.transact('Delete', () => {
      for (const block of blocks) if (engine.block.isValid(block)) engine.block.destroy(block);
    }),
  );
}

/** The selected blocks that are not pages or the scene (those are never nudged or deleted from the canvas). */
function movableSelection(engine: Engine): DesignBlockId[] {
  return engine.block.findAllSelected().filter((block) => {
    const type = engine.block.getType(block);
    return !type.endsWith('/page') && !type.endsWith('/scene');
  });
}
