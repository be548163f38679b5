import { CesdkError, type CesdkErrorCode } from '../engine/errors.js';

/**
 * The stable codes `core/io` raises, each carried by an {@link AssetError} (a {@link CesdkError}):
 * - `EMPTY_FILE`: the file has no bytes.
 * - `FILE_TOO_LARGE`: more bytes than the loader's cap (64 MB by default); refused while streaming.
 * - `UNSUPPORTED_FORMAT`: neither the declared MIME type nor the magic bytes name a format accepted
 *   here (HTML named `.png`, random bytes named `.jpg`, a font where an image was expected).
 * - `IMAGE_TOO_LARGE`: the header declares more pixels than the limits allow; refused before decoding.
 * - `DECODE_FAILED`: the file is truncated or inconsistent (a header that lies about its size), or the
 *   browser's decoder rejected it.
 * - `UNSAFE_SVG`: the SVG carries a DOCTYPE or entity declarations, or expands beyond the limits.
 * - `INVALID_URI`: a URI with a scheme other than `data:`, `blob:`, `http:` or `https:`.
 * - `FETCH_FAILED`: the network request failed or answered with an error status.
 * - `ABORTED`: the caller aborted the load, or the loader was disposed.
 * - `FONT_FACE_MISSING`: a notice on a font that did load (`FontHandle.notice`): it has no face of
 *   the weight or style asked for, so the browser simulates it (`details.face`, e.g. `Bold`).
 */
export type AssetErrorCode = Extract<
  CesdkErrorCode,
  'EMPTY_FILE' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_FORMAT' | 'IMAGE_TOO_LARGE' | 'DECODE_FAILED' | 'UNSAFE_SVG' | 'INVALID_URI' | 'FETCH_FAILED' | 'ABORTED' | 'FONT_FACE_MISSING'
>;

/**
 * The error `core/io` throws: a {@link CesdkError} whose `code` is an {@link AssetErrorCode}, with
 * machine-readable `details` (sizes, MIME types, the reason) and the `uri` concerned, when known.
 */
export class AssetError extends CesdkError {
  /** The stable code; one of the {@link AssetErrorCode}s. */
  declare readonly code: AssetErrorCode;
  /** Facts about the failure, e.g. `{ width, height, maxSide }` for `IMAGE_TOO_LARGE`. */
  readonly details: Readonly<Record<string, unknown>>;
  /** The URI of the asset, when the failure happened while loading one. */
  uri: string | undefined;

  constructor(code: AssetErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message);
    this.name = 'CesdkError';
    this.details = details;
    this.uri = undefined;
  }
}

/** Creates the typed error `core/io` throws. */
export function assetError(code: AssetErrorCode, message: string, details?: Record<string, unknown>): AssetError {
  return new AssetError(code, message, details);
}

/** True when `error` is an {@link AssetError}, optionally with the given code. */
export function isAssetError(error: unknown, code?: AssetErrorCode): error is AssetError {
  return error instanceof AssetError && (code === undefined || error.code === code);
}
