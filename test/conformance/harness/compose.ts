import type { GuideCase } from './types.js';

/** Where the harness maps the one module a guide imports, `@cesdk/node`. */
export interface ModuleMap {
  readonly '@cesdk/node': string;
}

/** A snippet located in the guide file: 0-based line indexes of its marker lines, inclusive. */
export interface SnippetSpan {
  readonly start: number;
  readonly end: number;
  /** Whether its brackets balance, so the harness may leave it out after it failed. */
  readonly removable: boolean;
}

/** The global through which composed guide code reaches the harness (one guide runs at a time). */
export const HARNESS_GLOBAL = '__cesdkConformanceRun';

/** The line that opens a snippet in a guide file: `// step: <title>`. */
const STEP_OPEN = /^\/\/ step: (.+)$/;
/** The line that closes it. */
const STEP_CLOSE = '// end step';

/**
 * Finds every snippet of the guide file by its markers (`// step: <title>` … `// end step`). The
 * steps must be the case file's snippets, in order and with the same titles; a mismatch throws.
 */
export function locateSnippets(source: string, guide: GuideCase): SnippetSpan[] {
  const lines = source.split('\n');
  const spans: SnippetSpan[] = [];
  const titles: string[] = [];
  let open: number | null = null;
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    const opening = STEP_OPEN.exec(line);
    if (opening) {
      if (open !== null) throw new Error(`${guide.id}: step '${titles.at(-1)}' (line ${open + 1}) is not closed before line ${index + 1}`);
      open = index;
      titles.push(opening[1]!.trim());
    } else if (line === STEP_CLOSE) {
      if (open === null) throw new Error(`${guide.id}: '${STEP_CLOSE}' without a step on line ${index + 1}`);
      spans.push({ start: open, end: index, removable: bracketsBalance(lines.slice(open, index + 1).join('\n')) });
      open = null;
    }
  }
  if (open !== null) throw new Error(`${guide.id}: step '${titles.at(-1)}' is not closed`);
  const expected = guide.snippets.map((snippet) => snippet.title);
  if (titles.length !== expected.length || titles.some((title, index) => title !== expected[index])) {
    throw new Error(`${guide.id}: the guide file's steps ${JSON.stringify(titles)} are not the case file's snippets ${JSON.stringify(expected)}`);
  }
  return spans;
}

/** The text of each snippet as it stands in the guide file, marker lines included. */
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

const IMPORT_SPECIFIER = /^(\s*import\s[^'"]*from\s*)(['"])(@cesdk\/node)\2(;?\s*)$/;

/**
 * Builds the module the harness runs: the guide file, unchanged except that
 * - its import of `@cesdk/node` points at the harness's shim (so `CreativeEngine.init(config)`
 *   becomes `Engine.create(config)`);
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
