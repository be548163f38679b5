/**
 * Pixel comparison against committed reference PNGs (test/visual/references/<name>.png).
 *
 * - Regenerate the references: `UPDATE_REFERENCES=1 npx web-test-runner "test/visual/**\/*.browser.test.ts"`
 *   (then look at them before committing).
 * - On a mismatch the actual image and a diff (differing pixels in red) are written to
 *   test/visual/__failures__/ (git-ignored).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** A pixel differs when any channel differs by more than this (0–255). */
export const CHANNEL_TOLERANCE = 40;
/** The test fails when more than this fraction of the pixels differ. */
export const PIXEL_FRACTION_TOLERANCE = 0.004;

/** Reads any canvas back as RGBA bytes through a 2D canvas (works for every backend). */
export function readPixels(canvas: HTMLCanvasElement | OffscreenCanvas): ImageData {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(canvas, 0, 0);
  return context.getImageData(0, 0, copy.width, copy.height);
}

function toBase64Png(image: ImageData): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  canvas.getContext('2d')!.putImageData(image, 0, 0);
  const dataUrl = canvas.toDataURL('image/png');
  return Promise.resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
}

async function loadReference(name: string): Promise<ImageData | undefined> {
  const response = await fetch(`/test/visual/references/${name}.png`, { cache: 'no-store' });
  if (!response.ok) return undefined;
  const bitmap = await createImageBitmap(await response.blob());
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Counts differing pixels and paints them red in a diff image (the rest dimmed). */
export function diffImages(actual: ImageData, expected: ImageData): { differing: number; diff: ImageData } {
  const diff = new ImageData(actual.width, actual.height);
  let differing = 0;
  for (let index = 0; index < actual.data.length; index += 4) {
    let worst = 0;
    for (let channel = 0; channel < 4; channel += 1) worst = Math.max(worst, Math.abs(actual.data[index + channel] - expected.data[index + channel]));
    if (worst > CHANNEL_TOLERANCE) {
      differing += 1;
      diff.data.set([255, 0, 0, 255], index);
    } else {
      const grey = (actual.data[index] + actual.data[index + 1] + actual.data[index + 2]) / 3;
      diff.data.set([grey, grey, grey, 60], index);
    }
  }
  return { differing, diff };
}

/**
 * Compares a rendered canvas with its reference; in update mode writes the reference instead.
 * Throws with a readable message (and writes actual + diff images) on a mismatch.
 */
export async function expectMatchesReference(name: string, canvas: HTMLCanvasElement | OffscreenCanvas): Promise<void> {
  const actual = readPixels(canvas);
  if (await executeServerCommand('visual-update-mode')) {
    await executeServerCommand('visual-write-png', { name, kind: 'reference', base64: await toBase64Png(actual) });
    return;
  }
  const expected = await loadReference(name);
  if (!expected) throw new Error(`no reference for '${name}': run with UPDATE_REFERENCES=1 to create test/visual/references/${name}.png`);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    await executeServerCommand('visual-write-png', { name, kind: 'actual', base64: await toBase64Png(actual) });
    throw new Error(`'${name}': size ${actual.width}×${actual.height} differs from the reference ${expected.width}×${expected.height}`);
  }
  const { differing, diff } = diffImages(actual, expected);
  const allowed = Math.floor(actual.width * actual.height * PIXEL_FRACTION_TOLERANCE);
  if (differing > allowed) {
    await executeServerCommand('visual-write-png', { name, kind: 'actual', base64: await toBase64Png(actual) });
    await executeServerCommand('visual-write-png', { name, kind: 'diff', base64: await toBase64Png(diff) });
    throw new Error(`'${name}': ${differing} pixels differ (allowed ${allowed}); see test/visual/__failures__/${name}-actual.png and -diff.png`);
  }
}
