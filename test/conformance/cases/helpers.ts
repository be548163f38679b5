import type { SnippetCheckContext } from '../harness/types.js';

/** Throws with `message` unless `condition` holds. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Strict equality, or deep equality for plain objects and arrays. */
export function equal(actual: unknown, expected: unknown, what: string): void {
  if (!sameValue(actual, expected)) throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

/** Numbers equal within `epsilon`. */
export function close(actual: unknown, expected: number, what: string, epsilon = 1e-4): void {
  if (typeof actual !== 'number' || Math.abs(actual - expected) > epsilon) throw new Error(`${what}: expected ≈${expected}, got ${show(actual)}`);
}

/** The arguments after the label of the snippet's first `console.log(label, ...)` call. */
export function logged(context: SnippetCheckContext, label: string): unknown[] {
  const entry = context.logs.find((args) => typeof args[0] === 'string' && args[0] === label);
  if (!entry) throw new Error(`the snippet did not log '${label}' (logged: ${context.logs.map((args) => show(args[0])).join(', ') || 'nothing'})`);
  return entry.slice(1);
}

/** The first argument after `label` (see {@link logged}). */
export function loggedValue(context: SnippetCheckContext, label: string): unknown {
  return logged(context, label)[0];
}

/** Whether the snippet logged a line starting with `prefix`. */
export function loggedLine(context: SnippetCheckContext, prefix: string): string {
  const entry = context.logs.find((args) => typeof args[0] === 'string' && args[0].startsWith(prefix));
  if (!entry) throw new Error(`the snippet logged no line starting with '${prefix}'`);
  return entry[0] as string;
}

/** A captured guide variable as a block id. */
export function id(context: SnippetCheckContext, name: string): number {
  const value = context.vars[name];
  if (typeof value !== 'number') throw new Error(`variable ${name} is not a block id: ${show(value)}`);
  return value;
}

/** Reads the PNG's pixel size from its header. */
export function pngSize(bytes: Uint8Array | string | undefined): { width: number; height: number } {
  if (!(bytes instanceof Uint8Array) || bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function sameValue(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key) => sameValue((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
