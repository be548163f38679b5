/**
 * The valid seed files of the fuzzer and the real loader each format goes through: images and SVG
 * through the `AssetLoader` (as uploads are), fonts through its font loading, video through
 * `probeMedia`, scenes through `scene.loadFromString`, archives through `scene.loadFromArchive`.
 */
import { AssetLoader } from '../../../core/io/asset-loader.js';
import { probeMedia } from '../../../core/io/probe-media.js';
import { Engine } from '../../../core/engine/index.js';
import type { FuzzFormat } from './mutations.js';

/** A valid file the fuzzer derives cases from. */
export interface Seed { readonly name: string; readonly format: FuzzFormat; readonly mimeType: string; readonly bytes: Uint8Array }

const FIXTURES: ReadonlyArray<{ path: string; format: FuzzFormat; mimeType: string }> = [
  { path: 'images/circle-alpha-400.png', format: 'png', mimeType: 'image/png' },
  { path: 'images/pattern-800x600.png', format: 'png', mimeType: 'image/png' },
  { path: 'images/pattern-640x480.webp', format: 'webp', mimeType: 'image/webp' },
  { path: 'images/anim-160x120.gif', format: 'gif', mimeType: 'image/gif' },
  { path: 'images/logo.svg', format: 'svg', mimeType: 'image/svg+xml' },
  { path: 'hostile/script.svg', format: 'svg', mimeType: 'image/svg+xml' },
  { path: 'fonts/OpenSans-Regular.ttf', format: 'ttf', mimeType: 'font/ttf' },
  { path: 'fonts/OpenSans-latin-400.woff2', format: 'woff2', mimeType: 'font/woff2' },
  { path: 'video/clip-640x360-3s.mp4', format: 'mp4', mimeType: 'video/mp4' },
  { path: 'video/clip-640x360-3s.webm', format: 'webm', mimeType: 'video/webm' },
];

async function fixture(path: string): Promise<Uint8Array> {
  const response = await fetch(new URL(`../../fixtures/${path}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function dataUri(bytes: Uint8Array, mimeType: string): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:${mimeType};base64,${btoa(binary)}`;
}

/** A design with every kind of block and string the scene format has, saved as JSON and as an archive. */
async function sceneSeeds(png: Uint8Array): Promise<Seed[]> {
  const engine = await Engine.create();
  try {
    const scene = engine.scene.create();
    const page = engine.block.create('page');
    engine.block.setWidth(page, 800);
    engine.block.setHeight(page, 600);
    engine.block.appendChild(scene, page);
    const shape = engine.block.create('graphic');
    engine.block.setShape(shape, engine.block.createShape('star'));
    engine.block.setFill(shape, engine.block.createFill('color'));
    engine.block.setName(shape, 'Star <b>bold</b>');
    engine.block.setMetadata(shape, 'note', '{"a":1}');
    engine.block.appendChild(page, shape);
    const image = engine.block.create('graphic');
    engine.block.setShape(image, engine.block.createShape('rect'));
    const fill = engine.block.createFill('image');
    engine.block.setString(fill, 'fill/image/imageFileURI', dataUri(png, 'image/png'));
    engine.block.setFill(image, fill);
    engine.block.appendChild(page, image);
    const group = engine.block.group([shape, image]);
    engine.block.setName(group, 'Group');
    const text = engine.block.create('text');
    engine.block.replaceText(text, 'Hello {{name}}, welcome');
    engine.block.appendChild(page, text);
    engine.variable.setString('name', 'Ada');
    const json = new TextEncoder().encode(await engine.scene.saveToString());
    const archive = new Uint8Array(await (await engine.scene.saveToArchive()).arrayBuffer());
    return [
      { name: 'generated scene.json', format: 'scene', mimeType: 'application/json', bytes: json },
      { name: 'generated scene archive.zip', format: 'archive', mimeType: 'application/zip', bytes: archive },
    ];
  } finally {
    engine.dispose();
  }
}

/**
 * The photo fixture re-encoded at 400×300 by the browser's own JPEG encoder (baseline, with EXIF-less
 * JFIF headers): the same structure as the 1600×1200 original, decoded 16 times faster, so the fuzzer
 * spends its time on corruptions rather than on pixels.
 */
async function smallJpeg(photo: Uint8Array): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([photo as BlobPart], { type: 'image/jpeg' }), { resizeWidth: 400, resizeHeight: 300 });
  const canvas = new OffscreenCanvas(400, 300);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  bitmap.close();
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
}

/** Every seed: the fixtures, and a scene and an archive the engine writes. */
export async function loadSeeds(): Promise<Seed[]> {
  const seeds: Seed[] = [];
  for (const entry of FIXTURES) seeds.push({ name: entry.path, format: entry.format, mimeType: entry.mimeType, bytes: await fixture(entry.path) });
  seeds.push({ name: 'images/photo-1600x1200.jpg at 400×300', format: 'jpeg', mimeType: 'image/jpeg', bytes: await smallJpeg(await fixture('images/photo-1600x1200.jpg')) });
  seeds.push(...(await sceneSeeds(seeds[0]!.bytes)));
  return seeds;
}

/**
 * Runs one file through the loader its format belongs to. Resolves when the loader accepted it,
 * rejects with whatever the loader threw.
 */
export class FuzzLoaders {
  private assets = new AssetLoader();
  private uses = 0;
  private engine: Engine | undefined;
  private fontCount = 0;

  async load(format: FuzzFormat, bytes: Uint8Array, declaredMimeType: string | undefined): Promise<void> {
    // A fresh AssetLoader now and then: registered files stay until the loader is disposed.
    if (++this.uses % 100 === 0) {
      this.assets.dispose();
      this.assets = new AssetLoader();
    }
    const file = new File([bytes as BlobPart], 'upload', { type: declaredMimeType ?? '' });
    switch (format) {
      case 'png': case 'jpeg': case 'webp': case 'gif': case 'svg': {
        const uri = this.assets.registerFile(file);
        try {
          await this.assets.loadImage(uri);
        } finally {
          this.assets.evict(uri);
        }
        return;
      }
      case 'ttf': case 'woff2': {
        const uri = this.assets.registerFile(file);
        try {
          await this.assets.loadFont({ uri, family: `Fuzz ${++this.fontCount}`, declaredMimeType });
        } finally {
          this.assets.evict(uri);
        }
        return;
      }
      case 'mp4': case 'webm':
        await probeMedia(bytes, declaredMimeType);
        return;
      case 'scene': case 'archive': {
        const engine = await this.sceneEngine();
        const before = engine.scene.get();
        try {
          if (format === 'scene') await engine.scene.loadFromString(new TextDecoder().decode(bytes));
          else await engine.scene.loadFromArchive(file);
        } catch (error) {
          // A refused scene leaves the one before in place.
          if (engine.scene.get() !== before) throw new Error(`a refused ${format} replaced the scene (${String(error)})`);
          throw error;
        }
        return;
      }
    }
  }

  private async sceneEngine(): Promise<Engine> {
    if (!this.engine) {
      this.engine = await Engine.create();
      this.engine.scene.create();
    }
    return this.engine;
  }

  /** The engine still works after everything it was fed. */
  async assertUsable(): Promise<void> {
    const engine = await this.sceneEngine();
    engine.scene.create();
    const page = engine.block.create('page');
    engine.block.appendChild(engine.scene.get()!, page);
    const text = engine.block.create('text');
    engine.block.replaceText(text, 'still here');
    engine.block.appendChild(page, text);
    if (engine.block.getString(text, 'text/text') !== 'still here') throw new Error('the engine lost a text');
  }

  dispose(): void {
    this.assets.dispose();
    this.engine?.dispose();
  }
}
