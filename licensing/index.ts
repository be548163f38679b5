export * from './license-types.js';
export { matchOrigin, isValidOriginPattern, normalizeOrigin } from './origin-match.js';
export { decideLicenseState, stateNeedsWatermark, type LicenseDecisionInputs } from './decide-state.js';
export { verifyLicenseDocument, type LicenseVerification } from './license-document.js';
export { LicenseService, type LicenseServiceOptions, type LicenseChangeListener } from './license-service.js';
export { attachLicensing, getLicensing, type AttachLicensingOptions, type LicenseAttachment, type LicenseCredentials } from './attach.js';
