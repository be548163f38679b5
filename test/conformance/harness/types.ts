import type { Engine } from '../../../core/engine/index.js';

/** What a snippet's check sees after the snippet ran. */
export interface SnippetCheckContext {
  /** The engine the guide created (through `CreativeEngine.init`). */
  readonly engine: Engine;
  /** The guide's variables named in `captures`, read right after the snippet. */
  readonly vars: Readonly<Record<string, unknown>>;
  /** `console.log` calls made while the snippet ran, each as its argument list. */
  readonly logs: readonly (readonly unknown[])[];
}

/**
 * One snippet: a code block of the guide page, re-stated in the guide file between
 * `// step: <title>` and `// end step`.
 */
export interface SnippetCase {
  /** The guide's section (or highlight) the code block belongs to; the step marker repeats it. */
  readonly title: string;
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
  /** File name stem under `test/conformance/guides/` (`<id>.ts.txt` re-states the page's calls). */
  readonly id: string;
  /** The public guide page whose calls the guide file re-states (cited on its first line). */
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
