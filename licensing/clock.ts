/**
 * The time source of the license service: what "now" is and how it waits. The system clock in
 * production; tests inject a manual clock, so offline grace and expiry are reached by moving time
 * forward, never by racing the wall clock on a busy machine.
 */
export interface LicenseClock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Calls `callback` after `delay` milliseconds of this clock's time; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, delay: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** `Date.now` and the platform's timers. */
export const systemClock: LicenseClock = {
  now: () => Date.now(),
  setTimeout: (callback, delay) => setTimeout(callback, delay),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
