// Test helpers: sign licenses with the real local signing key (the one the client is built to trust)
// or with a throwaway key. Node only.
import { generateKeyPairSync } from 'node:crypto';
import type { EnterpriseLicenseClaims, TemporaryLicenseClaims } from '../../licensing/license-types.js';
import { keyIdOf, readKeyFolder } from '../../licensing/server/key-folder.mjs';
import { defaultKeyFolder } from '../../licensing/server/paths.js';
import { createLicenseSigner, signerFromKeyFolder, type LicenseSigner } from '../../licensing/server/signer.js';

/** The signer of the active local key (run `node scripts/ensure-dev-keys.mjs` first; npm test does). */
export function trustedSigner(): LicenseSigner {
  const folder = readKeyFolder(defaultKeyFolder());
  if (!folder) throw new Error('no local signing key: run node scripts/ensure-dev-keys.mjs');
  return signerFromKeyFolder(folder);
}

/** A signer with a fresh key pair the client does not trust; `keyId` overrides the key id it claims. */
export function untrustedSigner(keyId?: string): LicenseSigner {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return createLicenseSigner(keyId ?? keyIdOf(publicKey), privateKey);
}

/** Claims of a temporary license valid for an hour. */
export function temporaryClaims(overrides: Partial<TemporaryLicenseClaims> = {}): TemporaryLicenseClaims {
  const now = Date.now();
  return { type: 'temporary', licenseId: 'lic_test', origin: 'http://localhost:8000', features: [], telemetry: true, issuedAt: now, expiresAt: now + 3_600_000, ...overrides };
}

/** Claims of an enterprise license valid for a year. */
export function enterpriseClaims(overrides: Partial<EnterpriseLicenseClaims> = {}): EnterpriseLicenseClaims {
  const now = Date.now();
  return {
    type: 'enterprise', licenseId: 'ent_test', licensee: 'ACME', origins: ['https://*.acme.com', 'http://localhost:8000'],
    features: ['video'], telemetry: false, issuedAt: now, expiresAt: now + 365 * 86_400_000, ...overrides,
  };
}
