/** Formats a number for a field: at most `decimals` fraction digits, no trailing zeros, no `-0`. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Parses what a user typed into a number field: accepts a decimal comma, surrounding spaces and a
 * leading `+`. Returns `undefined` for anything that is not a finite number.
 */
export function parseNumber(text: string): number | undefined {
  const normalized = text.trim().replace(',', '.');
  if (normalized === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

/** Clamps `value` into `[min, max]`, ignoring bounds that are not finite. */
export function clamp(value: number, min?: number, max?: number): number {
  let result = value;
  if (min !== undefined && Number.isFinite(min)) result = Math.max(min, result);
  if (max !== undefined && Number.isFinite(max)) result = Math.min(max, result);
  return result;
}
