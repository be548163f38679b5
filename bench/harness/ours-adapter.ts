import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import { SceneRenderer } from '../../core/render/index.js';
import { registerExporters } from '../../core/export/index.js';
import type { BenchAdapter } from './adapter.js';
import { PAGE_HEIGHT, PAGE_WIDTH, type BenchObject } from './scene-spec.js';

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
  private cameraX = 0;

  get canvas(): HTMLCanvasElement {
    return this.renderer.canvas;
  }

  async load(objects: BenchObject[], imageUrl: string, container: HTMLElement): Promise<void> {
    this.engine = await Engine.create();
    const engine = this.engine;
    // Peers export without a watermark, so ours is measured as a licensed export.
    registerExporters(engine, { license: { needsWatermark: false } });
    engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    this.page = engine.scene.getPages()[0];
    engine.editor.transact('bench scene', () => {
      engine.block.setWidth(this.page, PAGE_WIDTH);
      engine.block.setHeight(this.page, PAGE_HEIGHT);
      addBenchObjects(engine, this.page, objects, imageUrl);
    });
    this.renderer = await SceneRenderer.create({ engine, width: PAGE_WIDTH, height: PAGE_HEIGHT, resolution: 1 });
    container.append(this.renderer.canvas);
    this.renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    this.renderer.renderNow();
    await this.renderer.whenIdle();
    this.renderer.renderNow();
  }

  panFrame(dx: number): void {
    this.cameraX += dx;
    this.renderer.setCamera({ x: this.cameraX, y: 0, zoom: 1 });
    this.renderer.renderNow();
  }

  beginDrag(): void {
    const children = this.engine.block.getChildren(this.page);
    this.dragged = children[Math.floor(children.length / 2)];
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

  async saveAndLoad(): Promise<number> {
    const json = await this.engine.scene.saveToString();
    const other = await Engine.create();
    await other.scene.loadFromString(json);
    other.dispose();
    return json.length;
  }

  dispose(): void {
    this.renderer.destroy();
    this.engine.dispose();
  }
}
