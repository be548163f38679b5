import { isValidOriginPattern, normalizeOrigin } from '../origin-match.js';
import type { EnterpriseLicenseClaims, SignedLicenseDocument } from '../license-types.js';
import type { LicenseSigner } from './signer.js';
import { generateApiKey, generateEnterpriseLicenseId, hashApiKey, licenseIdOfHash } from './signer.js';
import type { ApiKeyRecord, LicenseStore } from './store.js';

/** Raised by the administration functions for bad input; the CLI prints its message. */
export class LicenseAdminError extends Error {
  constructor(readonly code: 'INVALID_ORIGIN' | 'NO_ORIGINS' | 'UNKNOWN_KEY' | 'INVALID_EXPIRY' | 'INVALID_LICENSEE', message: string) {
    super(message);
    this.name = 'LicenseAdminError';
  }
}

/** Checks and normalizes origin patterns (exact origins are normalized; wildcards lower-cased). */
export function checkOrigins(origins: readonly string[]): string[] {
  if (origins.length === 0) throw new LicenseAdminError('NO_ORIGINS', 'At least one origin is required.');
  return origins.map((origin) => {
    if (!isValidOriginPattern(origin)) {
      throw new LicenseAdminError('INVALID_ORIGIN', `Not an origin pattern: ${JSON.stringify(origin)} (expected https://host[:port] or https://*.domain.tld).`);
    }
    return normalizeOrigin(origin) ?? origin.trim().toLowerCase();
  });
}

/** Options of {@link createApiKey}. */
export interface CreateApiKeyOptions {
  readonly origins: readonly string[];
  readonly label?: string;
  readonly features?: readonly string[];
  readonly telemetry?: boolean;
}

/** Creates and stores a new API key. The key itself is returned once and never stored. */
export async function createApiKey(store: LicenseStore, options: CreateApiKeyOptions): Promise<{ key: string; record: ApiKeyRecord }> {
  const key = generateApiKey();
  const keyHash = hashApiKey(key);
  const record: ApiKeyRecord = {
    keyHash, licenseId: licenseIdOfHash(keyHash), label: options.label ?? '', origins: checkOrigins(options.origins),
    features: [...(options.features ?? [])], telemetry: options.telemetry ?? true, createdAt: Date.now(), revokedAt: null,
  };
  await store.createKey(record);
  return { key, record };
}

/** Revokes a key given its license id or the key itself. */
export async function revokeApiKey(store: LicenseStore, licenseIdOrKey: string): Promise<ApiKeyRecord> {
  const record = (await store.findKeyByLicenseId(licenseIdOrKey)) ?? (await store.findKeyByHash(hashApiKey(licenseIdOrKey)));
  if (!record) throw new LicenseAdminError('UNKNOWN_KEY', 'No such key (give its license id lic_... or the key).');
  await store.revokeKey(record.licenseId, Date.now());
  return (await store.findKeyByLicenseId(record.licenseId))!;
}

/** Options of {@link issueEnterpriseLicense}. */
export interface EnterpriseLicenseOptions {
  readonly licensee: string;
  readonly origins: readonly string[];
  /** Milliseconds since the Unix epoch. */
  readonly expiresAt: number;
  readonly telemetry: boolean;
  readonly features?: readonly string[];
}

/** Signs an enterprise license file and records it in the store (for telemetry counting). */
export async function issueEnterpriseLicense(store: LicenseStore, signer: LicenseSigner, options: EnterpriseLicenseOptions): Promise<SignedLicenseDocument> {
  if (options.licensee.trim() === '') throw new LicenseAdminError('INVALID_LICENSEE', 'The licensee must not be empty.');
  const issuedAt = Date.now();
  if (!Number.isSafeInteger(options.expiresAt) || options.expiresAt <= issuedAt) {
    throw new LicenseAdminError('INVALID_EXPIRY', 'The expiry must be a date in the future.');
  }
  const claims: EnterpriseLicenseClaims = {
    type: 'enterprise', licenseId: generateEnterpriseLicenseId(), licensee: options.licensee.trim(),
    origins: checkOrigins(options.origins), features: [...(options.features ?? [])], telemetry: options.telemetry,
    issuedAt, expiresAt: options.expiresAt,
  };
  await store.addEnterpriseLicense(claims);
  return signer.sign(claims);
}
