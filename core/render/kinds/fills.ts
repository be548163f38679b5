/**
 * The built-in fill kinds: colour, linear, radial and conical gradients, image and video. Each maps
 * the engine's read-model (`FILL_KINDS` in the engine's kind tables) to its spec and draws it: into
 * the renderer's view and as a Canvas 2D gradient. Their vector paints (PDF, SVG) are in ./vector.ts.
 */
import { FILL_KINDS, type Color, type GradientColorStop } from '../../engine/index.js';
import type { FillSpec } from '../block-snapshot.js';
import { toCssColor, toScreenColor } from '../color.js';
import type { FillKind } from './registry.js';

type Spec<T extends FillSpec['type']> = Extract<FillSpec, { type: T }>;
const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const stopsOf = (model: Readonly<Record<string, unknown>>): GradientColorStop[] => (Array.isArray(model.colors) ? [...model.colors] as GradientColorStop[] : []);
const BLACK: Color = { r: 0, g: 0, b: 0, a: 1 };

/** Adds sorted, clamped stops to a Canvas 2D gradient (black to white when there are none). */
export function addCanvasStops(gradient: CanvasGradient, stops: readonly GradientColorStop[]): void {
  const sorted = [...stops].sort((a, b) => a.stop - b.stop);
  if (sorted.length === 0) {
    gradient.addColorStop(0, 'rgba(0,0,0,1)');
    gradient.addColorStop(1, 'rgba(255,255,255,1)');
    return;
  }
  for (const stop of sorted) {
    const offset = Math.min(1, Math.max(0, Number.isFinite(stop.stop) ? stop.stop : 0));
    gradient.addColorStop(offset, toCssColor(toScreenColor(stop.color)));
  }
}

function withStops(gradient: CanvasGradient, stops: readonly GradientColorStop[]): CanvasGradient {
  addCanvasStops(gradient, stops);
  return gradient;
}

export const ColorFill: FillKind<Spec<'color'>> = {
  extension: { type: 'cesdk-fill', name: 'color' },
  declaration: FILL_KINDS.color,
  specType: 'color',
  content: false,
  spec: (model) => ({ type: 'color', color: (model.value as Color | undefined) ?? BLACK }),
  draw: (target, fill) => target.solid(fill.color),
};

export const LinearGradientFill: FillKind<Spec<'linear'>> = {
  extension: { type: 'cesdk-fill', name: 'gradient/linear' },
  declaration: FILL_KINDS['gradient/linear'],
  specType: 'linear',
  content: false,
  spec: (model) => ({
    type: 'linear', stops: stopsOf(model),
    start: [num(model.startPointX, 0.5), num(model.startPointY, 0)], end: [num(model.endPointX, 0.5), num(model.endPointY, 1)],
  }),
  draw: (target, fill) => target.gradient(fill),
  canvasGradient: (context, fill, width, height) =>
    withStops(context.createLinearGradient(fill.start[0] * width, fill.start[1] * height, fill.end[0] * width, fill.end[1] * height), fill.stops),
};

/** Radial radii are relative to the frame's shorter side, as in CE.SDK. */
export const RadialGradientFill: FillKind<Spec<'radial'>> = {
  extension: { type: 'cesdk-fill', name: 'gradient/radial' },
  declaration: FILL_KINDS['gradient/radial'],
  specType: 'radial',
  content: false,
  spec: (model) => ({ type: 'radial', stops: stopsOf(model), center: [num(model.centerPointX, 0.5), num(model.centerPointY, 0.5)], radius: num(model.radius, 1) }),
  draw: (target, fill) => target.gradient(fill),
  canvasGradient(context, fill, width, height) {
    const radius = Math.max(0.001, fill.radius) * Math.min(width, height);
    const [cx, cy] = [fill.center[0] * width, fill.center[1] * height];
    return withStops(context.createRadialGradient(cx, cy, 0, cx, cy, radius), fill.stops);
  },
};

/** Conical (sweep) gradients start at the top; vector output takes them from the renderer's pixels. */
export const ConicalGradientFill: FillKind<Spec<'conical'>> = {
  extension: { type: 'cesdk-fill', name: 'gradient/conical' },
  declaration: FILL_KINDS['gradient/conical'],
  specType: 'conical',
  content: false,
  spec: (model) => ({ type: 'conical', stops: stopsOf(model), center: [num(model.centerPointX, 0.5), num(model.centerPointY, 0.5)] }),
  draw: (target, fill) => target.gradient(fill),
  canvasGradient: (context, fill, width, height) =>
    withStops(context.createConicGradient(-Math.PI / 2, fill.center[0] * width, fill.center[1] * height), fill.stops),
};

export const ImageFill: FillKind<Spec<'image'>> = {
  extension: { type: 'cesdk-fill', name: 'image' },
  declaration: FILL_KINDS.image,
  specType: 'image',
  content: true,
  spec: (model) => ({ type: 'image', uri: typeof model.imageFileURI === 'string' ? model.imageFileURI : '' }),
  draw: (target, fill) => target.media('image', fill.uri),
};

/** A video fill shows the frame at the playhead; vector output takes it from the renderer's pixels. */
export const VideoFill: FillKind<Spec<'video'>> = {
  extension: { type: 'cesdk-fill', name: 'video' },
  declaration: FILL_KINDS.video,
  specType: 'video',
  content: true,
  spec: (model) => ({ type: 'video', uri: typeof model.fileURI === 'string' ? model.fileURI : '' }),
  draw: (target, fill) => target.media('video', fill.uri),
};

/** Every built-in fill kind. */
export const BUILT_IN_FILLS = [ColorFill, LinearGradientFill, RadialGradientFill, ConicalGradientFill, ImageFill, VideoFill] as const;
