export * from './license-types.js';
export { matchOrigin, isValidOriginPattern, normalizeOrigin } from './origin-match.js';
export { decideLicenseState, stateNeedsWatermark, type LicenseDecisionInputs } from './decide-state.js';
export { verifyLicenseDocument, type LicenseVerification } from './license-document.js';
export { LicenseService, type LicenseServiceOptions, type LicenseChangeListener } from './license-service.js';
export { drawWatermark, WATERMARK_TEXT, type WatermarkContext, type WatermarkOptions } from './watermark.js';
export { attachLicensing, getLicensing, type AttachLicensingOptions, type LicenseAttachment } from './attach.js';
