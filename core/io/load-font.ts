import { CesdkError } from '../engine/errors.js';
import { assetError } from './asset-error.js';
import { chooseDecoder } from './choose-decoder.js';
import { fetchAssetBytes, type FetchAssetOptions } from './fetch-asset.js';
import type { FontMimeType } from './mime-types.js';

/** What to load with {@link loadFont}: a font file by URI or as bytes, and the face it provides. */
export interface FontRequest {
  /** Where the font file is; fetched through {@link fetchAssetBytes} (never handed to `FontFace` as a URL). */
  readonly uri?: string;
  /** The font file itself, when it is already in memory (e.g. an uploaded file). */
  readonly bytes?: Uint8Array | ArrayBuffer;
  /** The CSS font family name text will use. */
  readonly family: string;
  /** CSS font weight, e.g. `400`, `'bold'`, `'100 900'` for a variable font. Default `'normal'`. */
  readonly weight?: string | number;
  /** CSS font style: `'normal'`, `'italic'` or `'oblique'`. Default `'normal'`. */
  readonly style?: string;
  /** The MIME type the source declared, if known. */
  readonly declaredMimeType?: string;
}

/** A font face that is loaded and registered in a `FontFaceSet`. */
export interface FontHandle {
  /** The family name registered. */
  readonly family: string;
  /** The weight descriptor registered. */
  readonly weight: string;
  /** The style descriptor registered. */
  readonly style: string;
  /** The file's format, from its magic bytes. */
  readonly mimeType: FontMimeType;
  /** The loaded face (already added to the font set). */
  readonly fontFace: FontFace;
  /** The original font file (an exporter can embed it). */
  readonly bytes: Uint8Array;
  /** The URI it came from, when it came from one. */
  readonly uri: string | undefined;
}

/** Options of {@link loadFont}. */
export interface LoadFontOptions extends FetchAssetOptions {
  /** Where to register the face. Default `document.fonts`. */
  readonly fontSet?: FontFaceSet;
}

/**
 * Loads a TTF, OTF, WOFF or WOFF2 font: reads the bytes (fetching `uri` without credentials or
 * referrer, with the byte cap), checks the format by magic bytes, creates a `FontFace` from the bytes
 * as an `ArrayBuffer` (the browser never fetches a URL the user typed), waits for it to load and adds
 * it to the font set.
 *
 * @throws CesdkError `INVALID_VALUE` for a request without `uri`/`bytes` or family; AssetError
 * `EMPTY_FILE`, `UNSUPPORTED_FORMAT`, `DECODE_FAILED` (the browser rejected the font), and the fetch
 * errors of {@link fetchAssetBytes}.
 */
export async function loadFont(request: FontRequest, options: LoadFontOptions = {}): Promise<FontHandle> {
  if (typeof request.family !== 'string' || request.family.trim() === '') {
    throw new CesdkError('INVALID_VALUE', 'A font needs a non-empty family name.');
  }
  let bytes: Uint8Array;
  let declaredMimeType = request.declaredMimeType;
  if (request.bytes !== undefined) {
    bytes = request.bytes instanceof Uint8Array ? request.bytes : new Uint8Array(request.bytes);
  } else if (request.uri !== undefined) {
    const fetched = await fetchAssetBytes(request.uri, options);
    bytes = fetched.bytes;
    declaredMimeType ??= fetched.declaredMimeType;
  } else {
    throw new CesdkError('INVALID_VALUE', 'A font request needs a uri or bytes.');
  }
  const choice = chooseDecoder(declaredMimeType, bytes, ['font']);
  const weight = String(request.weight ?? 'normal');
  const style = request.style ?? 'normal';
  // FontFace takes a copy of an ArrayBuffer; slicing keeps a view into a larger buffer from leaking in.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let fontFace: FontFace;
  try {
    fontFace = new FontFace(request.family, buffer, { weight, style });
    await fontFace.load();
  } catch (error) {
    throw assetError('DECODE_FAILED', `The browser rejected the ${choice.mimeType} font: ${(error as Error).message}`, {
      mimeType: choice.mimeType,
      family: request.family,
    });
  }
  (options.fontSet ?? document.fonts).add(fontFace);
  return { family: request.family, weight, style, mimeType: choice.mimeType as FontMimeType, fontFace, bytes, uri: request.uri };
}
