import Konva from 'konva';
import type { BenchAdapter, BenchStage } from './adapter.js';
import { VIEW_HEIGHT, VIEW_WIDTH, type BenchObject } from './scene-spec.js';

const css = ([r, g, b]: [number, number, number]) => `rgb(${r},${g},${b})`;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = url;
  });
}

/**
 * Konva, as an editor built on it would use it: a stage the size of the view, one layer, one node per
 * object; the view moves by moving the stage.
 */
export class KonvaAdapter implements BenchAdapter {
  readonly name = 'Konva';
  private stage!: Konva.Stage;
  private layer!: Konva.Layer;
  private dragged?: Konva.Node;
  private pageWidth = 0;
  private pageHeight = 0;

  get canvas(): HTMLCanvasElement {
    return this.layer.getCanvas()._canvas;
  }

  constructor() {
    // The harness draws each frame itself (layer.draw()); Konva's own redraw on the next animation
    // frame after every change would draw each frame twice.
    Konva.autoDrawEnabled = false;
  }

  async build(objects: BenchObject[], { container, pageWidth, pageHeight, imageUrl }: BenchStage): Promise<void> {
    this.pageWidth = pageWidth;
    this.pageHeight = pageHeight;
    const image = await loadImage(imageUrl);
    this.stage = new Konva.Stage({ container: container as HTMLDivElement, width: VIEW_WIDTH, height: VIEW_HEIGHT });
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

  async save(): Promise<string> {
    return this.stage.toJSON();
  }

  async load(saved: string, { container, pageWidth, pageHeight, imageUrl }: BenchStage): Promise<void> {
    this.pageWidth = pageWidth;
    this.pageHeight = pageHeight;
    // Konva's JSON does not hold image data: an app sets the images again after loading.
    const image = await loadImage(imageUrl);
    this.stage = Konva.Node.create(saved, container) as Konva.Stage;
    this.layer = this.stage.getLayers()[0];
    for (const node of this.stage.find('Image')) (node as Konva.Image).image(image);
    this.layer.draw();
  }

  setView(x: number, y: number): void {
    this.stage.position({ x: -x, y: -y });
    this.layer.draw();
  }

  beginDrag(index: number): void {
    this.dragged = this.layer.getChildren()[index];
  }

  dragFrame(dx: number): void {
    this.dragged!.x(this.dragged!.x() + dx);
    this.layer.draw();
  }

  endDrag(): void {
    this.dragged = undefined;
  }

  async exportPng(): Promise<Blob> {
    // The whole page: the stage's own offset is the view's, so the page starts at the stage position.
    const box = { x: this.stage.x(), y: this.stage.y(), width: this.pageWidth, height: this.pageHeight };
    return (await this.stage.toBlob({ ...box, mimeType: 'image/png', pixelRatio: 1 })) as Blob;
  }

  dispose(): void {
    this.stage.destroy();
  }
}
