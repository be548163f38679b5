/**
 * Blend-mode mapping and gradient textures. Gradients are painted once on a small 2D canvas (linear,
 * radial and conic, which PixiJS lacks) and used as a texture fill, the same on every backend.
 */
import { CanvasSource, Texture, type BLEND_MODES } from 'pixi.js';
import type { FillSpec } from './block-snapshot.js';
import { kinds } from './kinds/index.js';

const BLEND_MODE_MAP: Record<string, BLEND_MODES> = {
  PassThrough: 'normal', Normal: 'normal', Darken: 'darken', Multiply: 'multiply', ColorBurn: 'color-burn',
  LinearBurn: 'linear-burn', DarkenColor: 'darken', Lighten: 'lighten', Screen: 'screen', ColorDodge: 'color-dodge',
  LinearDodge: 'linear-dodge', LightenColor: 'lighten', Overlay: 'overlay', SoftLight: 'soft-light', HardLight: 'hard-light',
  VividLight: 'vivid-light', LinearLight: 'linear-light', PinLight: 'pin-light', HardMix: 'hard-mix', Difference: 'difference',
  Exclusion: 'exclusion', Subtract: 'subtract', Divide: 'divide',
  // PixiJS has no 'hue' mode: 'color' is the nearest (it keeps the backdrop's luminosity too).
  Hue: 'color', Saturation: 'saturation', Color: 'color', Luminosity: 'luminosity',
};

/**
 * The PixiJS blend mode for an engine blend mode. DarkenColor/LightenColor use per-channel
 * darken/lighten and Hue uses color; on Canvas 2D, PixiJS further approximates subtract, divide,
 * hard-mix and the linear/pin/vivid-light modes.
 */
export function toPixiBlendMode(mode: string): BLEND_MODES {
  return BLEND_MODE_MAP[mode] ?? 'normal';
}

/** Whether a blend mode needs PixiJS's advanced-blend-modes extension on WebGL/WebGPU. */
export function isAdvancedBlendMode(mode: BLEND_MODES): boolean {
  return !['normal', 'add', 'multiply', 'screen', 'erase', 'none', 'min', 'max', 'inherit'].includes(mode);
}

/** The gradient fills. */
export type GradientFill = Extract<FillSpec, { type: 'linear' | 'radial' | 'conical' }>;

const GRADIENT_RESOLUTION = 256;

/**
 * Paints a gradient for a `width`×`height` frame onto a canvas with the frame's aspect ratio
 * (radial radii are relative to the frame's shorter side, as in CE.SDK) and wraps it as a texture.
 */
export function createGradientTexture(fill: GradientFill, width: number, height: number): Texture {
  const longest = Math.max(width, height, 1);
  const canvasWidth = Math.max(2, Math.round((GRADIENT_RESOLUTION * Math.max(width, 1)) / longest));
  const canvasHeight = Math.max(2, Math.round((GRADIENT_RESOLUTION * Math.max(height, 1)) / longest));
  const canvas = document.createElement('canvas');
  canvas.width = canvasWidth;
  canvas.height = canvasHeight;
  const context = canvas.getContext('2d')!;
  const gradient = kinds.fillOf(fill)?.canvasGradient?.(context, fill, canvasWidth, canvasHeight);
  if (!gradient) throw new Error(`fill '${fill.type}' has no gradient`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, canvasWidth, canvasHeight);
  return new Texture({ source: new CanvasSource({ resource: canvas }) });
}
