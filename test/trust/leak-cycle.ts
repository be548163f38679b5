/**
 * One editor life, as the leak test and the soak test run it: mount `<cesdk-editor>`, add 50 blocks
 * and a text, export a PNG, remove the element, and wait until it has let go of its engine.
 */
import '../../elements/editor/define.js';
import type { Engine } from '../../core/engine/index.js';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Adds `count` rectangles and ellipses in one transaction. */
export function addBlocks(engine: Engine, count: number): void {
  engine.editor.transact('Add blocks', () => {
    const page = engine.scene.getPages()[0]!;
    for (let index = 0; index < count; index += 1) {
      const block = engine.block.create('graphic');
      engine.block.setShape(block, engine.block.createShape(index % 2 === 0 ? 'rect' : 'ellipse'));
      const fill = engine.block.createFill('color');
      engine.block.setColor(fill, 'fill/color/value', { r: (index % 7) / 7, g: 0.4, b: 0.6, a: 1 });
      engine.block.setFill(block, fill);
      engine.block.setPositionX(block, (index % 10) * 100);
      engine.block.setPositionY(block, Math.floor(index / 10) * 100);
      engine.block.setWidth(block, 80);
      engine.block.setHeight(block, 80);
      engine.block.appendChild(page, block);
    }
  });
}

/** Mounts an editor, edits, exports and removes it. */
export async function editorCycle(container: HTMLElement): Promise<void> {
  const editor = document.createElement('cesdk-editor');
  container.append(editor);
  const engine = await editor.ready;
  addBlocks(engine, 50);
  const text = engine.block.create('text');
  engine.block.replaceText(text, 'Leak check');
  engine.block.setWidth(text, 400);
  engine.block.setHeight(text, 60);
  engine.block.appendChild(engine.scene.getPages()[0]!, text);
  await pause(30);
  const png = await engine.block.export(engine.scene.getPages()[0]!, { mimeType: 'image/png' });
  if (png.size === 0) throw new Error('empty export');
  editor.remove();
  // The editor releases its engine a task after removal (a move within one task keeps it).
  await pause(20);
}
