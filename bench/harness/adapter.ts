import type { BenchObject } from './scene-spec.js';

/** Where a scene is drawn: the page size, and the container whose 1920×1080 view shows it. */
export interface BenchStage {
  container: HTMLElement;
  pageWidth: number;
  pageHeight: number;
  /** The data URL every image object shows. */
  imageUrl: string;
}

/**
 * What every library under test implements, so the runner measures them the same way. Every call
 * that draws does so synchronously (the runner then reads a pixel back to flush the canvas).
 */
export interface BenchAdapter {
  readonly name: string;
  /** Builds the scene and draws the first frame of the view at (0, 0). */
  build(objects: BenchObject[], stage: BenchStage): Promise<void>;
  /** Saves the scene in the library's own format (ours: `scene.saveToString`; Konva, Fabric.js: `toJSON`). */
  save(): Promise<string>;
  /** Loads a scene saved by {@link save} (in a fresh page) and draws the first frame of the view at (0, 0). */
  load(saved: string, stage: BenchStage): Promise<void>;
  /** The canvas that shows the scene (read back to flush pending drawing). */
  readonly canvas: HTMLCanvasElement;
  /**
   * True when {@link setView} only moves the view and the library draws it in its own callback of the
   * next animation frame, as its app does (ours: `<cesdk-canvas>` moves the camera and the renderer
   * draws on the next frame within its frame budget, coarse tiles standing in for tiles not yet
   * painted). The runner then counts that frame's callback work as the pan frame.
   */
  readonly drawsOnAnimationFrame?: boolean;
  /** Moves the view so its top-left corner shows page point (x, y), at zoom 1, and draws (see drawsOnAnimationFrame). */
  setView(x: number, y: number): void;
  /** Called once before drag frames: picks the block to drag (the `index`-th object of the scene). */
  beginDrag(index: number): void;
  /** Moves the dragged object by `dx` and draws. */
  dragFrame(dx: number): void;
  endDrag(): void;
  /** Exports the whole page as PNG (at the page's size, whatever the view shows). */
  exportPng(): Promise<Blob>;
  dispose(): void;
}
