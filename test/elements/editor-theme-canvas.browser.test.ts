/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { CesdkCanvas } from '../../elements/canvas/canvas.js';
import { darkTokens, lightTokens } from '../../elements/shared/theme-tokens.js';
import { deep, mountEditor, waitFor } from './editor-helpers.js';

/**
 * The most frequent colour in the canvas's top-left 40×40 pixels (outside the page; the evaluation
 * watermark's text may cross a few of them), read back through a 2D canvas.
 */
function cornerPixel(canvas: CesdkCanvas): number[] {
  const renderer = canvas.renderer!;
  renderer.renderNow();
  const copy = document.createElement('canvas');
  copy.width = 40;
  copy.height = 40;
  const context = copy.getContext('2d')!;
  context.drawImage(renderer.canvas, 0, 0);
  const data = context.getImageData(0, 0, 40, 40).data;
  const counts = new Map<string, number>();
  for (let index = 0; index < data.length; index += 4) {
    const key = `${data[index]},${data[index + 1]},${data[index + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return best.split(',').map(Number);
}

const rgb = (hex: string): number[] => [1, 3, 5].map((index) => Number.parseInt(hex.slice(index, index + 2), 16));
const near = (actual: number[], expected: number[]): boolean => expected.every((value, index) => Math.abs(value - actual[index]!) <= 2);

describe('<cesdk-editor> theme and the canvas background', () => {
  it('paints the area around the pages in the theme colour, and follows a theme switch', async () => {
    const { editor } = await mountEditor({ theme: 'light' });
    const canvas = deep<CesdkCanvas>(editor, 'cesdk-canvas')!;
    const light = rgb(lightTokens['color-canvas']!);
    const dark = rgb(darkTokens['color-canvas']!);
    expect(near(cornerPixel(canvas), light), `light: ${cornerPixel(canvas)}`).to.equal(true);
    editor.setAttribute('theme', 'dark');
    await waitFor(() => near(cornerPixel(canvas), dark), 'the dark canvas colour');
    canvas.style.setProperty('--cesdk-canvas-background', '#123456');
    await waitFor(() => near(cornerPixel(canvas), [0x12, 0x34, 0x56]), 'the --cesdk-canvas-background override');
  });
});
