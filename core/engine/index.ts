/**
 * The headless engine's public entry (`dist/engine.js`): no DOM, no renderer.
 * @packageDocumentation
 */
export { Engine, ENGINE_VERSION } from './engine.js';
export { CesdkError, isCesdkError, type CesdkErrorCode, type CesdkErrorDetails } from './errors.js';
export type * from './types.js';
export type { BlockAPI } from './block-api.js';
export type { BlockAPIContent } from './block-api-content.js';
export type { BlockAPITime } from './block-api-time.js';
export type { BlockAPIMedia, AddVideoOptions } from './block-api-media.js';
export type { SplitOptions } from './timeline-edit.js';
export type { VideoExportOptions, AudioExportOptions, VideoMimeType, AudioMimeType } from './video-export-call.js';
export type { AVResourceInfo, AVResourceLoader } from './av-resources.js';
export type { MediaServices, VideoThumbnailRequest, PageThumbnailRequest, AudioThumbnailRequest } from './media-state.js';
export { mediaTimeAt, type MediaTiming } from './timeline.js';
export type { BlockAPIBase } from './block-api-base.js';
export type { SceneAPI, CreateSceneOptions } from './scene-api.js';
export type { EditorAPI, Gesture } from './editor-api.js';
export type { VariableAPI } from './variable-api.js';
export type { EventAPI } from './event-api.js';
export type { AssetAPI, AssetDefinition, AssetQuery, AssetQueryResult, AssetSource } from './asset-api.js';
export type { AssetSourceJSONOptions } from './asset-json.js';
export type { EngineOptions, EngineLimits, EngineLicenseOptions, ResourceFetcher, TextMeasurer, TextMeasureRequest } from './engine-options.js';
export type { EngineEventMap, EngineEventName } from './engine-events.js';
export type { BlockExporter, BlobLike, ExportOptions } from './engine-core.js';
export type { Scope } from './scopes.js';
export { ALL_SCOPES } from './scopes.js';
export { BLEND_MODES } from './property-declarations.js';
export { ANIMATION_TYPES, BLOCK_TYPE_SHORTHANDS } from './block-types.js';
export { ANIMATION_EASING_VALUES, TEXT_ANIMATION_WRITING_STYLES } from './animation-declarations.js';
export { SCENE_SCHEMA_VERSION, SCENE_FORMAT } from './scene-serializer.js';
export { DEFAULT_ALLOWED_RESOURCE_SCHEMES, type DisallowedResourceSchemeHandler } from './scene-resources.js';
export { DEFAULT_LIMITS } from './engine-options.js';
export { ALL_KINDS, BLUR_KINDS, DROP_SHADOW_KIND, EFFECT_KIND_DECLARATIONS, FILL_KINDS, SHAPE_KINDS, kindPropertyPath, type KindDeclaration, type KindProperty, type KindUi, type ModelOf } from './kind-tables.js';
export { readKindModel } from './kind-model.js';
