import { BlockRecord, Field } from './block-record.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { requireDeclaration, validatePropertyValue } from './property-registry.js';
import type { LoadedScene } from './scene-loader.js';
import type { Color, SceneLayout } from './types.js';

/** Options of `scene.create` and `scene.createVideo` (CE.SDK's `CreateSceneOptions`). */
export interface CreateSceneOptions {
  page?: {
    /** Page size in design units. */
    size?: { width: number; height: number };
    /** Page background (a color fill; default opaque white). */
    color?: Color;
  };
}

/** The layouts `scene.create` accepts. */
export const SCENE_LAYOUTS: readonly SceneLayout[] = Object.freeze(['Free', 'VerticalStack', 'HorizontalStack', 'DepthStack']);

const WHITE = Object.freeze({ r: 1, g: 1, b: 1, a: 1 });

/** Builds records for a new scene without touching the engine until it replaces the old one. */
class Staging {
  readonly records = new Map<number, BlockRecord>();
  private nextId: number;
  private readonly core: EngineCore;

  constructor(core: EngineCore) {
    this.core = core;
    this.nextId = core.nextId;
  }

  record(type: string): BlockRecord {
    const record = new BlockRecord(this.nextId, type);
    this.nextId += 1;
    this.records.set(record.id, record);
    return record;
  }

  /** Validates and stores a property on a staged record (not live yet, so nothing is recorded). */
  set(record: BlockRecord, path: string, value: unknown): void {
    record.fields.set(path, validatePropertyValue(requireDeclaration(path), value, this.core.limits, record.id));
  }

  get maxId(): number {
    return this.nextId - 1;
  }
}

function appendStaged(parent: BlockRecord, child: BlockRecord): void {
  let children = parent.fields.get(Field.children) as number[] | undefined;
  if (!children) parent.fields.set(Field.children, (children = []));
  children.push(child.id);
  child.fields.set(Field.parent, parent.id);
}

/**
 * Stages a new scene as CE.SDK's `scene.create(sceneLayout, options)` makes it: a scene with the
 * layout, a `stack` block holding the pages for the stack layouts, and a page only when `options.page`
 * asks for one (a video scene always gets one page, as its timeline needs it).
 */
export function stageScene(core: EngineCore, layout: unknown, options: unknown, mode: 'Design' | 'Video'): LoadedScene {
  if (layout !== undefined && !SCENE_LAYOUTS.includes(layout as SceneLayout)) {
    if (typeof layout === 'object' && layout !== null) throw new CesdkError('INVALID_VALUE', 'scene.create takes (sceneLayout?, options?), as CE.SDK: pass the page options second, e.g. scene.create(\'Free\', { page: { size: { width, height } } })');
    throw new CesdkError('INVALID_VALUE', `unknown scene layout '${describeValue(layout)}' (expected ${SCENE_LAYOUTS.join(', ')})`);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new CesdkError('INVALID_VALUE', 'scene options must be an object');
  const pageOptions = (options as CreateSceneOptions | undefined)?.page;
  if (pageOptions !== undefined && (typeof pageOptions !== 'object' || pageOptions === null)) throw new CesdkError('INVALID_VALUE', 'options.page must be an object');
  const staging = new Staging(core);
  const scene = staging.record(BlockType.scene);
  const sceneLayout = (layout as SceneLayout | undefined) ?? 'Free';
  if (sceneLayout !== 'Free') staging.set(scene, 'scene/layout', sceneLayout);
  if (mode === 'Video') staging.set(scene, 'scene/mode', 'Video');
  let pageParent = scene;
  if (sceneLayout !== 'Free') {
    const stack = staging.record(BlockType.stack);
    appendStaged(scene, stack);
    pageParent = stack;
  }
  if (pageOptions !== undefined || mode === 'Video') {
    const size = pageOptions?.size;
    if (size !== undefined && (typeof size !== 'object' || size === null)) throw new CesdkError('INVALID_VALUE', 'options.page.size must be { width, height }');
    const width = size?.width ?? (mode === 'Video' ? 1920 : 1080);
    const height = size?.height ?? (mode === 'Video' ? 1080 : 1080);
    staging.set(scene, 'scene/pageDimensions/width', width);
    staging.set(scene, 'scene/pageDimensions/height', height);
    const page = staging.record(BlockType.page);
    staging.set(page, 'width', width);
    staging.set(page, 'height', height);
    const fill = staging.record(`${'//ly.img.ubq/'}fill/color`);
    staging.set(fill, 'fill/color/value', pageOptions?.color ?? WHITE);
    page.fields.set(Field.fill, fill.id);
    fill.fields.set(Field.owner, page.id);
    appendStaged(pageParent, page);
  }
  return { sceneId: scene.id, records: staging.records, variables: new Map(), maxId: staging.maxId };
}

/** Design units per inch: Pixel at the scene's DPI. */
export function unitsPerInch(unit: string, dpi: number): number {
  if (unit === 'Millimeter') return 25.4;
  if (unit === 'Inch') return 1;
  return dpi;
}
