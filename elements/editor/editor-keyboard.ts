/**
 * Runs the editor's keyboard shortcuts (see `shared/shortcuts.ts`) for key presses anywhere inside
 * the editor that no inner element handled. Keys typed into text fields are left alone, and plain keys
 * (arrows, Delete, Escape, `?`) are left to the focused control unless focus is on the canvas or on
 * nothing interactive, so the layers tree, sliders and menus keep their own arrow keys.
 */
import type { Engine } from '../../core/engine/index.js';
import { isTypingTarget, matchShortcut, type ShortcutAction } from '../shared/shortcuts.js';
import { hasTimeBasedContent } from '../shared/time-content.js';
import {
  BlockClipboard, deleteSelection, duplicateSelection, groupSelection, nudgeSelection, NUDGE_STEP, NUDGE_STEP_LARGE,
  selectAll, selectOnly, ungroupSelection, zoomStep,
} from './editor-actions.js';

/** What the shortcut handler needs from the editor. */
export interface ShortcutHost {
  readonly engine: Engine | undefined;
  readonly clipboard: BlockClipboard;
  save(): Promise<unknown>;
  open(): Promise<unknown>;
  zoomToPage(): unknown;
  openShortcutHelp(): void;
  openContextMenuAtSelection(): void;
  /** Mod+V: waits for the browser's paste event (system clipboard), else pastes the editor's copies. */
  pasteSoon?(): void;
}

const INTERACTIVE_ROLES = new Set(['button', 'menuitem', 'option', 'tab', 'treeitem', 'slider', 'spinbutton', 'listbox', 'tree', 'menu', 'radio', 'checkbox', 'switch', 'combobox', 'gridcell', 'link']);

/** Whether the key's origin is an interactive control that owns plain keys. */
function isInteractive(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.localName === 'cesdk-canvas') return false;
  if (['button', 'a', 'input', 'select', 'textarea', 'summary'].includes(target.localName)) return true;
  const role = target.getAttribute('role');
  return role !== null && INTERACTIVE_ROLES.has(role);
}

/** Whether the action uses keys that focused controls use themselves (arrows, Delete, Escape). */
function isPlainKeyAction(action: ShortcutAction): boolean {
  return action.startsWith('nudge') || action === 'delete' || action === 'deselect' || action === 'playPause';
}

/** Handles one keydown; returns whether it ran a shortcut. */
export function handleShortcut(host: ShortcutHost, event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const origin = event.composedPath()[0];
  if (isTypingTarget(origin ?? null)) return false;
  const action = matchShortcut(event);
  if (action === undefined) return false;
  if (isPlainKeyAction(action) && isInteractive(origin)) return false;
  const engine = host.engine;
  if (engine === undefined && action !== 'help') return false;
  if (action === 'playPause' && !hasTimeBasedContent(engine!)) return false;
  event.stopPropagation();
  // Copy, cut and paste keep the key's default: the browser then fires its clipboard event, through
  // which the editor writes and reads the system clipboard (editor-clipboard.ts).
  const clipboardKey = action === 'copy' || action === 'cut' || action === 'paste';
  if (!clipboardKey || host.pasteSoon === undefined) event.preventDefault();
  if (action === 'paste' && host.pasteSoon !== undefined) host.pasteSoon();
  else run(host, action);
  return true;
}

/** The undo labels of the actions that change the scene; each runs as one transaction. */
const SCENE_COMMANDS: Partial<Record<ShortcutAction, string>> = {
  cut: 'Cut', paste: 'Paste', duplicate: 'Duplicate', delete: 'Delete', group: 'Group', ungroup: 'Ungroup',
  nudgeLeft: 'Nudge', nudgeRight: 'Nudge', nudgeUp: 'Nudge', nudgeDown: 'Nudge',
  nudgeLeftLarge: 'Nudge', nudgeRightLarge: 'Nudge', nudgeUpLarge: 'Nudge', nudgeDownLarge: 'Nudge',
};

/**
 * Runs one shortcut action. An action that changes the scene is one transaction: when anything in it
 * throws, the scene is rolled back and the error goes to the caller's error handler (the editor
 * reports and shows it).
 */
export function run(host: ShortcutHost, action: ShortcutAction): void {
  const engine = host.engine;
  const label = SCENE_COMMANDS[action];
  if (engine !== undefined && label !== undefined) {
    engine.editor.transact(label, () => runAction(host, action));
    return;
  }
  runAction(host, action);
}

function runAction(host: ShortcutHost, action: ShortcutAction): void {
  const engine = host.engine;
  if (action === 'help') return host.openShortcutHelp();
  if (engine === undefined) return;
  const nudge = (dx: number, dy: number): void => void nudgeSelection(engine, dx, dy);
  switch (action) {
    case 'undo': if (engine.editor.canUndo()) engine.editor.undo(); return;
    case 'redo': if (engine.editor.canRedo()) engine.editor.redo(); return;
    case 'copy': host.clipboard.copy(engine); return;
    case 'cut': host.clipboard.cut(engine); return;
    case 'paste': host.clipboard.paste(engine); return;
    case 'duplicate': duplicateSelection(engine); return;
    case 'delete': deleteSelection(engine); return;
    case 'group': groupSelection(engine); return;
    case 'ungroup': ungroupSelection(engine); return;
    case 'selectAll': selectAll(engine); return;
    case 'deselect': selectOnly(engine, []); return;
    case 'zoomIn': zoomStep(engine, 1); return;
    case 'zoomOut': zoomStep(engine, -1); return;
    case 'zoomReset': engine.scene.setZoomLevel(1); return;
    case 'zoomFit': host.zoomToPage(); return;
    case 'nudgeLeft': return nudge(-NUDGE_STEP, 0);
    case 'nudgeRight': return nudge(NUDGE_STEP, 0);
    case 'nudgeUp': return nudge(0, -NUDGE_STEP);
    case 'nudgeDown': return nudge(0, NUDGE_STEP);
    case 'nudgeLeftLarge': return nudge(-NUDGE_STEP_LARGE, 0);
    case 'nudgeRightLarge': return nudge(NUDGE_STEP_LARGE, 0);
    case 'nudgeUpLarge': return nudge(0, -NUDGE_STEP_LARGE);
    case 'nudgeDownLarge': return nudge(0, NUDGE_STEP_LARGE);
    case 'save': void host.save(); return;
    case 'open': void host.open(); return;
    case 'contextMenu': host.openContextMenuAtSelection(); return;
    case 'playPause': {
      const page = engine.scene.getCurrentPage();
      if (page !== null) engine.block.setPlaying(page, !engine.block.isPlaying(page));
      return;
    }
  }
}
