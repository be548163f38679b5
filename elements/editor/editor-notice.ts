/**
 * The editor's notice for problems that did not stop it: a failed command (rolled back), an image
 * that could not be read, a denied edit. Shown over the canvas as an alert, in the user's language,
 * until dismissed or for a few seconds; developer detail goes to the `cesdk-error` event and the
 * console.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CesdkError } from '../../core/engine/index.js';
import { closeIcon } from '../shared/icons.js';

/** How long a notice stays (ms). */
export const NOTICE_DURATION = 8000;

/** Holds the current notice of one editor. */
export class EditorNotice implements ReactiveController {
  private error: CesdkError | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The error shown now, if any. */
  get current(): CesdkError | undefined {
    return this.error;
  }

  /** Shows `error` (replacing the one shown) and logs its detail for developers. */
  show(error: CesdkError): void {
    console.warn(`CE.SDK editor: ${error.message}`, error);
    this.error = error;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.dismiss(), NOTICE_DURATION);
    this.host.requestUpdate();
  }

  /** Hides the notice. */
  dismiss(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.error === undefined) return;
    this.error = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.dismiss();
  }

  /** The notice, or nothing; `t` translates. */
  render(t: (key: string, params?: Record<string, string | number>) => string): TemplateResult | typeof nothing {
    const error = this.error;
    if (!error) return nothing;
    const key = error.code === 'COMMAND_FAILED' ? 'editor.notice.commandFailed' : 'editor.notice.failed';
    return html`<div class="notice" part="notice" role="alert" data-code=${error.code}>
      <span class="notice-text">${t(key, { message: error.message })}</span>
      <button class="icon-button" type="button" aria-label=${t('editor.notice.dismiss')} title=${t('editor.notice.dismiss')}
        @click=${() => this.dismiss()}>${closeIcon}</button>
    </div>`;
  }
}
