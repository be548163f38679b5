/**
 * The browser entry of the SDK (bundled as `dist/cesdk.js`): the headless engine plus, as they land,
 * the renderer, the custom elements, licensing and the exporters.
 *
 * `<cesdk-inspector>`, `<cesdk-export-menu>`, `<cesdk-asset-library>`, `<cesdk-layers>`, `<cesdk-page-navigator>` and `<cesdk-context-menu>` are
 * defined a moment after this module runs, from a chunk of their own (they are not needed for the
 * editor's first frame); their classes are exported by `dist/panels.js` (`cesdk-web-components/panels`).
 */
export * from '../core/engine/index.js';

// Panels: inspector, layers, asset library and the shared form controls.
export * from './shared/controls/index.js';
export { isBlockLocked, moveBlock, renameBlock, setBlockLocked, setBlockVisible, LOCK_SCOPES } from './layers/layer-actions.js';
export { registerBuiltInAssetSources, addUploadedImage, type BuiltInSourceOptions } from './asset-library/built-in-sources.js';
export { attachAssetDrop, dropPoint, ASSET_DRAG_TYPE, type AssetDropOptions } from './asset-library/asset-drop.js';
export { readLocalImage, type LocalImage } from './inspector/file-picker.js';
export * from './asset-library/sources/source-ids.js';

// Export: engine.block.export writers (PNG, JPEG, WebP, raw RGBA, PDF, SVG) and the export menu.
// `registerExporters` here also attaches the engine's licensing (see elements/shared/exporters.ts);
// core/export's own version takes the watermark decision only from its options.
export { registerEngineExporters as registerExporters } from './shared/exporters.js';
export {
  exportBlock, isAbortError, EXPORT_MIME_TYPES, MAX_EXPORT_EDGE, MAX_EXPORT_AREA,
  type RegisterExportersOptions, type ExportOptions, type ExportMimeType, type ExportProgress, type ExportStage,
  type ExportUsage, type WatermarkDecision,
} from '../core/export/index.js';

// Licensing of an engine used without elements (the elements attach it themselves).
export { attachLicensing, getLicensing, type LicenseAttachment, type LicenseCredentials } from '../licensing/attach.js';
export type { LicenseState, LicenseStatus } from '../licensing/license-types.js';

// Canvas and the shared element plumbing (engine context, typed events, engine binding).
export { CesdkCanvas } from './canvas/canvas.js';
export { engineContext, type EngineContext } from './shared/context.js';
export * from './shared/events.js';
export { EngineBinding, composedContains, type EngineBindingOptions, type EngineSource } from './shared/engine-binding.js';
export { EngineStateController, type EngineStateSlices } from './shared/engine-state.js';
export { SNAPPING_THRESHOLD_SETTING } from './canvas/snap-settings.js';
import './canvas/define.js';

// Editor shell: <cesdk-editor>, toolbar, page navigator, context menu; i18n, shortcuts and theme tokens.
export { CesdkEditor, NARROW_WIDTH, type EditorPanel, type EditorTheme } from './editor/editor.js';
export { CesdkToolbar } from './toolbar/toolbar.js';
export { addPage, deletePage, duplicatePage, movePage, pagesOf, currentPageOf } from './page-navigator/page-actions.js';
export {
  registerLocale, setStrings, translate, loadLocale, availableLocales, getLocaleStrings, LocaleController, localeContext, localeEvents,
  DEFAULT_LOCALE, type LocaleStrings, type TranslationParams,
} from './shared/i18n.js';
export { SHORTCUTS, matchShortcut, formatCombination, type ShortcutAction, type ShortcutDefinition } from './shared/shortcuts.js';
export { lightTokens, darkTokens, type ThemeTokens } from './shared/theme-tokens.js';
import './toolbar/define.js';
import './editor/define.js';

// The on-demand tags' classes, as types: their HTMLElementTagNameMap and event map entries then reach
// apps that import only this entry (typed querySelector('cesdk-inspector') and friends). The classes
// themselves are exported by `cesdk-web-components/panels`.
export type { CesdkInspector, CesdkExportMenu, CesdkAssetLibrary, CesdkLayers, CesdkPageNavigator, CesdkContextMenu, CesdkTimeline } from './panels.js';
