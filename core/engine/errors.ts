/**
 * The stable error codes of {@link CesdkError}. Code that handles engine errors should switch on
 * these, never on the message text.
 *
 * - `INVALID_BLOCK`: the id names no live block, or a block of the wrong kind.
 * - `UNKNOWN_PROPERTY`: the property path (or setting key) does not exist, or not on this block type.
 * - `TYPE_MISMATCH`: the accessor does not match the property type (e.g. `setFloat` on a Bool).
 * - `OUT_OF_RANGE`: a number outside the declared range, or an index outside a list.
 * - `INVALID_VALUE`: NaN, Infinity, a wrong JavaScript type, an unknown enum value, a malformed color.
 * - `HIERARCHY_CYCLE`: the change would make a block its own ancestor.
 * - `SCOPE_DENIED`: the role, global scopes or block scopes forbid the change.
 * - `SCENE_INVALID`: a scene document failed validation (see {@link CesdkError.path}).
 * - `SCENE_VERSION`: a scene document has an unsupported schema version.
 * - `LIMIT_EXCEEDED`: too many blocks, too deep, or a string too long.
 * - `EXPORT_UNAVAILABLE`: `block.export` was called before an exporter was registered.
 * - `INVALID_STATE`: the call is not allowed now (engine disposed, undo while a gesture is open, ...).
 * - `NOT_FOUND`: an unknown asset source, asset, setting or variable that must exist.
 * - `RESOURCE_UNAVAILABLE`: a resource referenced by the scene could not be fetched or read.
 * - `CODEC_UNSUPPORTED`: the browser can encode no codec the requested video or audio format allows.
 * - `RESOURCE_SCHEME_DISALLOWED`: `saveToString` met a resource URL whose scheme is not allowed (a
 *   `blob:` upload) and no `onDisallowedResourceScheme` callback replaced it.
 * - `FONT_FACE_MISSING`: a notice, not a failure: the font has no face of the asked weight or style,
 *   so the browser simulates it.
 * - `COMMAND_FAILED`: an editor command (a shortcut, a menu entry, a panel action) failed with an
 *   unexpected exception; the command was rolled back, the scene is as it was before it.
 *
 * Raised by `core/io` when reading a file the user gave (see `AssetErrorCode` there):
 * - `EMPTY_FILE`, `FILE_TOO_LARGE`, `UNSUPPORTED_FORMAT`, `IMAGE_TOO_LARGE`, `MEDIA_TOO_LARGE`, `DECODE_FAILED`,
 *   `UNSAFE_SVG`, `INVALID_URI`, `FETCH_FAILED`, `ABORTED`.
 */
export type CesdkErrorCode =
  | 'INVALID_BLOCK'
  | 'UNKNOWN_PROPERTY'
  | 'TYPE_MISMATCH'
  | 'OUT_OF_RANGE'
  | 'INVALID_VALUE'
  | 'HIERARCHY_CYCLE'
  | 'SCOPE_DENIED'
  | 'SCENE_INVALID'
  | 'SCENE_VERSION'
  | 'LIMIT_EXCEEDED'
  | 'EXPORT_UNAVAILABLE'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'RESOURCE_UNAVAILABLE'
  | 'CODEC_UNSUPPORTED'
  | 'RESOURCE_SCHEME_DISALLOWED'
  | 'FONT_FACE_MISSING'
  | 'COMMAND_FAILED'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'IMAGE_TOO_LARGE'
  | 'MEDIA_TOO_LARGE'
  | 'DECODE_FAILED'
  | 'UNSAFE_SVG'
  | 'INVALID_URI'
  | 'FETCH_FAILED'
  | 'ABORTED';

/** Extra facts attached to a {@link CesdkError}. */
export interface CesdkErrorDetails {
  /** The block the failed call was about, when there is one. */
  blockId?: number;
  /** The property path, or for scene documents the JSON path (`$.blocks[3].properties.opacity`). */
  path?: string;
  /** The scope that denied the change, for `SCOPE_DENIED`. */
  scope?: string;
}

/**
 * The one error type the engine throws for wrong calls and bad documents. A call that throws leaves
 * the engine state exactly as it was before the call.
 */
export class CesdkError extends Error {
  /** Stable machine-readable code. */
  readonly code: CesdkErrorCode;
  /** The block concerned, if any. */
  readonly blockId: number | undefined;
  /** The property path or JSON path concerned, if any. */
  readonly path: string | undefined;
  /** The scope that denied the change, for `SCOPE_DENIED`. */
  readonly scope: string | undefined;

  constructor(code: CesdkErrorCode, message: string, details: CesdkErrorDetails = {}) {
    super(`${code}: ${message}`);
    this.name = 'CesdkError';
    this.code = code;
    this.blockId = details.blockId;
    this.path = details.path;
    this.scope = details.scope;
  }
}

/** Whether a value is a {@link CesdkError}, optionally with the given code. */
export function isCesdkError(value: unknown, code?: CesdkErrorCode): value is CesdkError {
  return value instanceof CesdkError && (code === undefined || value.code === code);
}

/**
 * Describes any value for an error message without ever throwing (a null-prototype object or a
 * symbol would make `String(value)` throw, and a hostile `toString` could do anything).
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 80 ? `${value.slice(0, 80)}…` : value;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
  }
}
