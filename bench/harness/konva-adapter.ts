import Konva from 'konva';
import type { BenchAdapter } from './adapter.js';
import { PAGE_HEIGHT, PAGE_WIDTH, type BenchObject } from './scene-spec.js';

const css = ([r, g, b]: [number, number, number]) => `rgb(${r},${g},${b})`;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = url;
  });
}

/** Konva, as an editor built on it would use it: one layer, one node per object. */
export class KonvaAdapter implements BenchAdapter {
  readonly name = 'Konva';
  private stage!: Konva.Stage;
  private layer!: Konva.Layer;
  private dragged?: Konva.Node;
  private panX = 0;

  get canvas(): HTMLCanvasElement {
    return this.layer.getCanvas()._canvas;
  }

  async load(objects: BenchObject[], imageUrl: string, container: HTMLElement): Promise<void> {
    const image = await loadImage(imageUrl);
    this.stage = new Konva.Stage({ container: container as HTMLDivElement, width: PAGE_WIDTH, height: PAGE_HEIGHT });
    this.layer = new Konva.Layer();
    this.stage.add(this.layer);
    for (const object of objects) {
      const common = { x: object.x, y: object.y, fill: css(object.fill), stroke: css(object.stroke), strokeWidth: object.strokeWidth };
      if (object.kind === 'ellipse') {
        this.layer.add(new Konva.Ellipse({ ...common, x: object.x + object.width / 2, y: object.y + object.height / 2, radiusX: object.width / 2, radiusY: object.height / 2 }));
      } else if (object.kind === 'text') {
        this.layer.add(new Konva.Text({ x: object.x, y: object.y, text: object.text, fontSize: object.fontSize, fill: css(object.fill), width: object.width }));
      } else if (object.kind === 'image') {
        this.layer.add(new Konva.Image({ x: object.x, y: object.y, width: object.width, height: object.height, image }));
      } else {
        this.layer.add(new Konva.Rect({ ...common, width: object.width, height: object.height, cornerRadius: object.cornerRadius }));
      }
    }
    this.layer.draw();
  }

  panFrame(dx: number): void {
    this.panX -= dx;
    this.stage.position({ x: this.panX, y: 0 });
    this.layer.draw();
  }

  beginDrag(): void {
    const children = this.layer.getChildren();
    this.dragged = children[Math.floor(children.length / 2)];
  }

  dragFrame(dx: number): void {
    this.dragged!.x(this.dragged!.x() + dx);
    this.layer.draw();
  }

  endDrag(): void {
    this.dragged = undefined;
  }

  async exportPng(): Promise<Blob> {
    return (await this.stage.toBlob({ mimeType: 'image/png', pixelRatio: 1 })) as Blob;
  }

  async saveAndLoad(): Promise<number> {
    const json = this.stage.toJSON();
    const restored = Konva.Node.create(json, document.createElement('div')) as Konva.Stage;
    restored.destroy();
    return json.length;
  }

  dispose(): void {
    this.stage.destroy();
  }
}
