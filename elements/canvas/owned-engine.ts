/**
 * The engine a `<cesdk-canvas>` creates for itself when nothing gives it one: a fresh engine with a
 * scene of one page (the engine's default page size).
 */
import { Engine } from '../../core/engine/index.js';

/** Creates an engine with a new scene. */
export async function createOwnedEngine(): Promise<Engine> {
  const engine = await Engine.create();
  engine.scene.create();
  return engine;
}
