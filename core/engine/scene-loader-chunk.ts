/**
 * The scene validator and its migrations (./scene-loader.ts) are a chunk of their own, fetched on the
 * first load of a scene or of blocks: creating and editing a design never needs them.
 */
import { CesdkError } from './errors.js';

type SceneLoader = typeof import('./scene-loader.js');
let sceneLoader: SceneLoader | undefined;

/** Loads the scene validator once; every engine shares it. */
export async function loadSceneLoader(): Promise<SceneLoader> {
  return (sceneLoader ??= await import('./scene-loader.js'));
}

/** The scene validator, once {@link loadSceneLoader} has loaded it (else `INVALID_STATE`). */
export function loadedSceneLoader(): SceneLoader {
  if (!sceneLoader) throw new CesdkError('INVALID_STATE', 'the scene loader is not loaded yet: use the asynchronous load calls');
  return sceneLoader;
}
