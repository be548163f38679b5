/**
 * The secondary panels (bundled as `dist/panels.js`, import `cesdk-web-components/panels`): the
 * classes of `<cesdk-inspector>`, `<cesdk-export-menu>`, `<cesdk-asset-library>`, `<cesdk-layers>`, `<cesdk-page-navigator>`,
 * `<cesdk-context-menu>` and `<cesdk-timeline>`, and their registration. `dist/cesdk.js` defines these tags too, lazily; import
 * this entry when you need the classes themselves (to subclass them or to use them without the editor).
 */
import './editor/secondary-elements.js';
import './editor/on-demand-elements.js';

export { CesdkInspector } from './inspector/inspector.js';
export { CesdkExportMenu } from './export-menu/export-menu.js';
export { CesdkAssetLibrary, type LibraryAsset } from './asset-library/asset-library.js';
export { CesdkLayers } from './layers/layers.js';
export { CesdkPageNavigator } from './page-navigator/page-navigator.js';
export { CesdkContextMenu, type ContextMenuItem } from './context-menu/context-menu.js';
export { CesdkTimeline } from './timeline/timeline.js';
export { lanesOf, snapTime, type TimelineClip, type TimelineLane, type ClipKind } from './timeline/timeline-model.js';
