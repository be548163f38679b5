// Helpers shared by the core/io browser tests: fixtures over the dev server, pixels read back from
// bitmaps, and the loopback probe origin started by test/wtr-plugins/io-probe.mjs.
import { AssetError, type AssetErrorCode } from '../asset-error.js';

/** The URL of a file under test/fixtures/, served by the test dev server. */
export function fixtureUrl(path: string): string {
  return new URL(`/test/fixtures/${path}`, location.origin).href;
}

/** The bytes of a file under test/fixtures/. */
export async function fixtureBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(fixtureUrl(path), { cache: 'no-store' });
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The RGBA values of one pixel of a bitmap, drawn onto a 2D canvas. */
export function pixelAt(bitmap: ImageBitmap, x: number, y: number): number[] {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return Array.from(context.getImageData(x, y, 1, 1).data);
}

/** What the probe origin has seen. */
export interface ProbeState {
  /** e.g. `http://127.0.0.1:40123`: a different origin from the page. */
  readonly origin: string;
  /** Every request it received, with its Cookie and Referer headers. */
  readonly hits: readonly { path: string; cookie: string | null; referer: string | null }[];
}

/** Reads the probe's origin and request log. */
export async function probeState(): Promise<ProbeState> {
  const response = await fetch('/__cesdk-io-probe/state', { cache: 'no-store' });
  return (await response.json()) as ProbeState;
}

/** Awaits `promise` and returns the AssetError it rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<AssetError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AssetError) return error;
    throw new Error(`expected an AssetError, got ${String(error)}`);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Asserts the rejection code, with a readable message on mismatch. */
export async function expectCode(promise: Promise<unknown>, code: AssetErrorCode): Promise<AssetError> {
  const error = await rejectionOf(promise);
  if (error.code !== code) throw new Error(`expected ${code}, got ${error.code}: ${error.message}`);
  return error;
}

/** A PNG of any size drawn by the browser's own encoder (a gradient, so it is not trivially compressible). */
export async function generatedPng(width: number, height: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#ff0000');
  gradient.addColorStop(1, '#0000ff');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/** The flag every hostile fixture sets if any of its script runs; must stay `undefined`. */
export function pwnedFlag(): unknown {
  return (window as unknown as Record<string, unknown>)['__cesdkPwned'];
}
