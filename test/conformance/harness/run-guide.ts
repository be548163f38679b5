import { Engine } from '../../../core/engine/index.js';
import type { EngineOptions } from '../../../core/engine/index.js';
import { HARNESS_GLOBAL, locateSnippets } from './compose.js';
import type { GuideCase, SnippetCheckContext, SnippetResult } from './types.js';

/** How a run loads the composed guide module (Node: a temp file; browser: the dev server). */
export type GuideLoader = (exclude: ReadonlySet<number>, attempt: number) => Promise<unknown>;

/** Optional hooks of the environment (the browser registers its exporters here). */
export interface GuideEnvironment {
  /** Called with each engine the guide creates, before the guide uses it. */
  readonly prepareEngine?: (engine: Engine) => void;
  /** Longest a guide may run, in ms (default 60 s). */
  readonly timeoutMs?: number;
}

interface SnippetState {
  entered: boolean;
  finished: boolean;
  failure?: string;
  logs: unknown[][];
}

/**
 * The state of one run of a composed guide. The composed code reaches it through a global, calls
 * `enter(i)` before snippet i and `after(i, read)` after it; the guide's `console.log` calls are
 * recorded per snippet and its `engine.dispose()` (or its `main().catch(console.error)`) ends the run.
 */
export class GuideRun {
  /** Errors the guide's event or history listeners threw (the engine carried on). */
  readonly listenerErrors: unknown[] = [];
  private readonly states: SnippetState[];
  private readonly pendingChecks: { index: number; settled: boolean; promise: Promise<void> }[] = [];
  private current: number | null = null;
  private engine: Engine | null = null;
  error: unknown = undefined;
  private finish!: () => void;
  readonly finished = new Promise<void>((resolve) => {
    this.finish = resolve;
  });
  private readonly guide: GuideCase;
  private readonly environment: GuideEnvironment;

  constructor(guide: GuideCase, environment: GuideEnvironment) {
    this.guide = guide;
    this.environment = environment;
    this.states = guide.snippets.map(() => ({ entered: false, finished: false, logs: [] }));
  }

  /** `CreativeEngine.init(config)`, as the harness substitutes it: `Engine.create(config)`. */
  async createEngine(config: unknown): Promise<Engine> {
    const engine = await Engine.create((config ?? {}) as EngineOptions);
    this.engine = engine;
    // Errors thrown by the guide's own event listeners land here, as the engine reports them.
    engine.onEvent('error', ({ error }) => this.listenerErrors.push(error));
    this.environment.prepareEngine?.(engine);
    const dispose = engine.dispose.bind(engine);
    // The run ends when the guide disposes its engine (every guide does, in `finally`).
    Object.defineProperty(engine, 'dispose', {
      configurable: true,
      value: () => {
        dispose();
        this.finish();
      },
    });
    return engine;
  }

  enter(index: number): void {
    this.current = index;
    this.states[index]!.entered = true;
  }

  skip(index: number): void {
    this.states[index]!.entered = true;
  }

  after(index: number, read: () => Record<string, unknown>): void | Promise<void> {
    const state = this.states[index]!;
    state.finished = true;
    const snippet = this.guide.snippets[index]!;
    if (!snippet.settle) return this.check(index, read);
    // Events arrive at the end of the engine update; logs made meanwhile still belong to this snippet.
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => this.check(index, read));
  }

  private check(index: number, read: () => Record<string, unknown>): void | Promise<void> {
    const state = this.states[index]!;
    this.current = null;
    const check = this.guide.snippets[index]!.check;
    if (!check) return;
    const fail = (error: unknown): void => {
      state.failure = `check failed: ${describe(error)}`;
    };
    try {
      const vars = read();
      const context: SnippetCheckContext = { engine: vars.engine as Engine, vars, logs: state.logs };
      const result = check(context);
      if (result instanceof Promise) {
        // A check that waits (decoding an export, say) is awaited before the results are read, whether
        // or not its snippet settles: its failure must count.
        const pending = { index, settled: false, promise: Promise.resolve() };
        pending.promise = result.catch(fail).finally(() => {
          pending.settled = true;
        });
        this.pendingChecks.push(pending);
        return pending.promise;
      }
    } catch (error) {
      fail(error);
    }
  }

  /** Waits for every check that returned a promise (at most `timeoutMs`); an unfinished one fails its snippet. */
  async checksDone(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    await Promise.race([Promise.all(this.pendingChecks.map((pending) => pending.promise)), timedOut]);
    clearTimeout(timer);
    for (const pending of this.pendingChecks) {
      if (!pending.settled) this.states[pending.index]!.failure ??= `check failed: it did not finish within ${timeoutMs} ms`;
    }
  }

  log(args: unknown[]): void {
    if (this.current !== null) this.states[this.current]!.logs.push(args);
  }

  /** An error the guide reported (`main().catch(console.error)`) or threw (top-level await). */
  fail(error: unknown): void {
    if (this.error === undefined) this.error = error;
    this.finish();
  }

  /** The snippet that was running when the guide failed, if any. */
  get failedSnippet(): number | null {
    return this.error === undefined ? null : this.current;
  }

  results(previous: ReadonlyMap<number, string>): SnippetResult[] {
    return this.guide.snippets.map((snippet, index) => {
      const state = this.states[index]!;
      const base = { guide: this.guide.id, index, title: snippet.title, url: this.guide.url };
      const earlier = previous.get(index);
      if (earlier !== undefined) return { ...base, passed: false, reason: earlier };
      if (this.error !== undefined && this.current === index) return { ...base, passed: false, reason: `threw: ${describe(this.error)}` };
      if (!state.finished) {
        const why = this.error !== undefined ? `not reached (the guide failed outside its snippets: ${describe(this.error)})` : 'not reached';
        return { ...base, passed: false, reason: why };
      }
      if (state.failure) return { ...base, passed: false, reason: state.failure };
      return { ...base, passed: true };
    });
  }

  /** Disposes the engine if the guide left it alive (it failed before its `finally`). */
  cleanUp(): void {
    if (this.engine && !this.engine.isDisposed) this.engine.dispose();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return `${code && !error.message.startsWith(code) ? `${code}: ` : ''}${error.message}`.slice(0, 300);
  }
  return String(error).slice(0, 300);
}

/**
 * Runs a guide until every snippet has had its chance: a snippet that throws is recorded as failed
 * and, when its brackets balance, blanked out for another run, so the guide's later snippets still
 * run (they fail too if they needed what it made). Console output is captured, not printed.
 */
export async function runGuide(guide: GuideCase, source: string, load: GuideLoader, environment: GuideEnvironment = {}): Promise<SnippetResult[]> {
  const spans = locateSnippets(source, guide);
  const failed = new Map<number, string>();
  const holder = globalThis as unknown as Record<string, GuideRun | undefined>;
  for (let attempt = 0; attempt <= guide.snippets.length; attempt += 1) {
    const run = new GuideRun(guide, environment);
    holder[HARNESS_GLOBAL] = run;
    const originalLog = console.log;
    const originalError = console.error;
    console.log = (...args: unknown[]) => run.log(args);
    console.error = (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      if (error) run.fail(error);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await load(new Set(failed.keys()), attempt).catch((error: unknown) => run.fail(error));
      await Promise.race([
        run.finished,
        new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            run.fail(new Error(`timed out after ${environment.timeoutMs ?? 60_000} ms`));
            resolve();
          }, environment.timeoutMs ?? 60_000);
        }),
      ]);
      // Let a rejected top-level await land before reading the outcome.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await run.checksDone(environment.timeoutMs ?? 60_000);
    } finally {
      clearTimeout(timer);
      console.log = originalLog;
      console.error = originalError;
      run.cleanUp();
      holder[HARNESS_GLOBAL] = undefined;
    }
    const culprit = run.failedSnippet;
    if (culprit !== null && !failed.has(culprit)) {
      failed.set(culprit, `threw: ${describe(run.error)}`);
      if (spans[culprit]!.removable) continue;
    }
    return run.results(failed);
  }
  throw new Error(`${guide.id}: the harness did not settle`);
}
