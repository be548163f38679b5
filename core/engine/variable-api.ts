import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { relayoutTextsWithVariables } from './text-layout.js';

// Scene documents refuse these keys (prototype pollution), so variables may not use them either.
const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.\- ]{0,127}$/;

/**
 * `engine.variable`: text variables. Text containing `{{name}}` resolves to the value wherever it
 * is rendered or exported (`block.getResolvedText`). Variables are saved with the scene and their
 * changes are undoable.
 */
export class VariableAPI {
  private readonly core: EngineCore;

  /** @internal */
  constructor(core: EngineCore) {
    this.core = core;
  }

  private checkName(key: unknown): string {
    if (typeof key !== 'string' || !VARIABLE_NAME.test(key) || FORBIDDEN_NAMES.has(key)) {
      throw new CesdkError('INVALID_VALUE', `invalid variable name '${describeValue(key)}': letters, digits, '_', '.', '-' and spaces, starting with a letter or '_', at most 128 characters, not __proto__, constructor or prototype`);
    }
    return key;
  }

  /** Sets (or creates) a variable. */
  setString(key: string, value: string): void {
    const name = this.checkName(key);
    if (typeof value !== 'string') throw new CesdkError('INVALID_VALUE', `variable '${name}' needs a string value`);
    if (value.length > this.core.limits.maxStringLength) throw new CesdkError('LIMIT_EXCEEDED', `variable '${name}' value is too long`);
    this.core.mutate('set variable', () => {
      this.core.write(this.core.variables, name, value);
      relayoutTextsWithVariables(this.core);
    });
  }

  /** A variable's value. Throws `NOT_FOUND` for an unknown variable. */
  getString(key: string): string {
    const value = this.core.variables.fields.get(this.checkName(key));
    if (value === undefined) throw new CesdkError('NOT_FOUND', `no variable '${key}'`);
    return value as string;
  }

  /** Every variable name, sorted. */
  findAll(): string[] {
    return [...this.core.variables.fields.keys()].sort();
  }

  /** Removes a variable (no-op when absent). */
  remove(key: string): void {
    const name = this.checkName(key);
    if (!this.core.variables.fields.has(name)) return;
    this.core.mutate('remove variable', () => {
      this.core.write(this.core.variables, name, undefined);
      relayoutTextsWithVariables(this.core);
    });
  }
}
