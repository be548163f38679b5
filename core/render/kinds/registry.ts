/**
 * The renderer's kind registry. Each shape and fill kind is one object, registered by its engine type
 * name the way PixiJS extensions are (`kinds.add(RectShape, EllipseShape, …)`), with everything that
 * draws it: its read-model mapped to a spec, its Canvas 2D / PixiJS path or paint, its vector outline
 * (PDF, SVG, the direct painter, hit testing) and how it grows (drop shadow spread). The canvas, the
 * exporters and the snapshot look kinds up here; none of them switches over kind names.
 *
 * Built-in kinds are in ./shapes.ts and ./fills.ts and registered by ./index.ts; import the registry
 * through ./index.ts so they are present.
 */
import type { Color, GradientColorStop, KindDeclaration } from '../../engine/index.js';
import type { FillSpec, ShapeSpec } from '../block-snapshot.js';
import type { PathCommand } from '../path-geometry.js';
import type { Polyline } from '../svg-path.js';

/** A straight-alpha sRGB colour, channels 0..255, alpha 0..1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A gradient stop with its colour resolved to sRGB. */
export interface PaintStop {
  offset: number;
  color: Rgba;
}

/** How a shape's inside is painted in vector output; gradient geometry is in page space. */
export type Paint =
  | { kind: 'color'; color: Rgba }
  | { kind: 'linear'; stops: PaintStop[]; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'radial'; stops: PaintStop[]; cx: number; cy: number; radius: number };

/** Where a path goes: a PixiJS `Graphics` or a Canvas 2D context, through a small adapter. */
export interface PathSink {
  rect(x: number, y: number, width: number, height: number): void;
  ellipse(cx: number, cy: number, rx: number, ry: number): void;
  poly(points: readonly number[], closed: boolean): void;
}

/** What a kind registers under: its family and the engine's short type name. */
export interface KindExtension {
  readonly type: 'cesdk-shape' | 'cesdk-fill';
  readonly name: string;
}

/** One shape kind. `S` is its spec (the read-model in the form the drawing wants). */
export interface ShapeKind<S extends ShapeSpec = ShapeSpec> {
  readonly extension: KindExtension & { readonly type: 'cesdk-shape' };
  /** The engine's declaration: properties, defaults, ranges. */
  readonly declaration: KindDeclaration;
  /** The spec from the engine's read-model (`readKindModel`). */
  spec(model: Readonly<Record<string, unknown>>): S;
  /** The outline as polylines in a `width`×`height` frame (dashes, hit tests, PixiJS polygons). */
  polylines(spec: S, width: number, height: number): Polyline[];
  /** The outline as path commands (PDF, SVG, the direct painter's vector list). */
  outline(spec: S, width: number, height: number): PathCommand[];
  /** Adds the outline to a path, with native primitives where the kind has them. */
  trace(sink: PathSink, spec: S, width: number, height: number): void;
  /** The spec grown by `delta` on every side (the frame grows with it): a drop shadow's spread. */
  grow(spec: S, delta: number): S;
}

/** Colour conversion the vector paints use (spot colours and CMYK resolved by the caller). */
export type ToRgba = (color: Color | undefined) => Rgba;

/** How the renderer's PixiJS view lays down a fill; `BlockView` implements it. */
export interface FillTarget {
  solid(color: Color): void;
  gradient(fill: Extract<FillSpec, { type: 'linear' | 'radial' | 'conical' }>): void;
  media(source: 'image' | 'video', uri: string): void;
}

/** One fill kind. */
export interface FillKind<F extends FillSpec = FillSpec> {
  readonly extension: KindExtension & { readonly type: 'cesdk-fill' };
  readonly declaration: KindDeclaration;
  /** `FillSpec['type']` of its specs. */
  readonly specType: F['type'];
  /** Laid into the frame as content (crop and content fill mode apply). */
  readonly content: boolean;
  spec(model: Readonly<Record<string, unknown>>): F;
  /** Draws it into the renderer's view. */
  draw(target: FillTarget, fill: F): void;
  /** A Canvas 2D gradient over a `width`×`height` box, for gradient kinds. */
  canvasGradient?(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, fill: F, width: number, height: number): CanvasGradient;
  /**
   * Its vector paint (PDF, SVG, the direct painter), with `point` mapping frame fractions into page
   * space and `scale` page units per frame unit. Kinds without one are drawn by the renderer's pixels
   * in vector output, except those with `vectorImage` (their original image is placed).
   */
  vectorPaint?(fill: F, frame: { point(x: number, y: number): [number, number]; scale: number; width: number; height: number }, toRgba: ToRgba): Paint;
  /** The image a vector exporter places for this fill. */
  vectorImage?(fill: F): string;
}

/** Gradient stops with colours resolved, for vector paints. */
export function paintStops(stops: readonly GradientColorStop[], toRgba: ToRgba): PaintStop[] {
  return stops.map((stop) => ({ offset: stop.stop, color: toRgba(stop.color) }));
}

type AnyShapeKind = ShapeKind<any>;
type AnyFillKind = FillKind<any>;

/** The registry: `add` kinds, look them up by engine type name or by spec. */
export class KindRegistry {
  private readonly shapes = new Map<string, AnyShapeKind>();
  private readonly fills = new Map<string, AnyFillKind>();
  private readonly fillsBySpec = new Map<string, AnyFillKind>();

  /** Registers kinds; a later kind of the same name replaces the earlier one. */
  add(...kinds: ReadonlyArray<AnyShapeKind | AnyFillKind>): this {
    for (const kind of kinds) {
      if (kind.extension.type === 'cesdk-shape') {
        this.shapes.set(kind.extension.name, kind as AnyShapeKind);
      } else {
        this.fills.set(kind.extension.name, kind as AnyFillKind);
        this.fillsBySpec.set((kind as AnyFillKind).specType, kind as AnyFillKind);
      }
    }
    return this;
  }

  /** The shape kind of an engine short type (`'star'`), or undefined. */
  shape(name: string): AnyShapeKind | undefined {
    return this.shapes.get(name);
  }

  /** The kind that draws a shape spec; a missing shape draws as the frame's rectangle. */
  shapeOf(spec: ShapeSpec | undefined): AnyShapeKind {
    return this.shapes.get(spec?.type ?? 'rect') ?? this.shapes.get('rect')!;
  }

  /** The fill kind of an engine short type (`'gradient/linear'`), or undefined. */
  fill(name: string): AnyFillKind | undefined {
    return this.fills.get(name);
  }

  /** The kind that draws a fill spec. */
  fillOf(spec: FillSpec): AnyFillKind | undefined {
    return this.fillsBySpec.get(spec.type);
  }

  /** Registered names, for checks. */
  names(): { shapes: string[]; fills: string[] } {
    return { shapes: [...this.shapes.keys()], fills: [...this.fills.keys()] };
  }
}

/** The registry every part of the renderer and the exporters uses. */
export const kinds = new KindRegistry();
