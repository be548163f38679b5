import type { FastifyInstance } from 'fastify';
import { telemetryBatchSchema, type TelemetryBatch } from '../../telemetry/schema.js';
import { errorBody } from './error-body.js';
import { hashUserId } from './signer.js';
import type { LicenseStore, UsageRecord } from './store.js';

/** What the telemetry route needs. */
export interface TelemetryRouteOptions {
  readonly store: LicenseStore;
  readonly limits: { readonly perIp: number; readonly timeWindow: number };
  /** The clock (ms since the epoch) that decides an event's month; tests inject one. */
  readonly now?: () => number;
}

/**
 * The usage records of a batch. The subject is the user (salted hash of the user id), or, when the
 * integrator gave no user id, the session (salted hash of the session id), so the monthly active
 * count is distinct users plus sessions without a user id. Nothing about the request (IP, user agent,
 * referrer) is part of it.
 */
export function usageRecords(licenseId: string, month: string, events: TelemetryBatch['events']): UsageRecord[] {
  return events.map((event) => {
    const hasUser = event.userId !== '';
    return {
      licenseId, month,
      subjectKind: hasUser ? 'user' : 'session',
      subjectHash: hashUserId(licenseId, hasUser ? event.userId : `session\u0000${event.sessionId}`),
      ...(event.type === 'export' ? { export: { mediaType: event.mediaType, width: event.width, height: event.height } } : {}),
    } satisfies UsageRecord;
  });
}

/**
 * `POST /v1/telemetry`: validates a batch strictly against the shared schema (unknown properties
 * are rejected, not stripped) and adds to the counters per license, month and hashed user id.
 * For the usage report it also records active users (or sessions without a user id, as salted
 * hashes) and export counts by media type and size. App ids and versions are validated but not
 * stored; nothing about the request itself (IP address, user agent) is stored.
 */
export async function registerTelemetryRoute(app: FastifyInstance, options: TelemetryRouteOptions): Promise<void> {
  const { store, limits } = options;
  // Beacons are sent as text/plain so browsers need no CORS preflight; the body is still JSON.
  app.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: 32 * 1024 }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      const error = new Error('The body is not JSON.') as Error & { statusCode: number };
      error.statusCode = 400;
      done(error, undefined);
    }
  });
  app.post<{ Body: TelemetryBatch }>('/v1/telemetry', {
    bodyLimit: 32 * 1024,
    schema: { body: telemetryBatchSchema },
    config: { rateLimit: { max: limits.perIp * 4, timeWindow: limits.timeWindow } },
    handler: async (request, reply) => {
      const { licenseId, events } = request.body;
      const key = await store.findKeyByLicenseId(licenseId);
      const enterprise = key ? undefined : await store.findEnterpriseLicense(licenseId);
      if (!key && !enterprise) return reply.code(404).send(errorBody('UNKNOWN_KEY', 'Unknown license id.'));
      if ((key && (!key.telemetry || key.revokedAt !== null)) || (enterprise && !enterprise.telemetry)) {
        return reply.code(204).send();
      }
      const month = new Date(options.now?.() ?? Date.now()).toISOString().slice(0, 7);
      await store.countTelemetry(events.map((event) => ({
        licenseId, month, userIdHash: hashUserId(licenseId, event.userId), eventType: event.type,
        mediaType: event.type === 'export' ? event.mediaType : '',
      })));
      await store.recordUsage(usageRecords(licenseId, month, events));
      return reply.code(204).send();
    },
  });
}
