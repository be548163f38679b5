/**
 * What the editor's Save and Open do with the engine. A design that holds uploads (images the user
 * picked, resources of an opened archive: `blob:` URLs that live only as long as the page) is saved
 * as an archive (`scene.saveToArchive`), which reopens whole in another tab or on another machine;
 * otherwise as the scene JSON. Open takes either.
 */
import { CesdkError, DEFAULT_ALLOWED_RESOURCE_SCHEMES, type DesignBlockId, type Engine } from '../../core/engine/index.js';
import { localBlobFor } from '../../core/engine/local-blobs.js';

/** A saved design, as `cesdk-save` and `onSave` carry it. */
export interface SavedDesign {
  /** `archive` when the design holds uploads, else `scene`. */
  readonly format: 'scene' | 'archive';
  /** The file to store: the archive (`application/zip`) or the scene JSON (`application/json`). */
  readonly file: Blob;
  /** A file name for it: `<name>.scene.zip` or `<name>.scene.json`. */
  readonly fileName: string;
  /**
   * The scene JSON. With uploads, their bytes are inlined as `data:` URIs (through `saveToString`'s
   * `onDisallowedResourceScheme`), so this string also reopens whole; the archive is smaller.
   */
  readonly scene: string;
  /** The archive, when `format` is `archive`. */
  readonly archive: Blob | undefined;
}

/** Schemes that may stay in a scene kept inside this page (a form reset): also `blob:`. */
export const IN_PAGE_SCHEMES: readonly string[] = [...DEFAULT_ALLOWED_RESOURCE_SCHEMES, 'blob'];

async function dataUriOf(url: string): Promise<string> {
  // The SDK's own object URLs are read from memory: fetching a blob: URL is a connection that a strict
  // connect-src refuses (and a request the zero-network promise does not allow).
  const blob = localBlobFor(url) ?? (await (await fetch(url)).blob());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new CesdkError('RESOURCE_UNAVAILABLE', `could not read '${url.slice(0, 80)}'`));
    reader.readAsDataURL(blob);
  });
}

/** Saves the engine's scene as what reopens whole: an archive with uploads, the JSON without. */
export async function saveDesign(engine: Engine, baseName = 'design'): Promise<SavedDesign> {
  if (!engine.scene.hasTransientResources()) {
    const scene = await engine.scene.saveToString();
    return { format: 'scene', scene, archive: undefined, file: new Blob([scene], { type: 'application/json' }), fileName: `${baseName}.scene.json` };
  }
  const archive = await engine.scene.saveToArchive();
  const scene = await engine.scene.saveToString(undefined, (url) => dataUriOf(url));
  return { format: 'archive', scene, archive: archive as Blob, file: archive as Blob, fileName: `${baseName}.scene.zip` };
}

/** Whether `bytes` start like a zip archive (`PK\x03\x04`). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Loads a saved design (an archive or scene JSON, told apart by their bytes) into the engine. */
export async function openDesign(engine: Engine, file: Blob | Uint8Array | string): Promise<DesignBlockId> {
  if (typeof file === 'string') return engine.scene.loadFromString(file);
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
  if (isZip(bytes)) return engine.scene.loadFromArchive(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CesdkError('SCENE_INVALID', 'the file is neither a scene archive nor scene JSON', { path: '$' });
  }
  return engine.scene.loadFromString(text);
}

/** The form value of a design: the archive as a File with uploads (submit with multipart/form-data), else the JSON. */
export async function designFormValue(engine: Engine, name: string): Promise<string | File> {
  if (!engine.scene.hasTransientResources()) return engine.scene.saveToString();
  const archive = (await engine.scene.saveToArchive()) as Blob;
  return new File([archive], `${name || 'design'}.scene.zip`, { type: 'application/zip' });
}
