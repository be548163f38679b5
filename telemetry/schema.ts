// The telemetry event schema, shared by the client sink and the license backend.
// Exactly two events exist. Nothing about the content (images, text, scenes) is ever part of them.

/** Sent once when an engine loads. */
export interface EngineLoadEvent {
  readonly type: 'load';
  readonly appId: string;
  readonly platform: string;
  readonly engineVersion: string;
  readonly userId: string;
  readonly sessionId: string;
}

/** Sent for every export. `fps` and `duration` (seconds) only for video. */
export interface ExportEvent {
  readonly type: 'export';
  readonly userId: string;
  readonly sessionId: string;
  readonly mediaType: 'photo' | 'video';
  readonly width: number;
  readonly height: number;
  readonly fps?: number;
  readonly duration?: number;
}

/** One telemetry event. */
export type TelemetryEvent = EngineLoadEvent | ExportEvent;

/** A batch as posted to `POST /v1/telemetry`: the license id (public, never the key) and the events. */
export interface TelemetryBatch {
  readonly licenseId: string;
  readonly events: readonly TelemetryEvent[];
}

/** Limits that keep batches small. */
export const TELEMETRY_LIMITS = Object.freeze({ maxEventsPerBatch: 50, maxStringLength: 200, maxBatchBytes: 32 * 1024 });

const shortString = { type: 'string', minLength: 0, maxLength: TELEMETRY_LIMITS.maxStringLength } as const;
const dimension = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;

/** JSON Schema of {@link EngineLoadEvent}; additional properties are rejected. */
export const engineLoadEventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'appId', 'platform', 'engineVersion', 'userId', 'sessionId'],
  properties: {
    type: { const: 'load' },
    appId: shortString,
    platform: shortString,
    engineVersion: shortString,
    userId: shortString,
    sessionId: shortString,
  },
} as const;

/** JSON Schema of {@link ExportEvent}; additional properties are rejected. */
export const exportEventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'userId', 'sessionId', 'mediaType', 'width', 'height'],
  properties: {
    type: { const: 'export' },
    userId: shortString,
    sessionId: shortString,
    mediaType: { enum: ['photo', 'video'] },
    width: dimension,
    height: dimension,
    fps: { type: 'number', minimum: 0, maximum: 1000 },
    duration: { type: 'number', minimum: 0, maximum: 86_400 },
  },
} as const;

/** JSON Schema of {@link TelemetryBatch}; additional properties are rejected at every level. */
export const telemetryBatchSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['licenseId', 'events'],
  properties: {
    licenseId: { type: 'string', minLength: 1, maxLength: 100 },
    events: {
      type: 'array',
      minItems: 1,
      maxItems: TELEMETRY_LIMITS.maxEventsPerBatch,
      items: { oneOf: [engineLoadEventSchema, exportEventSchema] },
    },
  },
} as const;

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, TELEMETRY_LIMITS.maxStringLength) : '';
}

function dimensionOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1_000_000, Math.max(0, Math.round(value))) : 0;
}

/**
 * Builds an event holding exactly the allowed fields, copied one by one from `input`; anything else
 * in `input` (a scene, a blob, a file name) is left behind. Returns undefined for an unknown type.
 */
export function toTelemetryEvent(input: Record<string, unknown>): TelemetryEvent | undefined {
  if (input.type === 'load') {
    return {
      type: 'load', appId: text(input.appId), platform: text(input.platform), engineVersion: text(input.engineVersion),
      userId: text(input.userId), sessionId: text(input.sessionId),
    };
  }
  if (input.type !== 'export') return undefined;
  const event: { -readonly [K in keyof ExportEvent]: ExportEvent[K] } = {
    type: 'export', userId: text(input.userId), sessionId: text(input.sessionId),
    mediaType: input.mediaType === 'video' ? 'video' : 'photo',
    width: dimensionOf(input.width), height: dimensionOf(input.height),
  };
  if (event.mediaType === 'video') {
    if (typeof input.fps === 'number' && Number.isFinite(input.fps)) event.fps = Math.min(1000, Math.max(0, input.fps));
    if (typeof input.duration === 'number' && Number.isFinite(input.duration)) event.duration = Math.min(86_400, Math.max(0, input.duration));
  }
  return event;
}
