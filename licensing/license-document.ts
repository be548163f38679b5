import { decodeBase64, decodeBase64Url } from './base64url.js';
import {
  LICENSE_ALGORITHM,
  LICENSE_DOCUMENT_TYPE,
  type EnterpriseLicenseClaims,
  type LicenseClaims,
  type SignedLicenseDocument,
  type TemporaryLicenseClaims,
} from './license-types.js';
import { TRUSTED_KEYS } from './trusted-keys.generated.js';

/** The outcome of verifying a signed license document. */
export type LicenseVerification =
  | { readonly ok: true; readonly claims: LicenseClaims; readonly signingKeyId: string }
  | { readonly ok: false; readonly reason: string };

/** Documents larger than this are refused before any parsing (a license is well under 4 KB). */
const MAX_DOCUMENT_LENGTH = 64 * 1024;
const importedKeys = new Map<string, Promise<CryptoKey>>();
const textDecoder = new TextDecoder('utf-8', { fatal: true });
const textEncoder = new TextEncoder();

function fail(reason: string): LicenseVerification {
  return { ok: false, reason };
}

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(textDecoder.decode(bytes));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Checks the claim shapes field by field, so a signed but odd document never reaches the state logic. */
export function parseClaims(value: unknown): LicenseClaims | undefined {
  if (!isRecord(value)) return undefined;
  const common =
    typeof value.licenseId === 'string' &&
    isStringArray(value.features) &&
    typeof value.telemetry === 'boolean' &&
    isTime(value.issuedAt) &&
    isTime(value.expiresAt) &&
    value.expiresAt > value.issuedAt;
  if (!common) return undefined;
  if (value.type === 'temporary' && typeof value.origin === 'string') {
    const { licenseId, origin, features, telemetry, issuedAt, expiresAt } = value as unknown as TemporaryLicenseClaims;
    return Object.freeze({ type: 'temporary', licenseId, origin, features: Object.freeze([...features]), telemetry, issuedAt, expiresAt });
  }
  if (value.type === 'enterprise' && typeof value.licensee === 'string' && isStringArray(value.origins)) {
    const { licenseId, licensee, origins, features, telemetry, issuedAt, expiresAt } = value as unknown as EnterpriseLicenseClaims;
    return Object.freeze({
      type: 'enterprise', licenseId, licensee, origins: Object.freeze([...origins]),
      features: Object.freeze([...features]), telemetry, issuedAt, expiresAt,
    });
  }
  return undefined;
}

function importTrustedKey(keyId: string, spki: string): Promise<CryptoKey> {
  let key = importedKeys.get(keyId);
  if (!key) {
    key = crypto.subtle.importKey('spki', decodeBase64(spki), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
    importedKeys.set(keyId, key);
  }
  return key;
}

/**
 * Verifies a signed license document (its JSON text or the parsed object) against the public keys
 * fixed at build time. Checks, in order: shape, algorithm (RS256 only), key id (trusted only),
 * RSASSA-PKCS1-v1_5 SHA-256 signature over `protected.payload`, claim shapes. Never throws.
 * Origin and expiry are judged afterwards by {@link decideLicenseState}.
 */
export async function verifyLicenseDocument(input: unknown): Promise<LicenseVerification> {
  try {
    let document: unknown = input;
    if (typeof input === 'string') {
      if (input.length > MAX_DOCUMENT_LENGTH) return fail('The license document is too large.');
      try {
        document = JSON.parse(input);
      } catch {
        return fail('The license document is not valid JSON (truncated or corrupted).');
      }
    }
    if (!isRecord(document)) return fail('The license document is not a signed license object.');
    const { protected: header, payload, signature } = document as Partial<SignedLicenseDocument>;
    if (typeof header !== 'string' || typeof payload !== 'string' || typeof signature !== 'string') {
      return fail('The license document lacks its header, payload or signature.');
    }
    if (header.length + payload.length + signature.length > MAX_DOCUMENT_LENGTH) return fail('The license document is too large.');
    const headerValue = parseJson(decodeBase64Url(header));
    if (!isRecord(headerValue)) return fail('The license header is malformed.');
    if (headerValue.alg !== LICENSE_ALGORITHM) {
      return fail(`The license uses the algorithm ${JSON.stringify(headerValue.alg)}; only ${LICENSE_ALGORITHM} is accepted.`);
    }
    if (headerValue.typ !== LICENSE_DOCUMENT_TYPE) return fail('The license header has the wrong document type.');
    const trusted = TRUSTED_KEYS.find((key) => key.keyId === headerValue.kid);
    if (!trusted) return fail(`The license is signed with an unknown key id ${JSON.stringify(headerValue.kid)}.`);
    const signatureBytes = decodeBase64Url(signature);
    if (!signatureBytes || signatureBytes.length === 0) return fail('The license signature is malformed.');
    if (typeof crypto === 'undefined' || !crypto.subtle) {
      return fail('WebCrypto is unavailable (the page is not a secure context), so the license cannot be verified.');
    }
    const key = await importTrustedKey(trusted.keyId, trusted.spki);
    const signed = textEncoder.encode(`${header}.${payload}`);
    const valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signatureBytes, signed);
    if (!valid) return fail('The license signature does not verify (the license was altered or signed by another key).');
    const claims = parseClaims(parseJson(decodeBase64Url(payload)));
    if (!claims) return fail('The license claims are malformed.');
    return { ok: true, claims, signingKeyId: trusted.keyId };
  } catch {
    return fail('The license could not be verified.');
  }
}
