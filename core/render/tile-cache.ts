/**
 * The static-content cache: world content at the current scale in square tiles (render textures)
 * the renderer manages itself. A block change repaints only its dirty rectangle: on the Canvas 2D
 * backend the tile's canvas is clipped to that rectangle and only the blocks touching it are drawn;
 * on WebGL/WebGPU the touched tiles are redrawn whole (culled to the tile).
 */
import { Container, Matrix, RenderTexture, Sprite, type Renderer } from 'pixi.js';
import type { BlockView, WorldBox } from './block-view.js';
import { setActiveRenderScale } from './effects.js';
import type { SceneGraph } from './scene-graph.js';
import { boxesIntersect, unionBox } from './spatial-index.js';
import type { RenderBackend } from './types.js';

/** Tile side in device pixels. */
export const TILE_SIZE = 512;
/** Tiles kept beyond the visible ones before the farthest are recycled. */
const SPARE_TILES = 24;
/** More dirty rectangles than this in one tile, and it is redrawn whole. */
const MAX_DIRTY_PER_TILE = 6;

interface Tile {
  scale: number;
  column: number;
  row: number;
  texture: RenderTexture;
  sprite: Sprite;
  valid: boolean;
  dirty: WorldBox | undefined;
  dirtyCount: number;
}

/** Counters for tests and the bench: how much work the cache did. */
export interface TileStatistics {
  fullRenders: number;
  partialRenders: number;
  blocksDrawn: number;
}

/** Tiles of the static layer at one scale. */
export class TileCache {
  /** Holds the tile sprites, in world units (the camera transform is applied by the parent). */
  readonly layer = new Container();
  /** Tiles of an earlier scale, shown stretched under the current ones until those are painted. */
  private readonly fallbackLayer = new Container();
  private readonly currentLayer = new Container();
  private complete = true;
  readonly statistics: TileStatistics = { fullRenders: 0, partialRenders: 0, blocksDrawn: 0 };
  private readonly tiles = new Map<string, Tile>();
  private scale = 0;
  private readonly unculled = new Set<BlockView>();
  private cullOrder: BlockView[] | undefined;

  constructor(private readonly renderer: Renderer, private readonly graph: SceneGraph, private readonly backend: RenderBackend) {
    this.layer.label = 'tile-layer';
    this.layer.addChild(this.fallbackLayer, this.currentLayer);
  }

  /** Marks a world region (or everything) as needing a repaint. */
  invalidate(box: WorldBox | 'all'): void {
    for (const [key, tile] of this.tiles) {
      if (tile.scale !== this.scale) {
        // A stretched fallback would show stale content: drop it.
        if (box === 'all' || boxesIntersect(this.tileBox(tile.column, tile.row, 1 / tile.scale), box)) this.dropTile(key, tile);
        continue;
      }
      if (!tile.valid) continue;
      if (box === 'all') {
        tile.valid = false;
        continue;
      }
      if (!(box.width >= 0 && box.height >= 0) || !boxesIntersect(this.tileBox(tile.column, tile.row, 1 / tile.scale), box)) continue;
      tile.dirty = tile.dirty ? unionBox(tile.dirty, box) : box;
      tile.dirtyCount += 1;
      if (tile.dirtyCount > MAX_DIRTY_PER_TILE) tile.valid = false;
    }
  }

  /** Whether any tile needs repainting (something changed since the last frame). */
  get stale(): boolean {
    if (!this.complete) return true;
    for (const tile of this.tiles.values()) if (tile.scale === this.scale && tile.sprite.visible && tile.dirty) return true;
    return false;
  }

  /**
   * Paints the tiles covering `visible` (world units) at `scale` device pixels per design unit.
   * Dirty rectangles are always repainted; whole tiles (after a zoom) are painted until `budgetMs`
   * is used up (at least one per call), while tiles of the previous scale stand in, stretched.
   * Returns whether every visible tile is up to date.
   */
  update(visible: WorldBox, scale: number, budgetMs = Infinity): boolean {
    const start = performance.now();
    if (scale !== this.scale) {
      this.scale = scale;
      for (const tile of this.tiles.values()) this.fallbackLayer.addChild(tile.sprite);
    }
    const size = TILE_SIZE / scale;
    const firstColumn = Math.floor(visible.x / size);
    const firstRow = Math.floor(visible.y / size);
    const lastColumn = Math.floor((visible.x + visible.width) / size);
    const lastRow = Math.floor((visible.y + visible.height) / size);
    const wanted = new Set<string>();
    let painted = 0;
    let complete = true;
    for (let column = firstColumn; column <= lastColumn; column += 1) {
      for (let row = firstRow; row <= lastRow; row += 1) {
        const key = `${scale}|${column},${row}`;
        wanted.add(key);
        const tile = this.tiles.get(key) ?? this.createTile(scale, column, row);
        if (!tile.valid) {
          if (painted > 0 && performance.now() - start > budgetMs) {
            complete = false;
            tile.sprite.visible = false;
            continue;
          }
          this.paint(tile, undefined);
          painted += 1;
        } else if (tile.dirty) this.paint(tile, tile.dirty);
        tile.sprite.visible = true;
        tile.sprite.position.set(column * size, row * size);
        tile.sprite.setSize(size, size);
      }
    }
    this.complete = complete;
    this.recycle(wanted, (firstColumn + lastColumn) / 2, (firstRow + lastRow) / 2, visible);
    return complete;
  }

  /**
   * Whether every tile covering `visible` at `scale` is painted (dirty rectangles aside): showing
   * the tiles then needs no whole-tile painting.
   */
  readyFor(visible: WorldBox, scale: number): boolean {
    if (scale !== this.scale) return false;
    const size = TILE_SIZE / scale;
    const lastColumn = Math.floor((visible.x + visible.width) / size);
    const lastRow = Math.floor((visible.y + visible.height) / size);
    for (let column = Math.floor(visible.x / size); column <= lastColumn; column += 1) {
      for (let row = Math.floor(visible.y / size); row <= lastRow; row += 1) {
        if (!this.tiles.get(`${scale}|${column},${row}`)?.valid) return false;
      }
    }
    return true;
  }

  /**
   * Drops every tile (the static layer is drawn directly meanwhile); the next {@link update}
   * paints from scratch.
   */
  clear(): void {
    for (const [key, tile] of this.tiles) this.dropTile(key, tile);
    this.scale = 0;
    this.complete = true;
  }

  /** Releases every tile texture. */
  destroy(): void {
    for (const tile of this.tiles.values()) tile.texture.destroy(true);
    this.tiles.clear();
    this.layer.destroy({ children: true });
  }

  private tileBox(column: number, row: number, unit: number): WorldBox {
    const size = TILE_SIZE * unit;
    return { x: column * size, y: row * size, width: size, height: size };
  }

  private createTile(scale: number, column: number, row: number): Tile {
    const texture = RenderTexture.create({ width: TILE_SIZE, height: TILE_SIZE, resolution: 1, antialias: true });
    const sprite = new Sprite(texture);
    sprite.label = `tile-${column}-${row}`;
    sprite.roundPixels = true;
    sprite.visible = false;
    this.currentLayer.addChild(sprite);
    const tile: Tile = { scale, column, row, texture, sprite, valid: false, dirty: undefined, dirtyCount: 0 };
    this.tiles.set(`${scale}|${column},${row}`, tile);
    return tile;
  }

  /** Paints a whole tile (region undefined) or only `region` of it. */
  private paint(tile: Tile, region: WorldBox | undefined): void {
    const scale = this.scale;
    const tileWorld = this.tileBox(tile.column, tile.row, 1 / scale);
    const partial = region !== undefined && this.backend === 'canvas';
    let area = tileWorld;
    let clip: [number, number, number, number] | undefined;
    if (partial) {
      // Whole device pixels, so the repainted patch has no seam with what stays.
      const left = Math.max(0, Math.floor((region.x - tileWorld.x) * scale) - 1);
      const top = Math.max(0, Math.floor((region.y - tileWorld.y) * scale) - 1);
      const right = Math.min(TILE_SIZE, Math.ceil((region.x + region.width - tileWorld.x) * scale) + 1);
      const bottom = Math.min(TILE_SIZE, Math.ceil((region.y + region.height - tileWorld.y) * scale) + 1);
      tile.dirty = undefined;
      tile.dirtyCount = 0;
      if (right <= left || bottom <= top) return;
      clip = [left, top, right - left, bottom - top];
      area = { x: tileWorld.x + left / scale, y: tileWorld.y + top / scale, width: (right - left) / scale, height: (bottom - top) / scale };
    }
    const drawn = this.cullTo(area, scale);
    setActiveRenderScale(scale);
    const transform = new Matrix().scale(scale, scale).translate(-tile.column * TILE_SIZE, -tile.row * TILE_SIZE);
    const canvas = tile.texture.source.resource as HTMLCanvasElement | undefined;
    const context = clip && canvas && typeof canvas.getContext === 'function' ? canvas.getContext('2d') : null;
    if (clip && context) {
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.beginPath();
      context.rect(...clip);
      context.clip();
      context.clearRect(...clip);
      this.renderer.render({ container: this.graph.staticLayer, target: tile.texture, clear: false, transform });
      context.restore();
      this.statistics.partialRenders += 1;
    } else {
      this.renderer.render({ container: this.graph.staticLayer, target: tile.texture, clear: true, transform });
      this.statistics.fullRenders += 1;
    }
    this.statistics.blocksDrawn += drawn;
    tile.valid = true;
    tile.dirty = undefined;
    tile.dirtyCount = 0;
  }

  /**
   * Leaves only the static views touching `area` drawable, prepared for `scale`; returns how many.
   * Also used when the static layer is drawn directly (without tiles). Only views whose state
   * changes are touched: a culled flag change makes PixiJS rebuild the layer's instructions.
   */
  cullTo(area: WorldBox, scale: number): number {
    const graph = this.graph;
    if (this.cullOrder !== graph.order) {
      // The set of views changed: start from "everything culled".
      this.cullOrder = graph.order;
      this.unculled.clear();
      for (const view of graph.order) view.root.culled = true;
    }
    const candidates = new Set(this.staticViewsIn(area));
    for (const view of this.unculled) if (!candidates.has(view)) view.root.culled = true;
    this.unculled.clear();
    for (const view of candidates) {
      view.root.culled = false;
      view.prepare(this.renderer, scale);
      this.unculled.add(view);
    }
    return candidates.size;
  }

  /**
   * Sum of {@link BlockView.drawCost} of the static views `cullTo(area)` would leave drawable,
   * counted up to just past `limit`. Changes nothing.
   */
  drawCostIn(area: WorldBox, limit: number): number {
    let cost = 0;
    for (const view of this.staticViewsIn(area)) {
      cost += view.drawCost;
      if (cost > limit) break;
    }
    return cost;
  }

  /** The shown views of the static layer whose bounds touch `area`. */
  private *staticViewsIn(area: WorldBox): Generator<BlockView> {
    const graph = this.graph;
    for (const view of graph.index.query(area)) {
      if (view.shown && view.root.parent === graph.staticLayer && boxesIntersect(view.bounds, area)) yield view;
    }
  }

  private dropTile(key: string, tile: Tile): void {
    tile.sprite.destroy();
    tile.texture.destroy(true);
    this.tiles.delete(key);
  }

  /**
   * Hides tiles outside the view; drops earlier-scale tiles once the current ones are complete
   * (or when they are off screen), and the farthest hidden ones beyond SPARE_TILES.
   */
  private recycle(wanted: Set<string>, centerColumn: number, centerRow: number, visible: WorldBox): void {
    const hidden: [string, Tile, number][] = [];
    for (const [key, tile] of this.tiles) {
      if (wanted.has(key)) continue;
      if (tile.scale !== this.scale) {
        const onScreen = tile.valid && boxesIntersect(this.tileBox(tile.column, tile.row, 1 / tile.scale), visible);
        if (this.complete || !onScreen) this.dropTile(key, tile);
        else tile.sprite.visible = true;
        continue;
      }
      tile.sprite.visible = false;
      hidden.push([key, tile, Math.hypot(tile.column - centerColumn, tile.row - centerRow)]);
    }
    if (hidden.length <= SPARE_TILES) return;
    hidden.sort((a, b) => b[2] - a[2]);
    for (const [key, tile] of hidden.slice(0, hidden.length - SPARE_TILES)) this.dropTile(key, tile);
  }
}
