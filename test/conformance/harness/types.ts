import type { Engine } from '../../../core/engine/index.js';

/** What a snippet's check sees after the snippet ran. */
export interface SnippetCheckContext {
  /** The engine the guide created (through `CreativeEngine.init`). */
  readonly engine: Engine;
  /** The guide's variables named in `captures`, read right after the snippet. */
  readonly vars: Readonly<Record<string, unknown>>;
  /** `console.log` calls made while the snippet ran, each as its argument list. */
  readonly logs: readonly (readonly unknown[])[];
  /** Files the guide wrote with `fs.writeFileSync` so far (path → bytes or text). */
  readonly files: ReadonlyMap<string, Uint8Array | string>;
}

/**
 * One snippet: a code block of the guide, found in the guide's complete example by its first and
 * last line (compared trimmed). The snippet's text is the example's text between them, unchanged.
 */
export interface SnippetCase {
  /** The guide's section (or highlight) the code block belongs to. */
  readonly title: string;
  /** First line of the code block (trimmed). */
  readonly start: string;
  /** Last line of the code block (trimmed); searched from `start` (or from `endAfter`) on. */
  readonly end: string;
  /** A line inside the block to search `end` from, when `end` alone is not unique (`});`). */
  readonly endAfter?: string;
  /** Guide variables the check reads (`engine` is always there). */
  readonly captures?: readonly string[];
  /** Checks the result the guide states; throws (e.g. with `assert`) when it is not met. */
  readonly check?: (context: SnippetCheckContext) => void | Promise<void>;
  /** Let the engine deliver its batched events (one macrotask) before the check. */
  readonly settle?: boolean;
  /** Why it is expected to fail, when it is (for the README's list); the suite still runs it. */
  readonly knownFailure?: string;
}

/** One guide: its source page, where it runs, and its snippets in the order of its complete example. */
export interface GuideCase {
  /** File name stem under `test/conformance/guides/` (`<id>.ts.txt` holds the example as written). */
  readonly id: string;
  /** The public guide page the example was copied from. */
  readonly url: string;
  /** 'node' for engine-only guides; 'browser' for guides that export (they need the renderer). */
  readonly env: 'node' | 'browser';
  readonly snippets: readonly SnippetCase[];
}

/** The outcome of one snippet. */
export interface SnippetResult {
  readonly guide: string;
  readonly index: number;
  readonly title: string;
  readonly url: string;
  readonly passed: boolean;
  /** Why it failed: the error the snippet threw, the failed check, or "not reached". */
  readonly reason?: string;
}
