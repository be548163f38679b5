import type { BlobLike, EngineCore } from './engine-core.js';
import { CesdkError } from './errors.js';
import { createLocalObjectUrl } from './local-blobs.js';
import { decodeDataUri, fetchResourceBytes, forEachUriProperty } from './scene-resources.js';

export { decodeDataUri };

/** The scheme of resource URIs inside an archive. */
export const ARCHIVE_SCHEME = 'archive:';
const SCENE_ENTRY = 'scene.json';

interface BlobConstructorLike {
  new (parts: Uint8Array[], options?: { type?: string }): BlobLike;
}
declare function btoa(data: string): string;

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif', 'image/svg+xml': 'svg',
  'video/mp4': 'mp4', 'video/webm': 'webm', 'audio/mpeg': 'mp3', 'audio/wav': 'wav', 'audio/ogg': 'ogg',
  'font/ttf': 'ttf', 'font/otf': 'otf', 'font/woff': 'woff', 'font/woff2': 'woff2',
};
const MIME_BY_EXTENSION = new Map(Object.entries(EXTENSIONS).map(([mime, extension]) => [extension, mime]));

function encodeDataUri(bytes: Uint8Array, mimeType: string): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return `data:${mimeType};base64,${btoa(binary)}`;
}

function extensionOf(uri: string, mimeType: string | undefined): string {
  if (mimeType && EXTENSIONS[mimeType]) return EXTENSIONS[mimeType]!;
  const match = /\.([a-z0-9]{2,5})(?:[?#].*)?$/i.exec(uri);
  return match ? match[1]!.toLowerCase() : 'bin';
}

/** Builds the archive for a saved scene string. */
export async function saveArchive(core: EngineCore, sceneText: string): Promise<BlobLike> {
  const document = JSON.parse(sceneText) as { blocks: Array<{ properties?: Record<string, unknown> }> };
  const embedded = new Map<string, string>();
  const files: Record<string, Uint8Array> = {};
  const pending: Array<[Record<string, unknown>, string, string]> = [];
  forEachUriProperty(document, (properties, key, uri) => pending.push([properties, key, uri]));
  for (const [properties, key, uri] of pending) {
    if (!/^(data:|blob:|https?:)/i.test(uri)) continue;
    let archivePath = embedded.get(uri);
    if (archivePath === undefined) {
      const { bytes, mimeType } = await fetchResourceBytes(core, uri);
      archivePath = `resources/${embedded.size}.${extensionOf(uri, mimeType)}`;
      embedded.set(uri, archivePath);
      files[archivePath] = bytes;
    }
    properties[key] = ARCHIVE_SCHEME + archivePath;
  }
  // fflate loads on first use, so editing never pays for the zip code.
  const { strToU8, zipSync } = await import('fflate');
  files[SCENE_ENTRY] = strToU8(JSON.stringify(document));
  const zipped = zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
  const BlobConstructor = (globalThis as unknown as { Blob?: BlobConstructorLike }).Blob;
  if (!BlobConstructor) throw new CesdkError('RESOURCE_UNAVAILABLE', 'this platform has no Blob');
  return new BlobConstructor([zipped], { type: 'application/zip' });
}

/** Unpacks an archive, turns embedded resources into URLs, and returns the scene text to load. */
export async function loadArchive(core: EngineCore, archive: BlobLike | Uint8Array): Promise<string> {
  let bytes: Uint8Array;
  if (archive instanceof Uint8Array) bytes = archive;
  else if (archive && typeof (archive as BlobLike).arrayBuffer === 'function') bytes = new Uint8Array(await (archive as BlobLike).arrayBuffer());
  else throw new CesdkError('INVALID_VALUE', 'loadFromArchive needs a Blob or a Uint8Array');
  const { strFromU8, unzipSync } = await import('fflate');
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > core.limits.maxArchiveBytes) throw new CesdkError('LIMIT_EXCEEDED', `archive unpacks to more than ${core.limits.maxArchiveBytes} bytes`);
        return file.name === SCENE_ENTRY || file.name.startsWith('resources/');
      },
    });
  } catch (error) {
    if (error instanceof CesdkError) throw error;
    throw new CesdkError('SCENE_INVALID', `not a readable zip archive (${(error as Error).message})`, { path: '$archive' });
  }
  const sceneBytes = files[SCENE_ENTRY];
  if (!sceneBytes) throw new CesdkError('SCENE_INVALID', `the archive has no ${SCENE_ENTRY}`, { path: `$archive/${SCENE_ENTRY}` });
  const text = strFromU8(sceneBytes);
  let document: { blocks?: unknown };
  try {
    document = JSON.parse(text) as { blocks?: unknown };
  } catch {
    return text; // The loader reports the syntax error with its path.
  }
  if (!document || !Array.isArray(document.blocks)) return text;
  const urls = new Map<string, string>();
  const BlobConstructor = (globalThis as unknown as { Blob?: BlobConstructorLike }).Blob;
  forEachUriProperty(document as { blocks: Array<{ properties?: Record<string, unknown> }> }, (properties, key, uri) => {
    if (!uri.startsWith(ARCHIVE_SCHEME)) return;
    const path = uri.slice(ARCHIVE_SCHEME.length);
    let url = urls.get(path);
    if (url === undefined) {
      const resource = files[path];
      if (!resource) throw new CesdkError('SCENE_INVALID', `resource '${path}' is missing from the archive`, { path: `$archive/${path}` });
      const mimeType = MIME_BY_EXTENSION.get(path.slice(path.lastIndexOf('.') + 1)) ?? 'application/octet-stream';
      url = (BlobConstructor ? createLocalObjectUrl(new BlobConstructor([resource], { type: mimeType })) : undefined)
        ?? encodeDataUri(resource, mimeType);
      core.objectUrls.push(url);
      urls.set(path, url);
    }
    properties[key] = url;
  });
  return JSON.stringify(document);
}
