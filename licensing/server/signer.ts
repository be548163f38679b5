import { createHash, randomBytes, sign } from 'node:crypto';
import { LICENSE_ALGORITHM, LICENSE_DOCUMENT_TYPE, type LicenseClaims, type SignedLicenseDocument } from '../license-types.js';
import type { KeyFolder } from './key-folder.mjs';

/** Signs license claims with one RSA private key. */
export interface LicenseSigner {
  /** The key id put in every signed header. */
  readonly keyId: string;
  sign(claims: LicenseClaims): SignedLicenseDocument;
}

function base64Url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

/** A signer from a PEM private key and its key id (RSASSA-PKCS1-v1_5 with SHA-256). */
export function createLicenseSigner(keyId: string, privateKeyPem: string): LicenseSigner {
  return {
    keyId,
    sign(claims) {
      const header = base64Url(JSON.stringify({ alg: LICENSE_ALGORITHM, kid: keyId, typ: LICENSE_DOCUMENT_TYPE }));
      const payload = base64Url(JSON.stringify(claims));
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKeyPem).toString('base64url');
      return { protected: header, payload, signature };
    },
  };
}

/** The signer of a key folder's active key. */
export function signerFromKeyFolder(folder: KeyFolder): LicenseSigner {
  const active = folder.keys.find((key) => key.keyId === folder.activeKeyId);
  if (!active?.privateKeyPem) throw new Error(`the active signing key ${folder.activeKeyId} has no private key`);
  return createLicenseSigner(active.keyId, active.privateKeyPem);
}

/** Hex SHA-256 of an API key: the only form in which keys are stored or logged. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The public license id of a key hash. */
export function licenseIdOfHash(keyHash: string): string {
  return `lic_${keyHash.slice(0, 16)}`;
}

/** A new random API key (32 random bytes, base64url) with a recognizable prefix. */
export function generateApiKey(): string {
  return `cesdk_${randomBytes(32).toString('base64url')}`;
}

/** A new random id for an enterprise license file. */
export function generateEnterpriseLicenseId(): string {
  return `ent_${randomBytes(8).toString('hex')}`;
}

/** Hex SHA-256 of a telemetry user id, salted with the license id so users cannot be linked across customers. */
export function hashUserId(licenseId: string, userId: string): string {
  return createHash('sha256').update(`${licenseId}\u0000${userId}`, 'utf8').digest('hex');
}
