import type { LicenseClaims, LicenseStatus } from './license-types.js';
import { matchOrigin } from './origin-match.js';

/** What the license service knows, already verified; the only inputs of {@link decideLicenseState}. */
export interface LicenseDecisionInputs {
  /** Where the license comes from: nothing, an API key checked online, or an enterprise file checked offline. */
  readonly source: 'none' | 'key' | 'file';
  /** The current time, in milliseconds since the Unix epoch. */
  readonly now: number;
  /** The page's origin (`location.origin`). */
  readonly origin: string;
  /** The last license whose signature verified against a trusted key, if any. */
  readonly license: LicenseClaims | undefined;
  /** A definitive rejection: bad signature, malformed document, unknown or revoked key, refused origin. */
  readonly rejection: string | undefined;
  /** Whether the last contact with the license backend succeeded; undefined before the first answer. */
  readonly serverReachable: boolean | undefined;
}

function formatTime(milliseconds: number): string {
  return new Date(milliseconds).toISOString();
}

/**
 * Decides the license state from verified inputs. Pure: same inputs, same answer; no clock, no I/O.
 *
 * | Inputs | State |
 * |---|---|
 * | no key and no file | `evaluation` |
 * | a rejection (bad signature, unknown/revoked key, refused origin, malformed) | `invalid` |
 * | no verified license yet, backend not answered or unreachable | `pending` |
 * | license pinned to / allowing another origin, or of the wrong kind | `invalid` |
 * | license past its expiry | `expired` |
 * | valid license, backend unreachable on the last refresh | `offline-grace` |
 * | valid license | `licensed` |
 */
export function decideLicenseState(inputs: LicenseDecisionInputs): LicenseStatus {
  const { source, now, origin, license, rejection, serverReachable } = inputs;
  if (source === 'none') {
    return { state: 'evaluation', reason: 'No license key or license file was given: running in evaluation mode.' };
  }
  if (rejection !== undefined) return { state: 'invalid', reason: rejection };
  if (license === undefined) {
    if (source === 'file') return { state: 'pending', reason: 'Verifying the license file.' };
    return serverReachable === false
      ? { state: 'pending', reason: 'The license server could not be reached yet; retrying.' }
      : { state: 'pending', reason: 'Validating the license key with the license server.' };
  }
  if (source === 'key' && license.type !== 'temporary') {
    return { state: 'invalid', reason: 'The license server answered a document that is not a temporary license.' };
  }
  if (source === 'file' && license.type !== 'enterprise') {
    return { state: 'invalid', reason: 'The license file is not an enterprise license.' };
  }
  if (license.type === 'temporary' && license.origin !== origin) {
    return { state: 'invalid', reason: `The license is pinned to ${license.origin}, but this page is ${origin}.` };
  }
  if (license.type === 'enterprise' && !license.origins.some((pattern) => matchOrigin(pattern, origin))) {
    return { state: 'invalid', reason: `The license file does not allow the origin ${origin}.` };
  }
  if (now >= license.expiresAt) {
    return { state: 'expired', reason: `The license expired at ${formatTime(license.expiresAt)}.` };
  }
  if (source === 'key' && serverReachable === false) {
    return {
      state: 'offline-grace',
      reason: `The license server cannot be reached; the current license stays valid until ${formatTime(license.expiresAt)}.`,
    };
  }
  return license.type === 'enterprise'
    ? { state: 'licensed', reason: `Licensed to ${license.licensee} by license file, valid until ${formatTime(license.expiresAt)}.` }
    : { state: 'licensed', reason: `Licensed for ${license.origin} until ${formatTime(license.expiresAt)}.` };
}

/** Whether a state must show the watermark in the canvas and in exports. */
export function stateNeedsWatermark(state: LicenseStatus['state']): boolean {
  return state !== 'licensed' && state !== 'offline-grace';
}
