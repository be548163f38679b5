/**
 * A clock for license tests: time moves only when the test moves it. `runNextTimer()` waits (in real
 * time, for the service's network work to finish) until a timer is scheduled, jumps to its moment and
 * runs it, so refreshes, retries and expiry happen in order however busy the machine is.
 */
import type { LicenseClock } from '../../licensing/clock.js';

interface Timer { id: number; due: number; callback: () => void }

/** A manual {@link LicenseClock}. */
export class ManualClock implements LicenseClock {
  private current: number;
  private readonly start: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start = Date.now()) {
    this.current = start;
    this.start = start;
  }

  now(): number {
    return this.current;
  }

  /** Timers scheduled and not yet run or cleared. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** How far the clock has been moved from its start (ms). */
  get offset(): number {
    return this.current - this.start;
  }

  setTimeout(callback: () => void, delay: number): unknown {
    const timer = { id: this.nextId++, due: this.current + Math.max(0, delay), callback };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const next = this.earliest();
      if (!next || next.due > target) break;
      this.fire(next);
    }
    this.current = target;
  }

  /**
   * Waits until a timer is scheduled (the service schedules its next refresh only after a request
   * finished), then jumps to it and runs it. Returns the milliseconds jumped.
   */
  async runNextTimer(timeout = 30_000): Promise<number> {
    const started = performance.now();
    while (this.timers.length === 0) {
      if (performance.now() - started > timeout) throw new Error('no timer was scheduled');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const next = this.earliest()!;
    const jumped = Math.max(0, next.due - this.current);
    this.fire(next);
    return jumped;
  }

  private earliest(): Timer | undefined {
    return this.timers.reduce<Timer | undefined>((best, timer) => (!best || timer.due < best.due ? timer : best), undefined);
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((other) => other !== timer);
    this.current = Math.max(this.current, timer.due);
    timer.callback();
  }
}
