import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { matchOrigin } from '../origin-match.js';
import { errorBody } from './error-body.js';
import { registerLicenseRoute } from './license-route.js';
import type { LicenseSigner } from './signer.js';
import type { LicenseStore } from './store.js';
import { registerTelemetryRoute } from './telemetry-route.js';
import { registerAdminRoute } from './admin-route.js';

/** Options of {@link buildLicenseServer}. */
export interface LicenseServerOptions {
  readonly store: LicenseStore;
  readonly signer: LicenseSigner;
  /** Lifetime of a temporary license in milliseconds (default six hours; tests use seconds). */
  readonly licenseTtlMs?: number;
  /** Requests per window and client IP, and per window and API key (defaults 60 and 30 per minute). */
  readonly rateLimit?: { readonly perIp?: number; readonly perKey?: number; readonly timeWindowMs?: number };
  /** Fastify's logger option (default off). Keys never reach the log: only their hashes and license ids. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Whether to trust X-Forwarded-For from a load balancer (default false). */
  readonly trustProxy?: boolean;
  /** The clock (ms since the epoch) for issued licenses and telemetry months (default `Date.now`; tests inject one). */
  readonly now?: () => number;
  /**
   * Enables `POST /v1/admin/revoke` for callers with `Authorization: Bearer <adminToken>` (the CLI's
   * `serve` takes it from `CESDK_LICENSE_ADMIN_TOKEN`). Without a token the route does not exist.
   */
  readonly adminToken?: string;
}

/** Whether an origin is registered for any key (CORS answers exactly these). */
async function isRegisteredOrigin(store: LicenseStore, origin: string): Promise<boolean> {
  const patterns = await store.registeredOrigins();
  return patterns.some((pattern) => matchOrigin(pattern, origin));
}

/**
 * Builds the license backend (not yet listening): `GET /v1/health`, `POST /v1/license` and
 * `POST /v1/telemetry`, with JSON-schema validation that rejects unknown properties, size-limited
 * bodies, CORS for registered origins only, and rate limits per IP and per key.
 */
export async function buildLicenseServer(options: LicenseServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 4096,
    // Fastify's default Ajv strips unknown properties and coerces types; the schemas here must reject instead.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  const timeWindow = options.rateLimit?.timeWindowMs ?? 60_000;
  await app.register(rateLimit, {
    global: false,
    timeWindow,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });
  await app.register(cors, {
    methods: ['POST'],
    allowedHeaders: ['content-type'],
    credentials: false,
    maxAge: 600,
    origin: (origin, callback) => {
      if (!origin) return callback(null, false);
      isRegisteredOrigin(options.store, origin).then((allowed) => callback(null, allowed), (error: Error) => callback(error, false));
    },
  });
  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string; validation?: unknown }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.validation) return reply.code(400).send(errorBody('INVALID_REQUEST', error.message));
    if (status === 413) return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', 'The request body is too large.'));
    if (status === 429) return reply.code(429).send(errorBody('RATE_LIMITED', error.message));
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody('INVALID_REQUEST', error.message));
    request.log.error({ err: error }, 'license backend error');
    return reply.code(500).send(errorBody('INTERNAL', 'Internal error.'));
  });
  const limits = { perIp: options.rateLimit?.perIp ?? 60, perKey: options.rateLimit?.perKey ?? 30, timeWindow };
  // Clients probe health (opaquely) to tell a CORS refusal from a dead server.
  app.get('/v1/health', { config: { rateLimit: { max: limits.perIp * 4, timeWindow } } }, async () => ({ ok: true }));
  await registerLicenseRoute(app, { store: options.store, signer: options.signer, ttlMs: options.licenseTtlMs ?? 6 * 3_600_000, limits, now: options.now });
  await registerTelemetryRoute(app, { store: options.store, limits, now: options.now });
  if (options.adminToken) await registerAdminRoute(app, { store: options.store, token: options.adminToken, limits });
  return app;
}
