let loading: Promise<void> | undefined;

/**
 * Starts (once) loading the editor's secondary panels (see `secondary-elements.ts`); resolves when
 * their tags are defined. The editor announces `ready` only after this, so a ready editor is complete.
 */
export function loadSecondaryElements(): Promise<void> {
  loading ??= import('./secondary-elements.js').then(() => undefined);
  return loading;
}
