import type { LicenseServerErrorCode } from '../license-types.js';

/** The JSON body of every error answer of the license backend. */
export interface ErrorBody {
  readonly error: { readonly code: LicenseServerErrorCode; readonly message: string };
}

/** Builds an error body. */
export function errorBody(code: LicenseServerErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}
