import { Canvas, Ellipse, FabricImage, Point, Rect, Textbox, type FabricObject } from 'fabric';
import type { BenchAdapter, BenchStage } from './adapter.js';
import { VIEW_HEIGHT, VIEW_WIDTH, type BenchObject } from './scene-spec.js';

const css = ([r, g, b]: [number, number, number]) => `rgb(${r},${g},${b})`;

/**
 * Fabric.js, as an editor built on it would use it: an interactive Canvas the size of the view, one
 * object per block; the view moves with `absolutePan`.
 */
export class FabricAdapter implements BenchAdapter {
  readonly name = 'Fabric.js';
  private fabricCanvas!: Canvas;
  private element!: HTMLCanvasElement;
  private dragged?: FabricObject;
  private pageWidth = 0;
  private pageHeight = 0;

  get canvas(): HTMLCanvasElement {
    return this.fabricCanvas.lowerCanvasEl;
  }

  private createCanvas({ container, pageWidth, pageHeight }: BenchStage): void {
    this.pageWidth = pageWidth;
    this.pageHeight = pageHeight;
    this.element = document.createElement('canvas');
    container.append(this.element);
    this.fabricCanvas = new Canvas(this.element, { width: VIEW_WIDTH, height: VIEW_HEIGHT, renderOnAddRemove: false, enableRetinaScaling: false });
  }

  async build(objects: BenchObject[], stage: BenchStage): Promise<void> {
    this.createCanvas(stage);
    const image = await FabricImage.fromURL(stage.imageUrl);
    const items: FabricObject[] = [];
    for (const object of objects) {
      // Fabric.js 7 places objects by their centre by default; the scene gives top-left corners.
      const place = { left: object.x, top: object.y, originX: 'left', originY: 'top' } as const;
      const common = { ...place, fill: css(object.fill), stroke: css(object.stroke), strokeWidth: object.strokeWidth };
      if (object.kind === 'ellipse') {
        items.push(new Ellipse({ ...common, rx: object.width / 2, ry: object.height / 2 }));
      } else if (object.kind === 'text') {
        // A text box of the object's width, wrapped like the other libraries' texts (Arial, Konva's default).
        items.push(new Textbox(object.text, { ...place, width: object.width, fontSize: object.fontSize, fontFamily: 'Arial', fill: css(object.fill) }));
      } else if (object.kind === 'image') {
        const element = image.getElement();
        items.push(new FabricImage(element, { ...place, scaleX: object.width / element.width, scaleY: object.height / element.height }));
      } else {
        items.push(new Rect({ ...common, width: object.width, height: object.height, rx: object.cornerRadius, ry: object.cornerRadius }));
      }
    }
    this.fabricCanvas.add(...items);
    this.fabricCanvas.renderAll();
  }

  async save(): Promise<string> {
    return JSON.stringify(this.fabricCanvas.toJSON());
  }

  async load(saved: string, stage: BenchStage): Promise<void> {
    this.createCanvas(stage);
    await this.fabricCanvas.loadFromJSON(saved);
    this.fabricCanvas.renderAll();
  }

  setView(x: number, y: number): void {
    this.fabricCanvas.absolutePan(new Point(x, y));
    this.fabricCanvas.renderAll();
  }

  beginDrag(index: number): void {
    this.dragged = this.fabricCanvas.getObjects()[index];
  }

  dragFrame(dx: number): void {
    this.dragged!.set({ left: (this.dragged!.left ?? 0) + dx });
    this.dragged!.setCoords();
    this.fabricCanvas.renderAll();
  }

  endDrag(): void {
    this.dragged = undefined;
  }

  async exportPng(): Promise<Blob> {
    // The whole page: toCanvasElement shifts the current view transform by (left, top).
    const transform = this.fabricCanvas.viewportTransform;
    const url = this.fabricCanvas.toDataURL({ format: 'png', multiplier: 1, left: transform[4], top: transform[5], width: this.pageWidth, height: this.pageHeight });
    return (await fetch(url)).blob();
  }

  dispose(): void {
    void this.fabricCanvas.dispose();
    this.element.remove();
  }
}
