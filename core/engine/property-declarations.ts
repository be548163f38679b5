import { EFFECT_KIND_NAMES } from './effect-kinds.js';
import { ALL_KINDS, EFFECT_KIND_DECLARATIONS, kindPropertyPath, type KindDeclaration } from './kind-tables.js';
import { declareProperty, extendPropertyBlockTypes, findDeclaration, type PropertyDeclarationOptions } from './property-registry.js';

// The whole property catalogue. Paths, types, defaults and enum values mirror CE.SDK; see the
// engine README section of the project docs for where we deliberately differ.

const LAYOUT = ['graphic', 'text', 'group', 'page'];
const VISUAL = ['graphic', 'text', 'page'];
const TIMED = ['graphic', 'text', 'group', 'page', 'audio'];

/** Blend modes accepted by `blend/mode`. */
export const BLEND_MODES = [
  'PassThrough', 'Normal', 'Darken', 'Multiply', 'ColorBurn', 'LinearBurn', 'DarkenColor', 'Lighten', 'Screen',
  'ColorDodge', 'LinearDodge', 'LightenColor', 'Overlay', 'SoftLight', 'HardLight', 'VividLight', 'LinearLight',
  'PinLight', 'HardMix', 'Difference', 'Exclusion', 'Subtract', 'Divide', 'Hue', 'Saturation', 'Color', 'Luminosity',
] as const;

const SIZE_MODES = ['Absolute', 'Percent', 'Auto'];
const BLACK = { r: 0, g: 0, b: 0, a: 1 };

function declareAll(blockTypes: readonly string[], scope: string | undefined, entries: readonly Omit<PropertyDeclarationOptions, 'blockTypes'>[]): void {
  for (const entry of entries) declareProperty({ scope, ...entry, blockTypes });
}

function float(path: string, defaultValue: number, min?: number, max?: number): Omit<PropertyDeclarationOptions, 'blockTypes'> {
  return { path, type: 'Float', defaultValue, min, max };
}
function double(path: string, defaultValue: number, min?: number, max?: number): Omit<PropertyDeclarationOptions, 'blockTypes'> {
  return { path, type: 'Double', defaultValue, min, max };
}
function bool(path: string, defaultValue: boolean): Omit<PropertyDeclarationOptions, 'blockTypes'> {
  return { path, type: 'Bool', defaultValue };
}
function string(path: string, defaultValue = '', isUri = false): Omit<PropertyDeclarationOptions, 'blockTypes'> {
  return { path, type: 'String', defaultValue, isUri };
}
function color(path: string, defaultValue: object): Omit<PropertyDeclarationOptions, 'blockTypes'> {
  return { path, type: 'Color', defaultValue: Object.freeze({ ...defaultValue }) };
}
function enumeration(path: string, enumValues: readonly string[], defaultValue: string): Omit<PropertyDeclarationOptions, 'blockTypes'> {
  return { path, type: 'Enum', enumValues, defaultValue };
}

// Layout and appearance of design blocks.
declareAll(LAYOUT, 'layer/move', [
  float('position/x', 0), float('position/y', 0),
  enumeration('position/x/mode', SIZE_MODES, 'Absolute'), enumeration('position/y/mode', SIZE_MODES, 'Absolute'),
]);
declareAll(LAYOUT, 'layer/resize', [
  float('width', 100, 0), float('height', 100, 0),
  enumeration('width/mode', SIZE_MODES, 'Absolute'),
]);
declareProperty({ ...enumeration('height/mode', SIZE_MODES, 'Absolute'), blockTypes: LAYOUT, scope: 'layer/resize', typeDefaults: { text: 'Auto' } });
declareAll(LAYOUT, 'layer/rotate', [float('rotation', 0)]);
declareAll(LAYOUT, 'layer/opacity', [float('opacity', 1, 0, 1)]);
declareAll(LAYOUT, 'layer/visibility', [bool('visible', true)]);
declareAll(LAYOUT, 'layer/blendMode', [enumeration('blend/mode', BLEND_MODES, 'Normal')]);
declareAll(LAYOUT, 'layer/flip', [bool('flip/horizontal', false), bool('flip/vertical', false)]);
declareAll(LAYOUT, 'layer/clipping', [bool('clipped', false)]);
declareAll(LAYOUT, undefined, [
  bool('transformLocked', false), bool('alwaysOnTop', false), bool('alwaysOnBottom', false),
  bool('highlightEnabled', true), bool('placeholder/enabled', false),
]);
declareAll(VISUAL, 'fill/change', [bool('fill/enabled', true)]);
declareAll(['graphic', 'page'], 'layer/crop', [enumeration('contentFill/mode', ['Crop', 'Cover', 'Contain'], 'Cover')]);
declareAll(['graphic'], 'layer/crop', [
  float('crop/scaleX', 1, 0.0001), float('crop/scaleY', 1, 0.0001), float('crop/scaleRatio', 1, 0.0001),
  float('crop/rotation', 0), float('crop/translationX', 0), float('crop/translationY', 0),
  bool('crop/flipHorizontal', false), bool('crop/flipVertical', false), bool('crop/aspectRatioLocked', false),
]);

// Stroke and drop shadow.
declareAll(VISUAL, 'stroke/change', [
  bool('stroke/enabled', false), color('stroke/color', BLACK), float('stroke/width', 1, 0),
  enumeration('stroke/style', ['Solid', 'Dashed', 'DashedRound', 'Dotted', 'LongDashed', 'LongDashedRound'], 'Solid'),
  enumeration('stroke/position', ['Center', 'Inner', 'Outer'], 'Center'),
  enumeration('stroke/cornerGeometry', ['Miter', 'Round', 'Bevel'], 'Miter'),
]);
declareAll(VISUAL, 'appearance/blur', [bool('blur/enabled', true)]);

// Text.
declareAll(['text'], 'text/edit', [string('text/text', '')]);
declareAll(['text'], 'text/character', [
  string('text/fontFileUri', '', true), string('text/typeface', ''),
  float('text/fontSize', 12, 0.1, 10_000),
  enumeration('text/fontWeight', ['Thin', 'ExtraLight', 'Light', 'Normal', 'Medium', 'SemiBold', 'Bold', 'ExtraBold', 'Heavy'], 'Normal'),
  enumeration('text/fontStyle', ['Normal', 'Italic'], 'Normal'),
  enumeration('text/horizontalAlignment', ['Left', 'Right', 'Center'], 'Left'),
  enumeration('text/verticalAlignment', ['Top', 'Bottom', 'Center'], 'Top'),
  float('text/letterSpacing', 0, -1, 10), float('text/lineHeight', 1, 0.1, 10), float('text/paragraphSpacing', 0, 0),
  bool('text/automaticFontSizeEnabled', false),
  float('text/minAutomaticFontSize', 4, 0.1, 10_000), float('text/maxAutomaticFontSize', 200, 0.1, 10_000),
  bool('text/clipLinesOutsideOfFrame', true),
]);
declareAll(['text'], 'fill/change', [color('fill/solid/color', BLACK)]);
declareAll(['text'], 'text/character', [
  bool('backgroundColor/enabled', false), color('backgroundColor/color', { r: 1, g: 1, b: 1, a: 1 }),
  float('backgroundColor/cornerRadius', 0, 0), float('backgroundColor/paddingTop', 0, 0), float('backgroundColor/paddingRight', 0, 0),
  float('backgroundColor/paddingBottom', 0, 0), float('backgroundColor/paddingLeft', 0, 0),
]);

// Time.
declareAll(TIMED, undefined, [double('playback/duration', 5, 0), double('playback/timeOffset', 0, 0)]);
declareAll(['audio', 'fill/video'], undefined, [
  // CE.SDK: media loops by default while its block lasts; pages (extended in video-declarations.ts) do not.
  double('playback/trimOffset', 0, 0), double('playback/trimLength', 0, 0), { ...bool('playback/looping', true), typeDefaults: { page: false } },
  bool('playback/muted', false), float('playback/volume', 1, 0, 1), float('playback/speed', 1, 0.0625, 16),
]);
declareAll(['scene', 'page'], undefined, [
  { ...double('playback/time', 0, 0), transient: true },
  { ...bool('playback/playing', false), transient: true },
  { ...bool('playback/soloPlaybackEnabled', false), transient: true },
]);
declareAll(['audio'], undefined, [string('audio/fileURI', '', true), double('audio/totalDuration', 0, 0)]);

// Page and scene.
declareAll(['page'], undefined, [
  bool('page/marginEnabled', false), float('page/margin/top', 0, 0), float('page/margin/bottom', 0, 0),
  float('page/margin/left', 0, 0), float('page/margin/right', 0, 0), string('page/titleTemplate', 'Page {{ubq.page_index}}'),
]);
declareAll(['scene'], undefined, [
  enumeration('scene/designUnit', ['Pixel', 'Millimeter', 'Inch'], 'Pixel'),
  float('scene/dpi', 300, 1, 10_000), float('scene/pixelScaleFactor', 1, 0.01, 100),
  enumeration('scene/layout', ['Free', 'VerticalStack', 'HorizontalStack', 'DepthStack'], 'Free'),
  { ...enumeration('scene/mode', ['Design', 'Video'], 'Design'), readOnly: true },
  float('scene/pageDimensions/width', 1080, 0), float('scene/pageDimensions/height', 1080, 0),
  bool('scene/aspectRatioLock', false), string('scene/pageFormatId', ''),
]);

/** Declares a kind's properties (a path several kinds share, the gradient stops, is declared once and carried by each). */
function declareKind(kind: KindDeclaration): void {
  for (const property of kind.properties) {
    const path = kindPropertyPath(kind, property);
    if (findDeclaration(path)) {
      extendPropertyBlockTypes(path, kind.blockTypes);
      continue;
    }
    declareProperty({
      path, type: property.type, defaultValue: property.defaultValue, min: property.min, max: property.max,
      enumValues: property.enumValues, isUri: property.isUri, blockTypes: kind.blockTypes, scope: kind.scope,
    });
  }
}

// Shapes, fills, the drop shadow and blurs: one entry per kind in kind-tables.ts.
for (const kind of ALL_KINDS) declareKind(kind);

// Effects: one entry per kind in effect-kinds.ts, through their declarations.
declareAll(EFFECT_KIND_NAMES.map((kind) => `effect/${kind}`), 'appearance/effect', [bool('effect/enabled', true)]);
for (const kind of Object.values(EFFECT_KIND_DECLARATIONS)) declareKind(kind);
