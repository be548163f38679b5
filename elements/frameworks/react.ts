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
} from '../panels.js';
import type {
  CesdkBeforeExportEvent, CesdkChangeEvent, CesdkErrorEvent, CesdkExportEvent, CesdkLicenseChangeEvent, CesdkReadyEvent,
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

/** `<cesdk-editor>`: the whole editor. Props: `license`, `licenseServer`, `userId`, `theme`, `locale`, `sceneUrl`, `name`, `engine`, `licenseFile`, `onSave`, `onExport`; events `onCesdkReady`, `onCesdkChange`, `onCesdkSelectionChange`, `onCesdkSave`, `onCesdkBeforeExport`, `onCesdkExport`, `onCesdkError`, `onCesdkLicenseChange`. */
export const CesdkEditor = createComponent({
  react: React,
  tagName: 'cesdk-editor',
  elementClass: EditorElement,
  events: { ...engineEvents, ...exportEvents, onCesdkSave: 'cesdk-save' as EventName<CesdkSaveEvent> },
  displayName: 'CesdkEditor',
});

/** `<cesdk-canvas>`: renders and edits a scene. */
export const CesdkCanvas = createComponent({
  react: React, tagName: 'cesdk-canvas', elementClass: CanvasElement, events: engineEvents, displayName: 'CesdkCanvas',
});

/** `<cesdk-toolbar>`: undo, redo, zoom and the export menu. */
export const CesdkToolbar = createComponent({
  react: React, tagName: 'cesdk-toolbar', elementClass: ToolbarElement, events: { ...errorEvents, ...exportEvents }, displayName: 'CesdkToolbar',
});

/** `<cesdk-inspector>`: edits the selection. */
export const CesdkInspector = createComponent({
  react: React, tagName: 'cesdk-inspector', elementClass: InspectorElement, events: errorEvents, displayName: 'CesdkInspector',
});

/** `<cesdk-layers>`: the page's block tree. */
export const CesdkLayers = createComponent({
  react: React, tagName: 'cesdk-layers', elementClass: LayersElement, events: errorEvents, displayName: 'CesdkLayers',
});

/** `<cesdk-asset-library>`: shapes, text, images, fonts and your own sources. */
export const CesdkAssetLibrary = createComponent({
  react: React, tagName: 'cesdk-asset-library', elementClass: AssetLibraryElement, events: errorEvents, displayName: 'CesdkAssetLibrary',
});

/** `<cesdk-export-menu>`: format, size and quality, with progress and Cancel. */
export const CesdkExportMenu = createComponent({
  react: React, tagName: 'cesdk-export-menu', elementClass: ExportMenuElement, events: { ...errorEvents, ...exportEvents }, displayName: 'CesdkExportMenu',
});

/** `<cesdk-page-navigator>`: add, duplicate, delete and reorder pages. */
export const CesdkPageNavigator = createComponent({
  react: React, tagName: 'cesdk-page-navigator', elementClass: PageNavigatorElement, events: errorEvents, displayName: 'CesdkPageNavigator',
});

/** `<cesdk-context-menu>`: the block menu. */
export const CesdkContextMenu = createComponent({
  react: React, tagName: 'cesdk-context-menu', elementClass: ContextMenuElement, events: errorEvents, displayName: 'CesdkContextMenu',
});
