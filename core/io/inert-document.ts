/**
 * Parses SVG text into a document that is never attached to the page, under Trusted Types.
 *
 * `DOMParser.parseFromString` is a Trusted Types sink: a page with `require-trusted-types-for
 * 'script'` refuses a plain string there. A document made by DOMParser is inert (its scripts never
 * run, it loads nothing), and the SDK only reads it (the sanitizer walks it, the rasterizer serializes
 * it into an image), so the SDK's own policy, named `cesdk`, passes the text through unchanged for
 * this one use. The policy object stays private to this module: no other code can mint TrustedHTML
 * with it. Pages allow it with `trusted-types cesdk` (SECURITY.md).
 */

interface TrustedTypesPolicyLike {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactoryLike {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedTypesPolicyLike;
}

/** The SDK's Trusted Types policy name. */
export const TRUSTED_TYPES_POLICY_NAME = 'cesdk';

let policy: TrustedTypesPolicyLike | null | undefined;

function inertMarkup(text: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactoryLike }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createHTML: (input) => input }) : null;
    } catch {
      // The page's policy does not list `cesdk` (or a second copy of the SDK made it): parsing with a
      // plain string then fails only where Trusted Types are enforced, with the browser's own error.
      policy = null;
    }
  }
  return (policy ? policy.createHTML(text) : text) as string;
}

/** Parses SVG text with DOMParser into an inert, detached document (see the module comment). */
export function parseInertSvg(text: string): Document {
  return new DOMParser().parseFromString(inertMarkup(text), 'image/svg+xml');
}
