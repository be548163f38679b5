import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import { SceneRenderer } from '../../core/render/index.js';
import { registerExporters } from '../../core/export/index.js';
import type { BenchAdapter, BenchStage } from './adapter.js';
import { VIEW_HEIGHT, VIEW_WIDTH, type BenchObject } from './scene-spec.js';

const rgba = ([r, g, b]: [number, number, number]) => ({ r: r / 255, g: g / 255, b: b / 255, a: 1 });

/** Adds the harness objects to `page` as this SDK's blocks (call inside a transaction). */
export function addBenchObjects(engine: Engine, page: DesignBlockId, objects: readonly BenchObject[], imageUrl: string): void {
  for (const object of objects) {
    const block = engine.block.create(object.kind === 'text' ? 'text' : 'graphic');
    engine.block.setPositionX(block, object.x);
    engine.block.setPositionY(block, object.y);
    engine.block.setWidth(block, object.width);
    engine.block.setHeight(block, object.height);
    if (object.kind === 'text') {
      engine.block.replaceText(block, object.text);
      engine.block.setFloat(block, 'text/fontSize', object.fontSize * 0.75);
      engine.block.setTextColor(block, rgba(object.fill));
    } else {
      const shape = engine.block.createShape(object.kind === 'ellipse' ? 'ellipse' : 'rect');
      engine.block.setShape(block, shape);
      if (object.kind === 'roundedRect') {
        for (const corner of ['TL', 'TR', 'BL', 'BR']) engine.block.setFloat(shape, `shape/rect/cornerRadius${corner}`, object.cornerRadius);
      }
      if (object.kind === 'image') {
        const fill = engine.block.createFill('image');
        engine.block.setString(fill, 'fill/image/imageFileURI', imageUrl);
        engine.block.setFill(block, fill);
      } else {
        const fill = engine.block.createFill('color');
        engine.block.setColor(fill, 'fill/color/value', rgba(object.fill));
        engine.block.setFill(block, fill);
        engine.block.setBool(block, 'stroke/enabled', true);
        engine.block.setColor(block, 'stroke/color', rgba(object.stroke));
        engine.block.setFloat(block, 'stroke/width', object.strokeWidth);
      }
    }
    engine.block.appendChild(page, block);
  }
}

/** This project: the headless engine plus the PixiJS renderer, as <cesdk-canvas> uses them. */
export class OursAdapter implements BenchAdapter {
  readonly name = 'CE.SDK WC';
  private engine!: Engine;
  private renderer!: SceneRenderer;
  private page!: DesignBlockId;
  private dragged?: DesignBlockId;
  private view = { x: 0, y: 0 };

  get canvas(): HTMLCanvasElement {
    return this.renderer.canvas;
  }

  async build(objects: BenchObject[], { container, pageWidth, pageHeight, imageUrl }: BenchStage): Promise<void> {
    this.engine = await Engine.create();
    const engine = this.engine;
    // Peers export without a watermark, so ours is measured as a licensed export.
    registerExporters(engine, { license: { needsWatermark: false } });
    engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    this.page = engine.scene.getPages()[0];
    engine.editor.transact('bench scene', () => {
      engine.block.setWidth(this.page, pageWidth);
      engine.block.setHeight(this.page, pageHeight);
      addBenchObjects(engine, this.page, objects, imageUrl);
    });
    await this.show(container);
  }

  async save(): Promise<string> {
    return this.engine.scene.saveToString();
  }

  async load(saved: string, { container }: BenchStage): Promise<void> {
    this.engine = await Engine.create();
    registerExporters(this.engine, { license: { needsWatermark: false } });
    await this.engine.scene.loadFromString(saved);
    this.page = this.engine.scene.getPages()[0];
    await this.show(container);
  }

  /**
   * Creates the renderer for the 1920×1080 view at (0, 0) and draws the first complete frame:
   * `whenIdle` starts the loads of what is in view (the image), waits for them and then draws once,
   * as the peers' adapters load the image before drawing.
   */
  private async show(container: HTMLElement): Promise<void> {
    this.renderer = await SceneRenderer.create({ engine: this.engine, width: VIEW_WIDTH, height: VIEW_HEIGHT, resolution: 1 });
    container.append(this.renderer.canvas);
    this.renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    await this.renderer.whenIdle();
  }

  /** The renderer draws a camera move on the next animation frame, as in `<cesdk-canvas>`. */
  readonly drawsOnAnimationFrame = true;

  setView(x: number, y: number): void {
    this.view = { x, y };
    this.renderer.setCamera({ x, y, zoom: 1 });
  }

  beginDrag(index: number): void {
    const children = this.engine.block.getChildren(this.page);
    this.dragged = children[index];
    this.renderer.setLiveBlocks([this.dragged]);
  }

  dragFrame(dx: number): void {
    const block = this.dragged!;
    this.engine.block.setPositionX(block, this.engine.block.getPositionX(block) + dx);
    this.engine.event.flush();
    this.renderer.renderNow();
  }

  endDrag(): void {
    this.renderer.setLiveBlocks([]);
    this.dragged = undefined;
  }

  async exportPng(): Promise<Blob> {
    return (await this.engine.block.export(this.page, { mimeType: 'image/png' })) as unknown as Blob;
  }

  dispose(): void {
    this.renderer.destroy();
    this.engine.dispose();
  }
}
