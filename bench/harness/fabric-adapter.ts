import { Canvas, Ellipse, FabricImage, FabricText, Point, Rect, type FabricObject } from 'fabric';
import type { BenchAdapter } from './adapter.js';
import { PAGE_HEIGHT, PAGE_WIDTH, type BenchObject } from './scene-spec.js';

const css = ([r, g, b]: [number, number, number]) => `rgb(${r},${g},${b})`;

/** Fabric.js, as an editor built on it would use it: an interactive Canvas, one object per block. */
export class FabricAdapter implements BenchAdapter {
  readonly name = 'Fabric.js';
  private fabricCanvas!: Canvas;
  private element!: HTMLCanvasElement;
  private dragged?: FabricObject;
  private panX = 0;

  get canvas(): HTMLCanvasElement {
    return this.fabricCanvas.lowerCanvasEl;
  }

  async load(objects: BenchObject[], imageUrl: string, container: HTMLElement): Promise<void> {
    this.element = document.createElement('canvas');
    container.append(this.element);
    this.fabricCanvas = new Canvas(this.element, { width: PAGE_WIDTH, height: PAGE_HEIGHT, renderOnAddRemove: false, enableRetinaScaling: false });
    const image = await FabricImage.fromURL(imageUrl);
    const items: FabricObject[] = [];
    for (const object of objects) {
      const common = { left: object.x, top: object.y, fill: css(object.fill), stroke: css(object.stroke), strokeWidth: object.strokeWidth };
      if (object.kind === 'ellipse') {
        items.push(new Ellipse({ ...common, rx: object.width / 2, ry: object.height / 2 }));
      } else if (object.kind === 'text') {
        items.push(new FabricText(object.text, { left: object.x, top: object.y, fontSize: object.fontSize, fill: css(object.fill) }));
      } else if (object.kind === 'image') {
        const copy = new FabricImage(image.getElement(), { left: object.x, top: object.y });
        copy.scaleToWidth(object.width);
        items.push(copy);
      } else {
        items.push(new Rect({ ...common, width: object.width, height: object.height, rx: object.cornerRadius, ry: object.cornerRadius }));
      }
    }
    this.fabricCanvas.add(...items);
    this.fabricCanvas.renderAll();
  }

  panFrame(dx: number): void {
    this.panX -= dx;
    this.fabricCanvas.absolutePan(new Point(-this.panX, 0));
    this.fabricCanvas.renderAll();
  }

  beginDrag(): void {
    const objects = this.fabricCanvas.getObjects();
    this.dragged = objects[Math.floor(objects.length / 2)];
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
    const url = this.fabricCanvas.toDataURL({ format: 'png', multiplier: 1 });
    return (await fetch(url)).blob();
  }

  async saveAndLoad(): Promise<number> {
    const json = JSON.stringify(this.fabricCanvas.toJSON());
    const element = document.createElement('canvas');
    const restored = new Canvas(element, { width: PAGE_WIDTH, height: PAGE_HEIGHT, renderOnAddRemove: false });
    await restored.loadFromJSON(json);
    await restored.dispose();
    return json.length;
  }

  dispose(): void {
    void this.fabricCanvas.dispose();
    this.element.remove();
  }
}
