import { normalizeColor } from './color.js';
import { CesdkError, describeValue } from './errors.js';
import type { Color } from './types.js';

/** The value types settings can have. */
export type SettingType = 'Bool' | 'Int' | 'Float' | 'String' | 'Color';

interface SettingDeclaration {
  readonly type: SettingType;
  readonly defaultValue: unknown;
  readonly min?: number;
  readonly max?: number;
}

/**
 * The editor settings: one declaration per key. Settings are engine state: not saved with the
 * scene and not part of history.
 */
const SETTINGS: ReadonlyMap<string, SettingDeclaration> = new Map<string, SettingDeclaration>([
  ['maxImageSize', { type: 'Int', defaultValue: 4096, min: 16, max: 32768 }],
  ['snapping/threshold', { type: 'Float', defaultValue: 4, min: 0, max: 1000 }],
  ['snapping/rotationThreshold', { type: 'Float', defaultValue: 0.0873, min: 0, max: Math.PI }],
  ['snapping/enabled', { type: 'Bool', defaultValue: true }],
  ['doubleClickToCropEnabled', { type: 'Bool', defaultValue: true }],
  ['page/title/show', { type: 'Bool', defaultValue: true }],
  ['page/dimOutOfPageAreas', { type: 'Bool', defaultValue: true }],
  ['mouse/enableZoomControl', { type: 'Bool', defaultValue: true }],
  ['mouse/enableScrollControl', { type: 'Bool', defaultValue: true }],
  ['basePath', { type: 'String', defaultValue: '' }],
  ['defaultFontFileUri', { type: 'String', defaultValue: '' }],
  ['highlightColor', { type: 'Color', defaultValue: Object.freeze({ r: 0.2, g: 0.33, b: 1, a: 1 }) }],
  ['selectionColor', { type: 'Color', defaultValue: Object.freeze({ r: 0.2, g: 0.33, b: 1, a: 1 }) }],
  ['placeholderHighlightColor', { type: 'Color', defaultValue: Object.freeze({ r: 0.6, g: 0.2, b: 1, a: 1 }) }],
  ['clearColor', { type: 'Color', defaultValue: Object.freeze({ r: 0.9, g: 0.9, b: 0.92, a: 1 }) }],
]);

/** Setting keys, for reflection. */
export function findAllSettings(): string[] {
  return [...SETTINGS.keys()].sort();
}

/** Holds setting values. */
export class SettingsStore {
  private readonly values = new Map<string, unknown>();
  private readonly listeners = new Set<(key: string) => void>();
  private readonly reportError: (error: unknown) => void;

  constructor(reportError: (error: unknown) => void) {
    this.reportError = reportError;
  }

  private declaration(key: unknown, type: SettingType): SettingDeclaration {
    const declaration = typeof key === 'string' ? SETTINGS.get(key) : undefined;
    if (!declaration) throw new CesdkError('UNKNOWN_PROPERTY', `unknown setting '${describeValue(key)}'`, { path: describeValue(key) });
    if (declaration.type !== type) throw new CesdkError('TYPE_MISMATCH', `setting '${describeValue(key)}' is a ${declaration.type}, not ${type}`, { path: describeValue(key) });
    return declaration;
  }

  get(key: string, type: SettingType): unknown {
    const declaration = this.declaration(key, type);
    return this.values.has(key) ? this.values.get(key) : declaration.defaultValue;
  }

  set(key: string, type: SettingType, value: unknown): void {
    const declaration = this.declaration(key, type);
    let stored: unknown = value;
    if (type === 'Bool' && typeof value !== 'boolean') throw new CesdkError('INVALID_VALUE', `setting '${key}' needs a boolean`, { path: key });
    if (type === 'String' && typeof value !== 'string') throw new CesdkError('INVALID_VALUE', `setting '${key}' needs a string`, { path: key });
    if (type === 'Int' || type === 'Float') {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new CesdkError('INVALID_VALUE', `setting '${key}' needs a finite number`, { path: key });
      if (type === 'Int' && !Number.isInteger(value)) throw new CesdkError('INVALID_VALUE', `setting '${key}' needs an integer`, { path: key });
      if ((declaration.min !== undefined && value < declaration.min) || (declaration.max !== undefined && value > declaration.max)) {
        throw new CesdkError('OUT_OF_RANGE', `setting '${key}' value ${value} is outside ${declaration.min}..${declaration.max}`, { path: key });
      }
    }
    if (type === 'Color') stored = normalizeColor(value as Color, { path: key });
    this.values.set(key, stored);
    for (const listener of [...this.listeners]) {
      try {
        listener(key);
      } catch (error) {
        this.reportError(error);
      }
    }
  }

  onChanged(listener: (key: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
