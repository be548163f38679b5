/**
 * The editor's block context menu: which entries it shows for the current selection, and what each
 * does. Shared by right-click, Shift+F10 and the ContextMenu key.
 */
import type { Engine } from '../../core/engine/index.js';
import type { ContextMenuItem } from '../context-menu/context-menu.js';
import { formatCombination, SHORTCUTS, type ShortcutAction } from '../shared/shortcuts.js';
import {
  deleteSelection, duplicateSelection, groupSelection, orderSelection, selectedContent, ungroupSelection,
  type BlockClipboard, type OrderAction,
} from './editor-actions.js';

const shortcutOf = (action: ShortcutAction): string | undefined => {
  const keys = SHORTCUTS.find((shortcut) => shortcut.action === action)?.keys[0];
  return keys === undefined ? undefined : formatCombination(keys);
};

/** The entries for the current selection; `t` translates. */
export function contextMenuItems(engine: Engine, clipboard: BlockClipboard, t: (key: string) => string): ContextMenuItem[] {
  const selection = selectedContent(engine);
  const some = selection.length > 0;
  const hasGroup = selection.some((id) => engine.block.getType(id) === '//ly.img.ubq/group');
  const editable = engine.editor.getRole() !== 'Viewer';
  const item = (id: string, enabled: boolean, action?: ShortcutAction, separatorBefore = false): ContextMenuItem =>
    ({ id, label: t(`contextMenu.${id}`), enabled: enabled && editable, separatorBefore, shortcut: action ? shortcutOf(action) : undefined });
  return [
    item('copy', some, 'copy'),
    item('paste', clipboard.hasContent(engine), 'paste'),
    item('duplicate', some, 'duplicate'),
    item('delete', some, 'delete'),
    item('group', selection.length > 1, 'group', true),
    item('ungroup', hasGroup, 'ungroup'),
    item('bringToFront', some, undefined, true),
    item('bringForward', some),
    item('sendBackward', some),
    item('sendToBack', some),
  ];
}

/**
 * Runs the chosen entry as one transaction: if anything in it throws, the scene is rolled back and
 * the error goes to the caller (the editor reports and shows it).
 */
export function runContextMenuItem(engine: Engine, clipboard: BlockClipboard, id: string): void {
  engine.editor.transact(`Menu: ${id}`, () => runEntry(engine, clipboard, id));
}

function runEntry(engine: Engine, clipboard: BlockClipboard, id: string): void {
  switch (id) {
    case 'copy': clipboard.copy(engine); return;
    case 'paste': clipboard.paste(engine); return;
    case 'duplicate': duplicateSelection(engine); return;
    case 'delete': deleteSelection(engine); return;
    case 'group': groupSelection(engine); return;
    case 'ungroup': ungroupSelection(engine); return;
    case 'bringToFront': case 'bringForward': case 'sendBackward': case 'sendToBack':
      orderSelection(engine, id as OrderAction);
      return;
  }
}
