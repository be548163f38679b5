/**
 * Uploading and placing video and audio: the file stays on the device (an object URL), its container
 * is checked by magic bytes and its codecs by the browser's decoders before any block is made, so a
 * file the browser cannot play gets a clear message and leaves nothing behind. In a video scene a
 * video goes to the end of the page's background track; elsewhere it is placed like an image.
 */
import { CesdkError, type DesignBlockId, type Engine } from '../../core/engine/index.js';
import { exportLoaderFor } from '../../core/export/export-loader.js';
import { chooseDecoder } from '../../core/io/choose-decoder.js';
import { currentPage } from '../layers/layer-tree.js';
import { addUploadedMedia, type BuiltInSourceOptions } from './built-in-sources.js';
import type { PlaceableAsset } from './place-asset.js';

/**
 * Reads, checks, adds to the library's upload source and places one video or audio file the user
 * gave (upload or drop). Returns the new block. Throws the typed errors of {@link readLocalMedia}.
 */
export async function uploadMedia(engine: Engine, file: File, options: BuiltInSourceOptions = {}): Promise<DesignBlockId> {
  const media = await readLocalMedia(engine, file);
  return placeMedia(engine, addUploadedMedia(engine, media, options));
}


/** A checked media file: its object URL and facts. */
export interface LocalMedia {
  readonly uri: string;
  readonly name: string;
  readonly kind: 'video' | 'audio';
  readonly duration: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Checks a video or audio file and returns its object URL and facts.
 * @throws CesdkError `EMPTY_FILE`, `UNSUPPORTED_FORMAT` (not a media container, or codecs this
 * browser cannot decode), `DECODE_FAILED`, `FILE_TOO_LARGE`.
 */
export async function readLocalMedia(engine: Engine, file: File): Promise<LocalMedia> {
  let uri: string | undefined;
  try {
    const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
    const choice = chooseDecoder(file.type, head, ['video', 'audio']);
    uri = URL.createObjectURL(file);
    const { MediaFiles } = await import('../../core/io/media/media-files.js');
    const info = await MediaFiles.for(exportLoaderFor(engine)).info(uri);
    const kind = info.hasVideo ? 'video' : 'audio';
    if (kind === 'audio' && info.audioTracks.length === 0) throw new CesdkError('UNSUPPORTED_FORMAT', `${file.name}: this browser can play neither its video nor its sound`);
    if (choice.kind === 'video' && !info.hasVideo && file.type.startsWith('video/')) {
      throw new CesdkError('UNSUPPORTED_FORMAT', `${file.name}: this browser cannot decode its video`);
    }
    return { uri, name: file.name, kind, duration: info.duration, width: info.width, height: info.height };
  } catch (error) {
    if (uri) URL.revokeObjectURL(uri);
    if (error instanceof CesdkError) throw new CesdkError(error.code, `${file.name}: ${error.message}`);
    throw error;
  }
}

/** The page's background track (its duration source), made when missing. Runs inside a transaction. */
function backgroundTrack(engine: Engine, page: DesignBlockId): DesignBlockId {
  const existing = engine.block.getChildren(page).find((child) => engine.block.getType(child).endsWith('/track') && engine.block.isPageDurationSource(child));
  if (existing !== undefined) return existing;
  const track = engine.block.create('track');
  engine.block.insertChild(page, track, 0);
  engine.block.setPageDurationSource(page, track);
  return track;
}

/**
 * Places a video (`meta.kind` 'video') or audio (`meta.kind` 'audio') asset with `meta.uri`,
 * `meta.duration` and for video `meta.width`/`meta.height`. One undo step; selects the new block.
 */
export function placeMedia(engine: Engine, asset: PlaceableAsset): DesignBlockId {
  const uri = asset.meta?.uri;
  if (typeof uri !== 'string' || uri === '') throw new CesdkError('INVALID_VALUE', `asset "${asset.id}" has no media uri`);
  const duration = Number(asset.meta?.duration) > 0 ? Number(asset.meta?.duration) : 5;
  const video = asset.meta?.kind === 'video';
  const block = engine.editor.transact(video ? 'Add video' : 'Add audio', () => {
    const page = currentPage(engine);
    if (page === undefined) throw new CesdkError('INVALID_STATE', 'there is no page to place the media on');
    if (!video) {
      const audio = engine.block.create('audio');
      engine.block.setString(audio, 'audio/fileURI', uri);
      engine.block.setName(audio, asset.label ?? asset.id);
      engine.block.setDuration(audio, duration);
      engine.block.appendChild(page, audio);
      return audio;
    }
    const clip = engine.block.create('graphic');
    engine.block.setShape(clip, engine.block.createShape('rect'));
    const fill = engine.block.createFill('video');
    engine.block.setString(fill, 'fill/video/fileURI', uri);
    engine.block.setFill(clip, fill);
    engine.block.setName(clip, asset.label ?? asset.id);
    engine.block.setKind(clip, 'video');
    engine.block.setDuration(clip, duration);
    if (engine.scene.getMode() === 'Video') {
      const track = backgroundTrack(engine, page);
      engine.block.appendChild(track, clip);
      engine.block.fillParent(track);
    } else {
      const width = Number(asset.meta?.width) > 0 ? Number(asset.meta?.width) : 16;
      const height = Number(asset.meta?.height) > 0 ? Number(asset.meta?.height) : 9;
      const limit = Math.min(engine.block.getWidth(page), engine.block.getHeight(page)) * 0.5;
      const scale = Math.min(limit / width, limit / height);
      engine.block.setWidth(clip, width * scale);
      engine.block.setHeight(clip, height * scale);
      engine.block.setPositionX(clip, (engine.block.getWidth(page) - width * scale) / 2);
      engine.block.setPositionY(clip, (engine.block.getHeight(page) - height * scale) / 2);
      engine.block.appendChild(page, clip);
    }
    return clip;
  });
  if (video) engine.block.select(block);
  void engine.block.forceLoadAVResource(video ? engine.block.getFill(block)! : block).catch(() => undefined);
  return block;
}
