import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './error-body.js';
import { LicenseAdminError, revokeApiKey } from './key-admin.js';
import type { LicenseStore } from './store.js';

/** What the admin route needs. */
export interface AdminRouteOptions {
  readonly store: LicenseStore;
  /** The bearer token callers must present (at least 24 characters). */
  readonly token: string;
  readonly limits: { readonly perIp: number; readonly timeWindow: number };
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * `POST /v1/admin/revoke` with `{ licenseId }` and `Authorization: Bearer <token>`: revokes a key
 * through any instance, so operators need no shell on the database host. The token is compared in
 * constant time (as hashes, so its length leaks nothing); browsers get no CORS answer for it.
 */
export async function registerAdminRoute(app: FastifyInstance, options: AdminRouteOptions): Promise<void> {
  if (options.token.length < 24) throw new Error('the admin token must be at least 24 characters');
  const expected = digest(options.token);
  app.post<{ Body: { licenseId: string } }>('/v1/admin/revoke', {
    schema: {
      body: {
        type: 'object', additionalProperties: false, required: ['licenseId'],
        properties: { licenseId: { type: 'string', pattern: '^lic_[0-9a-f]{16}$' } },
      },
    },
    config: { rateLimit: { max: options.limits.perIp, timeWindow: options.limits.timeWindow } },
    handler: async (request, reply) => {
      const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(presented), expected)) {
        return reply.code(401).send(errorBody('UNAUTHORIZED', 'A valid admin token is required.'));
      }
      try {
        const record = await revokeApiKey(options.store, request.body.licenseId);
        request.log.info({ licenseId: record.licenseId }, 'key revoked');
        return { licenseId: record.licenseId, revokedAt: record.revokedAt };
      } catch (error) {
        if (error instanceof LicenseAdminError) return reply.code(404).send(errorBody('UNKNOWN_KEY', error.message));
        throw error;
      }
    },
  });
}
