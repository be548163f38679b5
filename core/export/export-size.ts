/**
 * Sizes: what an exported block measures in design units, pixels and PDF points, from the
 * scene's design unit and DPI and the caller's target size.
 */
import { CesdkError, type DesignBlockId, type Engine } from '../engine/index.js';
import { layoutPages } from '../render/page-layout.js';
import { frameBoxInPage } from './geometry.js';
import { MAX_EXPORT_AREA, MAX_EXPORT_EDGE, type ResolvedExportOptions } from './options.js';

/** A rectangle in design units. */
export interface DesignRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pixel size of a raster export and where the block's box lands in it. */
export interface PixelPlan {
  /** Output width in pixels. */
  width: number;
  /** Output height in pixels. */
  height: number;
  /** Size the block's box is rendered at (equal to the output unless both targets force a cover). */
  renderWidth: number;
  /** Height the block's box is rendered at. */
  renderHeight: number;
  /** Offset of the output inside the rendered box (cover crops centred). */
  offsetX: number;
  /** Vertical offset of the output inside the rendered box. */
  offsetY: number;
}

/** The scene DPI, or 300 (CE.SDK's default) when the engine has none. */
export function sceneDpi(engine: Engine): number {
  const dpi = engine.scene.get() == null ? undefined : engine.scene.getDPI();
  return typeof dpi === 'number' && Number.isFinite(dpi) && dpi > 0 ? dpi : 300;
}

/** How many pixels one design unit is at `dpi` (1 for the Pixel unit). */
export function pixelsPerDesignUnit(engine: Engine, dpi: number): number {
  const unit = engine.scene.get() == null ? 'Pixel' : engine.scene.getDesignUnit();
  if (unit === 'Millimeter') return dpi / 25.4;
  if (unit === 'Inch') return dpi;
  return 1;
}

/**
 * How many PDF points (1/72 in) one design unit is: physical units convert directly; pixels are
 * taken at `dpi`, so an A4 page of 2480×3508 px at 300 DPI becomes 595.2×841.9 pt.
 */
export function pointsPerDesignUnit(engine: Engine, dpi: number): number {
  const unit = engine.scene.get() == null ? 'Pixel' : engine.scene.getDesignUnit();
  if (unit === 'Millimeter') return 72 / 25.4;
  if (unit === 'Inch') return 72;
  return 72 / dpi;
}

/** Throws `CesdkError('INVALID_BLOCK')` unless `block` exists. */
export function assertExportableBlock(engine: Engine, block: DesignBlockId): void {
  if (typeof block !== 'number' || !engine.block.isValid(block)) {
    throw new CesdkError('INVALID_BLOCK', `export: block ${String(block)} does not exist`);
  }
}

/** The box an export of `block` covers, in world design units. */
export function exportBounds(engine: Engine, block: DesignBlockId): DesignRect {
  const type = engine.block.getType(block);
  let rect: DesignRect;
  if (type.endsWith('/scene')) {
    // The pages in their column, exactly as the canvas and renderBlockToCanvas lay them out.
    const placements = layoutPages(engine);
    const right = Math.max(0, ...placements.map((placement) => placement.x + placement.width));
    const bottom = Math.max(0, ...placements.map((placement) => placement.y + placement.height));
    rect = { x: 0, y: 0, width: right, height: bottom };
  } else if (type.endsWith('/page')) {
    rect = { x: 0, y: 0, width: engine.block.getWidth(block), height: engine.block.getHeight(block) };
  } else {
    rect = frameBoxInPage(engine, block);
  }
  if (!(rect.width > 0) || !(rect.height > 0) || !Number.isFinite(rect.width) || !Number.isFinite(rect.height)) {
    throw new CesdkError('INVALID_VALUE', `export: block ${block} has zero size (${rect.width}×${rect.height}); nothing to export`);
  }
  return rect;
}

/** Throws `CesdkError('LIMIT_EXCEEDED')` when a `width`×`height` pixel output is impossible to make. */
export function assertPossibleSize(width: number, height: number): void {
  if (!(width >= 1) || !(height >= 1) || width > MAX_EXPORT_EDGE || height > MAX_EXPORT_EDGE || width * height > MAX_EXPORT_AREA) {
    throw new CesdkError(
      'LIMIT_EXCEEDED',
      `export: ${width}×${height} px is impossible; each edge must be 1..${MAX_EXPORT_EDGE} px and the area at most ${MAX_EXPORT_AREA} px`,
    );
  }
}

/** Plans the pixel output of a raster export of a `bounds`-sized box. */
export function planPixels(engine: Engine, bounds: DesignRect, options: ResolvedExportOptions): PixelPlan {
  const dpi = options.dpi ?? sceneDpi(engine);
  const scale = pixelsPerDesignUnit(engine, dpi);
  const naturalWidth = bounds.width * scale;
  const naturalHeight = bounds.height * scale;
  const { targetWidth, targetHeight } = options;
  let plan: PixelPlan;
  if (targetWidth !== undefined && targetHeight !== undefined) {
    const width = Math.round(targetWidth);
    const height = Math.round(targetHeight);
    const cover = Math.max(width / naturalWidth, height / naturalHeight);
    const renderWidth = Math.max(width, Math.round(naturalWidth * cover));
    const renderHeight = Math.max(height, Math.round(naturalHeight * cover));
    plan = { width, height, renderWidth, renderHeight, offsetX: Math.floor((renderWidth - width) / 2), offsetY: Math.floor((renderHeight - height) / 2) };
  } else if (targetWidth !== undefined) {
    const width = Math.round(targetWidth);
    const height = Math.max(1, Math.round((naturalHeight * width) / naturalWidth));
    plan = { width, height, renderWidth: width, renderHeight: height, offsetX: 0, offsetY: 0 };
  } else if (targetHeight !== undefined) {
    const height = Math.round(targetHeight);
    const width = Math.max(1, Math.round((naturalWidth * height) / naturalHeight));
    plan = { width, height, renderWidth: width, renderHeight: height, offsetX: 0, offsetY: 0 };
  } else {
    const width = Math.max(1, Math.round(naturalWidth));
    const height = Math.max(1, Math.round(naturalHeight));
    plan = { width, height, renderWidth: width, renderHeight: height, offsetX: 0, offsetY: 0 };
  }
  assertPossibleSize(plan.width, plan.height);
  assertPossibleSize(plan.renderWidth, plan.renderHeight);
  return plan;
}
