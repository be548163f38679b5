import { TelemetrySink } from './sink.js';
import { toTelemetryEvent, type TelemetryEvent } from './schema.js';

/** What the telemetry client needs to know about the license: whether it allows telemetry, and where to send. */
export interface TelemetryPermission {
  /** Undecided while the license is pending; then whether telemetry is on. */
  readonly decided: boolean;
  readonly enabled: boolean;
  readonly licenseId: string | undefined;
  readonly endpoint: string | undefined;
}

/** The identity of one engine session, attached to every event. */
export interface TelemetryIdentity {
  readonly appId: string;
  readonly userId: string;
  readonly engineVersion: string;
  readonly platform: string;
  readonly sessionId: string;
}

/** Events kept while the license is still pending; beyond this, later events are dropped. */
const MAX_UNDECIDED_EVENTS = 100;

/**
 * Turns engine events into the two telemetry events and sends them only while the license allows
 * it. Events seen while the license is pending wait; once the license says telemetry is off (or
 * there is no valid license) they are dropped and nothing is ever sent.
 */
export class TelemetryClient {
  readonly #identity: TelemetryIdentity;
  readonly #sinkOptions: { maxBatch?: number; flushInterval?: number };
  #permission: TelemetryPermission = { decided: false, enabled: false, licenseId: undefined, endpoint: undefined };
  #waiting: TelemetryEvent[] = [];
  #sink: TelemetrySink | undefined;
  #sentLoad = false;

  constructor(identity: TelemetryIdentity, sinkOptions: { maxBatch?: number; flushInterval?: number } = {}) {
    this.#identity = identity;
    this.#sinkOptions = sinkOptions;
  }

  /** Whether events currently leave the page. */
  get enabled(): boolean {
    return this.#sink !== undefined;
  }

  /** Events recorded but not yet handed to the browser (waiting for the license, or batched). */
  get pending(): number {
    return this.#waiting.length + (this.#sink?.pending ?? 0);
  }

  /** Updates what the license allows; starts, retargets or stops sending. */
  setPermission(permission: TelemetryPermission): void {
    const previous = this.#permission;
    this.#permission = permission;
    const usable = permission.decided && permission.enabled && permission.licenseId !== undefined && permission.endpoint !== undefined;
    if (!usable) {
      this.#sink?.dispose();
      this.#sink = undefined;
      if (permission.decided) this.#waiting = [];
      return;
    }
    if (!this.#sink || previous.endpoint !== permission.endpoint || previous.licenseId !== permission.licenseId) {
      this.#sink?.dispose();
      this.#sink = new TelemetrySink({ endpoint: permission.endpoint!, licenseId: permission.licenseId!, ...this.#sinkOptions });
    }
    for (const event of this.#waiting.splice(0)) this.#sink.enqueue(event);
  }

  /** Records the engine load (once per session). */
  recordLoad(): void {
    if (this.#sentLoad) return;
    this.#sentLoad = true;
    const { appId, platform, engineVersion, userId, sessionId } = this.#identity;
    this.#record(toTelemetryEvent({ type: 'load', appId, platform, engineVersion, userId, sessionId }));
  }

  /**
   * Records one export from the engine's export event payload. Only the media type (from
   * `mediaType` or `mimeType`), width, height, and for video fps and duration are read.
   */
  recordExport(payload: unknown): void {
    const input = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
    const mimeType = typeof input.mimeType === 'string' ? input.mimeType : '';
    const mediaType = input.mediaType === 'video' || mimeType.startsWith('video/') ? 'video' : 'photo';
    this.#record(toTelemetryEvent({
      type: 'export', userId: this.#identity.userId, sessionId: this.#identity.sessionId, mediaType,
      width: input.width, height: input.height, fps: input.fps, duration: input.duration,
    }));
  }

  /** Sends anything queued and stops. */
  dispose(): void {
    this.#sink?.dispose();
    this.#sink = undefined;
    this.#waiting = [];
  }

  #record(event: TelemetryEvent | undefined): void {
    if (!event) return;
    if (this.#sink) this.#sink.enqueue(event);
    else if (!this.#permission.decided && this.#waiting.length < MAX_UNDECIDED_EVENTS) this.#waiting.push(event);
  }
}
