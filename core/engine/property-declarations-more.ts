import { BLOCK_TYPE_SHORTHANDS, toLongType, type BlockFamily } from './block-types.js';
import { declareProperty } from './property-registry.js';
import { normalizeTextRuns, TEXT_CASES } from './text-runs.js';
import { normalizeTypeface, NO_TYPEFACE } from './typeface.js';

// Properties added for CE.SDK guide conformance (issue 11). Kept apart from the main catalogue in
// property-declarations.ts, which is being restructured into per-kind declarations.

const LAYOUT = ['graphic', 'text', 'group', 'page'];

// Stack layouts: the stack block between the scene and its pages.
declareProperty({ path: 'stack/spacing', type: 'Float', defaultValue: 0, min: 0, blockTypes: ['stack'] });
declareProperty({ path: 'stack/spacingInScreenspace', type: 'Bool', defaultValue: false, blockTypes: ['stack'] });

// Whether a block appears in exports (it still shows on the canvas).
declareProperty({ path: 'includedInExport', type: 'Bool', defaultValue: true, blockTypes: LAYOUT });

// Placeholders: behavior on fills and texts, controls on graphics.
declareProperty({ path: 'placeholderBehavior/enabled', type: 'Bool', defaultValue: false, blockTypes: ['fill/image', 'fill/video', 'text'] });
declareProperty({ path: 'placeholderControls/showOverlay', type: 'Bool', defaultValue: false, blockTypes: ['graphic'] });
declareProperty({ path: 'placeholderControls/showButton', type: 'Bool', defaultValue: false, blockTypes: ['graphic'] });

// Text: case, ranged styles (runs) and the typeface definition `setFont` gives.
declareProperty({ path: 'text/case', type: 'Enum', enumValues: TEXT_CASES, defaultValue: 'Normal', blockTypes: ['text'], scope: 'text/character' });
declareProperty({ path: 'text/runs', type: 'Struct', defaultValue: Object.freeze([]), blockTypes: ['text'], scope: 'text/character', normalize: normalizeTextRuns });
declareProperty({ path: 'text/typefaceDefinition', type: 'Struct', defaultValue: NO_TYPEFACE, blockTypes: ['text'], scope: 'text/character', normalize: normalizeTypeface });

// `type`: CE.SDK lists it among a block's properties (`findAllProperties`) and reads it with
// `getString(id, 'type')`. Read-only; each block type's default is its own long type name.
const ALL_TYPES = (Object.keys(BLOCK_TYPE_SHORTHANDS) as BlockFamily[]).flatMap((family) =>
  BLOCK_TYPE_SHORTHANDS[family].map((short) => toLongType(family, short)));
declareProperty({
  path: 'type', type: 'String', defaultValue: '', readOnly: true, blockTypes: ALL_TYPES,
  typeDefaults: Object.fromEntries(ALL_TYPES.map((type) => [type, type])),
});
