import { CesdkError } from '../engine/errors.js';
import { assetError, type AssetError } from './asset-error.js';
import { readFontFaceInfo } from './font-face-info.js';
import { isItalic, numericWeight } from './typefaces.js';
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
  /**
   * Set when the file has no face of the weight or style asked for (`FONT_FACE_MISSING`): the face
   * is registered with its real weight and style, so the browser simulates the difference visibly.
   */
  readonly notice?: AssetError;
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
 * it to the font set. The face is registered with the weight and style its file really has (OS/2
 * table); when that is not what was asked for, `notice` says so (`FONT_FACE_MISSING`).
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
  const askedWeight = String(request.weight ?? 'normal');
  const askedStyle = request.style ?? 'normal';
  let weight = askedWeight;
  let style = askedStyle;
  let notice: AssetError | undefined;
  // A variable font's weight range is given as a range ('100 900') and kept as it is.
  const info = /\s/.test(askedWeight.trim()) ? undefined : await readFontFaceInfo(bytes);
  if (info) {
    // The face is registered as what it is: a regular file asked for as bold is then made bold by the
    // browser (visibly simulated), never drawn regular under a bold name.
    weight = String(info.weight);
    style = info.italic ? 'italic' : 'normal';
    const wantedWeight = numericWeight(askedWeight);
    const wantedItalic = isItalic(askedStyle);
    if (info.weight !== wantedWeight || info.italic !== wantedItalic) {
      const face = faceName(wantedWeight, wantedItalic);
      notice = assetError('FONT_FACE_MISSING', `The font ${request.uri ?? request.family} has no ${face} face (it is ${faceName(info.weight, info.italic)}); the browser simulates it.`, { face, family: request.family });
      notice.uri = request.uri;
    }
  }
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
  return { family: request.family, weight, style, mimeType: choice.mimeType as FontMimeType, fontFace, bytes, uri: request.uri, notice };
}

const WEIGHT_NAMES: Readonly<Record<number, string>> = {
  100: 'Thin', 200: 'ExtraLight', 300: 'Light', 400: 'Regular', 500: 'Medium', 600: 'SemiBold', 700: 'Bold', 800: 'ExtraBold', 900: 'Black',
};

/** A face's name: `Bold`, `Italic`, `Bold Italic`, `Regular`. */
function faceName(weight: number, italic: boolean): string {
  if (weight === 400) return italic ? 'Italic' : 'Regular';
  return `${WEIGHT_NAMES[weight] ?? String(weight)}${italic ? ' Italic' : ''}`;
}
