/** Runs a function in a microtask (declared via Promise, since the engine's lib is ES2022 only). */
export function scheduleMicrotask(callback: () => void): void {
  void Promise.resolve().then(callback);
}

/** Rethrows an error asynchronously, so a listener's bug surfaces without breaking the engine. */
export function reportAsync(error: unknown): void {
  scheduleMicrotask(() => {
    throw error;
  });
}
