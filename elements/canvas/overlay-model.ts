/**
 * Builds the overlay's content (in view pixels) from engine state and the canvas's transient state:
 * one outline per selected block, handles on a single selection (resize and rotate only where the
 * scopes allow), the hover outline, marquee and guides.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import type { Camera, PagePlacement } from '../../core/render/types.js';
import { worldToView } from './camera.js';
import { blockFrame, placementMap, selectionBounds, type PlacementMap, type Point, type Rect } from './geometry.js';
import type { OverlayModel, Quad, ViewGuide } from './overlay.js';
import type { Guide } from './snap-settings.js';
import { blockAllows } from './surface.js';

/** What the model builder reads from the canvas. */
export interface OverlaySource {
  getCamera(): Camera;
  placements(): readonly PagePlacement[];
  readonly cropBlock: DesignBlockId | undefined;
  readonly editingTextBlock: DesignBlockId | undefined;
}

/** The canvas's transient overlay state. */
export interface TransientState {
  readonly marquee: Rect | undefined;
  readonly guides: readonly Guide[];
  readonly hover: DesignBlockId | undefined;
}

function quadOf(engine: Engine, block: DesignBlockId, map: PlacementMap, camera: Camera): Quad | undefined {
  try {
    const frame = blockFrame(engine, block, map);
    const [a, b, c, d] = frame.corners.map((corner) => worldToView(camera, corner)) as [Point, Point, Point, Point];
    return [a, b, c, d];
  } catch {
    return undefined;
  }
}


/** Builds the overlay model. */
export function buildOverlayModel(source: OverlaySource, engine: Engine, transient: TransientState): OverlayModel {
  const camera = source.getCamera();
  const placements = source.placements();
  const map = placementMap(placements);
  const selected = engine.block.findAllSelected().filter((block) => engine.block.isValid(block) && !map.has(block) && !isScene(engine, block));
  const editing = source.editingTextBlock;
  const crop = source.cropBlock;
  const selection: Quad[] = [];
  for (const block of selected) {
    if (block === editing || block === crop) continue;
    const quad = quadOf(engine, block, map, camera);
    if (quad !== undefined) selection.push(quad);
  }
  let handles: Quad | undefined;
  let showResize = false;
  let showRotate = false;
  if (selected.length === 1 && editing === undefined && crop === undefined) {
    const block = selected[0]!;
    handles = quadOf(engine, block, map, camera);
    showResize = blockAllows(engine, block, 'layer/resize');
    showRotate = blockAllows(engine, block, 'layer/rotate');
    if (!showResize && !showRotate) handles = undefined;
  } else if (selected.length > 1 && editing === undefined && crop === undefined) {
    // A multi-selection is transformed through the handles of its common (world-aligned) box.
    const box = selectionBounds(engine, selected, map);
    const corners = [
      { x: box.x, y: box.y },
      { x: box.x + box.width, y: box.y },
      { x: box.x + box.width, y: box.y + box.height },
      { x: box.x, y: box.y + box.height },
    ].map((corner) => worldToView(camera, corner)) as [Point, Point, Point, Point];
    handles = corners;
    showResize = selected.every((block) => blockAllows(engine, block, 'layer/resize'));
    showRotate = selected.every((block) => blockAllows(engine, block, 'layer/rotate'));
    if (!showResize && !showRotate) handles = undefined;
  }
  const hover = transient.hover !== undefined && !selected.includes(transient.hover) && engine.block.isValid(transient.hover)
    ? quadOf(engine, transient.hover, map, camera)
    : undefined;
  const guides: ViewGuide[] = transient.guides.map((guide) => {
    const from = guide.orientation === 'vertical' ? { x: guide.position, y: guide.from } : { x: guide.from, y: guide.position };
    const to = guide.orientation === 'vertical' ? { x: guide.position, y: guide.to } : { x: guide.to, y: guide.position };
    return { from: worldToView(camera, from), to: worldToView(camera, to), kind: guide.kind };
  });
  return {
    selection,
    handles,
    showResize,
    showRotate,
    hover,
    marquee: transient.marquee,
    guides,
    cropImage: crop !== undefined && engine.block.isValid(crop) ? quadOf(engine, crop, map, camera) : undefined,
  };
}

function isScene(engine: Engine, block: DesignBlockId): boolean {
  try {
    return engine.block.getType(block).endsWith('/scene');
  } catch {
    return false;
  }
}
