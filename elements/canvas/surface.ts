/**
 * What the canvas element offers its interaction modules (pointer gestures, keyboard, text editing,
 * crop mode): the engine and renderer, the camera, coordinate conversions and transient overlay state.
 * Internal to `elements/canvas/`.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import type { Camera, PagePlacement } from '../../core/render/types.js';
import type { HitIndex, Point, Rect } from './geometry.js';
import type { Guide } from './snap-settings.js';
import type { HandleName } from './transform.js';

/** The subset of the renderer the interaction modules use. */
export interface LiveRenderer {
  setLiveBlocks(ids: DesignBlockId[]): void;
  setHiddenBlocks(ids: DesignBlockId[]): void;
  requestRender(): void;
}

/** Transient overlay state set during gestures. */
export interface TransientOverlay {
  marquee?: Rect | undefined;
  guides?: readonly Guide[];
  hover?: DesignBlockId | undefined;
}

/** The canvas as seen by its interaction modules. */
export interface CanvasSurface {
  readonly engine: Engine | undefined;
  readonly renderer: LiveRenderer | undefined;
  /** The current camera. */
  getCamera(): Camera;
  /** Moves the camera (and keeps the engine's zoom level in sync). */
  setCamera(camera: Camera): void;
  /** Page placements in the world, cached until the next engine change. */
  placements(): readonly PagePlacement[];
  /** The hit-test index of the current scene state (built lazily, dropped on every engine update). */
  hitIndex(): HitIndex | undefined;
  /** Converts client coordinates (of a pointer event) to view pixels. */
  clientToView(clientX: number, clientY: number): Point;
  /** The view size in CSS pixels. */
  viewSize(): { width: number; height: number };
  /** The handle under a view point, for the current selection. */
  handleAt(point: Point): HandleName | undefined;
  /** Sets transient overlay state and redraws the overlay. */
  setTransient(state: TransientOverlay): void;
  /** Redraws the overlay (after engine changes the element did not hear about yet). */
  requestOverlay(): void;
  /** Sets the viewport's CSS cursor. */
  setCursor(cursor: string): void;
  /** The snapping threshold in world units at the current zoom (0 = off). */
  snappingThreshold(): number;
  /** Starts editing a text block in place. */
  startTextEditing(block: DesignBlockId): void;
  /** Enters crop mode on an image block. */
  startCrop(block: DesignBlockId): void;
  /** The block in crop mode, if any. */
  readonly cropBlock: DesignBlockId | undefined;
  /** Reports a failure without throwing into the page. */
  reportError(error: unknown): void;
}

/** Runs an engine call and reports (instead of throwing) a failure, e.g. a denied scope. */
export function guarded<T>(surface: Pick<CanvasSurface, 'reportError'>, action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    surface.reportError(error);
    return undefined;
  }
}

/** Scopes that `transformLocked` blocks refuse, whatever the role (as in CE.SDK). */
const TRANSFORM_SCOPES = new Set(['layer/move', 'layer/resize', 'layer/rotate']);

function isTransformLocked(engine: Engine, block: DesignBlockId): boolean {
  try {
    return engine.block.getBool(block, 'transformLocked');
  } catch {
    return false; // Blocks without the property (e.g. pages of older scenes) are not locked.
  }
}

/** Whether the engine allows `scope` on `block`, honouring `transformLocked` (a failing check counts as denied). */
export function blockAllows(engine: Engine, block: DesignBlockId, scope: string): boolean {
  if (TRANSFORM_SCOPES.has(scope) && isTransformLocked(engine, block)) return false;
  try {
    return engine.block.isAllowedByScope(block, scope);
  } catch {
    return false;
  }
}

/** Whether the engine allows a scope on every block (see {@link blockAllows}). */
export function allowedOnAll(engine: Engine, blocks: readonly DesignBlockId[], scope: string): boolean {
  return blocks.every((block) => blockAllows(engine, block, scope));
}
