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

/**
 * Reads what the user typed into a number `field`: the value clamped to `min`..`max` and written back
 * formatted. An unreadable entry restores the field to `shown` and gives `undefined`.
 */
export function readNumberField(field: { value: string }, shown: string, min: number | undefined, max: number | undefined, decimals: number): number | undefined {
  const parsed = parseNumber(field.value);
  if (parsed === undefined) {
    field.value = shown;
    return undefined;
  }
  const value = clamp(parsed, min, max);
  field.value = formatNumber(value, decimals);
  return value;
}
