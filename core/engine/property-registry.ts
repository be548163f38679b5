import { TYPE_PREFIX } from './block-types.js';
import { normalizeColor, normalizeGradientStops } from './color.js';
import { CesdkError, describeValue } from './errors.js';
import type { PropertyType } from './types.js';

/**
 * One declared property. A new property is one call to {@link declareProperty}: its type, default,
 * valid range or enum values, the block types that carry it, and the scope that guards writing it.
 */
export interface PropertyDeclaration {
  readonly path: string;
  readonly type: PropertyType;
  readonly defaultValue: unknown;
  /** Long type names of the blocks that carry the property. */
  readonly blockTypes: ReadonlySet<string>;
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly enumValues: readonly string[] | undefined;
  /** Scope checked before a write, e.g. `'layer/move'`. */
  readonly scope: string | undefined;
  readonly readOnly: boolean;
  /** The value is a resource URI (embedded by `saveToArchive`). */
  readonly isUri: boolean;
  /** Playback state and the like: not saved, not in history, but reported as block updates. */
  readonly transient: boolean;
  /** Defaults that differ per block type (long type name → value). */
  readonly typeDefaults: ReadonlyMap<string, unknown> | undefined;
  /** For Struct properties other than gradient stops: validates a value and returns the frozen copy to store. */
  readonly normalize: ((value: unknown, context: { blockId?: number; path: string }, limits: ValueLimits) => unknown) | undefined;
}

/** Options of {@link declareProperty}; block types may be given in short form (`'graphic'`, `'fill/color'`). */
export interface PropertyDeclarationOptions {
  path: string;
  type: PropertyType;
  defaultValue: unknown;
  blockTypes: readonly string[];
  min?: number;
  max?: number;
  enumValues?: readonly string[];
  scope?: string;
  readOnly?: boolean;
  isUri?: boolean;
  transient?: boolean;
  typeDefaults?: Readonly<Record<string, unknown>>;
  normalize?: (value: unknown, context: { blockId?: number; path: string }, limits: ValueLimits) => unknown;
}

const declarations = new Map<string, PropertyDeclaration>();
const pathsByType = new Map<string, string[]>();

function longForm(type: string): string {
  return type.startsWith(TYPE_PREFIX) ? type : TYPE_PREFIX + type;
}

/** Adds a property to the registry. Declaring the same path twice throws. */
export function declareProperty(options: PropertyDeclarationOptions): PropertyDeclaration {
  if (declarations.has(options.path)) throw new Error(`property '${options.path}' declared twice`);
  const blockTypes = new Set(options.blockTypes.map(longForm));
  const typeDefaults = new Map<string, unknown>(Object.entries(options.typeDefaults ?? {}).map(([type, value]) => [longForm(type), value]));
  const declaration: PropertyDeclaration = Object.freeze({
    path: options.path,
    type: options.type,
    defaultValue: options.defaultValue,
    blockTypes,
    min: options.min,
    max: options.max,
    enumValues: options.enumValues ? Object.freeze([...options.enumValues]) : undefined,
    scope: options.scope,
    readOnly: options.readOnly ?? false,
    isUri: options.isUri ?? false,
    transient: options.transient ?? false,
    typeDefaults,
    normalize: options.normalize,
  });
  declarations.set(options.path, declaration);
  for (const type of blockTypes) {
    let paths = pathsByType.get(type);
    if (!paths) pathsByType.set(type, (paths = []));
    paths.push(options.path);
    paths.sort();
  }
  return declaration;
}

/**
 * Lets more block types carry an already declared property (e.g. a new block type that shares the
 * time properties), optionally with their own defaults. Throws for an unknown path.
 */
export function extendPropertyBlockTypes(path: string, blockTypes: readonly string[], typeDefaults?: Readonly<Record<string, unknown>>): void {
  const declaration = declarations.get(path);
  if (!declaration) throw new Error(`property '${path}' is not declared`);
  if (typeDefaults) {
    // Declarations are frozen; their default map is not (it is ours, made in declareProperty).
    for (const [type, value] of Object.entries(typeDefaults)) (declaration.typeDefaults as Map<string, unknown>).set(longForm(type), value);
  }
  for (const type of blockTypes.map(longForm)) {
    if (declaration.blockTypes.has(type)) continue;
    (declaration.blockTypes as Set<string>).add(type);
    let paths = pathsByType.get(type);
    if (!paths) pathsByType.set(type, (paths = []));
    paths.push(path);
    paths.sort();
  }
}

/** The declaration of a path, or undefined. */
export function findDeclaration(path: string): PropertyDeclaration | undefined {
  return declarations.get(path);
}

/**
 * The declaration of a path as the typed accessors take it: the full path, or the short form CE.SDK's
 * guides also use for effect and blur properties (`'duotone_filter/intensity'` for
 * `'effect/duotone_filter/intensity'`, `'radial/radius'` for `'blur/radial/radius'`). Saved scenes
 * always hold the full path (stores go through the declaration's `path`). Undefined when unknown.
 */
export function findDeclarationOrAlias(path: string): PropertyDeclaration | undefined {
  const declaration = declarations.get(path);
  if (declaration || !path.includes('/')) return declaration;
  return declarations.get(`effect/${path}`) ?? declarations.get(`blur/${path}`);
}

/** The declaration of a path (or its short effect/blur alias), or throws `UNKNOWN_PROPERTY`. */
export function requireDeclaration(path: unknown): PropertyDeclaration {
  const declaration = typeof path === 'string' ? findDeclarationOrAlias(path) : undefined;
  if (!declaration) throw new CesdkError('UNKNOWN_PROPERTY', `unknown property '${describeValue(path)}'`, { path: describeValue(path) });
  return declaration;
}

/** All property paths a block type carries, sorted. The array is shared: do not mutate it. */
export function propertyPathsOf(longType: string): readonly string[] {
  return pathsByType.get(longType) ?? [];
}

/** Every declared property. */
export function allDeclarations(): IterableIterator<PropertyDeclaration> {
  return declarations.values();
}

/** The default of a property on a block type. */
export function defaultValueFor(declaration: PropertyDeclaration, longType: string): unknown {
  if (declaration.typeDefaults?.has(longType)) return declaration.typeDefaults.get(longType);
  return declaration.defaultValue;
}

/** Limits the engine enforces on values. */
export interface ValueLimits {
  maxStringLength: number;
}

function describe(blockId: number | undefined, path: string): string {
  return blockId === undefined ? `'${path}'` : `block ${blockId} '${path}'`;
}

/**
 * Checks a value against a declaration and returns the value to store (colors and stops become
 * frozen canonical copies). Throws `INVALID_VALUE`, `OUT_OF_RANGE` or `LIMIT_EXCEEDED`.
 */
export function validatePropertyValue(
  declaration: PropertyDeclaration,
  value: unknown,
  limits: ValueLimits,
  blockId?: number,
): unknown {
  const path = declaration.path;
  const details = { blockId, path };
  switch (declaration.type) {
    case 'Float':
    case 'Double':
    case 'Int': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new CesdkError('INVALID_VALUE', `${describe(blockId, path)} needs a finite number, got ${typeof value === 'number' ? describeValue(value) : typeof value}`, details);
      }
      if (declaration.type === 'Int' && !Number.isInteger(value)) {
        throw new CesdkError('INVALID_VALUE', `${describe(blockId, path)} needs an integer, got ${value}`, details);
      }
      if ((declaration.min !== undefined && value < declaration.min) || (declaration.max !== undefined && value > declaration.max)) {
        throw new CesdkError('OUT_OF_RANGE', `${describe(blockId, path)} value ${value} is outside ${declaration.min ?? '-∞'}..${declaration.max ?? '∞'}`, details);
      }
      return value;
    }
    case 'Bool':
      if (typeof value !== 'boolean') throw new CesdkError('INVALID_VALUE', `${describe(blockId, path)} needs a boolean, got ${typeof value}`, details);
      return value;
    case 'String':
      if (typeof value !== 'string') throw new CesdkError('INVALID_VALUE', `${describe(blockId, path)} needs a string, got ${typeof value}`, details);
      if (value.length > limits.maxStringLength) {
        throw new CesdkError('LIMIT_EXCEEDED', `${describe(blockId, path)} string of ${value.length} characters exceeds the limit of ${limits.maxStringLength}`, details);
      }
      return value;
    case 'Enum':
      if (typeof value !== 'string' || !declaration.enumValues!.includes(value)) {
        throw new CesdkError('INVALID_VALUE', `${describe(blockId, path)} must be one of ${declaration.enumValues!.join(', ')}, got '${describeValue(value)}'`, details);
      }
      return value;
    case 'Color':
      return normalizeColor(value, details, limits.maxStringLength);
    case 'Struct':
      if (declaration.normalize) return declaration.normalize(value, { blockId, path }, limits);
      return normalizeGradientStops(value, details);
  }
}
