/** Fetches the bytes of a resource URI (used by `scene.saveToArchive`). */
export type ResourceFetcher = (uri: string) => Promise<Uint8Array>;

/** What a text measurer is asked: the resolved text and its layout properties. */
export interface TextMeasureRequest {
  blockId: number;
  text: string;
  fontFileUri: string;
  typeface: string;
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  lineHeight: number;
  letterSpacing: number;
  paragraphSpacing: number;
  horizontalAlignment: string;
  /** The frame width the text wraps in, in design units. */
  width: number;
  /** Whether the block's width is auto (`width/mode` 'Auto'): measure without wrapping and report the width. */
  autoWidth?: boolean;
}

/** A text layout a measurer may report instead of a bare height. Lines are in the block's own space. */
export interface TextMeasurement {
  height: number;
  /** The text's natural width (asked for with `autoWidth`). */
  width?: number;
  /** The laid-out lines, top to bottom. */
  lines?: ReadonlyArray<{ x: number; y: number; width: number; height: number }>;
}

/**
 * Measures text for auto-sized text blocks (`height/mode` or `width/mode` 'Auto'). The engine has
 * no DOM, so the host (the renderer or a Node font library) supplies this. Returns the text's
 * height in design units, or a {@link TextMeasurement} with its width and lines.
 */
export type TextMeasurer = (request: TextMeasureRequest) => number | TextMeasurement;

/** Limits that guard the engine against hostile scenes and runaway calls. */
export interface EngineLimits {
  /** Maximum number of live blocks (default 200,000). */
  maxBlocks: number;
  /** Maximum depth of the design tree, the scene being depth 1 (default 32). */
  maxDepth: number;
  /** Maximum length of any string value (default 1,000,000 characters). */
  maxStringLength: number;
  /** Maximum size of a scene document handed to `loadFromString` (default 256 MiB of characters). */
  maxDocumentLength: number;
  /** Maximum total unpacked size of an archive (default 512 MiB). */
  maxArchiveBytes: number;
}

/** Default limits. */
export const DEFAULT_LIMITS: Readonly<EngineLimits> = Object.freeze({
  maxBlocks: 200_000,
  maxDepth: 32,
  maxStringLength: 1_000_000,
  maxDocumentLength: 256 * 1024 * 1024,
  maxArchiveBytes: 512 * 1024 * 1024,
});

/** Options of `Engine.create`. All are optional. */
export interface EngineOptions {
  /** License key. Handed once to the licensing layer and never kept by the engine (not in `engine.options`). */
  license?: string;
  /** Offline license file (its text or parsed object); kept for the licensing layer. */
  licenseFile?: string | object;
  /** License server URL; kept for the licensing layer. */
  licenseServer?: string;
  /** The integrator's user id; kept for the licensing layer. */
  userId?: string;
  /** The integrator's app id; kept for the licensing layer. */
  appId?: string;
  /** Initial role (default 'Creator'). */
  role?: 'Creator' | 'Adopter' | 'Viewer';
  /** Maximum number of undo steps (default 100). */
  historyLimit?: number;
  /** Overrides of the default limits. */
  limits?: Partial<EngineLimits>;
  /** Fetches resources for `saveToArchive`; defaults to `globalThis.fetch` (data: URIs are decoded directly). */
  fetchResource?: ResourceFetcher;
  /** Measures auto-height text; see {@link TextMeasurer}. */
  textMeasurer?: TextMeasurer;
}

/** The license-related options, exposed read-only as `engine.options`. */
export interface EngineLicenseOptions {
  /** Whether a license key was given; the key itself is only in the license service. */
  readonly hasLicenseKey: boolean;
  readonly licenseFile: string | object | undefined;
  readonly licenseServer: string | undefined;
  readonly userId: string | undefined;
  readonly appId: string | undefined;
}
