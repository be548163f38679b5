/**
 * Injects a failure into the engine calls a command makes: every method of `engine.block`,
 * `engine.scene` and `engine.variable` that changes something is wrapped (on the instance, so the
 * engine's own calls through `this` are wrapped too). Count the calls a command makes, then make the
 * last of them throw, so the command fails as late as possible, after all its other changes.
 */
import type { Engine } from '../../core/engine/index.js';

const MUTATORS = /^(set|create|destroy|append|insert|group|ungroup|duplicate|replace|remove|add|bring|send|select|apply|reset|resize|scale|flip|fill|move|load)/;

/** The message of the injected error. */
export const INJECTED = 'injected failure';

/** Counts and fails engine calls. */
export interface FaultInjector {
  /** Starts counting; the `failAt`-th call (1-based) throws. `Infinity` only counts. */
  arm(failAt: number): void;
  /** Stops; returns how many calls were made while armed. */
  disarm(): number;
  /** Whether the armed failure was thrown. */
  readonly fired: boolean;
  /** The names of the calls made while armed (for failure messages). */
  readonly calls: readonly string[];
}

function methodNames(target: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(target); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && typeof (proto as Record<string, unknown>)[name] === 'function') names.add(name);
    }
  }
  return [...names];
}

/** Wraps the engine's mutating API methods (once per engine). */
export function instrument(engine: Engine): FaultInjector {
  let armed = false;
  let failAt = Infinity;
  let count = 0;
  let fired = false;
  const calls: string[] = [];
  for (const [namespace, api] of Object.entries({ block: engine.block, scene: engine.scene, variable: engine.variable })) {
    for (const name of methodNames(api)) {
      if (!MUTATORS.test(name)) continue;
      const original = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      Object.defineProperty(api, name, {
        configurable: true,
        writable: true,
        value: function injected(this: unknown, ...args: unknown[]) {
          if (armed) {
            count += 1;
            calls.push(`${namespace}.${name}`);
            if (count === failAt) {
              fired = true;
              throw new Error(`${INJECTED} in ${namespace}.${name}`);
            }
          }
          return original.apply(this, args);
        },
      });
    }
  }
  return {
    arm(at: number) {
      armed = true;
      failAt = at;
      count = 0;
      fired = false;
      calls.length = 0;
    },
    disarm() {
      armed = false;
      return count;
    },
    get fired() {
      return fired;
    },
    get calls() {
      return calls;
    },
  };
}
