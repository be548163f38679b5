import type { GuideCase } from './types.js';

/** Where the harness maps the modules a guide imports. */
export interface ModuleMap {
  readonly '@cesdk/node': string;
  readonly dotenv: string;
  readonly fs: string;
  /** The examples' own helper module (`import { hexToRgba } from './utils'`), not part of the guide text. */
  readonly './utils': string;
}

/** A snippet located in the guide's example: 0-based line indexes, inclusive. */
export interface SnippetSpan {
  readonly start: number;
  readonly end: number;
  /** Whether its brackets balance, so the harness may leave it out after it failed. */
  readonly removable: boolean;
}

/** The global through which composed guide code reaches the harness (one guide runs at a time). */
export const HARNESS_GLOBAL = '__cesdkConformanceRun';

/** Finds every snippet in the example; throws when a marker is missing (a typo in the case file). */
export function locateSnippets(source: string, guide: GuideCase): SnippetSpan[] {
  const lines = source.split('\n').map((line) => line.trim());
  const spans: SnippetSpan[] = [];
  let cursor = 0;
  for (const [index, snippet] of guide.snippets.entries()) {
    const start = lines.indexOf(snippet.start.trim(), cursor);
    if (start < 0) throw new Error(`${guide.id} snippet ${index} ('${snippet.title}'): start line not found: ${snippet.start}`);
    const anchor = snippet.endAfter === undefined ? start : lines.indexOf(snippet.endAfter.trim(), start);
    if (anchor < 0) throw new Error(`${guide.id} snippet ${index} ('${snippet.title}'): endAfter line not found: ${snippet.endAfter}`);
    const end = lines.indexOf(snippet.end.trim(), anchor);
    if (end < 0) throw new Error(`${guide.id} snippet ${index} ('${snippet.title}'): end line not found: ${snippet.end}`);
    const text = source.split('\n').slice(start, end + 1).join('\n');
    spans.push({ start, end, removable: bracketsBalance(text) });
    cursor = end + 1;
  }
  return spans;
}

/** The text of each snippet exactly as it stands in the example (what "unchanged" is checked against). */
export function snippetTexts(source: string, guide: GuideCase): string[] {
  const lines = source.split('\n');
  return locateSnippets(source, guide).map((span) => lines.slice(span.start, span.end + 1).join('\n'));
}

function bracketsBalance(text: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '/' && text[index + 1] === '/') {
      const newline = text.indexOf('\n', index);
      if (newline < 0) break;
      index = newline;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{' || char === '(' || char === '[') depth += 1;
    else if (char === '}' || char === ')' || char === ']') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0 && quote === null;
}

const IMPORT_SPECIFIER = /^(\s*import\s[^'"]*from\s*)(['"])(@cesdk\/node|dotenv|fs|\.\/utils)\2(;?\s*)$/;

/**
 * Builds the module the harness runs: the guide's example, unchanged except that
 * - its imports of `@cesdk/node`, `dotenv`, `fs` (and the examples' `./utils` helper) point at the harness's modules (so
 *   `CreativeEngine.init(config)` becomes `Engine.create(config)`, and files go to memory);
 * - a harness line is added before and after each snippet (to attribute errors and run checks);
 * - snippets listed in `exclude` (they failed in an earlier run) are blanked out, so the guide's
 *   later snippets still get their chance.
 */
export function composeGuide(source: string, guide: GuideCase, modules: ModuleMap, exclude: ReadonlySet<number> = new Set()): string {
  const spans = locateSnippets(source, guide);
  const lines = source.split('\n').map((line) => {
    const match = IMPORT_SPECIFIER.exec(line);
    if (!match) return line;
    const target = modules[match[3] as keyof ModuleMap];
    return `${match[1]}${JSON.stringify(target)}${match[4]}`;
  });
  const before = new Map<number, string>();
  const after = new Map<number, string>();
  const blank = new Set<number>();
  for (const [index, span] of spans.entries()) {
    const handle = `globalThis.${HARNESS_GLOBAL}`;
    if (exclude.has(index) && span.removable) {
      for (let line = span.start; line <= span.end; line += 1) blank.add(line);
      before.set(span.start, `${handle}.skip(${index});`);
      continue;
    }
    const captures = ['engine', ...(guide.snippets[index]!.captures ?? [])];
    before.set(span.start, `${handle}.enter(${index});`);
    // Only settling snippets yield: a yield would end the engine update and deliver events early.
    const wait = guide.snippets[index]!.settle ? 'await ' : '';
    after.set(span.end, `${wait}${handle}.after(${index}, () => ({ ${captures.join(', ')} }));`);
  }
  const output: string[] = [];
  for (const [index, line] of lines.entries()) {
    const prefix = before.get(index);
    if (prefix) output.push(prefix);
    output.push(blank.has(index) ? '' : line);
    const suffix = after.get(index);
    if (suffix) output.push(suffix);
  }
  return output.join('\n');
}
