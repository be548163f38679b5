/**
 * The browser side of `bench/video.bench.ts`: a 10-second composition (background video, image,
 * text, sound) built through the public engine API, exported as MP4 at 1080p30 and 720p30 with
 * `block.exportVideo`, and the same frames through a hand-written pipeline as the floor (decode the
 * video, draw it and the overlays on a canvas with Canvas 2D, encode with mediabunny). JS heap
 * sampled during each export for its peak.
 */
import { ALL_FORMATS, BlobSource, BufferTarget, CanvasSink, CanvasSource, Input, Mp4OutputFormat, Output } from 'mediabunny';
import { Engine, type DesignBlockId } from '../core/engine/index.js';
import { registerExporters } from '../core/export/index.js';

interface Run { ms: number; frames: number; peakHeapMB: number; baseHeapMB: number; bytes: number }
interface Figures { ours1080: Run[]; ours720: Run[]; floor1080: Run[]; floor720: Run[]; cold1080: Run; error?: string }

const params = new URLSearchParams(location.search);
const runs = Number(params.get('runs') ?? 3);
const SECONDS = Number(params.get('seconds') ?? 10);
const fixture = (path: string) => new URL(`/test/fixtures/${path}`, location.href).href;
const VIDEO = fixture('video/clip-640x360-3s.mp4');
const IMAGE = fixture('images/photo-1600x1200.jpg');
const AUDIO = fixture('audio/tone-4s.wav');

const heapMB = () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20;

/** Samples the JS heap every 25 ms while `work` runs; returns its result and the peak. */
async function withHeapPeak<T>(work: () => Promise<T>): Promise<{ result: T; peak: number; base: number }> {
  (globalThis as unknown as { gc?: () => void }).gc?.();
  const base = heapMB();
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, heapMB()); }, 25);
  try {
    const result = await work();
    peak = Math.max(peak, heapMB());
    return { result, peak, base };
  } finally {
    clearInterval(timer);
  }
}

function buildScene(engine: Engine): DesignBlockId {
  engine.scene.createVideo({ page: { size: { width: 1920, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setDuration(page, SECONDS);
  const track = engine.block.create('track');
  engine.block.appendChild(page, track);
  const clip = engine.block.create('graphic');
  engine.block.setShape(clip, engine.block.createShape('rect'));
  const fill = engine.block.createFill('video');
  engine.block.setString(fill, 'fill/video/fileURI', VIDEO);
  engine.block.setFill(clip, fill);
  engine.block.appendChild(track, clip);
  engine.block.setDuration(clip, SECONDS); // The 3-second file loops (CE.SDK's default).
  engine.block.fillParent(track);
  const image = engine.block.create('graphic');
  engine.block.setShape(image, engine.block.createShape('rect'));
  const imageFill = engine.block.createFill('image');
  engine.block.setString(imageFill, 'fill/image/imageFileURI', IMAGE);
  engine.block.setFill(image, imageFill);
  engine.block.setPositionX(image, 1500);
  engine.block.setPositionY(image, 60);
  engine.block.setWidth(image, 360);
  engine.block.setHeight(image, 270);
  engine.block.setDuration(image, SECONDS);
  engine.block.appendChild(page, image);
  const text = engine.block.create('text');
  engine.block.replaceText(text, 'Benchmark title');
  engine.block.setPositionX(text, 80);
  engine.block.setPositionY(text, 880);
  engine.block.setWidth(text, 1200);
  engine.block.setFloat(text, 'text/fontSize', 64);
  engine.block.setDuration(text, SECONDS);
  engine.block.appendChild(page, text);
  const audio = engine.block.create('audio');
  engine.block.setString(audio, 'audio/fileURI', AUDIO);
  engine.block.setDuration(audio, SECONDS);
  engine.block.appendChild(page, audio);
  return page;
}

async function ours(engine: Engine, page: DesignBlockId, width: number, height: number): Promise<Run> {
  const started = performance.now();
  const { result, peak, base } = await withHeapPeak(() => engine.block.exportVideo(page, { mimeType: 'video/mp4', framerate: 30, targetWidth: width, targetHeight: height }));
  return { ms: performance.now() - started, frames: SECONDS * 30, peakHeapMB: peak, baseHeapMB: base, bytes: result.size };
}

/** The floor: the same frames drawn by hand with Canvas 2D and encoded with mediabunny (video only). */
async function floor(width: number, height: number, image: ImageBitmap): Promise<Run> {
  const started = performance.now();
  const { result, peak, base } = await withHeapPeak(async () => {
    const input = new Input({ source: new BlobSource(await (await fetch(VIDEO)).blob()), formats: ALL_FORMATS });
    const sink = new CanvasSink((await input.getPrimaryVideoTrack())!, { poolSize: 4 });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    const target = new BufferTarget();
    const output = new Output({ format: new Mp4OutputFormat({ fastStart: 'in-memory' }), target });
    const source = new CanvasSource(canvas, { codec: 'avc', bitrate: Math.round(width * height * 30 * 0.13), keyFrameInterval: 2 });
    output.addVideoTrack(source, { frameRate: 30 });
    await output.start();
    const scale = width / 1920;
    let frames = sink.canvases(0);
    for (let frame = 0; frame < SECONDS * 30; frame += 1) {
      let next = await frames.next();
      if (next.done) {
        frames = sink.canvases(0);
        next = await frames.next();
      }
      context.drawImage(next.value!.canvas, 0, 0, width, height);
      context.drawImage(image, 1500 * scale, 60 * scale, 360 * scale, 270 * scale);
      context.font = `${Math.round(85 * scale)}px sans-serif`;
      context.fillStyle = '#000';
      context.fillText('Benchmark title', 80 * scale, 960 * scale);
      await source.add(frame / 30, 1 / 30);
    }
    source.close();
    await output.finalize();
    input.dispose();
    return target.buffer!.byteLength;
  });
  return { ms: performance.now() - started, frames: SECONDS * 30, peakHeapMB: peak, baseHeapMB: base, bytes: result };
}

async function main(): Promise<Figures> {
  const engine = await Engine.create();
  registerExporters(engine, { license: { needsWatermark: false } });
  const page = buildScene(engine);
  const image = await createImageBitmap(await (await fetch(IMAGE)).blob());
  const cold1080 = await ours(engine, page, 1920, 1080);
  const figures: Figures = { ours1080: [], ours720: [], floor1080: [], floor720: [], cold1080 };
  for (let run = 0; run < runs; run += 1) {
    // Alternated, so neither side always runs on a warmer or busier machine.
    if (run % 2 === 0) {
      figures.ours1080.push(await ours(engine, page, 1920, 1080));
      figures.floor1080.push(await floor(1920, 1080, image));
    } else {
      figures.floor1080.push(await floor(1920, 1080, image));
      figures.ours1080.push(await ours(engine, page, 1920, 1080));
    }
    figures.ours720.push(await ours(engine, page, 1280, 720));
    figures.floor720.push(await floor(1280, 720, image));
  }
  return figures;
}

main().then(
  (figures) => { (window as unknown as { __videoBench: Figures }).__videoBench = figures; },
  (error: unknown) => { (window as unknown as { __videoBench: unknown }).__videoBench = { error: String(error instanceof Error ? error.stack : error) }; },
);
