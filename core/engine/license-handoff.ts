/**
 * Hands the API key from `Engine.create({ license })` to the licensing layer exactly once.
 *
 * The key must live only inside the license service's private field, so the engine does not keep
 * it in `engine.options`: it parks it here, in a module-private WeakMap, until the licensing layer
 * takes it with {@link takeLicenseKey}, which also forgets it. Not part of the public entry.
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
