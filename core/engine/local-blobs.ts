/**
 * Object URLs for content that is already on the device (uploads, archive resources), remembered with
 * their Blob so the SDK reads them back from memory instead of `fetch(blob:…)`.
 *
 * Why: `fetch` of a `blob:` URL is a connection under Content-Security-Policy (`connect-src`). A strict
 * page (`connect-src 'self' <license server>`) refuses it, so uploads would fail there. Reading the Blob
 * we kept needs no connection at all. `<img>`, fonts and media still get the URL (`img-src blob:`).
 */
interface UrlStatic {
  createObjectURL?: (blob: Blob) => string;
  revokeObjectURL?: (url: string) => void;
}

const blobs = new Map<string, Blob>();

function urlStatic(): UrlStatic | undefined {
  return (globalThis as unknown as { URL?: UrlStatic }).URL;
}

/**
 * Creates an object URL for `blob` and remembers the Blob. Returns undefined where the platform has
 * no object URLs (Node): callers fall back to data: URIs there.
 */
export function createLocalObjectUrl(blob: Blob): string | undefined {
  const create = urlStatic()?.createObjectURL;
  if (!create) return undefined;
  const url = create(blob);
  blobs.set(url, blob);
  return url;
}

/** The Blob behind an object URL made by {@link createLocalObjectUrl}, while it is not revoked. */
export function localBlobFor(url: string): Blob | undefined {
  return blobs.get(url);
}

/** Revokes an object URL and forgets its Blob. */
export function revokeLocalObjectUrl(url: string): void {
  blobs.delete(url);
  urlStatic()?.revokeObjectURL?.(url);
}

/** How many object URLs are alive (for leak tests). */
export function liveLocalObjectUrlCount(): number {
  return blobs.size;
}
