/**
 * The engine a `<cesdk-canvas>` creates for itself when nothing gives it one: a fresh engine with a
 * scene of one page (the engine's default page size), with licensing attached, so an unlicensed
 * standalone canvas shows the watermark like every other unlicensed use.
 */
import { Engine } from '../../core/engine/index.js';
import { attachLicensing } from '../../licensing/attach.js';

/** Creates an engine with a new scene and attaches licensing to it. */
export async function createOwnedEngine(): Promise<Engine> {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  attachLicensing(engine);
  return engine;
}
