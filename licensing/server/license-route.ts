import type { FastifyInstance } from 'fastify';
import { matchOrigin, normalizeOrigin } from '../origin-match.js';
import type { TemporaryLicenseClaims } from '../license-types.js';
import { errorBody } from './error-body.js';
import { hashApiKey, type LicenseSigner } from './signer.js';
import type { LicenseStore } from './store.js';

/** What the license route needs. */
export interface LicenseRouteOptions {
  readonly store: LicenseStore;
  readonly signer: LicenseSigner;
  readonly ttlMs: number;
  readonly limits: { readonly perIp: number; readonly perKey: number; readonly timeWindow: number };
  /** The clock (ms since the epoch) licenses are issued by; tests inject one. */
  readonly now?: () => number;
}

interface LicenseRequestBody {
  key: string;
  origin: string;
  engineVersion: string;
}

const licenseRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'origin', 'engineVersion'],
  properties: {
    key: { type: 'string', minLength: 8, maxLength: 200 },
    origin: { type: 'string', minLength: 1, maxLength: 300 },
    engineVersion: { type: 'string', minLength: 1, maxLength: 50 },
  },
} as const;

/**
 * `POST /v1/license`: checks the request's Origin header against the key's registered origins and
 * answers a temporary license pinned to that origin, signed with the active key.
 */
export async function registerLicenseRoute(app: FastifyInstance, options: LicenseRouteOptions): Promise<void> {
  const { store, signer, ttlMs, limits } = options;
  // The plugin runs one limiter hook per request, so the per-key limit is checked by hand (after body validation).
  const checkKeyLimit = app.createRateLimit({
    max: limits.perKey,
    timeWindow: limits.timeWindow,
    keyGenerator: (request) => `key:${hashApiKey(String((request.body as Partial<LicenseRequestBody> | undefined)?.key ?? ''))}`,
  });
  app.post<{ Body: LicenseRequestBody }>('/v1/license', {
    bodyLimit: 2048,
    schema: { body: licenseRequestSchema },
    config: { rateLimit: { max: limits.perIp, timeWindow: limits.timeWindow } },
    handler: async (request, reply) => {
      const keyLimit = await checkKeyLimit(request);
      if (!keyLimit.isAllowed && keyLimit.isExceeded) {
        reply.header('retry-after', String(Math.ceil(keyLimit.ttl / 1000)));
        return reply.code(429).send(errorBody('RATE_LIMITED', 'Too many requests for this key; retry later.'));
      }
      const header = request.headers.origin;
      if (typeof header !== 'string' || header === '' || header === 'null') {
        return reply.code(400).send(errorBody('ORIGIN_REQUIRED', 'The request has no Origin header.'));
      }
      const origin = normalizeOrigin(header);
      if (origin === undefined || normalizeOrigin(request.body.origin) !== origin) {
        return reply.code(403).send(errorBody('ORIGIN_NOT_ALLOWED', 'The origin in the body does not match the Origin header.'));
      }
      const keyHash = hashApiKey(request.body.key);
      const record = await store.findKeyByHash(keyHash);
      if (!record) {
        request.log.info({ keyHash: keyHash.slice(0, 16), origin }, 'license refused: unknown key');
        return reply.code(401).send(errorBody('UNKNOWN_KEY', 'Unknown license key.'));
      }
      if (record.revokedAt !== null) {
        request.log.info({ licenseId: record.licenseId, origin }, 'license refused: revoked key');
        return reply.code(403).send(errorBody('REVOKED_KEY', 'This license key has been revoked.'));
      }
      if (!record.origins.some((pattern) => matchOrigin(pattern, origin))) {
        request.log.info({ licenseId: record.licenseId, origin }, 'license refused: origin not registered');
        return reply.code(403).send(errorBody('ORIGIN_NOT_ALLOWED', `The key is not registered for ${origin}.`));
      }
      const issuedAt = options.now?.() ?? Date.now();
      const claims: TemporaryLicenseClaims = {
        type: 'temporary', licenseId: record.licenseId, origin, features: [...record.features], telemetry: record.telemetry,
        issuedAt, expiresAt: issuedAt + ttlMs,
      };
      request.log.info({ licenseId: record.licenseId, origin, engineVersion: request.body.engineVersion }, 'license issued');
      reply.header('cache-control', 'no-store');
      return signer.sign(claims);
    },
  });
}
