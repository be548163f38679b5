/**
 * Where the files that travel with the package are (`assets/`: the default fonts): found relative to
 * this module's own URL, so an app that installs the package hosts nothing by hand. In the build this
 * module sits in `dist/` (or a chunk under it), next to which the package has `assets/`; in the
 * sources it sits in `elements/shared/`. An app whose bundler moves files elsewhere gives the folder
 * with `asset-base-url`.
 */

/** The package's `assets/` folder as an absolute URL (ending in `/`). */
export function packageAssetBase(): string {
  const here = import.meta.url;
  const dist = here.lastIndexOf('/dist/');
  return dist >= 0 ? `${here.slice(0, dist)}/assets/` : new URL('../../assets/', here).href;
}

/** An absolute folder URL from `base` (absolute, or relative to the document), ending in `/`. */
export function folderUrl(base: string): string {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return new URL(withSlash, document.baseURI).href;
}

/** The `asset-base-url` of the nearest enclosing element that has one (through shadow roots), e.g. the editor's. */
export function closestAssetBase(element: Element): string | undefined {
  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element && node.hasAttribute('asset-base-url')) return node.getAttribute('asset-base-url') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}
