import type { Engine } from '../engine/index.js';
import { AssetLoader } from '../io/index.js';

const exportLoaders = new WeakMap<Engine, AssetLoader>();

/**
 * The asset loader the exports of an engine share when the caller gives none (images, fonts, video
 * and audio, and the media metadata the engine asks for); it lives as long as the engine.
 */
export function exportLoaderFor(engine: Engine): AssetLoader {
  let loader = exportLoaders.get(engine);
  if (!loader) exportLoaders.set(engine, (loader = new AssetLoader()));
  return loader;
}
