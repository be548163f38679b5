/**
 * Reads everything the renderer draws for one block from the engine into a plain snapshot.
 * Reads never throw: a property a block type lacks falls back to its CE.SDK default, so a half-built
 * or exotic block still draws.
 */
import { DROP_SHADOW_KIND, readKindModel, type Color, type DesignBlockId, type Engine, type GradientColorStop, type ModelOf } from '../engine/index.js';
import { animationIdsOf, readBlockAnimations, type BlockAnimations } from './animation-spec.js';
import { kinds } from './kinds/index.js';
import type { RunAttributes } from './text-run-layout.js';

/** The short kind of a design block. */
export type BlockKind = 'scene' | 'page' | 'graphic' | 'text' | 'group' | 'audio' | 'unknown';

/** The block's shape, in its own frame. */
export type ShapeSpec =
  | { type: 'rect'; radii: [number, number, number, number] } // TL, TR, BR, BL
  | { type: 'ellipse' }
  | { type: 'line' }
  | { type: 'polygon'; sides: number; cornerRadius: number }
  | { type: 'star'; points: number; innerDiameter: number }
  | { type: 'vector_path'; path: string; width: number; height: number };

/** The block's fill. Points are relative to the frame (0..1). */
export type FillSpec =
  | { type: 'color'; color: Color }
  | { type: 'linear'; stops: GradientColorStop[]; start: [number, number]; end: [number, number] }
  | { type: 'radial'; stops: GradientColorStop[]; center: [number, number]; radius: number }
  | { type: 'conical'; stops: GradientColorStop[]; center: [number, number] }
  | { type: 'image'; uri: string }
  | { type: 'video'; uri: string };

/** Stroke settings as the engine stores them. */
export interface StrokeSpec {
  color: Color;
  width: number;
  style: string;
  position: string;
  cornerGeometry: string;
}

/** Drop shadow settings: the engine's read-model of the `dropShadow` kind (every `dropShadow/…` property by name). */
export type ShadowSpec = ModelOf<typeof DROP_SHADOW_KIND>;

/** Crop of the fill inside the frame. */
export interface CropSpec {
  scaleX: number;
  scaleY: number;
  translationX: number;
  translationY: number;
  rotation: number;
  flipHorizontal: boolean;
  flipVertical: boolean;
}

/** One enabled effect with its parameters (by the last path segment, e.g. `brightness`). */
export interface EffectSpec {
  type: string;
  parameters: Record<string, number | boolean | string | Color>;
}

/** Text content and style. */
export interface TextSpec {
  text: string;
  fontFileUri: string;
  typeface: string;
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  lineHeight: number;
  letterSpacing: number;
  color: Color;
  autoHeight: boolean;
  /** Styled runs over `text` (sizes in points); empty or absent: one style. */
  runs?: readonly RunAttributes[];
  /** The block's own text case (`text/case`); runs may set their own. */
  textCase?: string;
  /** Background box behind the text, when enabled. */
  background?: { color: Color; cornerRadius: number; paddingTop: number; paddingRight: number; paddingBottom: number; paddingLeft: number };
}

/** Everything the renderer needs of one design block. */
export interface BlockSnapshot {
  id: DesignBlockId;
  kind: BlockKind;
  parent: DesignBlockId | null;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  flipHorizontal: boolean;
  flipVertical: boolean;
  opacity: number;
  visible: boolean;
  /** False when the block is left out of exports (`includedInExport`); the canvas still shows it. */
  includedInExport: boolean;
  blendMode: string;
  shape?: ShapeSpec;
  fill?: FillSpec;
  contentFillMode: string;
  crop: CropSpec;
  stroke?: StrokeSpec;
  shadow?: ShadowSpec;
  effects: readonly EffectSpec[];
  /** The blur: its type, `intensity` (uniform) or `blurRadius`, and every parameter by name. */
  blur?: { type: string; intensity: number; parameters: EffectSpec['parameters'] };
  text?: TextSpec;
  /** In, Out and Loop animations (drawn in video scenes at the playback time; see animation-pose.ts). */
  animations?: BlockAnimations;
  /** Fill, shape, effect, blur and animation blocks this block owns: their change events redraw this block. */
  ownedBlocks: DesignBlockId[];
}

const TYPE_PREFIX = '//ly.img.ubq/';
const NO_CROP: CropSpec = Object.freeze({ scaleX: 1, scaleY: 1, translationX: 0, translationY: 0, rotation: 0, flipHorizontal: false, flipVertical: false });

/** Calls `read`, returning `fallback` when the property is missing or the read fails. */
function safe<T>(read: () => T, fallback: T): T {
  try {
    const value = read();
    return value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value)) ? fallback : value;
  } catch {
    return fallback;
  }
}

type BlockApi = Engine['block'];

// The reads every block makes, as {@link safe} does them but without a closure per read: a scene of
// 10,000 blocks makes some 300,000 of them on open, on first export and on load.

function floatOf(block: BlockApi, id: DesignBlockId, path: string, fallback: number): number {
  try {
    const value = block.getFloat(id, path);
    return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

function boolOf(block: BlockApi, id: DesignBlockId, path: string, fallback: boolean): boolean {
  try {
    return block.getBool(id, path) ?? fallback;
  } catch {
    return fallback;
  }
}

function enumOf(block: BlockApi, id: DesignBlockId, path: string, fallback: string): string {
  try {
    return block.getEnum(id, path) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Snapshots without enabled effects share this empty, frozen list. */
const NO_EFFECTS: readonly EffectSpec[] = Object.freeze([]);

/** The short kind of a design block's long type name. */
export function kindOf(longType: string): BlockKind {
  const short = longType.startsWith(TYPE_PREFIX) ? longType.slice(TYPE_PREFIX.length) : longType;
  // The literals, not `short`: a slice is a new string per block (10,000 copies of 'graphic').
  switch (short) {
    case 'scene': return 'scene';
    case 'page': return 'page';
    case 'graphic': return 'graphic';
    case 'text': return 'text';
    case 'group': return 'group';
    case 'audio': return 'audio';
    default: return 'unknown';
  }
}

function shortTypeOf(engine: Engine, id: DesignBlockId, family: string): string {
  const longType = safe(() => engine.block.getType(id), '');
  const prefix = `${TYPE_PREFIX}${family}/`;
  return longType.startsWith(prefix) ? longType.slice(prefix.length) : longType;
}

/** A shape block through its kind (an unknown kind draws as the frame's rectangle). */
function readShape(engine: Engine, shape: DesignBlockId): ShapeSpec {
  const kind = kinds.shape(shortTypeOf(engine, shape, 'shape')) ?? kinds.shapeOf(undefined);
  return kind.spec(readKindModel(engine.block, shape, kind.declaration));
}

/** A fill block through its kind; undefined for a kind nobody registered. */
function readFill(engine: Engine, fill: DesignBlockId): FillSpec | undefined {
  const kind = kinds.fill(shortTypeOf(engine, fill, 'fill'));
  return kind?.spec(readKindModel(engine.block, fill, kind.declaration));
}

function readEffect(engine: Engine, effect: DesignBlockId, family: 'effect' | 'blur' = 'effect'): EffectSpec {
  const block = engine.block;
  const type = shortTypeOf(engine, effect, family);
  const parameters: EffectSpec['parameters'] = {};
  const prefix = `${family}/${type}/`;
  for (const path of safe(() => block.findAllProperties(effect), [] as string[])) {
    if (!path.startsWith(prefix)) continue;
    const name = path.slice(prefix.length);
    const kind = safe(() => block.getPropertyType(path), 'Float');
    const value = safe<number | boolean | string | Color | undefined>(() => {
      switch (kind) {
        case 'Bool': return block.getBool(effect, path);
        case 'Int': return block.getInt(effect, path);
        case 'Double': return block.getDouble(effect, path);
        case 'Color': return block.getColor(effect, path);
        case 'String': return block.getString(effect, path);
        case 'Enum': return block.getEnum(effect, path);
        default: return block.getFloat(effect, path);
      }
    }, undefined);
    if (value !== undefined) parameters[name] = value;
  }
  return { type, parameters };
}

function readText(engine: Engine, id: DesignBlockId): TextSpec {
  const block = engine.block;
  const text = safe(() => block.getResolvedText(id), safe(() => block.getString(id, 'text/text'), ''));
  return {
    text,
    fontFileUri: safe(() => block.getString(id, 'text/fontFileUri'), ''),
    typeface: safe(() => block.getString(id, 'text/typeface'), ''),
    fontSize: safe(() => block.getFloat(id, 'text/fontSize'), 12),
    fontWeight: String(safe<unknown>(() => block.getEnum(id, 'text/fontWeight'), 'Normal')),
    fontStyle: safe(() => block.getEnum(id, 'text/fontStyle'), 'Normal'),
    horizontalAlignment: safe(() => block.getEnum(id, 'text/horizontalAlignment'), 'Left'),
    verticalAlignment: safe(() => block.getEnum(id, 'text/verticalAlignment'), 'Top'),
    lineHeight: safe(() => block.getFloat(id, 'text/lineHeight'), 1),
    letterSpacing: safe(() => block.getFloat(id, 'text/letterSpacing'), 0),
    // A text's color lives in its color fill (as in CE.SDK); runs may give ranges their own.
    color: safe(() => block.getTextColor(id), { r: 0, g: 0, b: 0, a: 1 } as Color),
    autoHeight: safe(() => block.getEnum(id, 'height/mode'), 'Absolute') === 'Auto',
    runs: safe<readonly RunAttributes[]>(() => block.getResolvedTextRuns(id), []),
    textCase: safe(() => block.getEnum(id, 'text/case'), 'Normal'),
    background: safe(() => block.getBool(id, 'backgroundColor/enabled'), false)
      ? {
        color: safe(() => block.getColor(id, 'backgroundColor/color'), { r: 1, g: 1, b: 1, a: 1 } as Color),
        cornerRadius: safe(() => block.getFloat(id, 'backgroundColor/cornerRadius'), 0),
        paddingTop: safe(() => block.getFloat(id, 'backgroundColor/paddingTop'), 0),
        paddingRight: safe(() => block.getFloat(id, 'backgroundColor/paddingRight'), 0),
        paddingBottom: safe(() => block.getFloat(id, 'backgroundColor/paddingBottom'), 0),
        paddingLeft: safe(() => block.getFloat(id, 'backgroundColor/paddingLeft'), 0),
      }
      : undefined,
  };
}

/** Reads one design block. */
export function readBlockSnapshot(engine: Engine, id: DesignBlockId): BlockSnapshot {
  const block = engine.block;
  const kind = kindOf(safe(() => block.getType(id), ''));
  const ownedBlocks: DesignBlockId[] = [];
  const snapshot: BlockSnapshot = {
    id, kind,
    parent: safe(() => block.getParent(id), null),
    x: floatOf(block, id, 'position/x', 0), y: floatOf(block, id, 'position/y', 0),
    width: Math.max(0, floatOf(block, id, 'width', 0)), height: Math.max(0, floatOf(block, id, 'height', 0)),
    rotation: floatOf(block, id, 'rotation', 0),
    flipHorizontal: boolOf(block, id, 'flip/horizontal', false), flipVertical: boolOf(block, id, 'flip/vertical', false),
    opacity: Math.min(1, Math.max(0, floatOf(block, id, 'opacity', 1))),
    visible: boolOf(block, id, 'visible', true),
    includedInExport: boolOf(block, id, 'includedInExport', true),
    blendMode: enumOf(block, id, 'blend/mode', 'Normal'),
    contentFillMode: 'Cover',
    crop: NO_CROP,
    effects: NO_EFFECTS,
    ownedBlocks,
  };
  if (kind === 'graphic') {
    const shape = safe(() => block.getShape(id), null as DesignBlockId | null);
    if (shape != null) {
      ownedBlocks.push(shape);
      snapshot.shape = readShape(engine, shape);
    }
  }
  if (kind === 'text') {
    // The text's color fill: a change of it redraws the text.
    const fill = safe(() => block.getFill(id), null as DesignBlockId | null);
    if (fill != null) ownedBlocks.push(fill);
  }
  if (kind === 'graphic' || kind === 'page') {
    const fill = safe(() => block.getFill(id), null as DesignBlockId | null);
    if (fill != null) {
      ownedBlocks.push(fill);
      if (safe(() => block.isFillEnabled(id), true)) snapshot.fill = readFill(engine, fill);
    }
    if (snapshot.fill && kinds.fillOf(snapshot.fill)?.content) {
      // Only content fills (image, video) are laid into the frame; other blocks skip these reads.
      snapshot.contentFillMode = enumOf(block, id, 'contentFill/mode', 'Cover');
      snapshot.crop = {
        scaleX: floatOf(block, id, 'crop/scaleX', 1) || 1, scaleY: floatOf(block, id, 'crop/scaleY', 1) || 1,
        translationX: floatOf(block, id, 'crop/translationX', 0), translationY: floatOf(block, id, 'crop/translationY', 0),
        rotation: floatOf(block, id, 'crop/rotation', 0),
        flipHorizontal: boolOf(block, id, 'crop/flipHorizontal', false), flipVertical: boolOf(block, id, 'crop/flipVertical', false),
      };
    }
  }
  if (kind === 'graphic' || kind === 'text' || kind === 'page') {
    if (boolOf(block, id, 'stroke/enabled', false)) {
      snapshot.stroke = {
        color: safe(() => block.getColor(id, 'stroke/color'), { r: 0, g: 0, b: 0, a: 1 } as Color),
        width: Math.max(0, floatOf(block, id, 'stroke/width', 1)),
        style: enumOf(block, id, 'stroke/style', 'Solid'),
        position: enumOf(block, id, 'stroke/position', 'Center'),
        cornerGeometry: enumOf(block, id, 'stroke/cornerGeometry', 'Miter'),
      };
    }
    if (boolOf(block, id, 'dropShadow/enabled', false)) snapshot.shadow = readKindModel(block, id, DROP_SHADOW_KIND);
    const effects = safe(() => block.getEffects(id), [] as DesignBlockId[]);
    const enabled: EffectSpec[] = [];
    for (const effect of effects) {
      ownedBlocks.push(effect);
      if (safe(() => block.isEffectEnabled(effect), true)) enabled.push(readEffect(engine, effect));
    }
    if (enabled.length > 0) snapshot.effects = enabled;
    const blur = safe(() => block.getBlur(id), null as DesignBlockId | null);
    if (blur != null) {
      ownedBlocks.push(blur);
      if (safe(() => block.isBlurEnabled(id), false)) {
        const { type, parameters } = readEffect(engine, blur, 'blur');
        snapshot.blur = { type, intensity: safe(() => block.getFloat(blur, `blur/${type}/intensity`), safe(() => block.getFloat(blur, `blur/${type}/blurRadius`), 0.5)), parameters };
      }
    }
  }
  if (kind === 'text') snapshot.text = readText(engine, id);
  if (kind === 'graphic' || kind === 'text') {
    // One read of the animation slots for both the owned ids and the animations.
    try {
      const owned = animationIdsOf(engine, id);
      if (owned.length > 0) {
        ownedBlocks.push(...owned);
        snapshot.animations = safe(() => readBlockAnimations(engine, id), undefined);
      } else {
        snapshot.animations = undefined;
      }
    } catch {
      snapshot.animations = undefined;
    }
  }
  // Kept with the view: an exact-size copy (a grown array holds room for 17 ids).
  snapshot.ownedBlocks = ownedBlocks.slice();
  return snapshot;
}
