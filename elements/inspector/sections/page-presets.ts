/**
 * Page size presets and unit conversion between millimetres, inches and pixels (pixels through the
 * scene's DPI).
 */
import type { DesignUnit } from '../../../core/engine/index.js';

/** One page size preset. */
export interface PagePreset {
  /** Stable id, also the locale key suffix (`inspector.page.preset.<id>`). */
  id: string;
  width: number;
  height: number;
  unit: DesignUnit;
}

/** The presets the page section offers. */
export const PAGE_PRESETS: readonly PagePreset[] = [
  { id: 'a4', width: 210, height: 297, unit: 'Millimeter' },
  { id: 'letter', width: 8.5, height: 11, unit: 'Inch' },
  { id: 'instagramPost', width: 1080, height: 1080, unit: 'Pixel' },
  { id: 'instagramStory', width: 1080, height: 1920, unit: 'Pixel' },
  { id: 'hd1080p', width: 1920, height: 1080, unit: 'Pixel' },
];

/** Converts a length between design units; pixels relate to physical units through `dpi`. */
export function convertLength(value: number, from: DesignUnit, to: DesignUnit, dpi: number): number {
  if (from === to) return value;
  const inches = from === 'Inch' ? value : from === 'Millimeter' ? value / 25.4 : value / dpi;
  if (to === 'Inch') return inches;
  if (to === 'Millimeter') return inches * 25.4;
  return inches * dpi;
}

/** A preset's size in the scene's unit. */
export function presetSize(preset: PagePreset, unit: DesignUnit, dpi: number): { width: number; height: number } {
  return { width: convertLength(preset.width, preset.unit, unit, dpi), height: convertLength(preset.height, preset.unit, unit, dpi) };
}

/** The preset a page size matches (either orientation counts as the same preset only when exact), or `undefined`. */
export function matchPreset(width: number, height: number, unit: DesignUnit, dpi: number): PagePreset | undefined {
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 0.002);
  return PAGE_PRESETS.find((preset) => {
    const size = presetSize(preset, unit, dpi);
    return close(width, size.width) && close(height, size.height);
  });
}
