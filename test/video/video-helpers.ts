/**
 * Helpers of the video tests: the 3-second scene of the decode-back test, built through the public
 * engine API, and decoding exported files back with mediabunny.
 */
import { ALL_FORMATS, BlobSource, CanvasSink, EncodedPacketSink, Input } from 'mediabunny';
import { Engine, type DesignBlockId } from '../../core/engine/index.js';

/** The absolute URL of a file under test/fixtures/. */
export function fixtureUrl(path: string): string {
  return new URL(`../fixtures/${path}`, import.meta.url).href;
}

/** Where the test scene puts things (design units = pixels; page 640×360). */
export const LAYOUT = {
  image: { x: 20, y: 200, width: 120, height: 120 },
  text: { x: 380, y: 250, width: 220, height: 60 },
  textBackground: { r: 0.1, g: 0.2, b: 0.9, a: 1 },
};

/** A 3-second video scene: the test video as the background clip, an image, a text box and a sound. */
export async function buildTestScene(engine?: Engine): Promise<{ engine: Engine; page: DesignBlockId; clip: DesignBlockId; audio: DesignBlockId; image: DesignBlockId; text: DesignBlockId }> {
  engine ??= await Engine.create();
  engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setDuration(page, 3);
  const track = engine.block.create('track');
  engine.block.appendChild(page, track);
  const clip = engine.block.create('graphic');
  engine.block.setShape(clip, engine.block.createShape('rect'));
  const fill = engine.block.createFill('video');
  engine.block.setString(fill, 'fill/video/fileURI', fixtureUrl('video/clip-640x360-3s.mp4'));
  engine.block.setFill(clip, fill);
  engine.block.appendChild(track, clip);
  engine.block.fillParent(track);
  engine.block.setDuration(clip, 3);
  const image = engine.block.create('graphic');
  engine.block.setShape(image, engine.block.createShape('rect'));
  const imageFill = engine.block.createFill('image');
  engine.block.setString(imageFill, 'fill/image/imageFileURI', fixtureUrl('images/pattern-800x600.png'));
  engine.block.setFill(image, imageFill);
  engine.block.setPositionX(image, LAYOUT.image.x);
  engine.block.setPositionY(image, LAYOUT.image.y);
  engine.block.setWidth(image, LAYOUT.image.width);
  engine.block.setHeight(image, LAYOUT.image.height);
  engine.block.setDuration(image, 3);
  engine.block.appendChild(page, image);
  const text = engine.block.create('text');
  engine.block.replaceText(text, 'Hello video');
  engine.block.setPositionX(text, LAYOUT.text.x);
  engine.block.setPositionY(text, LAYOUT.text.y);
  engine.block.setWidth(text, LAYOUT.text.width);
  engine.block.setHeightMode(text, 'Absolute');
  engine.block.setHeight(text, LAYOUT.text.height);
  engine.block.setBool(text, 'backgroundColor/enabled', true);
  engine.block.setColor(text, 'backgroundColor/color', LAYOUT.textBackground);
  engine.block.setDuration(text, 3);
  engine.block.appendChild(page, text);
  const audio = engine.block.create('audio');
  engine.block.setString(audio, 'audio/fileURI', fixtureUrl('audio/tone-4s.wav'));
  engine.block.setDuration(audio, 3);
  engine.block.appendChild(page, audio);
  return { engine, page, clip, audio, image, text };
}

/** What a decoded video file holds. */
export interface DecodedVideo {
  duration: number;
  width: number;
  height: number;
  videoCodec: string | null;
  frameCount: number;
  audioCodec: string | null;
  audioDuration: number;
  /** RGBA of a pixel of the frame shown at `time`. */
  pixel(time: number, x: number, y: number): Promise<number[]>;
  dispose(): void;
}

/** Opens an exported video with mediabunny and reads its facts. */
export async function decodeVideo(blob: Blob): Promise<DecodedVideo> {
  const input = new Input({ source: new BlobSource(blob), formats: ALL_FORMATS });
  const video = (await input.getPrimaryVideoTrack())!;
  const audio = await input.getPrimaryAudioTrack();
  let frameCount = 0;
  const packets = new EncodedPacketSink(video);
  for await (const _packet of packets.packets()) frameCount += 1;
  const sink = new CanvasSink(video);
  // Decoding a frame means seeking from a key frame: keep the last few for many pixel reads.
  const frames = new Map<number, CanvasRenderingContext2D>();
  const frameAt = async (time: number): Promise<CanvasRenderingContext2D> => {
    const cached = frames.get(time);
    if (cached) return cached;
    const frame = await sink.getCanvas(time);
    if (!frame) throw new Error(`no frame at ${time}`);
    const canvas = document.createElement('canvas');
    canvas.width = frame.canvas.width;
    canvas.height = frame.canvas.height;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(frame.canvas, 0, 0);
    if (frames.size > 4) frames.delete(frames.keys().next().value!);
    frames.set(time, context);
    return context;
  };
  return {
    duration: await input.computeDuration(),
    width: await video.getDisplayWidth(),
    height: await video.getDisplayHeight(),
    videoCodec: await video.getCodec(),
    frameCount,
    audioCodec: audio ? await audio.getCodec() : null,
    audioDuration: audio ? await audio.computeDuration() : 0,
    async pixel(time, x, y) {
      return [...(await frameAt(time)).getImageData(x, y, 1, 1).data];
    },
    dispose: () => input.dispose(),
  };
}

/** The largest channel difference between two RGBA pixels. */
export function colorDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(Math.abs(a[0]! - b[0]!), Math.abs(a[1]! - b[1]!), Math.abs(a[2]! - b[2]!));
}
