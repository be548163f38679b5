/**
 * React components for every CE.SDK element (bundled as `dist/react.js`, import
 * `cesdk-web-components/react`), generated with `@lit/react`: element properties become typed props
 * (objects such as `engine`, `licenseFile` and `onExport` are set as properties, not attributes), and
 * each `cesdk-*` event gets a typed `onCesdk…` prop. A `ref` gives the element itself, so
 * `ref.current.engine` and `await ref.current.ready` reach the engine.
 *
 * Importing this module also defines every tag (it imports the SDK's browser entry). React is a peer
 * dependency: the app's own copy is used.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CesdkCanvas as CanvasElement, CesdkEditor as EditorElement, CesdkToolbar as ToolbarElement } from '../index.js';
import {
  CesdkAssetLibrary as AssetLibraryElement, CesdkContextMenu as ContextMenuElement, CesdkExportMenu as ExportMenuElement,
  CesdkInspector as InspectorElement, CesdkLayers as LayersElement, CesdkPageNavigator as PageNavigatorElement,
  CesdkTimeline as TimelineElement,
} from '../panels.js';
import type {
  CesdkBeforeExportEvent, CesdkChangeEvent, CesdkDraftFoundEvent, CesdkDraftSavedEvent, CesdkErrorEvent, CesdkExportEvent, CesdkLicenseChangeEvent, CesdkReadyEvent,
  CesdkSaveEvent, CesdkSelectionChangeEvent,
} from '../shared/events.js';

/** The error event every element may fire. */
const errorEvents = {
  onCesdkError: 'cesdk-error' as EventName<CesdkErrorEvent>,
};

/** Events of an element that owns or follows an engine (canvas and editor). */
const engineEvents = {
  ...errorEvents,
  onCesdkReady: 'cesdk-ready' as EventName<CesdkReadyEvent>,
  onCesdkChange: 'cesdk-change' as EventName<CesdkChangeEvent>,
  onCesdkSelectionChange: 'cesdk-selection-change' as EventName<CesdkSelectionChangeEvent>,
  onCesdkLicenseChange: 'cesdk-license-change' as EventName<CesdkLicenseChangeEvent>,
};

/** Events of anything that exports. */
const exportEvents = {
  onCesdkBeforeExport: 'cesdk-before-export' as EventName<CesdkBeforeExportEvent>,
  onCesdkExport: 'cesdk-export' as EventName<CesdkExportEvent>,
};

/** A React component for one tag, with the given event props. */
const wrap = <E extends HTMLElement, V extends Record<string, EventName>>(tagName: string, elementClass: new () => E, events: V, displayName: string) =>
  createComponent({ react: React, tagName, elementClass, events, displayName });

/** `<cesdk-editor>`: the whole editor. Props: `license`, `licenseServer`, `userId`, `theme`, `locale`, `sceneUrl`, `name`, `engine`, `licenseFile`, `onSave`, `onExport`; events `onCesdkReady`, `onCesdkChange`, `onCesdkSelectionChange`, `onCesdkSave`, `onCesdkBeforeExport`, `onCesdkExport`, `onCesdkError`, `onCesdkLicenseChange`, `onCesdkDraftSaved`, `onCesdkDraftFound`. */
export const CesdkEditor = wrap('cesdk-editor', EditorElement, {
  ...engineEvents,
  ...exportEvents,
  onCesdkSave: 'cesdk-save' as EventName<CesdkSaveEvent>,
  onCesdkDraftSaved: 'cesdk-draft-saved' as EventName<CesdkDraftSavedEvent>,
  onCesdkDraftFound: 'cesdk-draft-found' as EventName<CesdkDraftFoundEvent>,
}, 'CesdkEditor');
/** `<cesdk-canvas>`: renders and edits a scene. */
export const CesdkCanvas = wrap('cesdk-canvas', CanvasElement, engineEvents, 'CesdkCanvas');
/** `<cesdk-toolbar>`: undo, redo, zoom and the export menu. */
export const CesdkToolbar = wrap('cesdk-toolbar', ToolbarElement, { ...errorEvents, ...exportEvents }, 'CesdkToolbar');
/** `<cesdk-inspector>`: edits the selection. */
export const CesdkInspector = wrap('cesdk-inspector', InspectorElement, errorEvents, 'CesdkInspector');
/** `<cesdk-layers>`: the page's block tree. */
export const CesdkLayers = wrap('cesdk-layers', LayersElement, errorEvents, 'CesdkLayers');
/** `<cesdk-asset-library>`: shapes, text, images, fonts and your own sources. */
export const CesdkAssetLibrary = wrap('cesdk-asset-library', AssetLibraryElement, errorEvents, 'CesdkAssetLibrary');
/** `<cesdk-export-menu>`: format, size and quality, with progress and Cancel. */
export const CesdkExportMenu = wrap('cesdk-export-menu', ExportMenuElement, { ...errorEvents, ...exportEvents }, 'CesdkExportMenu');
/** `<cesdk-page-navigator>`: add, duplicate, delete and reorder pages. */
export const CesdkPageNavigator = wrap('cesdk-page-navigator', PageNavigatorElement, errorEvents, 'CesdkPageNavigator');
/** `<cesdk-context-menu>`: the block menu. */
export const CesdkContextMenu = wrap('cesdk-context-menu', ContextMenuElement, errorEvents, 'CesdkContextMenu');
/** `<cesdk-timeline>`: tracks, clips, playhead and transport of a video scene. */
export const CesdkTimeline = wrap('cesdk-timeline', TimelineElement, errorEvents, 'CesdkTimeline');
