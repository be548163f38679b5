import { assetError } from './asset-error.js';

/** One load shared by every caller that asked for the same key. */
export interface SharedLoad<T> {
  /** Settles once for everyone. */
  readonly promise: Promise<T>;
  /** Aborts the underlying work (when the last waiter leaves, or on dispose). */
  readonly controller: AbortController;
  /** Callers still waiting for a pending load. */
  waiters: number;
  /** `'Pending'` until `promise` settles. */
  status: 'Pending' | 'Ready' | 'Error';
  /** The value, once ready. */
  value: T | undefined;
}

/** Starts a shared load; `start` receives the signal that aborts it. */
export function startSharedLoad<T>(start: (signal: AbortSignal) => Promise<T>): SharedLoad<T> {
  const controller = new AbortController();
  const load: SharedLoad<T> = { promise: undefined as unknown as Promise<T>, controller, waiters: 0, status: 'Pending', value: undefined };
  (load as { promise: Promise<T> }).promise = start(controller.signal).then(
    (value) => {
      load.status = 'Ready';
      load.value = value;
      return value;
    },
    (error: unknown) => {
      load.status = 'Error';
      throw error;
    },
  );
  // The loader reports failures through its error event; an unobserved rejection is not a bug here.
  load.promise.catch(() => undefined);
  return load;
}

/**
 * Waits for a shared load on behalf of one caller. The caller's own `signal` only detaches that
 * caller (its promise rejects with `ABORTED`); the shared work is aborted when no waiter is left.
 */
export function waitForSharedLoad<T>(load: SharedLoad<T>, signal: AbortSignal | undefined, onAbandoned: () => void): Promise<T> {
  if (load.status !== 'Pending') return load.promise;
  if (signal?.aborted) return Promise.reject(assetError('ABORTED', 'The asset load was aborted.'));
  load.waiters += 1;
  // A caller without a signal never leaves, so the shared work runs to the end for it.
  if (signal === undefined) return load.promise;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      load.waiters -= 1;
      if (load.waiters === 0 && load.status === 'Pending') {
        load.controller.abort();
        onAbandoned();
      }
      reject(assetError('ABORTED', 'The asset load was aborted.'));
    };
    signal.addEventListener('abort', leave, { once: true });
    load.promise.then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}
