/**
 * Keeps one BlockView per design block in sync with the engine: subscribes to block events, updates
 * changed views in place, keeps draw order, and reports the world regions whose drawing changed.
 * Used by the on-screen SceneRenderer and by the offscreen renderBlockToCanvas alike.
 */
import { Container, Matrix } from 'pixi.js';
import type { BlockEvent, DesignBlockId, Engine } from '../engine/index.js';
import { IDENTITY_POSE, blockTimeOf, type AnimationPose } from './animation-spec.js';
import { readBlockSnapshot, type BlockSnapshot } from './block-snapshot.js';
import { canvasPaintChunk } from './asset-textures.js';
import { BlockView, type ViewContext, type WorldBox } from './block-view.js';
import { layoutPages } from './page-layout.js';
import { SpatialIndex, unionBox } from './spatial-index.js';
import type { PagePlacement } from './types.js';

/** Listener for changed world regions of static content. */
export type DirtyListener = (box: WorldBox | 'all') => void;

/** The views of an engine's scene. */
export class SceneGraph {
  /** Every view not on the live layer, in draw order (a PixiJS render group). */
  readonly staticLayer = new Container({ isRenderGroup: true });
  /** Views being dragged or edited, drawn above the cached static content every frame. */
  readonly liveLayer = new Container();
  readonly views = new Map<DesignBlockId, BlockView>();
  readonly index = new SpatialIndex<BlockView>();
  placements: PagePlacement[] = [];
  /** Views in draw order (depth first: pages in order, then their children), live ones included. */
  order: BlockView[] = [];
  private readonly owners = new Map<DesignBlockId, DesignBlockId>();
  /** Each block's children as a key ('1,2,3'); blocks without children have none (''). */
  private readonly childrenKeys = new Map<DesignBlockId, string>();
  private readonly pending = new Set<DesignBlockId>();
  private readonly assetRefresh = new Set<DesignBlockId>();
  private structureDirty = true;
  /** Views that made their root since the layers were last put in order (see onRootCreated). */
  private unplaced: BlockView[] = [];
  private liveIds = new Set<DesignBlockId>();
  private hiddenIds = new Set<DesignBlockId>();
  private unsubscribe?: () => void;
  /** The context every view shares (one object, not one per view). */
  private readonly viewContext: ViewContext;
  /** Receives drawing failures of single blocks (the renderer reports them through onError). */
  onDrawError?: (error: unknown, block: DesignBlockId) => void;

  constructor(
    private readonly engine: Engine,
    private readonly context: Omit<ViewContext, 'onAssetChange'>,
    private readonly onDirty: DirtyListener,
    private readonly onChange: () => void,
  ) {
    this.viewContext = { ...context, onAssetChange: this.onAssetChange, onRootCreated: this.onRootCreated };
    this.staticLayer.label = 'static-layer';
    this.liveLayer.label = 'live-layer';
    this.unsubscribe = engine.event.subscribe([], (events) => this.receive(events));
  }

  /** Whether engine changes await {@link sync}. */
  get hasPendingChanges(): boolean {
    return this.structureDirty || this.pending.size > 0 || this.assetRefresh.size > 0;
  }

  /** Blocks drawn on the live layer (with their descendants). */
  setLiveBlocks(ids: readonly DesignBlockId[]): void {
    const next = new Set(ids);
    const changed = [...new Set([...this.liveIds, ...next])].filter((id) => this.liveIds.has(id) !== next.has(id));
    if (changed.length === 0) return;
    for (const id of changed) this.dirtyWithDescendants(id);
    this.liveIds = next;
    if (this.structureDirty) {
      this.onChange();
      return;
    }
    // Move the views between layers directly: a full rebuild would cost O(blocks) per drag start.
    const live: BlockView[] = [];
    const liveIds = new Set<DesignBlockId>();
    const collect = (id: DesignBlockId) => {
      liveIds.add(id);
      for (const child of this.safeChildren(id)) collect(child);
    };
    for (const id of next) if (this.views.has(id)) collect(id);
    for (const view of this.order) if (liveIds.has(view.id)) live.push(view);
    for (const child of [...this.liveLayer.children]) {
      const view = this.viewOf(child);
      if (view && !liveIds.has(view.id)) this.returnToStatic(view);
    }
    for (const view of live) {
      if (view.live) continue;
      view.live = true;
      // Made now if the view had none (onRootCreated only queues it; placeRoots skips a root already here).
      const root = view.root;
      if (root.parent !== this.liveLayer) this.liveLayer.addChild(root);
    }
    this.onChange();
  }

  /** A view's place in draw order (lower draws first). */
  drawIndexOf(view: BlockView): number {
    return view.drawIndex >= 0 ? view.drawIndex : this.order.length;
  }

  /** Puts a view back into the static layer at its draw-order position (culled until a tile needs it). */
  private returnToStatic(view: BlockView): void {
    view.live = false;
    this.placeStatic(view);
  }

  /**
   * Puts a static view's root into the static layer at its draw-order position, culled until a tile
   * needs it. The layer holds only the roots that were made (see ViewContext.lazyRoots).
   */
  placeStatic(view: BlockView): void {
    const position = this.drawIndexOf(view);
    let before: BlockView | undefined;
    for (let index = position + 1; index < this.order.length; index += 1) {
      const next = this.order[index];
      if (next.hasRoot && next.root.parent === this.staticLayer) {
        before = next;
        break;
      }
    }
    view.root.culled = true;
    if (before) this.staticLayer.addChildAt(view.root, this.staticLayer.getChildIndex(before.root));
    else this.staticLayer.addChild(view.root);
  }

  /**
   * A view made its root after it was built. It goes into its layer before the layer is next drawn
   * (`placeRoots`, direct-tiles.ts): placing roots one by one costs a scan of the draw order each.
   * A rebuild places every root itself and forgets the list.
   */
  private readonly onRootCreated = (view: BlockView): void => {
    this.unplaced.push(view);
  };

  /** Takes the views that made their root since the last call (see onRootCreated; direct-tiles.ts places them). */
  takeUnplaced(): BlockView[] {
    const made = this.unplaced;
    this.unplaced = [];
    return made;
  }

  private viewOf(child: { label: string }): BlockView | undefined {
    return this.views.get(Number(child.label.slice('block-'.length)));
  }

  /** Blocks not drawn at all (e.g. the text under the DOM text editor). */
  setHiddenBlocks(ids: readonly DesignBlockId[]): void {
    const next = new Set(ids);
    for (const id of new Set([...this.hiddenIds, ...next])) if (this.hiddenIds.has(id) !== next.has(id)) this.pending.add(id);
    this.hiddenIds = next;
    this.onChange();
  }

  /** Whether a block is left undrawn: hidden on request, or outside its time range in a video scene. */
  private isHidden(id: DesignBlockId): boolean {
    if (this.hiddenIds.has(id)) return true;
    try {
      return !this.engine.block.isVisibleAtCurrentPlaybackTime(id);
    } catch {
      return false;
    }
  }

  /** Brings every view up to date with the engine. */
  sync(): void {
    if (this.structureDirty) {
      this.rebuild();
      return;
    }
    const refresh = [...this.assetRefresh];
    this.assetRefresh.clear();
    for (const id of refresh) {
      const view = this.views.get(id);
      if (!view || !view.snapshot) continue;
      const before = view.bounds;
      view.refreshAssets();
      this.moved(view, before);
    }
    const ids = [...this.pending];
    this.pending.clear();
    for (const id of ids) {
      const view = this.views.get(id);
      if (!view || !view.snapshot) continue;
      const parent = view.snapshot.parent == null ? undefined : this.views.get(view.snapshot.parent);
      const parentMatrix = parent ? parent.worldMatrix : this.pageMatrix(id);
      if (!parent && !this.isPage(id)) continue;
      this.updateSubtree(id, parentMatrix, parent ? parent.alpha : 1, parent ? parent.shown : true, true);
    }
  }

  /** Stops listening and destroys every view. */
  destroy(): void {
    try {
      this.unsubscribe?.();
    } catch {
      // The engine may already be disposed; its listeners went with it.
    }
    this.unsubscribe = undefined;
    this.context.assets.unlisten(this.onPoseChunk);
    for (const view of this.views.values()) view.destroy();
    this.views.clear();
    // The texts' kept layouts (glyph-runs.ts) go with the views that used them.
    canvasPaintChunk.module?.releaseTextLayouts();
    this.index.clear();
    this.staticLayer.destroy({ children: true });
    this.liveLayer.destroy({ children: true });
  }

  /** Whether this block is on the live layer, directly or through an ancestor. */
  isLive(view: BlockView): boolean {
    return view.live;
  }

  /** The pose chunk arrived: every animated block is posed again. */
  private readonly onPoseChunk = (): void => {
    for (const view of this.views.values()) if (view.snapshot?.animations) this.pending.add(view.id);
    this.onChange();
  };

  /** Called by views when an image or font they use arrived. */
  readonly onAssetChange = (id: DesignBlockId): void => {
    this.assetRefresh.add(id);
    this.onChange();
  };

  private receive(events: readonly BlockEvent[]): void {
    for (const event of events) {
      const id = event.block;
      if (event.type === 'Created' && this.views.has(id)) continue; // Already drawn (events of changes made before we subscribed).
      if (event.type !== 'Updated') {
        this.structureDirty = true;
        continue;
      }
      const owner = this.owners.get(id);
      if (owner !== undefined) {
        this.pending.add(owner);
        continue;
      }
      const view = this.views.get(id);
      if (!view && this.isScene(id)) {
        // Design unit or DPI changed: text sizes are in points, so every text is redrawn.
        for (const candidate of this.views.values()) if (candidate.snapshot?.kind === 'text') this.pending.add(candidate.id);
      }
      if (!view) {
        // A page resize moves every page below it; an unknown block may be a new child.
        this.structureDirty = true;
        continue;
      }
      if (this.childrenChanged(id) || this.parentChanged(view) || this.isPage(id)) this.structureDirty = true;
      this.pending.add(id);
    }
    this.onChange();
  }

  private childrenChanged(id: DesignBlockId): boolean {
    const key = this.childrenKeyOf(id);
    return key !== (this.childrenKeys.get(id) ?? '');
  }

  private parentChanged(view: BlockView): boolean {
    let parent: DesignBlockId | null = null;
    try {
      parent = this.engine.block.getParent(view.id);
    } catch {
      return true;
    }
    return parent !== (view.snapshot?.parent ?? null);
  }

  /** Keeps a block's children key (none for a block without children: most blocks). */
  private keepChildrenKey(id: DesignBlockId, children: readonly DesignBlockId[]): void {
    if (children.length > 0) this.childrenKeys.set(id, children.join(','));
    else this.childrenKeys.delete(id);
  }

  private childrenKeyOf(id: DesignBlockId): string {
    try {
      return this.engine.block.getChildren(id).join(',');
    } catch {
      return '';
    }
  }

  /**
   * Updates a view; a block whose drawing fails (a value PixiJS cannot draw) is left out instead of
   * breaking the whole scene, and reported once per failure.
   */
  private safeUpdate(view: BlockView, snapshot: BlockSnapshot, parentMatrix: Matrix, parentAlpha: number, shown: boolean): boolean {
    try {
      return view.update(snapshot, parentMatrix, parentAlpha, shown, shown ? this.poseOf(view.id, snapshot) : IDENTITY_POSE);
    } catch (error) {
      view.hide();
      this.onDrawError?.(error, view.id);
      return true;
    }
  }

  /** What the block's animations do at its page's playback time (video scenes only). */
  private poseOf(id: DesignBlockId, snapshot: BlockSnapshot): Readonly<AnimationPose> {
    if (!snapshot.animations) return IDENTITY_POSE;
    try {
      const timing = blockTimeOf(this.engine, id);
      if (!timing) return IDENTITY_POSE;
      // The pose maths is a lazy chunk: until it has loaded the block is drawn at rest, and offscreen
      // renders (exports, thumbnails) wait for it (it is tracked like an image load).
      const poses = this.context.assets.animationPose(this.onPoseChunk);
      if (!poses) return IDENTITY_POSE;
      const geometry = {
        width: snapshot.width, height: snapshot.height,
        pageWidth: this.engine.block.getWidth(timing.page), pageHeight: this.engine.block.getHeight(timing.page),
      };
      return poses.poseAt(snapshot.animations, timing.time, timing.duration, geometry);
    } catch {
      // A block between states (being destroyed) is drawn at rest rather than not at all.
      return IDENTITY_POSE;
    }
  }

  private isScene(id: DesignBlockId): boolean {
    try {
      return this.engine.scene.get() === id;
    } catch {
      return false;
    }
  }

  private isPage(id: DesignBlockId): boolean {
    return this.placements.some((placement) => placement.page === id);
  }

  private pageMatrix(page: DesignBlockId): Matrix {
    const placement = this.placements.find((candidate) => candidate.page === page);
    return new Matrix().translate(placement?.x ?? 0, placement?.y ?? 0);
  }

  private moved(view: BlockView, before: WorldBox): void {
    this.index.set(view, view.bounds);
    if (!this.isLive(view)) this.onDirty(unionBox(before, view.bounds));
  }

  private dirtyWithDescendants(id: DesignBlockId): void {
    const view = this.views.get(id);
    if (view) this.onDirty(view.bounds);
    for (const child of this.safeChildren(id)) this.dirtyWithDescendants(child);
  }

  private safeChildren(id: DesignBlockId): DesignBlockId[] {
    try {
      return this.engine.block.getChildren(id);
    } catch {
      return [];
    }
  }

  /** Updates a block and its descendants; re-reads the engine for `reread` blocks only. */
  private updateSubtree(id: DesignBlockId, parentMatrix: Matrix, parentAlpha: number, parentShown: boolean, reread: boolean): void {
    let view = this.views.get(id);
    if (!view) {
      view = new BlockView(id, this.viewContext);
      this.views.set(id, view);
      reread = true;
    }
    const before = view.bounds;
    const hadSnapshot = view.snapshot !== undefined;
    const snapshot = reread || !view.snapshot ? readBlockSnapshot(this.engine, id) : view.snapshot;
    if (reread) for (const owned of snapshot.ownedBlocks) this.owners.set(owned, id);
    const shown = parentShown && !this.isHidden(id);
    this.safeUpdate(view, snapshot, parentMatrix, parentAlpha, shown);
    if (hadSnapshot) this.moved(view, before);
    else this.index.set(view, view.bounds);
    const children = this.safeChildren(id);
    this.keepChildrenKey(id, children);
    // Group opacity multiplies into its children; a group draws nothing of its own.
    for (const child of children) this.updateSubtree(child, view.worldMatrix, view.alpha, view.shown, reread || this.pending.has(child));
  }

  /** Re-walks the whole tree: creates and destroys views, re-establishes draw order and layers. */
  private rebuild(): void {
    this.structureDirty = false;
    const pending = new Set(this.pending);
    const refresh = new Set(this.assetRefresh);
    this.pending.clear();
    this.assetRefresh.clear();
    const previousPlacements = this.placements;
    this.placements = layoutPages(this.engine);
    const layoutMoved = JSON.stringify(previousPlacements) !== JSON.stringify(this.placements);
    const seen = new Set<DesignBlockId>();
    const order: BlockView[] = [];
    const live: BlockView[] = [];
    let drawn = 0;
    const walk = (id: DesignBlockId, parentMatrix: Matrix, parentAlpha: number, parentShown: boolean, inLive: boolean) => {
      const existing = this.views.get(id);
      const before = existing?.bounds;
      const wasShown = existing?.shown;
      const reread = !existing || pending.has(id) || this.parentChanged(existing);
      let changed = this.updateNode(id, parentMatrix, parentAlpha, parentShown, reread);
      const view = this.views.get(id)!;
      if (refresh.has(id)) {
        view.refreshAssets();
        this.index.set(view, view.bounds);
        changed = true;
      }
      if (!before) this.onDirty(view.bounds);
      // A block entering or leaving its time range (the playhead moved) changes nothing but its visibility.
      else if (changed || reread || layoutMoved || wasShown !== view.shown || !sameBox(before, view.bounds)) this.onDirty(unionBox(before, view.bounds));
      seen.add(id);
      const isLive = inLive || this.liveIds.has(id);
      // The walk's order is the draw order.
      view.drawIndex = drawn;
      drawn += 1;
      (isLive ? live : order).push(view);
      const children = this.safeChildren(id);
      this.reorderDirty(before ? this.childrenKeys.get(id) ?? '' : undefined, children);
      this.keepChildrenKey(id, children);
      for (const child of children) walk(child, view.worldMatrix, view.alpha, view.shown, isLive);
    };
    for (const placement of this.placements) walk(placement.page, new Matrix().translate(placement.x, placement.y), 1, true, false);
    for (const [id, view] of this.views) {
      if (seen.has(id)) continue;
      this.onDirty(view.bounds);
      this.index.delete(view);
      view.destroy();
      view.drawIndex = -1;
      this.views.delete(id);
      this.childrenKeys.delete(id);
    }
    for (const [owned, owner] of this.owners) if (!this.views.has(owner)) this.owners.delete(owned);
    this.order = live.length === 0 ? order : [...order, ...live].sort((a, b) => a.drawIndex - b.drawIndex);
    this.staticLayer.removeChildren();
    this.liveLayer.removeChildren();
    const roots = [];
    for (const view of order) {
      view.live = false;
      if (view.hasRoot) roots.push(view.root);
    }
    if (roots.length > 0) this.staticLayer.addChild(...roots);
    for (const view of live) view.live = true;
    if (live.length > 0) this.liveLayer.addChild(...live.map((view) => view.root));
    this.unplaced = [];
  }

  /**
   * A change of child order repaints only where it matters: one block moved in z-order repaints its
   * own box; anything else repaints the boxes of the children in the changed window.
   */
  private reorderDirty(previousKey: string | undefined, children: readonly DesignBlockId[]): void {
    if (previousKey === undefined || previousKey === children.join(',')) return;
    const previous = previousKey === '' ? [] : previousKey.split(',').map(Number);
    let start = 0;
    while (start < previous.length && start < children.length && previous[start] === children[start]) start += 1;
    let endPrevious = previous.length - 1;
    let endCurrent = children.length - 1;
    while (endPrevious >= start && endCurrent >= start && previous[endPrevious] === children[endCurrent]) {
      endPrevious -= 1;
      endCurrent -= 1;
    }
    if (endPrevious === endCurrent && endCurrent > start) {
      if (previous[start] === children[endCurrent]) return this.dirtyBlock(previous[start]);
      if (children[start] === previous[endPrevious]) return this.dirtyBlock(children[start]);
    }
    for (let index = start; index <= endCurrent; index += 1) this.dirtyBlock(children[index]);
  }

  private dirtyBlock(id: DesignBlockId): void {
    const view = this.views.get(id);
    if (view) this.onDirty(view.bounds);
  }

  /** Updates one view; returns whether its drawing changed. */
  private updateNode(id: DesignBlockId, parentMatrix: Matrix, parentAlpha: number, parentShown: boolean, reread: boolean): boolean {
    let view = this.views.get(id);
    if (!view) {
      view = new BlockView(id, this.viewContext);
      this.views.set(id, view);
    }
    const snapshot = reread || !view.snapshot ? readBlockSnapshot(this.engine, id) : view.snapshot;
    if (reread) for (const owned of snapshot.ownedBlocks) this.owners.set(owned, id);
    const changed = this.safeUpdate(view, snapshot, parentMatrix, parentAlpha, parentShown && !this.isHidden(id));
    this.index.set(view, view.bounds);
    return changed;
  }
}

function sameBox(a: WorldBox, b: WorldBox): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
