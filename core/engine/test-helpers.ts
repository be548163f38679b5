import { Engine } from './engine.js';
import type { DesignBlockId } from './types.js';

/** An engine with a scene and its page, for tests. */
export async function createTestEngine(options: Parameters<typeof Engine.create>[0] = {}): Promise<{ engine: Engine; scene: DesignBlockId; page: DesignBlockId }> {
  const engine = await Engine.create(options);
  const scene = engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  return { engine, scene, page };
}

/** Adds a rect graphic with a color fill to a page. */
export function addRect(engine: Engine, page: DesignBlockId, x = 0, y = 0, width = 100, height = 100): DesignBlockId {
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape('rect'));
  engine.block.setFill(block, engine.block.createFill('color'));
  engine.block.setPosition(block, x, y);
  engine.block.setSize(block, width, height);
  engine.block.appendChild(page, block);
  return block;
}
