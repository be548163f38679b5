/** Shared by the trust tests and the page they open in a second tab (tab-page.ts). */

/** The license key the tab's editor is given: the draft must never hold any of it. */
export const TAB_LICENSE_KEY = 'cesdk_draftsecret_9f2c41d7b3e8a6054c1d';
/** The BroadcastChannel the tab reports on. */
export const TAB_CHANNEL = 'cesdk-trust-tabs';
/** The text the editing tab types, looked for after the restore. */
export const DRAFT_TEXT = 'DRAFT-TEXT-71c3';
