/**
 * `data:` URIs, decoded by the asset loader itself rather than fetched (a lazy chunk of core/io).
 */
import { assetError } from './asset-error.js';
import { defaultMaxAssetBytes, tooLarge } from './fetch-asset.js';

/**
 * The bytes and media type of a `data:` URI, as `fetch` reads them (the Fetch standard's data: URL
 * processor): the payload is percent-decoded, then, with `;base64`, forgiving-base64 decoded; the
 * media type as fetch reports it; a fragment (`#…`) is not part of the data. Errors: `FETCH_FAILED` (no comma, bad base64), `FILE_TOO_LARGE`.
 */
export function decodeDataUri(uri: string, maxBytes = defaultMaxAssetBytes): { bytes: Uint8Array; declaredMimeType: string } {
  // Without its fragment, as fetch reads it (a `#` in the data must be written `%23`).
  const hash = uri.indexOf('#');
  const href = hash >= 0 ? uri.slice(0, hash) : uri;
  const comma = href.indexOf(',');
  const invalid = (what: string) => assetError('FETCH_FAILED', `The data: URI ${what}.`, { uri: href.slice(0, 40) });
  if (!href.startsWith('data:') || comma < 0) throw invalid('has no comma before its data');
  let meta = href.slice(5, comma).trim();
  const base64 = /;\s*base64$/i.test(meta);
  if (base64) meta = meta.replace(/;\s*base64$/i, '').trim();
  const [essence = '', ...parameters] = (meta.startsWith(';') ? `text/plain${meta}` : meta).split(';');
  const type = essence.trim().toLowerCase();
  // Parameters without a value are dropped, as fetch does; an invalid type is text/plain.
  const declaredMimeType = /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+$/.test(type)
    ? [type, ...parameters.map((parameter) => parameter.trim()).filter((parameter) => /^[^=\s]+=\S/.test(parameter)).map((parameter) => parameter.replace(/^[^=]+/, (name) => name.toLowerCase()))].join(';')
    : 'text/plain;charset=US-ASCII';
  // Percent-decoding, on the payload's UTF-8 bytes (a `%` without two hex digits stays).
  const input = new TextEncoder().encode(href.slice(comma + 1));
  let bytes = input;
  if (input.includes(0x25)) {
    let length = 0;
    bytes = new Uint8Array(input.length);
    for (let index = 0; index < input.length; index += 1) {
      const hex = input[index] === 0x25 ? String.fromCharCode(input[index + 1] ?? 0, input[index + 2] ?? 0) : '';
      if (/^[\da-f]{2}$/i.test(hex)) {
        bytes[length++] = parseInt(hex, 16);
        index += 2;
      } else bytes[length++] = input[index]!;
    }
    bytes = bytes.subarray(0, length);
  }
  if (base64) {
    let text = '';
    for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
    text = text.replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) throw invalid('is not valid base64');
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  return { bytes, declaredMimeType };
}
