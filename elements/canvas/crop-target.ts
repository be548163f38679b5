/** Which blocks crop mode takes (crop mode itself, `crop-mode.ts`, is a chunk of its own: see `on-demand.ts`). */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { allowedOnAll } from './surface.js';

/** Whether a block shows an image fill (and so can be cropped). */
export function hasImageFill(engine: Engine, block: DesignBlockId): boolean {
  try {
    if (!engine.block.supportsFill(block)) return false;
    const fill = engine.block.getFill(block);
    return fill !== null && fill !== undefined && engine.block.getType(fill).endsWith('/fill/image');
  } catch {
    return false;
  }
}

/** Whether the block may be cropped (an image fill and the `layer/crop` scope). */
export function canCrop(engine: Engine, block: DesignBlockId): boolean {
  return hasImageFill(engine, block) && allowedOnAll(engine, [block], 'layer/crop');
}
