import { normalizeColor } from './color.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { ALL_SCOPES, ROLES, globalScopesForRole, isKnownScope } from './scopes.js';
import { SettingsStore, findAllSettings } from './settings.js';
import { convertColor, type ColorSpace, type SpotApproximations } from './color-conversion.js';
import type { CMYKColor, Color, RGBAColor, RoleString, ScopeSetting, Unsubscribe } from './types.js';

function checkSpotName(name: unknown): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > 256) throw new CesdkError('INVALID_VALUE', 'a spot color name is a string of 1..256 characters');
}

/** A gesture in progress: everything changed until `commit` becomes one undo step. */
export interface Gesture {
  /** Ends the gesture, recording its changes as one undo step. */
  commit(): void;
  /** Ends the gesture, rolling all its changes back. */
  cancel(): void;
}

/** `engine.editor`: history, transactions, gestures, role and scopes, settings and edit mode. */
export class EditorAPI {
  private readonly core: EngineCore;
  private readonly settings: SettingsStore;
  private editMode = 'Transform';
  private readonly spotColors = new Map<string, SpotApproximations>();
  private readonly cutoutSpotColors = new Map<string, string>();
  private readonly roleListeners = new Set<(role: RoleString) => void>();
  private readonly editModeListeners = new Set<(mode: string) => void>();

  /** @internal */
  constructor(core: EngineCore) {
    this.core = core;
    this.settings = new SettingsStore((error) => core.reportError(error, 'settings listener'));
  }

  // History --------------------------------------------------------------------------------

  /**
   * Undoes the last undo step. Changes made since that step and not yet turned into a step are
   * reverted too, as in CE.SDK (the scene returns to its state before the last step). Returns false
   * when there was no step.
   */
  undo(): boolean {
    return this.core.history.undo();
  }
  /** Redoes the last undone step. */
  redo(): boolean {
    return this.core.history.redo();
  }
  /** Whether an undo step is available (false while a gesture is open). */
  canUndo(): boolean {
    return this.core.history.canUndo();
  }
  /** Whether a redo step is available. */
  canRedo(): boolean {
    return this.core.history.canRedo();
  }
  /**
   * Adds a new undo step with the changes made since the last one, if there are any (CE.SDK
   * semantics: changes collect until this call). Inside a gesture, what the gesture changed so far
   * becomes one step and the gesture goes on.
   */
  addUndoStep(): void {
    this.core.history.addUndoStep();
  }
  /** Removes the last undo step, if there is one; its changes stay applied and join the next step. */
  removeUndoStep(): void {
    this.core.history.removeUndoStep();
  }
  /** Creates a history (its own undo and redo stacks) and returns its handle. Several can exist; one is active. */
  createHistory(): number {
    return this.core.history.createHistory();
  }
  /** Destroys a history. Throws `INVALID_VALUE` for a handle that names none. */
  destroyHistory(history: number): void {
    this.core.history.destroyHistory(history);
  }
  /** Makes a history active: undo, redo and new changes apply to it only. Throws `INVALID_VALUE` for an unknown handle. */
  setActiveHistory(history: number): void {
    this.core.history.setActiveHistory(history);
  }
  /** The active history's handle; if there is none, one is created. */
  getActiveHistory(): number {
    return this.core.history.getActiveHistory();
  }
  /**
   * Editor mode (not in CE.SDK's API): when on, the changes of each engine update (everything one
   * task changed) become an undo step by themselves, unless a gesture is open. The editor elements
   * turn it on; headless code adds steps with {@link EditorAPI.addUndoStep}.
   */
  setAutomaticUndoSteps(enabled: boolean): void {
    if (typeof enabled !== 'boolean') throw new CesdkError('INVALID_VALUE', 'setAutomaticUndoSteps needs a boolean');
    this.core.history.automaticSteps = enabled;
    if (enabled && this.core.history.hasPendingChanges()) this.core.history.addUndoStep();
  }
  /** Whether automatic undo steps are on. */
  getAutomaticUndoSteps(): boolean {
    return this.core.history.automaticSteps;
  }
  /** Calls back after every change of the undo or redo stacks. */
  onHistoryUpdated(callback: () => void): Unsubscribe {
    return this.core.history.onUpdated(callback);
  }
  /** Sets the maximum number of undo steps, 1..100,000 (oldest steps are dropped). */
  setHistoryLimit(limit: number): void {
    if (typeof limit !== 'number' || !Number.isInteger(limit)) throw new CesdkError('INVALID_VALUE', `history limit must be an integer, got ${describeValue(limit)}`);
    if (limit < 1 || limit > 100_000) throw new CesdkError('OUT_OF_RANGE', `history limit ${limit} is outside 1..100000`);
    this.core.history.setLimit(limit);
  }
  /** The maximum number of undo steps. */
  getHistoryLimit(): number {
    return this.core.history.limit;
  }

  /**
   * Runs `fn` atomically: if `fn` throws, every change it made is rolled back and the error is
   * rethrown. An outermost `transact` is one undo step: changes collected before it become their
   * own step first, then its changes become a step labelled `label` (an extension of ours; CE.SDK
   * code marks steps with `addUndoStep`). A nested `transact`, or one inside a gesture, joins the
   * outer one (with its own rollback point). `fn` must be synchronous.
   */
  transact<T>(label: string, fn: () => T): T {
    if (typeof fn !== 'function') throw new CesdkError('INVALID_VALUE', 'transact needs a function');
    const outermost = !this.core.history.inTransaction;
    if (outermost && !this.core.disposed) this.core.history.addUndoStep();
    const value = this.core.mutate(label, () => {
      const result = fn();
      if (result instanceof Promise) throw new CesdkError('INVALID_VALUE', `transact '${label}': the function must be synchronous`);
      return result;
    });
    if (outermost) this.core.history.addUndoStep(label);
    return value;
  }

  /**
   * Starts a gesture (a drag, a slider drag): earlier collected changes become their own step, then
   * every change until `commit()` becomes one undo step; `cancel()` rolls the gesture's changes back.
   * Undo and redo are refused while it is open.
   */
  beginGesture(label: string): Gesture {
    if (this.core.disposed) throw new CesdkError('INVALID_STATE', 'the engine was disposed');
    this.core.history.beginGesture(label);
    let open = true;
    const end = (commit: boolean): void => {
      if (!open) return;
      open = false;
      this.core.history.endGesture(commit);
    };
    return { commit: () => end(true), cancel: () => end(false) };
  }

  // Role and scopes ------------------------------------------------------------------------

  /** Sets the role; global scopes reset to the role's defaults (see `globalScopesForRole`). */
  setRole(role: RoleString): void {
    if (!ROLES.includes(role)) throw new CesdkError('INVALID_VALUE', `unknown role '${describeValue(role)}' (expected ${ROLES.join(', ')})`);
    this.core.role = role;
    this.core.globalScopes = globalScopesForRole(role);
    this.core.callListeners(this.roleListeners, 'role listener', role);
  }
  /** The current role. */
  getRole(): RoleString {
    return this.core.role;
  }
  /** Calls back after the role changed. */
  onRoleChanged(callback: (role: RoleString) => void): Unsubscribe {
    this.roleListeners.add(callback);
    return () => {
      this.roleListeners.delete(callback);
    };
  }
  /** Sets a global scope: 'Allow', 'Deny', or 'Defer' to the blocks' own scope flags. */
  setGlobalScope(scope: string, setting: ScopeSetting): void {
    if (!isKnownScope(scope)) throw new CesdkError('INVALID_VALUE', `unknown scope '${describeValue(scope)}'`);
    if (setting !== 'Allow' && setting !== 'Deny' && setting !== 'Defer') throw new CesdkError('INVALID_VALUE', `scope setting must be Allow, Deny or Defer, got '${describeValue(setting)}'`);
    this.core.globalScopes.set(scope, setting);
  }
  /** The global setting of a scope. */
  getGlobalScope(scope: string): ScopeSetting {
    if (!isKnownScope(scope)) throw new CesdkError('INVALID_VALUE', `unknown scope '${describeValue(scope)}'`);
    return this.core.globalScopes.get(scope) ?? 'Allow';
  }
  /** Every scope name. */
  findAllScopes(): string[] {
    return [...ALL_SCOPES];
  }

  // Settings -------------------------------------------------------------------------------

  /** Every setting key. */
  findAllSettings(): string[] {
    return findAllSettings();
  }
  /** Sets a Bool setting. */
  setSettingBool(key: string, value: boolean): void { this.settings.set(key, 'Bool', value); }
  /** Reads a Bool setting. */
  getSettingBool(key: string): boolean { return this.settings.get(key, 'Bool') as boolean; }
  /** Sets an Int setting (e.g. 'maxImageSize', default 4096). */
  setSettingInt(key: string, value: number): void { this.settings.set(key, 'Int', value); }
  /** Reads an Int setting. */
  getSettingInt(key: string): number { return this.settings.get(key, 'Int') as number; }
  /** Sets a Float setting (e.g. 'snapping/threshold'). */
  setSettingFloat(key: string, value: number): void { this.settings.set(key, 'Float', value); }
  /** Reads a Float setting. */
  getSettingFloat(key: string): number { return this.settings.get(key, 'Float') as number; }
  /** Sets a String setting. */
  setSettingString(key: string, value: string): void { this.settings.set(key, 'String', value); }
  /** Reads a String setting. */
  getSettingString(key: string): string { return this.settings.get(key, 'String') as string; }
  /** Sets a Color setting. */
  setSettingColor(key: string, value: Color): void { this.settings.set(key, 'Color', value); }
  /** Reads a Color setting (frozen). */
  getSettingColor(key: string): Color { return this.settings.get(key, 'Color') as Color; }
  /** Calls back with the key after a setting changed. */
  onSettingsChanged(callback: (key: string) => void): Unsubscribe {
    return this.settings.onChanged(callback);
  }

  // Colors ---------------------------------------------------------------------------------

  /**
   * Defines how a spot color looks on screen (RGB in 0..1), keeping its CMYK approximation. Engine
   * state: not saved, not in history.
   */
  setSpotColorRGB(name: string, r: number, g: number, b: number): void {
    checkSpotName(name);
    const color = normalizeColor({ r, g, b, a: 1 }, { path: `spot color '${name}'` }) as { r: number; g: number; b: number };
    const entry = this.spotColors.get(name) ?? {};
    this.spotColors.set(name, { ...entry, rgb: Object.freeze({ r: color.r, g: color.g, b: color.b }) });
  }
  /** Defines a spot color's CMYK approximation (0..1), keeping its RGB one. */
  setSpotColorCMYK(name: string, c: number, m: number, y: number, k: number): void {
    checkSpotName(name);
    const color = normalizeColor({ c, m, y, k, tint: 1 }, { path: `spot color '${name}'` }) as { c: number; m: number; y: number; k: number };
    const entry = this.spotColors.get(name) ?? {};
    this.spotColors.set(name, { ...entry, cmyk: Object.freeze({ c: color.c, m: color.m, y: color.y, k: color.k }) });
  }
  /** A spot color's screen approximation as RGBA (alpha 1); magenta when it has none, as CE.SDK draws it. */
  getSpotColorRGBA(name: string): RGBAColor {
    return convertColor({ name, tint: 1, externalReference: '' }, 'sRGB', this.spotColors) as RGBAColor;
  }
  /** A spot color's CMYK approximation (tint 1), converted from its RGB one when it has no CMYK. */
  getSpotColorCMYK(name: string): CMYKColor {
    return convertColor({ name, tint: 1, externalReference: '' }, 'CMYK', this.spotColors) as CMYKColor;
  }
  /** The screen RGB of a spot color. Throws `NOT_FOUND` for one without an RGB approximation. */
  getSpotColorRGB(name: string): { readonly r: number; readonly g: number; readonly b: number } {
    const color = this.spotColors.get(name)?.rgb;
    if (!color) throw new CesdkError('NOT_FOUND', `no spot color '${describeValue(name)}'`);
    return color;
  }
  /** Every defined spot color name. */
  findAllSpotColors(): string[] {
    return [...this.spotColors.keys()];
  }
  /** Removes a spot color definition (no-op when absent); blocks using it draw magenta. */
  removeSpotColor(name: string): void {
    this.spotColors.delete(name);
    for (const [type, spot] of this.cutoutSpotColors) if (spot === name) this.cutoutSpotColors.delete(type);
  }
  /** Assigns a defined spot color to a cutout type ('Solid' or 'Dashed') for die-cut lines. */
  setSpotColorForCutoutType(type: 'Solid' | 'Dashed', name: string): void {
    if (type !== 'Solid' && type !== 'Dashed') throw new CesdkError('INVALID_VALUE', `cutout type must be Solid or Dashed, got '${describeValue(type)}'`);
    if (!this.spotColors.has(name)) throw new CesdkError('NOT_FOUND', `no spot color '${describeValue(name)}'; define it first`);
    this.cutoutSpotColors.set(type, name);
  }
  /** The spot color assigned to a cutout type ('' when none). */
  getSpotColorForCutoutType(type: 'Solid' | 'Dashed'): string {
    if (type !== 'Solid' && type !== 'Dashed') throw new CesdkError('INVALID_VALUE', `cutout type must be Solid or Dashed, got '${describeValue(type)}'`);
    return this.cutoutSpotColors.get(type) ?? '';
  }
  /**
   * Converts a color to 'sRGB' or 'CMYK' (or keeps a spot color in 'SpotColor'), as CE.SDK: spot
   * colors go through their approximations; alpha becomes tint and tint becomes alpha.
   */
  convertColorToColorSpace(color: Color, colorSpace: ColorSpace): Color {
    return convertColor(normalizeColor(color, { path: 'color' }), colorSpace, this.spotColors);
  }

  // Edit mode ------------------------------------------------------------------------------

  /** Sets the edit mode: 'Transform' (default), 'Crop', 'Text', 'Trim', 'Playback', 'Vector' or a custom name. */
  setEditMode(mode: string): void {
    if (typeof mode !== 'string' || mode.length === 0 || mode.length > 64) throw new CesdkError('INVALID_VALUE', 'an edit mode is a name of 1..64 characters');
    if (mode === this.editMode) return;
    this.editMode = mode;
    this.core.callListeners(this.editModeListeners, 'edit mode listener', mode);
  }
  /** The edit mode. */
  getEditMode(): string {
    return this.editMode;
  }
  /** Calls back after the edit mode changed. */
  onEditModeChanged(callback: (mode: string) => void): Unsubscribe {
    this.editModeListeners.add(callback);
    return () => {
      this.editModeListeners.delete(callback);
    };
  }
}
