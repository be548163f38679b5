/**
 * The editor's keyboard shortcuts: one table that both the key handler and the help dialog read, so
 * the dialog can never list a shortcut that does not work (or miss one that does).
 *
 * `Mod` means Command on Apple platforms and Control elsewhere. Matching uses `KeyboardEvent.key`
 * (layout aware: Mod+Z is the key labelled Z), except for `+`/`-`/`=` zoom keys, which also match by
 * `code` so they work on layouts where they need Shift.
 */

/** What a shortcut does; the editor maps each to an engine call. */
export type ShortcutAction =
  | 'undo' | 'redo' | 'copy' | 'cut' | 'paste' | 'duplicate' | 'delete'
  | 'group' | 'ungroup' | 'selectAll' | 'deselect'
  | 'zoomIn' | 'zoomOut' | 'zoomReset' | 'zoomFit'
  | 'nudgeLeft' | 'nudgeRight' | 'nudgeUp' | 'nudgeDown'
  | 'nudgeLeftLarge' | 'nudgeRightLarge' | 'nudgeUpLarge' | 'nudgeDownLarge'
  | 'save' | 'open' | 'help' | 'contextMenu' | 'playPause';

/** One shortcut: the action, its key combinations and the message key of its description. */
export interface ShortcutDefinition {
  /** The action run. */
  readonly action: ShortcutAction;
  /** Key combinations such as `Mod+Shift+Z`; modifiers first, the key last. */
  readonly keys: readonly string[];
  /** i18n key of the description shown in the help dialog. */
  readonly labelKey: string;
  /** Whether the help dialog lists it on its own row (the nudge directions share one row). */
  readonly listed: boolean;
}

const definition = (action: ShortcutAction, keys: string[], labelKey: string, listed = true): ShortcutDefinition =>
  ({ action, keys, labelKey, listed });

/** Every shortcut of the editor. */
export const SHORTCUTS: readonly ShortcutDefinition[] = [
  definition('undo', ['Mod+Z'], 'shortcuts.undo'),
  definition('redo', ['Mod+Shift+Z', 'Mod+Y'], 'shortcuts.redo'),
  definition('copy', ['Mod+C'], 'shortcuts.copy'),
  definition('cut', ['Mod+X'], 'shortcuts.cut'),
  definition('paste', ['Mod+V'], 'shortcuts.paste'),
  definition('duplicate', ['Mod+D'], 'shortcuts.duplicate'),
  definition('delete', ['Delete', 'Backspace'], 'shortcuts.delete'),
  definition('group', ['Mod+G'], 'shortcuts.group'),
  definition('ungroup', ['Mod+Shift+G'], 'shortcuts.ungroup'),
  definition('selectAll', ['Mod+A'], 'shortcuts.selectAll'),
  definition('deselect', ['Escape'], 'shortcuts.deselect'),
  definition('zoomIn', ['Mod+=', 'Mod++'], 'shortcuts.zoomIn'),
  definition('zoomOut', ['Mod+-'], 'shortcuts.zoomOut'),
  definition('zoomReset', ['Mod+0'], 'shortcuts.zoomReset'),
  definition('zoomFit', ['Shift+1'], 'shortcuts.zoomFit'),
  definition('nudgeLeft', ['ArrowLeft'], 'shortcuts.nudge', false),
  definition('nudgeRight', ['ArrowRight'], 'shortcuts.nudge', false),
  definition('nudgeUp', ['ArrowUp'], 'shortcuts.nudge', false),
  definition('nudgeDown', ['ArrowDown'], 'shortcuts.nudge', false),
  definition('nudgeLeftLarge', ['Shift+ArrowLeft'], 'shortcuts.nudgeLarge', false),
  definition('nudgeRightLarge', ['Shift+ArrowRight'], 'shortcuts.nudgeLarge', false),
  definition('nudgeUpLarge', ['Shift+ArrowUp'], 'shortcuts.nudgeLarge', false),
  definition('nudgeDownLarge', ['Shift+ArrowDown'], 'shortcuts.nudgeLarge', false),
  definition('save', ['Mod+S'], 'shortcuts.save'),
  definition('open', ['Mod+O'], 'shortcuts.open'),
  definition('contextMenu', ['Shift+F10', 'ContextMenu'], 'shortcuts.contextMenu'),
  // Only in scenes with time-based content (the editor's timeline is shown then).
  definition('playPause', [' '], 'shortcuts.playPause'),
  definition('help', ['Shift+?', '?'], 'shortcuts.help'),
];

/** The rows of the help dialog: listed shortcuts plus one row per nudge size. */
export function helpRows(): Array<{ labelKey: string; keys: readonly string[] }> {
  const rows = SHORTCUTS.filter((shortcut) => shortcut.listed).map((shortcut) => ({ labelKey: shortcut.labelKey, keys: shortcut.keys }));
  rows.push({ labelKey: 'shortcuts.nudge', keys: ['shortcuts.arrows'] }, { labelKey: 'shortcuts.nudgeLarge', keys: ['shortcuts.shiftArrows'] });
  return rows;
}

/** The fields of a keyboard event the matcher reads (a real `KeyboardEvent` fits). */
export interface KeyStroke {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

interface ParsedCombination { mod: boolean; shift: boolean; alt: boolean; key: string }

function parse(combination: string): ParsedCombination {
  // Split on '+' but keep a trailing '+' key ("Mod++").
  const parts = combination.endsWith('++') ? [...combination.slice(0, -2).split('+'), '+'] : combination.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

const codeKeys: Record<string, string> = { Equal: '=', Minus: '-', NumpadAdd: '+', NumpadSubtract: '-', Digit0: '0', Digit1: '1' };

/** Whether the platform uses Command as the main modifier (Apple). */
export function isApplePlatform(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /Mac|iPhone|iPad|iPod/i.test(platform);
}

function matches(stroke: KeyStroke, combination: ParsedCombination, apple: boolean): boolean {
  const mod = apple ? stroke.metaKey : stroke.ctrlKey;
  const otherModifier = apple ? stroke.ctrlKey : stroke.metaKey;
  if (mod !== combination.mod || otherModifier || stroke.altKey !== combination.alt) return false;
  const key = stroke.key.length === 1 ? stroke.key.toLowerCase() : stroke.key;
  const wanted = combination.key.length === 1 ? combination.key.toLowerCase() : combination.key;
  // Symbols and digits may need Shift on some layouts, so Shift is not checked for them.
  const symbol = /^[^a-z]$/i.test(wanted);
  if (!symbol && stroke.shiftKey !== combination.shift) return false;
  if (symbol && combination.shift && !stroke.shiftKey) return false;
  if (key === wanted) return true;
  return stroke.code !== undefined && codeKeys[stroke.code] === wanted;
}

/** The action a key stroke triggers, or `undefined`. */
export function matchShortcut(stroke: KeyStroke, apple: boolean = isApplePlatform()): ShortcutAction | undefined {
  for (const shortcut of SHORTCUTS) {
    for (const combination of shortcut.keys) {
      if (matches(stroke, parse(combination), apple)) return shortcut.action;
    }
  }
  return undefined;
}

/** A combination as shown to the user: `⌘ ⇧ Z` on Apple platforms, `Ctrl+Shift+Z` elsewhere. */
export function formatCombination(combination: string, apple: boolean = isApplePlatform()): string {
  const { mod, shift, alt, key } = parse(combination);
  const names: Record<string, string> = { ' ': 'Space', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc', Delete: 'Del', Backspace: '⌫' };
  const shown = names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (apple) return [mod ? '⌘' : '', alt ? '⌥' : '', shift ? '⇧' : '', shown].filter(Boolean).join(' ');
  return [mod ? 'Ctrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', shown].filter(Boolean).join('+');
}

/** Whether a key event comes from a text field, where typing must not trigger editor shortcuts. */
export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  if (target === null || target === undefined || !(typeof (target as Element).localName === 'string')) return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const name = element.localName;
  if (name === 'textarea' || name === 'select') return true;
  if (name !== 'input') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset', 'file', 'image'].includes(type);
}
