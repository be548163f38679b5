import type { BenchObject } from './scene-spec.js';

/** What every library under test implements, so the runner measures them the same way. */
export interface BenchAdapter {
  readonly name: string;
  /** Builds the scene in `container` and draws the first frame. */
  load(objects: BenchObject[], imageUrl: string, container: HTMLElement): Promise<void>;
  /** The canvas that shows the scene (read back to flush pending drawing). */
  readonly canvas: HTMLCanvasElement;
  /** Pans the view by `dx` screen pixels and draws synchronously. */
  panFrame(dx: number): void;
  /** Called once before drag frames: picks the block to drag (the middle object). */
  beginDrag(): void;
  /** Moves the dragged object by `dx` and draws synchronously. */
  dragFrame(dx: number): void;
  endDrag(): void;
  /** Exports the page as PNG. */
  exportPng(): Promise<Blob>;
  /** Saves the scene to JSON and loads it into a new, detached instance. Returns the JSON length. */
  saveAndLoad(): Promise<number>;
  dispose(): void;
}
