/**
 * A uniform grid over world space: which views touch a rectangle, without scanning all of them.
 */
import type { WorldBox } from './block-view.js';

const CELL = 256;
/** Boxes spanning more cells than this live in a list that every query scans (huge or broken boxes). */
const MAX_CELLS_PER_ITEM = 256;

/** Grid-bucketed items with boxes. */
export class SpatialIndex<T> {
  private readonly cells = new Map<string, Set<T>>();
  private readonly large = new Set<T>();
  private readonly keys = new Map<T, string[] | 'large'>();

  /** Inserts or moves an item. */
  set(item: T, box: WorldBox): void {
    this.delete(item);
    if (!Number.isFinite(box.x + box.y + box.width + box.height)) {
      this.large.add(item);
      this.keys.set(item, 'large');
      return;
    }
    const x0 = Math.floor(box.x / CELL);
    const y0 = Math.floor(box.y / CELL);
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_ITEM) {
      this.large.add(item);
      this.keys.set(item, 'large');
      return;
    }
    const keys: string[] = [];
    for (let x = x0; x <= x1; x += 1) {
      for (let y = y0; y <= y1; y += 1) {
        const key = `${x},${y}`;
        let cell = this.cells.get(key);
        if (!cell) this.cells.set(key, (cell = new Set()));
        cell.add(item);
        keys.push(key);
      }
    }
    this.keys.set(item, keys);
  }

  /** Removes an item. */
  delete(item: T): void {
    const keys = this.keys.get(item);
    if (!keys) return;
    if (keys === 'large') this.large.delete(item);
    else for (const key of keys) {
      const cell = this.cells.get(key);
      cell?.delete(item);
      if (cell?.size === 0) this.cells.delete(key);
    }
    this.keys.delete(item);
  }

  /** Items whose cells touch `box` (a superset of the exact hits; callers test boxes themselves). */
  query(box: WorldBox): Set<T> {
    const found = new Set<T>(this.large);
    const x0 = Math.floor(box.x / CELL);
    const y0 = Math.floor(box.y / CELL);
    const x1 = Math.floor((box.x + box.width) / CELL);
    const y1 = Math.floor((box.y + box.height) / CELL);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size) {
      for (const cell of this.cells.values()) for (const item of cell) found.add(item);
      return found;
    }
    for (let x = x0; x <= x1; x += 1) {
      for (let y = y0; y <= y1; y += 1) {
        const cell = this.cells.get(`${x},${y}`);
        if (cell) for (const item of cell) found.add(item);
      }
    }
    return found;
  }

  /** Forgets everything. */
  clear(): void {
    this.cells.clear();
    this.large.clear();
    this.keys.clear();
  }
}

/** Whether two boxes overlap. */
export function boxesIntersect(a: WorldBox, b: WorldBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The smallest box containing both. */
export function unionBox(a: WorldBox, b: WorldBox): WorldBox {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
