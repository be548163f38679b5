/** The states a license can be in. See {@link decideLicenseState} for how each is reached. */
export type LicenseState = 'pending' | 'licensed' | 'evaluation' | 'invalid' | 'expired' | 'offline-grace';

/** Every license state, in a stable order (useful for tables and tests). */
export const LICENSE_STATES: readonly LicenseState[] = Object.freeze([
  'pending',
  'licensed',
  'evaluation',
  'invalid',
  'expired',
  'offline-grace',
]);

/** A license state together with the human-readable reason it was reached. */
export interface LicenseStatus {
  readonly state: LicenseState;
  readonly reason: string;
}

/** The claims of a temporary license answered by the license backend for one API key and one origin. */
export interface TemporaryLicenseClaims {
  readonly type: 'temporary';
  /** The public id of the API key (a prefix of the key's SHA-256 hash, never the key). */
  readonly licenseId: string;
  /** The single origin (scheme, host and port) the license is pinned to. */
  readonly origin: string;
  readonly features: readonly string[];
  /** Whether usage telemetry is on for this key. */
  readonly telemetry: boolean;
  /** Milliseconds since the Unix epoch. */
  readonly issuedAt: number;
  /** Milliseconds since the Unix epoch. */
  readonly expiresAt: number;
}

/** The claims of an enterprise license file, verified offline. */
export interface EnterpriseLicenseClaims {
  readonly type: 'enterprise';
  readonly licenseId: string;
  readonly licensee: string;
  /** Allowed origins, exact or with a strict `*.` wildcard (see {@link matchOrigin}). */
  readonly origins: readonly string[];
  readonly features: readonly string[];
  readonly telemetry: boolean;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** Either kind of verified license. */
export type LicenseClaims = TemporaryLicenseClaims | EnterpriseLicenseClaims;

/** A signed license document: a JWS-style flattened JSON object (all three fields base64url). */
export interface SignedLicenseDocument {
  /** base64url of the JSON header `{ alg: 'RS256', kid, typ }`. */
  readonly protected: string;
  /** base64url of the JSON claims. */
  readonly payload: string;
  /** base64url of the RSASSA-PKCS1-v1_5 SHA-256 signature over `protected + '.' + payload`. */
  readonly signature: string;
}

/** The `typ` header value of a signed license document. */
export const LICENSE_DOCUMENT_TYPE = 'cesdk-license+json';

/** The only signature algorithm accepted: RSASSA-PKCS1-v1_5 with SHA-256. */
export const LICENSE_ALGORITHM = 'RS256';

/** Stable error codes the license backend answers with (in `{ error: { code, message } }`). */
export type LicenseServerErrorCode =
  | 'UNKNOWN_KEY'
  | 'REVOKED_KEY'
  | 'ORIGIN_NOT_ALLOWED'
  | 'ORIGIN_REQUIRED'
  | 'INVALID_REQUEST'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHORIZED'
  | 'INTERNAL';
