/** One signing key pair of the key folder. */
export interface SigningKey {
  readonly keyId: string;
  readonly publicKeyPem: string;
  /** Absent when only the public half was kept (a retired key that still verifies old files). */
  readonly privateKeyPem: string | undefined;
  readonly spkiBase64: string;
}

/** The key folder's content: every key and the id of the one that signs. */
export interface KeyFolder {
  readonly folder: string;
  readonly activeKeyId: string;
  readonly keys: readonly SigningKey[];
}

/** The key id of a public key (a prefix of the SHA-256 of its SPKI DER encoding). */
export function keyIdOf(publicKeyPem: string): string;
/** The SPKI DER of a public key in base64. */
export function spkiBase64Of(publicKeyPem: string): string;
/** Reads the key folder; undefined when it has no active key yet. */
export function readKeyFolder(folder: string): KeyFolder | undefined;
/** Generates an RSA-2048 key pair, stores it and makes it active; returns its key id. */
export function createSigningKey(folder: string): string;
/** Returns the folder's keys, creating the first key pair when there is none. */
export function ensureSigningKey(folder: string): KeyFolder;
/** The TypeScript source of the build-time trusted key module. */
export function renderTrustedKeysModule(keys: readonly SigningKey[]): string;
/** Writes the trusted key module when its content changed; returns whether it wrote. */
export function writeTrustedKeysModule(path: string, keys: readonly SigningKey[]): boolean;
