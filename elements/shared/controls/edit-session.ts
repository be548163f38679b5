import type { Engine } from '../../../core/engine/index.js';
import { CesdkError } from '../../../core/engine/index.js';
import { CesdkErrorEvent } from '../events.js';

interface Gesture {
  commit(): void;
  cancel(): void;
}

/**
 * Turns control events into engine history: a run of `cesdk-control-input` events (a slider drag, the
 * colour dialog) opens ONE `engine.editor.beginGesture(label)` and the closing `cesdk-control-change`
 * commits it, so the whole drag is one undo step. A change without a preceding input (a typed number,
 * a picked option) is one `engine.editor.transact(label, ...)`.
 *
 * A call the engine refuses (a denied scope, an out-of-range value) rolls the gesture back and is
 * reported as a `cesdk-error` event from the host instead of being thrown into the page.
 */
export class EditSession {
  private gesture: Gesture | undefined;
  private gestureLabel = '';
  private gestureEngine: Engine | undefined;

  /**
   * @param host The element that reports errors (`cesdk-error` bubbles from it).
   * @param engine Returns the engine currently bound to the host.
   */
  constructor(
    private readonly host: HTMLElement,
    private readonly engine: () => Engine | undefined,
  ) {}

  /** Whether a gesture is open (between the first input and the change). */
  get active(): boolean {
    return this.gesture !== undefined;
  }

  /** Applies a live value; opens the gesture on the first call of a run. */
  input(label: string, apply: (engine: Engine) => void): void {
    const engine = this.engine();
    if (!engine) return;
    if (this.gesture && (this.gestureLabel !== label || this.gestureEngine !== engine)) this.finish();
    try {
      if (!this.gesture) {
        // Throws INVALID_STATE when another gesture (e.g. a canvas drag) is open: reported, not thrown.
        this.gesture = engine.editor.beginGesture(label);
        this.gestureLabel = label;
        this.gestureEngine = engine;
      }
      apply(engine);
    } catch (error) {
      this.cancel();
      this.report(error);
    }
  }

  /** Applies the final value and closes the run as one undo step. */
  change(label: string, apply: (engine: Engine) => void): void {
    const engine = this.engine();
    if (!engine) return;
    if (this.gesture && this.gestureLabel === label && this.gestureEngine === engine) {
      try {
        apply(engine);
        this.finish();
      } catch (error) {
        this.cancel();
        this.report(error);
      }
      return;
    }
    this.finish();
    try {
      engine.editor.transact(label, () => apply(engine));
    } catch (error) {
      this.report(error);
    }
  }

  /** Commits an open gesture (e.g. when the selection changes mid-drag or the host disconnects). */
  finish(): void {
    const gesture = this.gesture;
    this.gesture = undefined;
    this.gestureEngine = undefined;
    gesture?.commit();
  }

  /** Rolls an open gesture back. */
  cancel(): void {
    const gesture = this.gesture;
    this.gesture = undefined;
    this.gestureEngine = undefined;
    gesture?.cancel();
  }

  private report(error: unknown): void {
    const typed =
      error instanceof CesdkError
        ? error
        : new CesdkError('INVALID_VALUE', error instanceof Error ? error.message : String(error));
    this.host.dispatchEvent(new CesdkErrorEvent(typed));
  }
}
