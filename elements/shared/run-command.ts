/**
 * Every editor command (a shortcut, a context-menu entry, a panel button) runs through
 * {@link runCommand}: as ONE engine transaction, so an exception anywhere inside it, even after
 * several engine calls, rolls the scene back to exactly its state before the command, with no undo
 * step. The failure is reported as a `cesdk-error` event from the element (the editor shows it) and is
 * never thrown into the page, so the editor keeps working.
 */
import { CesdkError, type Engine } from '../../core/engine/index.js';
import { CesdkErrorEvent } from './events.js';

/** Any thrown value as a typed error: a `CesdkError` stays as it is, anything else is `COMMAND_FAILED`. */
export function toCommandError(error: unknown, label: string): CesdkError {
  if (error instanceof CesdkError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CesdkError('COMMAND_FAILED', `${label} failed and was undone: ${message}`);
}

/**
 * Runs `command` as one transaction labelled `label` (joining one that is already open). Returns its
 * result, or `undefined` when it threw; then the scene is rolled back and `host` dispatches
 * `cesdk-error`.
 */
export function runCommand<T>(host: EventTarget, engine: Engine, label: string, command: () => T): T | undefined {
  try {
    return engine.editor.transact(label, command);
  } catch (error) {
    host.dispatchEvent(new CesdkErrorEvent(toCommandError(error, label)));
    return undefined;
  }
}
