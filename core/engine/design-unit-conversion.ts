import type { BlockRecord } from './block-record.js';
import { collectOwnedTree } from './block-hierarchy.js';
import type { EngineCore } from './engine-core.js';
import { defaultValueFor, findDeclaration } from './property-registry.js';
import { unitsPerInch } from './scene-create.js';

/**
 * Properties that are lengths in design units, converted when the design unit changes. Relative
 * values (gradient points, crop translation, letter spacing, line height) and font sizes (points)
 * are not lengths.
 */
export const LENGTH_PATHS: ReadonlySet<string> = new Set([
  'position/x', 'position/y', 'width', 'height',
  'page/margin/top', 'page/margin/bottom', 'page/margin/left', 'page/margin/right',
  'stroke/width', 'dropShadow/offset/x', 'dropShadow/offset/y', 'dropShadow/blurRadius/x', 'dropShadow/blurRadius/y',
  'backgroundColor/cornerRadius', 'backgroundColor/paddingTop', 'backgroundColor/paddingRight',
  'backgroundColor/paddingBottom', 'backgroundColor/paddingLeft',
  'shape/rect/cornerRadiusTL', 'shape/rect/cornerRadiusTR', 'shape/rect/cornerRadiusBL', 'shape/rect/cornerRadiusBR',
  'shape/polygon/cornerRadius', 'shape/vector_path/width', 'shape/vector_path/height',
  'scene/pageDimensions/width', 'scene/pageDimensions/height', 'stack/spacing',
]);

function convertRecord(core: EngineCore, record: BlockRecord, factor: number): void {
  for (const path of LENGTH_PATHS) {
    const declaration = findDeclaration(path);
    if (!declaration || !declaration.blockTypes.has(record.type)) continue;
    const stored = record.fields.get(path);
    const value = stored === undefined ? defaultValueFor(declaration, record.type) : stored;
    if (typeof value !== 'number' || value === 0) continue;
    let next = value * factor;
    if (declaration.min !== undefined && next < declaration.min) next = declaration.min;
    if (declaration.max !== undefined && next > declaration.max) next = declaration.max;
    core.write(record, path, next);
  }
}

/**
 * Converts every length of the scene from one design unit to another at `dpi`, so the design keeps
 * its physical size (CE.SDK: "converts all values of the current scene into the given design unit").
 * Must run in a transaction (one undo step with the unit change).
 */
export function convertDesignUnit(core: EngineCore, scene: BlockRecord, from: string, to: string, dpi: number): void {
  const factor = unitsPerInch(to, dpi) / unitsPerInch(from, dpi);
  if (!Number.isFinite(factor) || factor === 1) return;
  for (const record of collectOwnedTree(core, scene)) convertRecord(core, record, factor);
}
