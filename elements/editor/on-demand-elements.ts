/**
 * The editor's parts that are not in its first view: the layers and pages dock panels, the context
 * menu, the export menu and the timeline, and the inspector's sections for selected blocks. They load as a chunk of their own once the editor is `ready` (or at once
 * when one of them is asked for earlier); their tags upgrade in place when the chunk arrives.
 */
import '../export-menu/define.js';
import '../layers/define.js';
import '../page-navigator/define.js';
import '../context-menu/define.js';
import '../timeline/define.js';
// Prefetch only: the inspector imports its sections itself when a block is selected, and placing an
// asset imports the placing code.
void import('../inspector/block-sections.js').catch(() => undefined); // the inspector retries and reports a failure
void import('../asset-library/place-asset.js').catch(() => undefined); // placing an asset imports it itself
