// Reads and checks a posted design form (multipart/form-data): the title, the editor's scene (the
// `design` field: JSON text, or a zip archive when the design holds uploads, which the page sends as
// the `archive` file) and a PNG thumbnail. The scene is validated by loading it into a headless engine,
// as the editor would: a scene the editor could not open is refused before it is stored.
import type { IncomingMessage } from 'node:http';
import { CesdkError, Engine } from '../../core/engine/index.js';
import type { DesignInput } from './design-store.js';

/** Largest request accepted (scene, archive with its images, thumbnail and title). */
export const MAX_REQUEST_BYTES = 25 * 1024 * 1024;
/** Largest scene JSON accepted. */
export const MAX_SCENE_JSON_BYTES = 5 * 1024 * 1024;
/** Largest thumbnail accepted. */
export const MAX_THUMBNAIL_BYTES = 1024 * 1024;

/** A refused post: HTTP status, stable code, and a message for the person who saved. */
export class DesignFormError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'DesignFormError';
  }
}

/** Reads the body, refusing more than MAX_REQUEST_BYTES whether or not Content-Length says so. */
async function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  const tooLarge = () => new DesignFormError(413, 'DESIGN_TOO_LARGE', `The design is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`);
  if (declared > MAX_REQUEST_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of request) {
    total += (chunk as Buffer).length;
    if (total > MAX_REQUEST_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function validateScene(format: 'json' | 'archive', bytes: Buffer): Promise<void> {
  const engine = await Engine.create();
  try {
    if (format === 'json') await engine.scene.loadFromString(bytes.toString('utf8'));
    else await engine.scene.loadFromArchive(new Uint8Array(bytes));
  } catch (error) {
    const detail = error instanceof CesdkError ? `${error.code}: ${error.message}` : String(error);
    throw new DesignFormError(400, 'SCENE_INVALID', `The design could not be saved because its scene is not valid (${detail}).`);
  } finally {
    engine.dispose();
  }
}

/** Parses and validates a posted design form. Throws {@link DesignFormError}. */
export async function readDesignForm(request: IncomingMessage): Promise<DesignInput> {
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/.test(type)) {
    throw new DesignFormError(415, 'UNSUPPORTED_FORM', 'Post the design form as multipart/form-data.');
  }
  const body = await readBody(request);
  let form: FormData;
  try {
    form = await new Request('http://cms.local/', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) }).formData();
  } catch {
    throw new DesignFormError(400, 'MALFORMED_FORM', 'The form data could not be read.');
  }
  const title = String(form.get('title') ?? '').trim();
  if (!title || title.length > 200) throw new DesignFormError(400, 'INVALID_TITLE', 'Give the design a title of at most 200 characters.');

  const archive = form.get('archive');
  const design = form.get('design');
  let format: 'json' | 'archive';
  let scene: Buffer;
  if (archive instanceof Blob && archive.size > 0) {
    format = 'archive';
    scene = Buffer.from(await archive.arrayBuffer());
  } else if (design instanceof Blob) {
    // An editor whose form value is a file (an archive) posts it as the design field itself.
    scene = Buffer.from(await design.arrayBuffer());
    format = scene.subarray(0, 2).toString('latin1') === 'PK' ? 'archive' : 'json';
  } else if (typeof design === 'string' && design.length > 0) {
    format = 'json';
    scene = Buffer.from(design, 'utf8');
  } else {
    throw new DesignFormError(400, 'SCENE_MISSING', 'The form holds no scene (is the editor named "design"?).');
  }
  if (format === 'json' && scene.length > MAX_SCENE_JSON_BYTES) {
    throw new DesignFormError(413, 'DESIGN_TOO_LARGE', `The scene is larger than ${MAX_SCENE_JSON_BYTES / 1024 / 1024} MB.`);
  }
  await validateScene(format, scene);

  const thumbnailField = form.get('thumbnail');
  let thumbnail: Buffer | undefined;
  if (thumbnailField instanceof Blob && thumbnailField.size > 0) {
    thumbnail = Buffer.from(await thumbnailField.arrayBuffer());
    const isPng = thumbnail.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (!isPng || thumbnail.length > MAX_THUMBNAIL_BYTES) throw new DesignFormError(400, 'INVALID_THUMBNAIL', 'The thumbnail must be a PNG of at most 1 MB.');
  }
  return { title, format, scene, thumbnail };
}
