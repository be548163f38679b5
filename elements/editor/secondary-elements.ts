/**
 * The editor's panels that are not needed for its first frame: the inspector, the export menu, the asset library, the layers and
 * the page navigator (each shown in the dock on demand) and the context menu. They load as a chunk of
 * their own right after the editor is defined, so the code needed to show the editor stays small.
 */
import '../inspector/define.js';
import '../export-menu/define.js';
import '../asset-library/define.js';
import '../layers/define.js';
import '../page-navigator/define.js';
import '../context-menu/define.js';
