import { TELEMETRY_LIMITS, type TelemetryBatch, type TelemetryEvent } from './schema.js';

/**
 * Queued events are sent this long after the first of them. Short, so usage reaches the backend while
 * the session runs (a page that is killed, or a browser that drops beacons on exit, loses at most
 * this much), and long enough that a burst (load, then the first exports) goes as one request.
 */
export const DEFAULT_FLUSH_INTERVAL = 2_000;

/** Options of a {@link TelemetrySink}. */
export interface TelemetrySinkOptions {
  /** Where batches go: `{licenseServer}/v1/telemetry`. */
  readonly endpoint: string;
  /** The public license id the events are counted against (never the API key). */
  readonly licenseId: string;
  /** Send once this many events are queued (default and maximum 50). */
  readonly maxBatch?: number;
  /** Send queued events after this many milliseconds (default 2 s: events reach the backend during the session). */
  readonly flushInterval?: number;
}

/**
 * Batches telemetry events and sends them with `navigator.sendBeacon` (falling back to
 * `fetch` with `keepalive`), as `text/plain` so no CORS preflight is needed and the page never
 * waits. Flushes when the batch is full, after an interval, and when the page is hidden or left.
 * Never throws; a batch that cannot be sent is dropped (telemetry is best effort by design).
 */
export class TelemetrySink {
  readonly #endpoint: string;
  readonly #licenseId: string;
  readonly #maxBatch: number;
  readonly #flushInterval: number;
  #queue: TelemetryEvent[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;
  readonly #onHide = (): void => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') this.flush();
  };

  constructor(options: TelemetrySinkOptions) {
    this.#endpoint = options.endpoint;
    this.#licenseId = options.licenseId;
    this.#maxBatch = Math.min(TELEMETRY_LIMITS.maxEventsPerBatch, Math.max(1, options.maxBatch ?? TELEMETRY_LIMITS.maxEventsPerBatch));
    this.#flushInterval = Math.max(0, options.flushInterval ?? DEFAULT_FLUSH_INTERVAL);
    if (typeof addEventListener === 'function') {
      addEventListener('pagehide', this.#onHide);
      addEventListener('visibilitychange', this.#onHide);
    }
  }

  /** The number of events waiting to be sent. */
  get pending(): number {
    return this.#queue.length;
  }

  /** Queues one event; sends the batch when it is full, else within the flush interval. */
  enqueue(event: TelemetryEvent): void {
    if (this.#disposed) return;
    this.#queue.push(event);
    if (this.#queue.length >= this.#maxBatch) this.flush();
    else if (this.#timer === undefined) this.#timer = setTimeout(() => this.flush(), this.#flushInterval);
  }

  /** Sends every queued event now. Returns whether a batch was handed to the browser. */
  flush(): boolean {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    let handed = false;
    while (this.#queue.length > 0) {
      const events = this.#queue.splice(0, this.#maxBatch);
      handed = this.#send({ licenseId: this.#licenseId, events }) || handed;
    }
    return handed;
  }

  /** Sends what is queued, then stops listening to the page. */
  dispose(): void {
    if (this.#disposed) return;
    this.flush();
    this.#disposed = true;
    if (typeof removeEventListener === 'function') {
      removeEventListener('pagehide', this.#onHide);
      removeEventListener('visibilitychange', this.#onHide);
    }
  }

  #send(batch: TelemetryBatch): boolean {
    const body = JSON.stringify(batch);
    if (body.length > TELEMETRY_LIMITS.maxBatchBytes) return false;
    try {
      if (typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function') {
        // A text/plain Blob keeps the beacon a CORS-safelisted request (no preflight).
        if (navigator.sendBeacon(this.#endpoint, new Blob([body], { type: 'text/plain;charset=UTF-8' }))) return true;
      }
      void fetch(this.#endpoint, {
        method: 'POST', body, keepalive: true, credentials: 'omit', mode: 'no-cors', referrerPolicy: 'no-referrer',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
      }).catch(() => undefined);
      return true;
    } catch {
      return false;
    }
  }
}
