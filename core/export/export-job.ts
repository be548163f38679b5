/**
 * The per-export bookkeeping every exporter shares: abort checks, monotonic progress reports,
 * non-fatal error reports, and cleanup callbacks run whatever the outcome.
 */
import type { CesdkError } from '../engine/index.js';
import type { ExportProgress, ExportStage, ResolvedExportOptions } from './options.js';

/** Rejection value of an aborted export: a `DOMException` named `AbortError`. */
export function abortError(signal?: AbortSignal): DOMException {
  const reason: unknown = signal?.reason;
  if (reason instanceof DOMException && reason.name === 'AbortError') return reason;
  return new DOMException('The export was aborted.', 'AbortError');
}

/** True when `error` is the rejection of an aborted operation. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Stage weights: how much of the overall progress bar each stage fills. */
const STAGE_SPAN: Record<ExportStage, [number, number]> = {
  prepare: [0, 0.05],
  render: [0.05, 0.7],
  encode: [0.7, 1],
  done: [1, 1],
};

/** State of one running export. */
export class ExportJob {
  private lastFraction = 0;
  private readonly cleanups: Array<() => void> = [];
  private readonly reported = new Set<string>();

  constructor(readonly options: ResolvedExportOptions) {}

  /** Throws the `AbortError` when the export was aborted. Call between steps. */
  throwIfAborted(): void {
    if (this.options.abortSignal?.aborted) throw abortError(this.options.abortSignal);
  }

  /** Yields to the event loop (so Cancel clicks and progress paints get through), then checks abort. */
  async yieldToEventLoop(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.throwIfAborted();
  }

  /** Reports progress; `completed` of `total` units of `stage` are done. Never throws. */
  progress(stage: ExportStage, completed: number, total: number): void {
    const callback = this.options.onProgress;
    if (!callback) return;
    const [start, end] = STAGE_SPAN[stage];
    const share = total > 0 ? Math.min(1, Math.max(0, completed / total)) : 1;
    this.lastFraction = Math.max(this.lastFraction, start + (end - start) * share);
    const report: ExportProgress = { stage, completed, total, fraction: this.lastFraction };
    try {
      callback(report);
    } catch {
      // An integrator's progress callback must not break the export.
    }
  }

  /** Reports a non-fatal problem (e.g. a broken image exported as its placeholder). Never throws. */
  reportError(error: CesdkError, block?: number): void {
    const key = `${block ?? ''}:${error.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    try {
      this.options.onError?.(error, block);
    } catch {
      // An integrator's error callback must not break the export.
    }
  }

  /** Registers `cleanup` to run when the export ends, successfully or not. */
  defer(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Runs the cleanups in reverse order; each one's failure is swallowed. */
  dispose(): void {
    while (this.cleanups.length > 0) {
      const cleanup = this.cleanups.pop()!;
      try {
        cleanup();
      } catch {
        // Cleanup is best effort: a released canvas or a revoked URL may already be gone.
      }
    }
  }
}
