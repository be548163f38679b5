import { assetError } from './asset-error.js';
import { decoderKindOf, normalizeMimeType, type DecoderKind, type SniffedMimeType } from './mime-types.js';
import { sniffMimeType } from './sniff.js';

/** The decoder picked for a file, and what picked it. */
export interface DecoderChoice {
  /** The canonical MIME type the file will be decoded as. */
  readonly mimeType: SniffedMimeType;
  /** The family of decoder that MIME type needs. */
  readonly kind: DecoderKind;
  /** `'declared'` when the declared type was used, `'magic-bytes'` when the content decided. */
  readonly source: 'declared' | 'magic-bytes';
}

/** MP4, MOV and M4A are one container (ISO base media); a declared member of the family is trusted. */
const isoBaseMediaFamily: readonly SniffedMimeType[] = ['video/mp4', 'video/quicktime', 'audio/mp4'];

/**
 * Picks the decoder for a file the user gave.
 *
 * The rule:
 * 1. An empty file is refused with `EMPTY_FILE`.
 * 2. The declared MIME type (Content-Type, `data:` media type, `Blob.type`), once normalized, picks the
 *    decoder when it is a supported type and the bytes do not contradict it. Every supported format
 *    has a signature, so "not contradicted" means the magic bytes name the same format (or the same
 *    container family: MP4, MOV and M4A).
 * 3. Otherwise (no declared type, an unsupported one such as `application/octet-stream`, or a
 *    contradicted one such as a PNG labelled `image/jpeg`) the magic bytes pick the decoder.
 * 4. When the magic bytes match nothing (HTML named `.png`, random bytes named `.jpg`, plain text),
 *    the file is refused with `UNSUPPORTED_FORMAT`: content is never handed to a decoder it does not
 *    identify as, and never to anything that could execute it.
 * 5. When `accept` is given and the chosen kind is not in it, the file is refused with
 *    `UNSUPPORTED_FORMAT` (a font where an image was expected).
 *
 * @param declaredMimeType - the type the file claims to be, if any.
 * @param bytes - the file's content.
 * @param accept - the decoder kinds the caller can use; all kinds when omitted.
 * @throws CesdkError `EMPTY_FILE` or `UNSUPPORTED_FORMAT`.
 */
export function chooseDecoder(
  declaredMimeType: string | null | undefined,
  bytes: Uint8Array,
  accept?: readonly DecoderKind[],
): DecoderChoice {
  if (bytes.length === 0) throw assetError('EMPTY_FILE', 'The file is empty.', { declaredMimeType });
  const declared = normalizeMimeType(declaredMimeType);
  const sniffed = sniffMimeType(bytes);
  let choice: DecoderChoice;
  if (declared !== undefined && sniffed !== undefined && agrees(declared, sniffed)) {
    choice = { mimeType: declared, kind: decoderKindOf(declared), source: 'declared' };
  } else if (sniffed !== undefined) {
    choice = { mimeType: sniffed, kind: decoderKindOf(sniffed), source: 'magic-bytes' };
  } else {
    throw assetError(
      'UNSUPPORTED_FORMAT',
      declared === undefined
        ? `The file's content matches no supported format (declared type: ${declaredMimeType || 'none'}).`
        : `The file is declared as ${declared}, but its content does not match that or any supported format.`,
      { declaredMimeType, byteLength: bytes.length },
    );
  }
  if (accept !== undefined && !accept.includes(choice.kind)) {
    throw assetError('UNSUPPORTED_FORMAT', `Expected ${accept.join(' or ')}, but the file is ${choice.mimeType}.`, {
      declaredMimeType,
      mimeType: choice.mimeType,
      accept,
    });
  }
  return choice;
}

function agrees(declared: SniffedMimeType, sniffed: SniffedMimeType): boolean {
  return declared === sniffed || (isoBaseMediaFamily.includes(declared) && isoBaseMediaFamily.includes(sniffed));
}
