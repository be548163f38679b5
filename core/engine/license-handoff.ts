/**
 * Hands the API key from `Engine.create({ license })` to the licensing layer exactly once.
 *
 * Only for the headless path: an integrator who creates the engine themselves with CE.SDK's
 * `Engine.create({ license })` (CE.SDK: `CreativeEngine.init({ license })`) and then calls the
 * browser entry's `registerExporters(engine)`, or gives the engine to an element. The elements do
 * not use it: they hand the key from their `license` attribute straight to the license service
 * (`attachLicensing(engine, { credentials })`), so their engines are created without a key.
 *
 * Why it is still needed: the key arrives in `Engine.create`, before any licensing exists, and the
 * engine may not call licensing (`core/` never imports `licensing/`) nor keep the key anywhere
 * readable (`engine.options` only says `hasLicenseKey`). So the engine parks it here, in a
 * module-private WeakMap keyed by the engine, until the licensing layer takes it with
 * {@link takeLicenseKey}, which forgets it; `engine.dispose()` forgets an untaken key. This module is
 * not part of any public entry.
 */
const pendingKeys = new WeakMap<object, string>();

/** Parks `key` for `engine` (called by the engine's constructor). */
export function parkLicenseKey(engine: object, key: string | undefined): void {
  if (typeof key === 'string' && key !== '') pendingKeys.set(engine, key);
}

/** Returns the parked key of `engine` and forgets it; a second call returns undefined. */
export function takeLicenseKey(engine: object): string | undefined {
  const key = pendingKeys.get(engine);
  pendingKeys.delete(engine);
  return key;
}
