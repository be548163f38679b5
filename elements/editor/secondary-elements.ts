/**
 * The panels of the editor's first view that are not in the entry chunk: the inspector and the asset
 * library (the dock panel open at start). They load as a chunk of their own right after the editor is
 * defined, and the editor's `ready` waits for them. Panels shown only on demand are in
 * `on-demand-elements.ts`.
 */
import '../inspector/define.js';
import '../asset-library/define.js';
