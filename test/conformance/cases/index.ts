import type { GuideCase } from '../harness/types.js';
import animationTypes from './animation-types.js';
import blocks from './blocks.js';
import blur from './blur.js';
import colorConversion from './color-conversion.js';
import createShapes from './create-shapes.js';
import crop from './crop.js';
import designUnits from './design-units.js';
import duotone from './duotone.js';
import events from './events.js';
import fillsColor from './fills-color.js';
import groupAndUngroup from './group-and-ungroup.js';
import pages from './pages.js';
import placeholders from './placeholders.js';
import scenes from './scenes.js';
import setEditingConstraints from './set-editing-constraints.js';
import shadowsAndGlows from './shadows-and-glows.js';
import spotColors from './spot-colors.js';
import storeCustomMetadata from './store-custom-metadata.js';
import strokes from './strokes.js';
import textStyling from './text-styling.js';
import textVariables from './text-variables.js';
import undoAndHistory from './undo-and-history.js';
import videoControl from './video-control.js';
import videoJoinAndArrange from './video-join-and-arrange.js';
import videoSplit from './video-split.js';
import videoTrim from './video-trim.js';

/** Every guide of the suite. A new guide: its example in `guides/<id>.ts.txt`, its case file here. */
export const GUIDES: readonly GuideCase[] = [
  animationTypes, blocks, blur, colorConversion, createShapes, crop, designUnits, duotone, events, fillsColor, groupAndUngroup, pages, placeholders,
  scenes, setEditingConstraints, shadowsAndGlows, spotColors, storeCustomMetadata, strokes, textStyling, textVariables, undoAndHistory,
  videoJoinAndArrange, videoSplit, videoTrim, videoControl,
];
