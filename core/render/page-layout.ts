/**
 * Page placement in the world: pages sit in one column, left-aligned at x = 0, separated by a gap.
 */
import type { Engine } from '../engine/index.js';
import type { PagePlacement } from './types.js';

/** The default gap between two pages, in design units. */
export const DEFAULT_PAGE_GAP = 40;

/**
 * Lays the scene's pages out in a column, in page order, starting at the world origin.
 * Pure: reads the engine, writes nothing. Returns `[]` when there is no scene.
 * @param engine - the engine whose pages are placed
 * @param gap - vertical gap between pages in design units (default 40)
 */
export function layoutPages(engine: Engine, gap: number = DEFAULT_PAGE_GAP): PagePlacement[] {
  const safeGap = Number.isFinite(gap) && gap >= 0 ? gap : DEFAULT_PAGE_GAP;
  if (engine.scene.get() == null) return [];
  const placements: PagePlacement[] = [];
  let y = 0;
  for (const page of engine.scene.getPages()) {
    const width = Math.max(0, engine.block.getWidth(page));
    const height = Math.max(0, engine.block.getHeight(page));
    placements.push({ page, x: 0, y, width, height });
    y += height + safeGap;
  }
  return placements;
}
