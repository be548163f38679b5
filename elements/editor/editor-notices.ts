/**
 * The editor's notices: short messages for people (a failed image, a missing font face, a refused
 * file) shown over the canvas in the user's language, each dismissible and gone after a while. The
 * developer detail of the same error goes to the console and to the `cesdk-error` event.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { closeIcon } from '../shared/icons.js';

/** How long a notice stays (ms). */
export const NOTICE_DURATION = 8000;
/** At most this many notices show at once (the oldest go first). */
const MAX_NOTICES = 3;

interface Notice {
  readonly id: number;
  readonly message: string;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** Holds and renders the notices of one editor. */
export class EditorNotices implements ReactiveController {
  private notices: Notice[] = [];
  private nextId = 1;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The messages showing now, oldest first. */
  get messages(): string[] {
    return this.notices.map((notice) => notice.message);
  }

  /** Shows `message` (a repeat of a showing message only restarts its timer). */
  show(message: string): void {
    const existing = this.notices.find((notice) => notice.message === message);
    if (existing) this.dismiss(existing.id);
    const id = this.nextId++;
    const timer = setTimeout(() => this.dismiss(id), NOTICE_DURATION);
    this.notices = [...this.notices, { id, message, timer }].slice(-MAX_NOTICES);
    this.host.requestUpdate();
  }

  /** Removes one notice. */
  dismiss(id: number): void {
    const notice = this.notices.find((entry) => entry.id === id);
    if (!notice) return;
    clearTimeout(notice.timer);
    this.notices = this.notices.filter((entry) => entry !== notice);
    this.host.requestUpdate();
  }

  /** @internal */
  hostDisconnected(): void {
    for (const notice of this.notices) clearTimeout(notice.timer);
    this.notices = [];
  }

  /** The notice list; `label` names the region, `dismissLabel` the close buttons. */
  render(label: string, dismissLabel: string): TemplateResult | typeof nothing {
    return html`<div class="notices" part="notices" role="status" aria-live="polite" aria-label=${label}>
      ${this.notices.map((notice) => html`<div class="notice" part="notice">
        <span>${notice.message}</span>
        <button type="button" class="icon-button" aria-label=${dismissLabel} title=${dismissLabel} @click=${() => this.dismiss(notice.id)}>${closeIcon}</button>
      </div>`)}
    </div>`;
  }
}
