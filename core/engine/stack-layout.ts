import type { BlockRecord } from './block-record.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';

function numberField(record: BlockRecord, path: string, fallback: number): number {
  const value = record.fields.get(path);
  return typeof value === 'number' ? value : fallback;
}

/**
 * Arranges the pages of every stack block by the scene's layout: `VerticalStack` one below the
 * other, `HorizontalStack` side by side, `DepthStack` on top of each other, `stack/spacing` apart.
 * Runs inside the transaction that changed a page, a stack or the layout, so undo restores it too.
 * `stack/spacingInScreenspace` is kept for the canvas; the engine, which has no screen, spaces in
 * design units.
 */
export function layoutStacks(core: EngineCore): void {
  for (const sceneId of core.sceneIds) {
    const scene = core.blocks.get(sceneId);
    if (!scene) continue;
    const layout = (scene.fields.get('scene/layout') as string | undefined) ?? 'Free';
    for (const childId of core.childrenOf(scene)) {
      const stack = core.blocks.get(childId);
      if (!stack || stack.type !== BlockType.stack) continue;
      const spacing = numberField(stack, 'stack/spacing', 0);
      let offset = 0;
      for (const pageId of core.childrenOf(stack)) {
        const page = core.blocks.get(pageId);
        if (!page) continue;
        const x = layout === 'HorizontalStack' ? offset : 0;
        const y = layout === 'VerticalStack' ? offset : 0;
        if (numberField(page, 'position/x', 0) !== x) core.write(page, 'position/x', x === 0 ? undefined : x);
        if (numberField(page, 'position/y', 0) !== y) core.write(page, 'position/y', y === 0 ? undefined : y);
        if (layout === 'HorizontalStack') offset += numberField(page, 'width', 100) + spacing;
        else if (layout === 'VerticalStack') offset += numberField(page, 'height', 100) + spacing;
      }
    }
  }
}

/** Whether a change to this record can move stacked pages. */
export function affectsStackLayout(record: BlockRecord): boolean {
  return record.type === BlockType.page || record.type === BlockType.stack || record.type === BlockType.scene;
}
