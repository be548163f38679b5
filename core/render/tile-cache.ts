/**
 * The static-content cache: world content at the current scale in square tiles (render textures)
 * the renderer manages itself. A block change repaints only its dirty rectangle: on the Canvas 2D
 * backend the tile's canvas is clipped to that rectangle and only the blocks touching it are drawn;
 * on WebGL/WebGPU the touched tiles are redrawn whole (culled to the tile).
 *
 * Whole tiles (a pan to new ground, a zoom) are painted within a time budget per frame. Until a
 * tile is painted its cell shows coarse tiles: the same content at a quarter of the scale (1/16 of
 * the pixels), one per quarter of the cell, painted first, with the texts that are not rasterized
 * yet left out.
 */
import { Container, Matrix, RenderTexture, Sprite, type Renderer } from 'pixi.js';
import type { CanvasPaintModule } from './asset-textures.js';
import type { BlockView, WorldBox } from './block-view.js';
import type { Clip } from './direct-tiles.js';
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
/** Coarse tiles are painted at the scale divided by this. */
const COARSE_DIVISOR = 4;
/**
 * What one coarse tile covers, in device pixels at the current scale: a quarter of a tile's cell,
 * so that painting one is a piece of work no larger than a quarter of a tile (on Canvas 2D the cost
 * is per block drawn far more than per pixel).
 */
const COARSE_CELL = TILE_SIZE / 2;
/** Coarse tile side in device pixels. */
const COARSE_SIZE = COARSE_CELL / COARSE_DIVISOR;
/** Coarse tiles kept (16 kB each) before the farthest hidden ones are dropped. */
const MAX_COARSE_TILES = 1024;

interface Tile {
  scale: number;
  column: number;
  row: number;
  texture: RenderTexture;
  sprite: Sprite;
  valid: boolean;
  dirty: WorldBox | undefined;
  dirtyCount: number;
  /** Canvas 2D, tile not valid yet: bit i set when quarter i (row-major) is painted. */
  quarters: number;
}

interface CoarseTile {
  /** Column and row in the grid of COARSE_CELL (two per tile column and row). */
  column: number;
  row: number;
  texture: RenderTexture;
  sprite: Sprite;
  /** Blocks were left out (see paintCoarse): dropped once the tile is painted. */
  leftOut: boolean;
}

/** Counters for tests and the bench: how much work the cache did. */
export interface TileStatistics {
  /** Whole tiles painted (at full resolution). */
  fullRenders: number;
  /** Dirty rectangles repainted. */
  partialRenders: number;
  /** Blocks drawn into tiles (full, partial and coarse). */
  blocksDrawn: number;
  /** Coarse (low-resolution) tiles painted. */
  coarseRenders: number;
  /** Views whose text or pixel pass was prepared ahead of a tile paint (see BlockView.warm). */
  warmedViews: number;
  /** Whole tiles painted in the last frame. */
  frameFullRenders: number;
  /** Coarse tiles painted in the last frame. */
  frameCoarseRenders: number;
  /** Quarters of tiles painted on their own (Canvas 2D: a whole tile in four frames' pieces). */
  quarterRenders: number;
  /**
   * Pieces of whole-tile work done in the last frame: coarse tiles, whole tiles (or quarters of
   * them on Canvas 2D) and warmed views. Dirty rectangles are not counted.
   */
  framePieces: number;
  /** Coarse tiles shown in the last frame (each a quarter of a cell whose tile is not painted yet). */
  coarseShown: number;
  /** Tile and coarse tile paints (whole, quarter or dirty rectangle) done by the Canvas 2D direct path, without a PixiJS render pass. */
  directRenders: number;
  /** The same paints done through a PixiJS render pass (WebGL/WebGPU, or on Canvas 2D an area with a block that needs PixiJS). */
  pixiRenders: number;
}

/** Tiles of the static layer at one scale. */
export class TileCache {
  /** Holds the tile sprites, in world units (the camera transform is applied by the parent). */
  readonly layer = new Container();
  /** Tiles of an earlier scale, shown stretched under the current ones until those are painted. */
  private readonly fallbackLayer = new Container();
  /** Coarse tiles of the current scale, shown in cells whose tile is not painted yet. */
  private readonly coarseLayer = new Container();
  private readonly currentLayer = new Container();
  private complete = true;
  readonly statistics: TileStatistics = {
    fullRenders: 0, partialRenders: 0, blocksDrawn: 0, coarseRenders: 0, warmedViews: 0, frameFullRenders: 0, frameCoarseRenders: 0, coarseShown: 0,
    quarterRenders: 0, framePieces: 0, directRenders: 0, pixiRenders: 0,
  };
  private readonly tiles = new Map<string, Tile>();
  private readonly coarse = new Map<string, CoarseTile>();
  private scale = 0;
  /** The view of the last update, to know which way it moves. */
  private lastVisible?: WorldBox;
  private readonly unculled = new Set<BlockView>();
  private cullOrder: BlockView[] | undefined;

  /**
   * `canvasPaint`: the Canvas 2D backend's chunk, with the direct path ({@link paintArea});
   * undefined on WebGL/WebGPU.
   */
  constructor(private readonly renderer: Renderer, private readonly graph: SceneGraph, private readonly backend: RenderBackend, private readonly canvasPaint?: CanvasPaintModule) {
    this.layer.label = 'tile-layer';
    this.layer.addChild(this.fallbackLayer, this.coarseLayer, this.currentLayer);
  }

  /** Marks a world region (or everything) as needing a repaint. */
  invalidate(box: WorldBox | 'all'): void {
    for (const [key, coarse] of this.coarse) {
      // A coarse tile is small and cheap: a change under it drops it (painted again when needed).
      if (box === 'all' || boxesIntersect(this.coarseBox(coarse.column, coarse.row), box)) this.dropCoarse(key, coarse);
    }
    for (const [key, tile] of this.tiles) {
      if (tile.scale !== this.scale) {
        // A stretched fallback would show stale content: drop it.
        if (box === 'all' || boxesIntersect(this.tileBox(tile.column, tile.row, 1 / tile.scale), box)) this.dropTile(key, tile);
        continue;
      }
      if (!tile.valid) {
        // Quarters painted so far would be stale: start the tile again.
        if (tile.quarters && (box === 'all' || boxesIntersect(this.tileBox(tile.column, tile.row, 1 / tile.scale), box))) tile.quarters = 0;
        continue;
      }
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
   * Dirty rectangles are always repainted. With a finite `budgetMs`, cells whose tile is not painted
   * (a pan to new ground, a zoom) first get coarse tiles where in view, unless stretched tiles of the previous
   * scale cover them; then their views are warmed (texts rasterized, pixel passes run; one view at a
   * time) and their tiles painted while the frame's time is under `budgetMs`. Each call does at
   * least one piece of work, so painting always progresses. With an infinite budget every tile is
   * painted at once and no coarse tile is needed; `coarse` false paints none either (the tiles are
   * not shown yet). Returns whether every visible tile is up to date.
   */
  update(visible: WorldBox, scale: number, budgetMs = Infinity, coarse = true): boolean {
    const start = performance.now();
    if (scale !== this.scale) {
      this.scale = scale;
      for (const tile of this.tiles.values()) this.fallbackLayer.addChild(tile.sprite);
      for (const [key, coarse] of this.coarse) this.dropCoarse(key, coarse);
    }
    const statistics = this.statistics;
    statistics.frameFullRenders = 0;
    statistics.frameCoarseRenders = 0;
    statistics.coarseShown = 0;
    statistics.framePieces = 0;
    const size = TILE_SIZE / scale;
    const firstColumn = Math.floor(visible.x / size);
    const firstRow = Math.floor(visible.y / size);
    const lastColumn = Math.floor((visible.x + visible.width) / size);
    const lastRow = Math.floor((visible.y + visible.height) / size);
    const wanted = new Set<string>();
    const missing: Tile[] = [];
    for (let column = firstColumn; column <= lastColumn; column += 1) {
      for (let row = firstRow; row <= lastRow; row += 1) {
        const key = `${scale}|${column},${row}`;
        wanted.add(key);
        const tile = this.tiles.get(key) ?? this.createTile(scale, column, row);
        tile.sprite.position.set(column * size, row * size);
        tile.sprite.setSize(size, size);
        if (!tile.valid) {
          tile.sprite.visible = false;
          missing.push(tile);
          continue;
        }
        if (tile.dirty) this.paint(tile, tile.dirty);
        tile.sprite.visible = true;
      }
    }
    const budgeted = Number.isFinite(budgetMs);
    let work = 0;
    // At or over the budget (>=: a direct tile quarter can take less than the clock's 0.1 ms step,
    // and a zero budget must still mean one piece per frame).
    const overBudget = () => work > 0 && performance.now() - start >= budgetMs;
    // The nearest cells first: coarse tiles for each (under the budget like the rest), then
    // their views warmed and their tiles painted.
    const centerColumn = (firstColumn + lastColumn) / 2;
    const centerRow = (firstRow + lastRow) / 2;
    missing.sort((a, b) => Math.hypot(a.column - centerColumn, a.row - centerRow) - Math.hypot(b.column - centerColumn, b.row - centerRow));
    const shownCoarse = new Set<string>();
    if (budgeted && coarse) {
      for (const tile of missing) {
        if (this.coveredByFallback(tile)) continue;
        for (const [column, row] of this.coarseCellsOf(tile)) {
          if (!boxesIntersect(this.coarseBox(column, row), visible)) continue;
          const key = `${column},${row}`;
          if (!this.coarse.has(key)) {
            if (overBudget()) continue;
            this.paintCoarse(column, row);
            work += 1;
          }
          shownCoarse.add(key);
        }
      }
    }
    let complete = true;
    for (const tile of missing) {
      if (!this.paintWhole(tile, budgeted, overBudget, () => { work += 1; })) {
        complete = false;
        continue;
      }
      tile.sprite.visible = true;
      for (const [column, row] of this.coarseCellsOf(tile)) {
        const key = `${column},${row}`;
        shownCoarse.delete(key);
        const stale = this.coarse.get(key);
        if (stale?.leftOut) this.dropCoarse(key, stale);
      }
    }
    // Time left: paint ahead the tiles the view is moving towards (kept hidden until in view).
    if (budgeted && coarse && complete) {
      for (const [column, row] of this.aheadOf(visible, scale)) {
        if (overBudget()) break;
        const tile = this.tiles.get(`${scale}|${column},${row}`) ?? this.createTile(scale, column, row);
        if (!this.paintWhole(tile, true, overBudget, () => { work += 1; })) break;
        wanted.add(`${scale}|${tile.column},${tile.row}`);
      }
    }
    this.lastVisible = visible;
    for (const [key, coarse] of this.coarse) coarse.sprite.visible = shownCoarse.has(key);
    statistics.coarseShown = shownCoarse.size;
    statistics.framePieces = work;
    this.complete = complete;
    this.recycle(wanted, centerColumn, centerRow, visible);
    return complete;
  }

  /**
   * Paints a tile that is not valid. Unbudgeted: at once. Budgeted: its views are warmed first, one
   * at a time, then (Canvas 2D) its quarters are painted one at a time, or (WebGL/WebGPU) the
   * whole tile; `stop()` is asked before each piece, `worked()` told after it. Returns whether the
   * tile is valid now.
   */
  private paintWhole(tile: Tile, budgeted: boolean, stop: () => boolean, worked: () => void): boolean {
    if (!budgeted) {
      this.paint(tile, undefined);
      this.statistics.frameFullRenders += 1;
      return true;
    }
    if (!this.warmCell(tile, this.scale, stop, worked)) return false;
    while (!tile.valid) {
      if (stop()) return false;
      if (this.backend === 'canvas') this.paintQuarter(tile);
      else {
        this.paint(tile, undefined);
        this.statistics.frameFullRenders += 1;
      }
      worked();
    }
    return true;
  }

  /**
   * The tiles just outside the view on the side it last moved towards (the next column and/or row),
   * nearest first; none when it did not move or the scale changed.
   */
  private aheadOf(visible: WorldBox, scale: number): [number, number][] {
    const last = this.lastVisible;
    if (!last || last.width !== visible.width || last.height !== visible.height) return [];
    const dx = Math.sign(visible.x - last.x);
    const dy = Math.sign(visible.y - last.y);
    if (dx === 0 && dy === 0) return [];
    const size = TILE_SIZE / scale;
    const firstColumn = Math.floor(visible.x / size) - (dx < 0 ? 1 : 0);
    const lastColumn = Math.floor((visible.x + visible.width) / size) + (dx > 0 ? 1 : 0);
    const firstRow = Math.floor(visible.y / size) - (dy < 0 ? 1 : 0);
    const lastRow = Math.floor((visible.y + visible.height) / size) + (dy > 0 ? 1 : 0);
    const ahead: [number, number][] = [];
    for (let column = firstColumn; column <= lastColumn; column += 1) {
      for (let row = firstRow; row <= lastRow; row += 1) {
        const outside = (dx > 0 && column === lastColumn) || (dx < 0 && column === firstColumn) || (dy > 0 && row === lastRow) || (dy < 0 && row === firstRow);
        if (!outside) continue;
        if (!this.tiles.get(`${scale}|${column},${row}`)?.valid) ahead.push([column, row]);
      }
    }
    const centerColumn = (visible.x + visible.width / 2) / size;
    const centerRow = (visible.y + visible.height / 2) / size;
    return ahead.sort((a, b) => Math.hypot(a[0] + 0.5 - centerColumn, a[1] + 0.5 - centerRow) - Math.hypot(b[0] + 0.5 - centerColumn, b[1] + 0.5 - centerRow));
  }

  /**
   * Canvas 2D: paints the next quarter of a tile not painted yet, clipped to it and with only the
   * blocks touching it drawn (a quarter of a whole tile's work); the tile is valid once all four
   * are painted. Same pixels as painting it whole: the clip is on whole device pixels.
   */
  private paintQuarter(tile: Tile): void {
    const scale = this.scale;
    if (!this.canvasPaint) {
      // Without the Canvas 2D chunk there is no clip for the PixiJS pass: the whole tile at once.
      this.paint(tile, undefined);
      return;
    }
    const half = TILE_SIZE / 2;
    let part = 0;
    while (tile.quarters & (1 << part)) part += 1;
    const left = (part % 2) * half;
    const top = Math.floor(part / 2) * half;
    const tileWorld = this.tileBox(tile.column, tile.row, 1 / scale);
    // One device pixel around, so a block whose edge lies on the quarter's border is drawn.
    const area = { x: tileWorld.x + (left - 1) / scale, y: tileWorld.y + (top - 1) / scale, width: (half + 2) / scale, height: (half + 2) / scale };
    const transform = new Matrix().scale(scale, scale).translate(-tile.column * TILE_SIZE, -tile.row * TILE_SIZE);
    // Cleared and clipped to the quarter; painted directly when its blocks are plain (paintArea).
    const drawn = this.paintArea(tile.texture, area, [left, top, half, half], transform, scale);
    this.statistics.quarterRenders += 1;
    this.statistics.blocksDrawn += drawn;
    tile.quarters |= 1 << part;
    if (tile.quarters === 15) {
      tile.valid = true;
      tile.quarters = 0;
      tile.dirty = undefined;
      tile.dirtyCount = 0;
      this.statistics.fullRenders += 1;
      this.statistics.frameFullRenders += 1;
    }
  }

  /**
   * Warms the views a tile will draw (BlockView.warm: text rasterized, pixel pass run), one at a
   * time while `stop()` says no; returns whether all of them are ready.
   */
  private warmCell(tile: Tile, scale: number, stop: () => boolean, worked: () => void): boolean {
    for (const view of this.staticViewsIn(this.tileBox(tile.column, tile.row, 1 / scale))) {
      if (!view.needsWarm(this.renderer, scale)) continue;
      if (stop()) return false;
      view.warm(this.renderer, scale);
      this.statistics.warmedViews += 1;
      worked();
    }
    return true;
  }

  /** Whether valid tiles of the previous scale (shown stretched) cover the whole cell of `tile`. */
  private coveredByFallback(tile: Tile): boolean {
    if (this.fallbackLayer.children.length === 0) return false;
    const box = this.tileBox(tile.column, tile.row, 1 / this.scale);
    const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]];
    return corners.every(([x, y]) => {
      for (const other of this.tiles.values()) {
        if (other.scale === this.scale || !other.valid) continue;
        const otherBox = this.tileBox(other.column, other.row, 1 / other.scale);
        if (x >= otherBox.x && x <= otherBox.x + otherBox.width && y >= otherBox.y && y <= otherBox.y + otherBox.height) return true;
      }
      return false;
    });
  }

  /** The coarse cells (COARSE_CELL grid) covering a tile's cell. */
  private coarseCellsOf(tile: Tile): [number, number][] {
    const column = tile.column * 2;
    const row = tile.row * 2;
    return [[column, row], [column + 1, row], [column, row + 1], [column + 1, row + 1]];
  }

  /** The world box of a coarse cell. */
  private coarseBox(column: number, row: number): WorldBox {
    const size = COARSE_CELL / this.scale;
    return { x: column * size, y: row * size, width: size, height: size };
  }

  /**
   * Paints the coarse tile of a coarse cell: its content at a quarter of the scale, blocks whose text is
   * not rasterized yet (the costly part of a first paint) or whose pixel pass is out of date left
   * out (BlockView.drawsAsIs).
   */
  private paintCoarse(column: number, row: number): CoarseTile {
    const scale = this.scale / COARSE_DIVISOR;
    const texture = RenderTexture.create({ width: COARSE_SIZE, height: COARSE_SIZE, resolution: 1, antialias: true });
    const sprite = new Sprite(texture);
    sprite.label = `coarse-${column}-${row}`;
    const box = this.coarseBox(column, row);
    sprite.position.set(box.x, box.y);
    sprite.setSize(box.width, box.height);
    this.coarseLayer.addChild(sprite);
    let leftOut = false;
    const include = (view: BlockView): boolean => {
      if (view.drawsAsIs(this.renderer)) return true;
      leftOut = true;
      return false;
    };
    const transform = new Matrix().scale(scale, scale).translate(-column * COARSE_SIZE, -row * COARSE_SIZE);
    this.statistics.blocksDrawn += this.paintArea(texture, box, undefined, transform, scale, include);
    const coarse: CoarseTile = { column, row, texture, sprite, leftOut };
    this.coarse.set(`${column},${row}`, coarse);
    this.statistics.coarseRenders += 1;
    this.statistics.frameCoarseRenders += 1;
    return coarse;
  }

  private dropCoarse(key: string, coarse: CoarseTile): void {
    coarse.sprite.destroy();
    coarse.texture.destroy(true);
    this.coarse.delete(key);
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
    for (const [key, coarse] of this.coarse) this.dropCoarse(key, coarse);
    this.scale = 0;
    this.complete = true;
  }

  /** Releases every tile texture. */
  destroy(): void {
    for (const tile of this.tiles.values()) tile.texture.destroy(true);
    this.tiles.clear();
    for (const coarse of this.coarse.values()) coarse.texture.destroy(true);
    this.coarse.clear();
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
    const tile: Tile = { scale, column, row, texture, sprite, valid: false, dirty: undefined, dirtyCount: 0, quarters: 0 };
    this.tiles.set(`${scale}|${column},${row}`, tile);
    return tile;
  }

  /** Paints a whole tile (region undefined) or only `region` of it. */
  private paint(tile: Tile, region: WorldBox | undefined): void {
    const scale = this.scale;
    const tileWorld = this.tileBox(tile.column, tile.row, 1 / scale);
    const partial = region !== undefined && this.backend === 'canvas';
    let area = tileWorld;
    let clip: Clip | undefined;
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
    const transform = new Matrix().scale(scale, scale).translate(-tile.column * TILE_SIZE, -tile.row * TILE_SIZE);
    this.statistics.blocksDrawn += this.paintArea(tile.texture, area, clip, transform, scale);
    if (clip) this.statistics.partialRenders += 1;
    else this.statistics.fullRenders += 1;
    tile.valid = true;
    tile.quarters = 0;
    tile.dirty = undefined;
    tile.dirtyCount = 0;
  }

  /**
   * Paints the static views touching `area` into `texture` (whole, or only `clip` in its pixels:
   * Canvas 2D only), prepared for `scale`, or with `include` (coarse tiles) only those it accepts,
   * unprepared. Returns how many it drew. On Canvas 2D, straight onto the texture's canvas when they
   * are all shape paints and glyph runs (`paintViews`, direct-tiles.ts, in the Canvas 2D chunk),
   * without the PixiJS render pass, which walks every view of the static layer, culled or not.
   */
  private paintArea(texture: RenderTexture, area: WorldBox, clip: Clip | undefined, transform: Matrix, scale: number, include?: (view: BlockView) => boolean): number {
    const painter = this.canvasPaint;
    const direct = painter?.paintViews(texture, this.staticViewsIn(area), include ?? ((view) => (view.prepare(this.renderer, scale), true)), this.graph, transform, clip) ?? -1;
    if (direct >= 0) {
      this.statistics.directRenders += 1;
      return direct;
    }
    this.statistics.pixiRenders += 1;
    const drawn = this.cullTo(area, scale, include);
    setActiveRenderScale(scale);
    const render = (): void => this.renderer.render({ container: this.graph.staticLayer, target: texture, clear: !clip, transform });
    if (clip && painter) painter.clipped(texture, clip, render);
    else render();
    return drawn;
  }

  /**
   * Leaves only the static views touching `area` drawable, prepared for `scale`; returns how many.
   * Also used when the static layer is drawn directly (without tiles). Only views whose state
   * changes are touched: a culled flag change makes PixiJS rebuild the layer's instructions.
   * With `include` (coarse tiles), only the views it accepts are drawn, and they are not prepared.
   */
  cullTo(area: WorldBox, scale: number, include?: (view: BlockView) => boolean): number {
    const graph = this.graph;
    // PixiJS draws only views with a root, in the static layer (lazy roots: Canvas 2D only).
    const painter = this.canvasPaint;
    painter?.placeRoots(graph);
    if (this.cullOrder !== graph.order) {
      // The set of views changed: start from "everything culled".
      this.cullOrder = graph.order;
      this.unculled.clear();
      for (const root of graph.staticLayer.children) root.culled = true;
    }
    const candidates = new Set<BlockView>();
    for (const view of this.staticViewsIn(area)) if (!include || include(view)) candidates.add(view);
    painter?.ensureStaticRoots(graph, candidates);
    for (const view of this.unculled) if (!candidates.has(view)) view.root.culled = true;
    this.unculled.clear();
    for (const view of candidates) {
      view.root.culled = false;
      if (!include) view.prepare(this.renderer, scale);
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
      if (view.shown && !view.live && boxesIntersect(view.bounds, area)) yield view;
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
    if (this.coarse.size > MAX_COARSE_TILES) {
      const far = [...this.coarse].filter(([, coarse]) => !coarse.sprite.visible)
        .map(([key, coarse]) => [key, coarse, Math.hypot(coarse.column / 2 - centerColumn, coarse.row / 2 - centerRow)] as const)
        .sort((a, b) => b[2] - a[2]);
      for (const [key, coarse] of far.slice(0, this.coarse.size - MAX_COARSE_TILES)) this.dropCoarse(key, coarse);
    }
    if (hidden.length <= SPARE_TILES) return;
    hidden.sort((a, b) => b[2] - a[2]);
    for (const [key, tile] of hidden.slice(0, hidden.length - SPARE_TILES)) this.dropTile(key, tile);
  }
}
