/**
 * The renderer's kind registry. Each shape and fill kind is one object, registered by its engine type
 * name the way PixiJS extensions are (`kinds.add(RectShape, EllipseShape, …)`), with everything that
 * draws it on screen: its read-model mapped to a spec, its Canvas 2D / PixiJS path or paint, its
 * polylines (dashes, hit testing) and how it grows (drop shadow spread). A kind's vector half (its
 * outline as path commands, its vector paint) is a second extension of the same name
 * (`cesdk-shape-outline`, `cesdk-fill-vector`): only PDF, SVG and the raster exporter need it, so it
 * loads with them and stays out of the editor's first view. The canvas, the exporters and the
 * snapshot look kinds up here; none of them switches over kind names.
 *
 * Built-in kinds are in ./shapes.ts and ./fills.ts, registered by ./index.ts; their vector halves are
 * in ./vector.ts. Import the registry through ./index.ts (drawing) or ./vector.ts (vector output) so
 * the kinds are present.
 */
import type { Color, KindDeclaration } from '../../engine/index.js';
import type { FillSpec, ShapeSpec } from '../block-snapshot.js';
import type { PathCommand } from '../path-geometry.js';
import type { Polyline } from '../svg-path.js';

/** What each extension type registers. */
type ExtensionType = 'cesdk-shape' | 'cesdk-fill' | 'cesdk-shape-outline' | 'cesdk-fill-vector';

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
  readonly type: ExtensionType;
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
}

/** A shape kind's vector half: its outline as path commands (PDF, SVG, the raster exporter). */
export interface ShapeOutline<S extends ShapeSpec = ShapeSpec> {
  readonly extension: KindExtension & { readonly type: 'cesdk-shape-outline' };
  outline(spec: S, width: number, height: number): PathCommand[];
}

/** Where a fill lies in vector output: frame fractions to page space, page units per frame unit. */
export interface VectorFrame {
  point(x: number, y: number): [number, number];
  scale: number;
  width: number;
  height: number;
}

/**
 * A fill kind's vector half. `paint` is its vector paint; `image` the original image a vector
 * exporter places. A fill with neither (conical gradients, video frames) is taken from the
 * renderer's pixels in vector output.
 */
export interface FillVector<F extends FillSpec = FillSpec> {
  readonly extension: KindExtension & { readonly type: 'cesdk-fill-vector' };
  paint?(fill: F, frame: VectorFrame, toRgba: ToRgba): Paint;
  image?(fill: F): string;
}

/** Polylines as path commands (closed ones end with Z). */
export function polylineCommands(lines: readonly Polyline[]): PathCommand[] {
  const path: PathCommand[] = [];
  for (const line of lines) {
    for (let index = 0; index + 1 < line.points.length; index += 2) path.push({ op: index === 0 ? 'M' : 'L', x: line.points[index]!, y: line.points[index + 1]! });
    if (line.closed) path.push({ op: 'Z' });
  }
  return path;
}

type AnyShapeKind = ShapeKind<any>;
type AnyFillKind = FillKind<any>;
type AnyShapeOutline = ShapeOutline<any>;
type AnyFillVector = FillVector<any>;
type AnyExtension = AnyShapeKind | AnyFillKind | AnyShapeOutline | AnyFillVector;

/** The registry: `add` kinds, look them up by engine type name or by spec. */
export class KindRegistry {
  private readonly shapes = new Map<string, AnyShapeKind>();
  private readonly fills = new Map<string, AnyFillKind>();
  private readonly fillsBySpec = new Map<string, AnyFillKind>();
  private readonly outlines = new Map<string, AnyShapeOutline>();
  private readonly vectors = new Map<string, AnyFillVector>();

  /** Registers kinds and vector halves; a later one of the same type and name replaces the earlier. */
  add(...extensions: readonly AnyExtension[]): this {
    for (const extension of extensions) {
      const { type, name } = extension.extension;
      if (type === 'cesdk-shape') this.shapes.set(name, extension as AnyShapeKind);
      else if (type === 'cesdk-shape-outline') this.outlines.set(name, extension as AnyShapeOutline);
      else if (type === 'cesdk-fill-vector') this.vectors.set(name, extension as AnyFillVector);
      else {
        this.fills.set(name, extension as AnyFillKind);
        this.fillsBySpec.set((extension as AnyFillKind).specType, extension as AnyFillKind);
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

  /**
   * The outline of a shape spec as path commands (a missing shape: the frame's rectangle). Needs the
   * vector halves (./vector.ts); a kind without one is outlined by its polylines.
   */
  outlineOf(spec: ShapeSpec | undefined, width: number, height: number): PathCommand[] {
    const shape = spec ?? { type: 'rect', radii: [0, 0, 0, 0] };
    const vector = this.outlines.get(shape.type);
    if (vector) return vector.outline(shape, width, height);
    return polylineCommands(this.shapeOf(shape).polylines(shape, width, height));
  }

  /** The vector half of the kind that draws a fill spec, if it has one. */
  vectorOf(spec: FillSpec): AnyFillVector | undefined {
    const kind = this.fillsBySpec.get(spec.type);
    return kind && this.vectors.get(kind.extension.name);
  }

  /** Registered names, for checks. */
  names(): { shapes: string[]; fills: string[]; outlines: string[]; vectors: string[] } {
    return { shapes: [...this.shapes.keys()], fills: [...this.fills.keys()], outlines: [...this.outlines.keys()], vectors: [...this.vectors.keys()] };
  }
}

/** The registry every part of the renderer and the exporters uses. */
export const kinds = new KindRegistry();
