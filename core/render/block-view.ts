/**
 * One view per design block: a PixiJS container updated in place when the block changes. The
 * transform, opacity and visibility change without touching the drawing; the drawing is redone only
 * when something it depends on changed.
 */
import { CanvasSource, CanvasTextMetrics, Container, Graphics, Matrix, Rectangle, Sprite, Text, Texture, type BLEND_MODES, type Renderer, type TextStyleOptions } from 'pixi.js';
import type { DesignBlockId } from '../engine/index.js';
import type { AssetTextures, CanvasPaintModule, PixelEffectsModule } from './asset-textures.js';
import { IDENTITY_POSE, isIdentityPose, type AnimationPose } from './animation-spec.js';
import type { BlockSnapshot } from './block-snapshot.js';
import { addShapePath, blockOverhang, drawFill, drawStroke, imageRectFor, overhangOf } from './block-drawing.js';
import { toScreenColor } from './color.js';
import { kinds, type FillTarget } from './kinds/index.js';
import { blurFilterFor, blurRadiusOf, buildFilters, needsPixelPass } from './effects.js';
import { createGradientTexture } from './paint.js';
import { toPixiBlendMode } from './paint.js';
import type { StyledTextView, TextExtent } from './styled-text-view.js';
import type { RunStyle } from './text-run-layout.js';
import { cssFontWeight, fontFamiliesFor, hasStyledRuns, textStyleFor } from './text-style.js';
import type { GlyphLayout, GlyphRunText } from './glyph-runs.js';
import type { PaintRoot } from './paint-root.js';
import type { ShapePaint, ShapePaintSpec } from './shape-paint.js';

/**
 * The parts of PixiJS's text pipe (`renderer.renderPipes.text`, the same class on every backend)
 * that {@link BlockView.warm} uses to rasterize a text ahead of its first render. Internal to PixiJS
 * (8.x): when they are missing, texts are simply rasterized on render as before.
 */
interface TextPipeInternals {
  _getGpuText(text: Text): { currentKey: string; texture?: unknown };
  _updateGpuText(text: Text): void;
}

function textPipeOf(renderer: Renderer): TextPipeInternals | undefined {
  const pipe = (renderer.renderPipes as unknown as { text?: Partial<TextPipeInternals> }).text;
  return pipe && typeof pipe._getGpuText === 'function' && typeof pipe._updateGpuText === 'function' ? pipe as TextPipeInternals : undefined;
}

/** Whether PixiJS holds this text's texture for its current content, style and resolution. */
function textRasterized(renderer: Renderer, pipe: TextPipeInternals, text: Text): boolean {
  const internal = text as unknown as { _autoResolution?: boolean; _resolution?: number };
  const resolution = internal._autoResolution ? renderer.resolution : text.resolution;
  const gpu = pipe._getGpuText(text);
  return gpu.currentKey === text.styleKey && internal._resolution === resolution && gpu.texture !== undefined;
}

/** What a view needs from its renderer. */
export interface ViewContext {
  assets: AssetTextures;
  /** Design units per typographic point of the scene. */
  unitsPerPoint(): number;
  /** Called when an asset of this block arrived: the view must redraw. */
  onAssetChange(id: DesignBlockId): void;
  /**
   * With the Canvas 2D paint module, texts draw as glyph runs (`GlyphRunText`: `fillText` onto the
   * target, no text texture) and graphic blocks and pages as a `ShapePaint` (fill and stroke painted
   * onto the target, no `Graphics`). Canvas 2D only: GPU backends draw through PixiJS's `Text` and `Graphics`.
   */
  canvasPaint?: CanvasPaintModule;
  /**
   * Graphic blocks build their PixiJS drawing when first drawn (`prepare`, `warm`, coarse tiles,
   * the live layer) rather than when read: on screen, most of a large scene is outside the view.
   * Their images start loading at once all the same. Offscreen renders build everything at once.
   */
  deferDrawing?: boolean;
  /**
   * Canvas 2D: a view makes its PixiJS root only when something needs one (see {@link BlockView.root}):
   * a static view with a flat drawing is painted from the view itself by the direct tile painter, so
   * most views of a large scene never have a display object. Set by the on-screen renderer only.
   */
  lazyRoots?: boolean;
  /** Called when a view made its root after it was built ({@link lazyRoots}): the graph puts it in its layer. */
  onRootCreated?(view: BlockView): void;
}

/** An axis-aligned box in world design units. */
export interface WorldBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const LARGEST_PIXEL_PASS_SIDE = 2048;
/** {@link BlockView.drawCost} of a view with filters. */
const FILTERED_DRAW_COST = 50;

/** Text views alive now; PixiJS's measurement cache is kept larger than that (see {@link sizeTextMeasurements}). */
let liveTexts = 0;

/**
 * PixiJS caches text measurements in an LRU of 1,000 entries. With more texts than that, a text
 * measured while its view is built (for its size and alignment) is evicted again before its texture
 * is made, and measured (and word-wrapped) a second time. So the cache grows with the number of
 * LIVE text views, and shrinks again when they go.
 *
 * Leak trap (found by the soak test): sizing it by texts ever created made the bound grow for the
 * life of the page, so every measurement (each text, size and wrap width) was kept forever. And
 * PixiJS's LRU evicts only when its size equals its max: lowering max below the size must evict
 * down by hand, or the cache stops evicting at all.
 */
function sizeTextMeasurements(change: 1 | -1): void {
  liveTexts = Math.max(0, liveTexts + change);
  const cache = (CanvasTextMetrics as unknown as { _measurementCache?: { max?: number; size?: number; evict?(): void } })._measurementCache;
  if (!cache || typeof cache.max !== 'number' || cache.max <= 0) return;
  const wanted = Math.min(100_000, 2 * liveTexts + 1000);
  if (cache.max < wanted) cache.max = Math.min(100_000, Math.max(wanted, cache.max * 2));
  else if (cache.max > 2 * wanted || (liveTexts === 0 && cache.max > wanted)) {
    cache.max = wanted;
    while (typeof cache.size === 'number' && cache.size > cache.max && cache.evict) cache.evict();
  }
}

/** Whether a block's effects or blur go through the pixel pass (linear, mirrored and radial blurs vary over the block). */
function usesPixelPass(snapshot: BlockSnapshot): boolean {
  return needsPixelPass(snapshot.effects) || (snapshot.blur !== undefined && snapshot.blur.type !== 'uniform');
}

function quantizeScale(scale: number): number {
  return Math.min(8, Math.max(1, 2 ** Math.ceil(Math.log2(Math.max(scale, 1e-3)))));
}

/** Scratch for a view's own transform in {@link BlockView.update} (appended to the parent's at once). */
const LOCAL = new Matrix();

/** The parts of a snapshot its drawing depends on, as a string: equal strings draw the same. */
function contentKeyOf(snapshot: BlockSnapshot): string {
  return JSON.stringify([
    snapshot.kind, snapshot.width, snapshot.height, snapshot.shape, snapshot.fill, snapshot.contentFillMode, snapshot.crop, snapshot.stroke,
    snapshot.shadow, snapshot.text, snapshot.effects, snapshot.blur, snapshot.flipHorizontal, snapshot.flipVertical,
  ]);
}

/** The renderer's view of one design block. */
export class BlockView {
  /** The root once made (see {@link root}). */
  private rootObject?: Container;
  /** World transform of the block frame (without flips), reused by children of groups. */
  readonly worldMatrix = new Matrix();
  /** The view's opacity (its own, its animation's and its ancestors'), as its root's alpha. */
  alpha = 1;
  /** Its blend mode, as its root's. */
  blendMode: BLEND_MODES = 'normal';
  /** Whether the view is on the graph's live layer (set by the scene graph). */
  live = false;
  /** Its place in the graph's draw order (set by the scene graph; -1 until it has one). */
  drawIndex = -1;
  /**
   * A flat drawing (Canvas 2D, see {@link drawFlat}): the shape paint and/or the plain text's glyph
   * runs that are the block's whole drawing. Painted from here by the direct tile painter, and by the
   * root (a PaintRoot) once there is one. Set by the view only.
   */
  flatShape?: ShapePaintSpec;
  flatGlyphs?: GlyphLayout;
  /** World box including stroke, shadow and blur, for culling and dirty rectangles. */
  bounds: WorldBox = { x: 0, y: 0, width: 0, height: 0 };
  snapshot?: BlockSnapshot;
  /** Effective visibility (own and ancestors'); invisible views are never drawn. */
  shown = true;
  /**
   * Holds the drawing when something applies to it as a whole: filters, a wipe's mask, the pixel
   * pass (which renders it and hides it). Made when first needed; until then the drawing's parts sit
   * in the root. Like the flipper, most blocks never need one, and a container per block is memory
   * at 10,000 blocks. The drawing's parts live in {@link content}.
   */
  private body?: Container;
  /** Mirrors the drawing of a flipped block; made on the first flip. */
  private flipper?: Container;
  private fill?: Graphics;
  private stroke?: Graphics;
  /** Canvas 2D: fill and stroke painted directly (see paintShapeDirectly). */
  private shapePaint?: ShapePaint;
  private shadow?: Graphics;
  private text?: Text;
  /** A plain text drawn as glyph runs (Canvas 2D, see ViewContext.canvasPaint). */
  private glyphText?: GlyphRunText;
  /** Texts with styled runs or a case: one PixiJS text per segment. */
  private styledText?: StyledTextView;
  /** Where the drawn text lies in the block's box (plain or styled). */
  private textExtent?: TextExtent;
  private pixelSprite?: Sprite;
  private gradientTexture?: Texture;
  /**
   * What the drawing was made from: the first snapshot itself, or once a later one had to be compared,
   * its content key ({@link contentKeyOf}). Building a view computes no key: most are never redrawn.
   */
  private drawnFrom: BlockSnapshot | string | undefined;
  /** The drawing is not built yet (see ViewContext.deferDrawing); it never was. */
  private drawingPending = false;
  private pixelPassScale = 0;
  private pixelPassDirty = false;
  private textResolution = 1;
  private poseKey = '';
  /** The part of the frame a wipe animation shows now, or undefined. */
  private wipeRect?: Rectangle;
  /** A wipe's masks, made on the first wipe (most views never have one). */
  private wipeMasks?: Map<'body' | 'sprite', Graphics>;
  /** Made when the view first waits for an asset (a plain colour shape never does). */
  private listener?: () => void;

  /** The view's listener for its images, fonts and lazy chunks: redraws it when one arrives. */
  private get assetListener(): () => void {
    return (this.listener ??= () => this.context.onAssetChange(this.id));
  }

  constructor(readonly id: DesignBlockId, private readonly context: ViewContext) {
    if (!context.lazyRoots || !context.canvasPaint) this.makeRoot();
  }

  /**
   * The view's PixiJS display object, positioned in world space; child of the static or the live
   * layer. On Canvas 2D a PaintRoot (paint-root.ts). With {@link ViewContext.lazyRoots} it is made
   * on first use, so reading it costs a container: the painters read {@link hasRoot},
   * {@link worldMatrix}, {@link alpha}, {@link shown} and the flat drawing instead.
   */
  get root(): Container {
    if (this.rootObject) return this.rootObject;
    const root = this.makeRoot();
    this.context.onRootCreated?.(this);
    return root;
  }

  /** Whether the view has made its root. */
  get hasRoot(): boolean {
    return this.rootObject !== undefined;
  }

  /** Gives the root the view's transform, visibility, opacity and blend mode. */
  private placeRoot(root: Container): void {
    root.setFromMatrix(this.worldMatrix);
    root.visible = this.shown;
    root.alpha = this.alpha;
    root.blendMode = this.blendMode;
  }

  private makeRoot(): Container {
    const PaintRootClass = this.context.canvasPaint?.PaintRoot;
    const root = PaintRootClass ? new PaintRootClass() : new Container();
    root.label = `block-${this.id}`;
    this.rootObject = root;
    if (this.snapshot) {
      this.placeRoot(root);
      // Made for the tiles' PixiJS pass or the live layer: culled until the tile painter draws it.
      if (this.context.lazyRoots) root.culled = true;
      // A flat drawing is the root's to paint too.
      if (this.context.canvasPaint) (root as PaintRoot).setFlat(this.flatShape, this.flatGlyphs);
    }
    return root;
  }

  /**
   * Applies a new snapshot. Returns whether the drawing changed (the transform alone is cheap and
   * reported by the caller through bounds).
   */
  update(snapshot: BlockSnapshot, parentMatrix: Matrix, parentAlpha: number, parentShown: boolean, pose: Readonly<AnimationPose> = IDENTITY_POSE): boolean {
    const sameSnapshot = snapshot === this.snapshot;
    this.snapshot = snapshot;
    const { x, y, width, height, rotation } = snapshot;
    // The animation pose scales and turns around the centre and moves the block (animation-pose.ts);
    // a zero scale would make the matrix singular, so it stops just short of it.
    const scaleX = Math.abs(pose.scaleX) < 1e-4 ? Math.sign(pose.scaleX || 1) * 1e-4 : pose.scaleX;
    const scaleY = Math.abs(pose.scaleY) < 1e-4 ? Math.sign(pose.scaleY || 1) * 1e-4 : pose.scaleY;
    const local = LOCAL.identity().translate(-width / 2, -height / 2).scale(scaleX, scaleY).rotate(rotation + pose.rotation)
      .translate(x + width / 2 + pose.offsetX, y + height / 2 + pose.offsetY);
    this.worldMatrix.copyFrom(parentMatrix).append(local);
    this.shown = parentShown && snapshot.visible && snapshot.kind !== 'audio' && snapshot.kind !== 'scene';
    this.alpha = snapshot.opacity * Math.min(1, Math.max(0, pose.opacity)) * parentAlpha;
    this.blendMode = toPixiBlendMode(snapshot.blendMode);
    if (this.rootObject) this.placeRoot(this.rootObject);
    const poseChanged = this.applyPoseEffects(pose, width, height);
    if (sameSnapshot) {
      // Only the transform (a parent moved) or the animation pose can have changed: the drawing stays.
      this.bounds = this.computeBounds();
      return poseChanged;
    }
    const previous = this.drawnFrom;
    let changed = true;
    if (previous !== undefined) {
      const key = contentKeyOf(snapshot);
      changed = key !== (typeof previous === 'string' ? previous : contentKeyOf(previous));
      this.drawnFrom = key;
    } else {
      this.drawnFrom = snapshot;
    }
    if (changed) {
      if ((previous === undefined || this.drawingPending) && this.context.deferDrawing && snapshot.kind === 'graphic') {
        this.drawingPending = true;
        this.prefetchImages(snapshot);
      } else {
        this.drawingPending = false;
        this.redraw();
      }
    }
    this.bounds = this.computeBounds();
    return changed || poseChanged;
  }

  /**
   * The parts of an animation pose that are not a transform: a wipe (a mask over the block's frame)
   * and a blur (a filter on the whole view). Returns whether they or the pose changed.
   */
  private applyPoseEffects(pose: Readonly<AnimationPose>, width: number, height: number): boolean {
    const key = isIdentityPose(pose) ? '' : JSON.stringify([pose, width, height]);
    if (key === this.poseKey) return false;
    this.poseKey = key;
    // Only a posed block has a wipe: the pose chunk has loaded then.
    const wipe = pose.wipe && this.context.assets.animationPose(this.assetListener)?.wipeRectOf(pose.wipe, width, height);
    this.wipeRect = wipe ? new Rectangle(...wipe) : undefined;
    this.applyWipe();
    if (pose.blur > 0.01) this.root.filters = [blurFilterFor(this.root.filters?.[0], pose.blur)];
    else if (this.rootObject?.filters) this.rootObject.filters = null;
    return true;
  }

  /** Where the drawing's parts go: the flipper once the block was flipped, else the body, else the root. */
  private get content(): Container {
    return this.flipper ?? this.body ?? this.root;
  }

  /** Whether a child of the root is part of the drawing (not the shadow, pixel-pass sprite or a mask). */
  private isDrawingPart(child: Container): boolean {
    return child !== this.shadow && child !== this.pixelSprite && !(this.wipeMasks && [...this.wipeMasks.values()].includes(child as Graphics));
  }

  /**
   * Moves the drawing's parts from `holder` into a new container placed where they were (above the
   * shadow in the root); returns it.
   */
  private wrapDrawing(holder: Container): Container {
    const wrapper = new Container();
    const parts = holder === this.root ? holder.children.filter((child) => this.isDrawingPart(child)) : [...holder.children];
    for (const part of parts) wrapper.addChild(part);
    holder.addChildAt(wrapper, holder === this.root && this.shadow ? 1 : 0);
    return wrapper;
  }

  /** Adds a part of the drawing on top, or at the bottom (fill layers). */
  private addPart<T extends Container>(part: T, bottom = false): T {
    const holder = this.content;
    // While the parts sit in the root, only the shadow (always first) is there with them.
    return bottom ? holder.addChildAt(part, holder === this.root && this.shadow ? 1 : 0) : holder.addChild(part);
  }

  /** The body, made now if the view had none (see {@link body}). */
  private ensureBody(): Container {
    if (this.body) return this.body;
    this.body = this.wrapDrawing(this.root);
    // A flat drawing is the root's own: redrawn now as parts in the body (a wipe's mask applies to the body).
    if ((this.flatShape || this.flatGlyphs) && this.snapshot) this.redraw();
    return this.body;
  }

  /** Whether the drawing is not built yet (ViewContext.deferDrawing). */
  get drawingDeferred(): boolean {
    return this.drawingPending;
  }

  /** Builds the drawing if it was deferred (ViewContext.deferDrawing); returns whether it did. */
  ensureDrawing(): boolean {
    if (!this.drawingPending || !this.snapshot) return false;
    this.drawingPending = false;
    this.redraw();
    this.bounds = this.computeBounds();
    return true;
  }

  /** Starts loading a deferred drawing's images now, so they are there when it is first drawn. */
  private prefetchImages(snapshot: BlockSnapshot): void {
    if (!snapshot.fill) return;
    kinds.fillOf(snapshot.fill)?.draw({
      solid: () => undefined,
      gradient: () => undefined,
      media: (source, uri) => {
        if (source === 'image') this.context.assets.image(uri, this.assetListener);
      },
    }, snapshot.fill);
  }

  /** Redraws after an asset (image, font) of this block arrived. */
  refreshAssets(): void {
    if (!this.snapshot || this.drawingPending) return;
    this.redraw();
    this.bounds = this.computeBounds();
  }

  /**
   * What drawing this view every frame costs, in units of a plain shape: filters (blur, drop shadow
   * blur, colour effects) cost far more than a fill and a stroke.
   */
  get drawCost(): number {
    if (this.drawingPending && this.snapshot) {
      // About what redraw will set (CSS/shader filters for colour effects and a uniform blur, a
      // blurred shadow); it only steers drawing directly or through tiles.
      const { effects, blur, shadow } = this.snapshot;
      const filtered = !usesPixelPass(this.snapshot) && ((effects?.length ?? 0) > 0 || (blur?.type === 'uniform' && blurRadiusOf(blur.intensity) > 0));
      return filtered || (shadow && (shadow['blurRadius/x'] > 0 || shadow['blurRadius/y'] > 0)) ? FILTERED_DRAW_COST : 1;
    }
    return this.body?.filters?.length || (this.shadow?.visible && this.shadow.filters?.length) ? FILTERED_DRAW_COST : 1;
  }

  /**
   * Gets the view ready to be drawn at `scale` device pixels per design unit: sharp text, and the
   * pixel pass for effects without a CSS/shader form. Returns true when the drawing changed.
   */
  prepare(renderer: Renderer, scale: number): boolean {
    let changed = this.ensureDrawing();
    const resolution = quantizeScale(scale);
    if ((this.text || this.styledText) && resolution !== this.textResolution) {
      this.textResolution = resolution;
      if (this.text) this.text.resolution = resolution;
      this.styledText?.setResolution(resolution);
      changed = true;
    }
    if (this.pixelPassDue(scale)) {
      try {
        this.runPixelPass(renderer, scale);
      } catch {
        // No pixel pass (e.g. a read-back failure): the block shows without those effects rather than not at all.
        this.dropPixelPass();
      }
      changed = true;
    }
    return changed;
  }

  /**
   * Whether drawing this view at `scale` would first do costly one-off work: rasterize its text
   * (PixiJS does that on a text's first render, and again after a resolution change) or run its
   * pixel pass. {@link warm} does that work ahead, so that it can be spread over frames.
   */
  needsWarm(renderer: Renderer, scale: number): boolean {
    if (!this.shown) return false;
    if (this.drawingPending) return true;
    if ((this.text || this.styledText) && quantizeScale(scale) !== this.textResolution) return true;
    if (this.pixelPassDue(scale)) return true;
    return !this.textReady(renderer);
  }

  /**
   * Whether the view can be drawn as it is, without {@link prepare} (coarse tiles): its PixiJS texts
   * are rasterized, it has no glyph-run text, and its pixel pass is not out of date (an old result
   * would be stale content). A deferred drawing is built first.
   */
  drawsAsIs(renderer: Renderer): boolean {
    this.ensureDrawing();
    // Glyph-run texts stay out of coarse tiles too: drawn there with fillText at a quarter of the
    // scale they made pan frames over new ground slower (harness spread scene, 10,000 blocks, 60 pan
    // frames per run, runs interleaved with the commit before glyph runs: mean 27.5 ms with them
    // against 23.9; without them 21.1 against 20.8 over two sessions); their tile paints them a few
    // frames later.
    return !this.pixelPassDirty && this.textReady(renderer) && !this.glyphText?.visible && !(this.flatGlyphs && this.flatGlyphs.runs.length > 0);
  }

  /** Whether the pixel pass must run (again) before drawing at `scale`. */
  private pixelPassDue(scale: number): boolean {
    return this.pixelPassDirty || (this.pixelSprite !== undefined && this.pixelPassScale > 0 && (scale > this.pixelPassScale * 1.5 || scale < this.pixelPassScale / 2));
  }

  /** Prepares the view for `scale` ({@link prepare}) and rasterizes its text now. */
  warm(renderer: Renderer, scale: number): void {
    this.prepare(renderer, scale);
    const pipe = textPipeOf(renderer);
    if (!pipe) return;
    for (const text of this.texts()) if (!textRasterized(renderer, pipe, text)) pipe._updateGpuText(text);
  }

  /**
   * Whether every text of this view is rasterized at its current resolution (true without text): a
   * render then only composes it. Unknown PixiJS internals count as ready.
   */
  textReady(renderer: Renderer): boolean {
    const pipe = textPipeOf(renderer);
    if (!pipe) return true;
    for (const text of this.texts()) if (!textRasterized(renderer, pipe, text)) return false;
    return true;
  }

  private texts(): Text[] {
    if (!this.text && !this.styledText) return [];
    const texts = this.text ? [this.text] : [];
    if (this.styledText) texts.push(...this.styledText.texts);
    return texts.filter((text) => text.visible && text.text !== '');
  }

  /** Releases textures and listeners. */
  destroy(): void {
    if (this.text) sizeTextMeasurements(-1);
    this.styledText?.destroy();
    if (this.listener) this.context.assets.unlisten(this.listener);
    this.context.assets.releaseVideo(this.id);
    this.gradientTexture?.destroy(true);
    this.pixelSprite?.texture.destroy(true);
    this.rootObject?.destroy({ children: true });
  }

  /** Leaves the view undrawn (its drawing failed): not shown, on any painter. */
  hide(): void {
    this.shown = false;
    if (this.rootObject) this.rootObject.visible = false;
  }

  private redraw(): void {
    const snapshot = this.snapshot!;
    if (this.drawFlat(snapshot)) return;
    this.setFlat(undefined, undefined);
    const { width, height } = snapshot;
    if ((snapshot.flipHorizontal || snapshot.flipVertical) && !this.flipper) this.flipper = this.wrapDrawing(this.body ?? this.root);
    this.flipper?.scale.set(snapshot.flipHorizontal ? -1 : 1, snapshot.flipVertical ? -1 : 1);
    this.flipper?.position.set(snapshot.flipHorizontal ? width : 0, snapshot.flipVertical ? height : 0);
    this.drawShadow(snapshot);
    this.drawText(snapshot);
    if (this.paintShapeDirectly(snapshot)) {
      this.fill?.clear();
      this.stroke?.clear();
      this.gradientTexture?.destroy(true);
      this.gradientTexture = undefined;
    } else {
      this.drawFillLayer(snapshot);
      if (snapshot.stroke && snapshot.kind !== 'text') {
        this.stroke ??= this.addPart(new Graphics());
        this.stroke.clear();
        drawStroke(this.stroke, snapshot, snapshot.stroke);
      } else if (this.stroke) {
        this.stroke.clear();
      }
    }
    const blurRadius = snapshot.blur?.type === 'uniform' ? blurRadiusOf(snapshot.blur.intensity) : 0;
    // Linear, mirrored and radial blurs vary over the block: the pixel pass draws them after the effects.
    if (usesPixelPass(snapshot)) {
      const body = this.ensureBody();
      if (body.filters) body.filters = null;
      this.pixelPassDirty = true;
      // Start loading the pixel pass and its images now, so offscreen renders wait for them.
      this.pixelPassInputs();
    } else {
      // Assigned only when there are or were filters: PixiJS makes a filter effect object on every assignment.
      const filters = buildFilters(snapshot.effects, blurRadius, (this.body?.filters ?? null) as never);
      if (filters) this.ensureBody().filters = filters;
      else if (this.body?.filters) this.body.filters = null;
      this.dropPixelPass();
    }
  }

  /**
   * Canvas 2D: when the block's shape paint and a plain text's glyph runs are all its drawing (no
   * shadow, filter, flip, mask, text background or outline, styled runs, video fill), its root paints
   * them itself (paint-root.ts): no child display object. Earlier parts are hidden and kept for a
   * later drawing that needs them. Returns false, doing nothing, when the drawing is not flat.
   */
  private drawFlat(snapshot: BlockSnapshot): boolean {
    const module = this.context.canvasPaint;
    if (!module || this.body || this.flipper || this.pixelSprite || this.wipeRect) return false;
    const flat = module.flatDrawingOf(snapshot, (uri) => this.context.assets.image(uri, this.assetListener),
      (spec) => module.plainTextLayout(spec, snapshot.width, snapshot.height, this.context.unitsPerPoint(), this.fontAlias(spec)));
    if (!flat) return false;
    if (this.shadow) this.shadow.visible = false;
    if (this.text) this.text.visible = false;
    if (this.glyphText) this.glyphText.visible = false;
    if (this.styledText) this.styledText.container.visible = false;
    if (this.shapePaint) {
      this.shapePaint.visible = false;
      this.shapePaint.setSpec(undefined);
    }
    this.fill?.clear();
    this.stroke?.clear();
    this.gradientTexture?.destroy(true);
    this.gradientTexture = undefined;
    const [shape, glyphs] = flat;
    this.textExtent = glyphs && { ...glyphs.box };
    this.setFlat(shape, glyphs);
    return true;
  }

  /** Keeps the flat drawing (both undefined: none), and shows it on the root if there is one. */
  private setFlat(shape: ShapePaintSpec | undefined, glyphs: GlyphLayout | undefined): void {
    this.flatShape = shape;
    this.flatGlyphs = glyphs;
    const root = this.rootObject;
    if (root && this.context.canvasPaint) (root as PaintRoot).setFlat(shape, glyphs);
  }

  /** The loaded family of a text's or run's font file, or undefined while it loads (the view redraws then). */
  private fontAlias(style: { fontFileUri: string; fontWeight: string; fontStyle: string }): string | undefined {
    return this.context.assets.font(style.fontFileUri, String(cssFontWeight(style.fontWeight)), style.fontStyle === 'Italic' ? 'italic' : 'normal', this.assetListener);
  }

  private drawShadow(snapshot: BlockSnapshot): void {
    if (!snapshot.shadow || snapshot.kind === 'text' || snapshot.kind === 'group') {
      if (this.shadow) this.shadow.visible = false;
      return;
    }
    if (!this.shadow) {
      this.shadow = new Graphics();
      this.root.addChildAt(this.shadow, 0);
    }
    const shadow = snapshot.shadow;
    const color = toScreenColor(shadow.color);
    // Spread grows (or shrinks) the shape on every side before the blur, through its kind.
    const spread = shadow.spread;
    const width = snapshot.width + 2 * spread;
    const height = snapshot.height + 2 * spread;
    this.shadow.clear();
    if (!(width > 0 && height > 0)) {
      this.shadow.visible = false;
      return;
    }
    this.shadow.visible = true;
    const kind = kinds.shapeOf(snapshot.shape);
    addShapePath(this.shadow, snapshot.shape && spread !== 0 ? kind.grow(snapshot.shape, spread) : snapshot.shape, width, height);
    this.shadow.fill({ color: color.hex, alpha: color.alpha });
    this.shadow.position.set(shadow['offset/x'] - spread, shadow['offset/y'] - spread);
    const radius = (shadow['blurRadius/x'] + shadow['blurRadius/y']) / 2;
    const existing = this.shadow.filters?.[0];
    if (radius > 0) {
      this.shadow.filters = [blurFilterFor(existing, radius)];
    } else {
      this.shadow.filters = null;
    }
  }

  /**
   * Canvas 2D: a graphic block's or a page's fill and stroke as one {@link ShapePaint} (painted
   * straight onto the target, see shape-paint.ts) instead of PixiJS `Graphics`. Returns false when
   * the block is drawn with `Graphics` (GPU backends, video fills, other kinds).
   */
  private paintShapeDirectly(snapshot: BlockSnapshot): boolean {
    const module = this.context.canvasPaint;
    if (!module || !module.paintsDirectly(snapshot)) {
      if (this.shapePaint) {
        this.shapePaint.visible = false;
        this.shapePaint.setSpec(undefined);
      }
      return false;
    }
    const spec = module.shapePaintSpec(snapshot, (uri) => this.context.assets.image(uri, this.assetListener));
    if (!spec.fill && !spec.stroke && !this.shapePaint) return true;
    this.shapePaint ??= this.addPart(new module.ShapePaint(), true);
    this.shapePaint.visible = true;
    this.shapePaint.setSpec(spec);
    return true;
  }

  private drawFillLayer(snapshot: BlockSnapshot): void {
    const fill = snapshot.fill;
    const drawsFill = fill && (snapshot.kind === 'graphic' || snapshot.kind === 'page');
    const background = snapshot.text?.background;
    if (background) {
      this.fill ??= this.addPart(new Graphics(), true);
      this.fill.clear();
      const color = toScreenColor(background.color);
      const textHeight = this.textExtent ? Math.max(snapshot.height, this.textExtent.height) : snapshot.height;
      this.fill.roundRect(-background.paddingLeft, -background.paddingTop, snapshot.width + background.paddingLeft + background.paddingRight,
        textHeight + background.paddingTop + background.paddingBottom, background.cornerRadius);
      this.fill.fill({ color: color.hex, alpha: color.alpha });
      return;
    }
    if (!drawsFill) {
      this.fill?.clear();
      return;
    }
    this.fill ??= this.addPart(new Graphics(), true);
    this.fill.clear();
    let gradientDrawn = false;
    const graphics = this.fill;
    const target: FillTarget = {
      solid: (value) => {
        const color = toScreenColor(value);
        drawFill(graphics, snapshot, { color: color.hex, alpha: color.alpha });
      },
      gradient: (gradient) => {
        gradientDrawn = true;
        this.gradientTexture?.destroy(true);
        this.gradientTexture = createGradientTexture(gradient, snapshot.width, snapshot.height);
        drawFill(graphics, snapshot, { texture: this.gradientTexture, textureRect: { x: 0, y: 0, width: snapshot.width, height: snapshot.height } });
      },
      media: (source, uri) => {
        const entry = source === 'video' ? this.context.assets.video(this.id, uri, this.assetListener) : this.context.assets.image(uri, this.assetListener);
        if (!entry.texture) return;
        const failed = entry.state === 'error';
        const rect = failed
          ? { x: 0, y: 0, width: snapshot.width, height: snapshot.height }
          : imageRectFor(snapshot.contentFillMode, snapshot.crop, snapshot.width, snapshot.height, entry.width, entry.height);
        drawFill(graphics, { ...snapshot, contentFillMode: failed ? 'Cover' : snapshot.contentFillMode }, { texture: entry.texture, textureRect: rect, crop: failed ? undefined : snapshot.crop });
      },
    };
    kinds.fillOf(fill)?.draw(target, fill);
    if (!gradientDrawn && this.gradientTexture) {
      this.gradientTexture.destroy(true);
      this.gradientTexture = undefined;
    }
  }

  private drawText(snapshot: BlockSnapshot): void {
    const spec = snapshot.text;
    this.textExtent = undefined;
    if (!spec) {
      if (this.text) this.text.visible = false;
      if (this.glyphText) this.glyphText.visible = false;
      if (this.styledText) this.styledText.container.visible = false;
      return;
    }
    const decorate = (style: TextStyleOptions): void => {
      if (snapshot.stroke) {
        const color = toScreenColor(snapshot.stroke.color);
        style.stroke = { color: color.hex, alpha: color.alpha, width: snapshot.stroke.width };
      }
      if (snapshot.shadow) {
        const shadow = snapshot.shadow;
        const color = toScreenColor(shadow.color);
        style.dropShadow = {
          color: color.hex, alpha: color.alpha, blur: (shadow['blurRadius/x'] + shadow['blurRadius/y']) / 2,
          angle: Math.atan2(shadow['offset/y'], shadow['offset/x']), distance: Math.hypot(shadow['offset/x'], shadow['offset/y']),
        };
      }
    };
    // An outline or a shadow is PixiJS's text drawing (stroke and drop shadow passes); the rest is glyph runs.
    const asGlyphs = this.context.canvasPaint !== undefined && !snapshot.stroke && !snapshot.shadow;
    if (hasStyledRuns(spec)) {
      if (this.text) this.text.visible = false;
      if (this.glyphText) this.glyphText.visible = false;
      // The styled-run layout is a lazy chunk: the text shows once it has loaded (offscreen renders wait).
      const styled = this.context.assets.styledText(this.assetListener);
      if (!styled) {
        if (this.styledText) this.styledText.container.visible = false;
        return;
      }
      if (!this.styledText) {
        this.styledText = new styled.StyledTextView();
        this.styledText.setResolution(this.textResolution);
        this.addPart(this.styledText.container);
      }
      this.styledText.container.visible = true;
      const aliasOf = (style: RunStyle) => this.fontAlias(style);
      this.styledText.update(spec, snapshot.width, snapshot.height, this.context.unitsPerPoint(), aliasOf, decorate, asGlyphs);
      this.textExtent = this.styledText.extent;
      return;
    }
    if (this.styledText) this.styledText.container.visible = false;
    const alias = this.fontAlias(spec);
    const glyphs = asGlyphs ? this.context.canvasPaint : undefined;
    if (glyphs) {
      if (this.text) this.text.visible = false;
      const layout = glyphs.plainTextLayout(spec, snapshot.width, snapshot.height, this.context.unitsPerPoint(), alias);
      this.glyphText ??= this.addPart(new glyphs.GlyphRunText());
      this.glyphText.setLayout(layout);
      this.glyphText.visible = true;
      this.textExtent = { ...layout.box };
      return;
    }
    if (this.glyphText) this.glyphText.visible = false;
    const style = textStyleFor(spec, this.context.unitsPerPoint(), snapshot.width, fontFamiliesFor(spec, alias));
    decorate(style);
    if (!this.text) {
      sizeTextMeasurements(1);
      this.text = new Text({ text: spec.text, style, resolution: this.textResolution });
      this.addPart(this.text);
    } else {
      this.text.text = spec.text;
      this.text.style = style;
    }
    this.text.visible = true;
    const textWidth = this.text.width;
    const textHeight = this.text.height;
    const align = spec.horizontalAlignment;
    this.text.x = align === 'Center' ? (snapshot.width - textWidth) / 2 : align === 'Right' ? snapshot.width - textWidth : 0;
    const verticalSpace = snapshot.height - textHeight;
    this.text.y = spec.autoHeight || verticalSpace <= 0 ? 0 : spec.verticalAlignment === 'Center' ? verticalSpace / 2 : spec.verticalAlignment === 'Bottom' ? verticalSpace : 0;
    this.textExtent = { x: this.text.x, y: this.text.y, width: textWidth, height: textHeight };
  }

  /**
   * Masks what the view draws (its body, and the pixel-pass sprite when effects made one) to the
   * wipe's revealed rectangle, in the block's frame; removes the masks without a wipe.
   */
  private applyWipe(): void {
    const targets: Array<[Container | undefined, 'body' | 'sprite']> = [[this.wipeRect ? this.ensureBody() : this.body, 'body'], [this.pixelSprite, 'sprite']];
    for (const [target, which] of targets) {
      let mask = this.wipeMasks?.get(which);
      if (!this.wipeRect || !target) {
        // A mask left in the view without its target would be drawn as content.
        if (target) target.mask = null;
        mask?.removeFromParent();
        continue;
      }
      if (!mask) (this.wipeMasks ??= new Map()).set(which, (mask = new Graphics()));
      if (!mask.parent) this.root.addChild(mask);
      const { x, y, width, height } = this.wipeRect;
      mask.clear().rect(x, y, width, height).fill({ color: 0xffffff });
      target.mask = mask;
    }
  }

  /** The pixel pass module and the images the effects need, or undefined while any is loading. */
  private pixelPassInputs(): { effects: PixelEffectsModule; images: Map<string, ImageData> } | undefined {
    const effects = this.context.assets.pixelEffects(this.assetListener);
    const images = effects?.imagesFor(this.snapshot!.effects, (uri) => this.context.assets.imageSource(uri, this.assetListener));
    return images && { effects: effects!, images };
  }

  private runPixelPass(renderer: Renderer, scale: number): void {
    const snapshot = this.snapshot!;
    this.pixelPassDirty = false;
    const inputs = this.pixelPassInputs();
    if (!inputs) {
      // Until the pass can run (its chunk or a LUT is loading; the asset listener redraws then), the
      // block shows its last pass or, before the first, without those effects.
      if (!this.pixelSprite) this.ensureBody().visible = true;
      return;
    }
    const blurRadius = snapshot.blur?.type === 'uniform' ? blurRadiusOf(snapshot.blur.intensity) : 0;
    const margin = Math.ceil(overhangOf({ ...snapshot, shadow: undefined }, blurRadius));
    const frame = new Rectangle(-margin, -margin, Math.ceil(snapshot.width) + 2 * margin, Math.ceil(Math.max(snapshot.height, this.textExtent?.height ?? 0)) + 2 * margin);
    const resolution = Math.max(0.05, Math.min(scale, LARGEST_PIXEL_PASS_SIDE / Math.max(frame.width, frame.height, 1)));
    const body = this.ensureBody();
    body.visible = true;
    // The effects see the whole block: a wipe's mask (placed in the view, not in the body) is
    // applied to the resulting sprite instead (applyWipe).
    const wipeMask = body.mask;
    body.mask = null;
    const source = renderer.extract.canvas({ target: body, frame, resolution }) as HTMLCanvasElement;
    body.mask = wipeMask;
    const canvas = inputs.effects.pixelPass(source, snapshot.effects, snapshot.blur, resolution, inputs.images, blurRadius);
    const texture = new Texture({ source: new CanvasSource({ resource: canvas, resolution }) });
    if (!this.pixelSprite) {
      this.pixelSprite = new Sprite(texture);
      this.root.addChild(this.pixelSprite);
    } else {
      this.pixelSprite.texture.destroy(true);
      this.pixelSprite.texture = texture;
    }
    this.pixelSprite.position.set(frame.x, frame.y);
    this.pixelSprite.setSize(frame.width, frame.height);
    this.pixelSprite.visible = true;
    this.pixelPassScale = scale;
    body.visible = false;
    if (this.wipeRect) this.applyWipe();
  }

  private dropPixelPass(): void {
    if (this.body) this.body.visible = true;
    if (this.pixelSprite) {
      this.pixelSprite.texture.destroy(true);
      this.pixelSprite.destroy();
      this.pixelSprite = undefined;
      this.applyWipe();
    }
    this.pixelPassScale = 0;
    this.pixelPassDirty = false;
  }

  private computeBounds(): WorldBox {
    const snapshot = this.snapshot!;
    const overhang = blockOverhang(snapshot);
    const text = this.textExtent;
    const contentHeight = Math.max(snapshot.height, text ? text.y + text.height : 0);
    const contentWidth = Math.max(snapshot.width, text ? text.x + text.width : 0);
    const left = Math.min(0, text ? text.x : 0) - overhang;
    const top = -overhang;
    const right = contentWidth + overhang;
    const bottom = contentHeight + overhang;
    // The four corners, unrolled: this runs for every view on every update (no arrays per call).
    const { a, b, c, d, tx, ty } = this.worldMatrix;
    const x1 = a * left + c * top + tx, y1 = b * left + d * top + ty;
    const x2 = a * right + c * top + tx, y2 = b * right + d * top + ty;
    const x3 = a * left + c * bottom + tx, y3 = b * left + d * bottom + ty;
    const x4 = a * right + c * bottom + tx, y4 = b * right + d * bottom + ty;
    const minX = Math.min(x1, x2, x3, x4), minY = Math.min(y1, y2, y3, y4);
    return { x: minX, y: minY, width: Math.max(x1, x2, x3, x4) - minX, height: Math.max(y1, y2, y3, y4) - minY };
  }
}
