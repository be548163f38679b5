/**
 * The `@lit/context` key under which elements share one engine.
 *
 * `<cesdk-editor>`, or a `<cesdk-canvas>` that owns or was given an engine, provides it with a
 * `ContextProvider`; descendants (inspector, layers, toolbar, ...) consume it, usually through
 * {@link EngineBinding} in `engine-binding.ts`. The key is a registered symbol (`Symbol.for`), so
 * two copies of this module loaded in one page (e.g. the bundle and a test build) still match.
 */
import { createContext } from '@lit/context';
import type { Engine } from '../../core/engine/index.js';

/** The context key for the shared engine. The value is `undefined` until an engine exists. */
export const engineContext = createContext<Engine | undefined>(Symbol.for('cesdk-engine'));

/** The type of {@link engineContext}, for `@consume`/`@provide` declarations. */
export type EngineContext = typeof engineContext;
