// The license backend's only state. Everything else (signing, validation) is stateless, so several
// instances can serve behind a load balancer as long as they share one store and one key folder.

/** An API key as stored: only its SHA-256 hash, never the key. */
export interface ApiKeyRecord {
  /** Hex SHA-256 of the key. */
  readonly keyHash: string;
  /** Public id of the key (`lic_` + 16 hex characters of its hash); shown in lists and put in licenses. */
  readonly licenseId: string;
  readonly label: string;
  /** Registered origins, exact or with a strict `*.` wildcard. */
  readonly origins: readonly string[];
  readonly features: readonly string[];
  readonly telemetry: boolean;
  /** Milliseconds since the Unix epoch. */
  readonly createdAt: number;
  /** When the key was revoked, or null while it is active. */
  readonly revokedAt: number | null;
}

/** An enterprise license file issued by the CLI, kept so its telemetry (if on) can be counted. */
export interface EnterpriseLicenseRecord {
  readonly licenseId: string;
  readonly licensee: string;
  readonly origins: readonly string[];
  readonly features: readonly string[];
  readonly telemetry: boolean;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** One telemetry counter: events of one type per license, month and (hashed) user. */
export interface TelemetryCounter {
  readonly licenseId: string;
  /** `YYYY-MM` in UTC. */
  readonly month: string;
  /** Hex SHA-256 of the integrator's user id, never the id itself. */
  readonly userIdHash: string;
  readonly eventType: 'load' | 'export';
  /** `photo` or `video` for exports, '' for loads. */
  readonly mediaType: string;
  readonly count: number;
}

/**
 * The store interface, implemented by `SqliteLicenseStore` (the default) and `PostgresLicenseStore`
 * (chosen by `DATABASE_URL`, for several instances); `store-contract.ts` tests both the same way.
 */
export interface LicenseStore {
  createKey(record: ApiKeyRecord): Promise<void>;
  findKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined>;
  findKeyByLicenseId(licenseId: string): Promise<ApiKeyRecord | undefined>;
  listKeys(): Promise<ApiKeyRecord[]>;
  /** Replaces a key's registered origins. Returns false when the key does not exist. */
  setKeyOrigins(licenseId: string, origins: readonly string[]): Promise<boolean>;
  /** Marks a key revoked. Returns false when it does not exist or was already revoked. */
  revokeKey(licenseId: string, revokedAt: number): Promise<boolean>;
  /** Every origin pattern registered for any key, active or revoked (CORS answers exactly these). */
  registeredOrigins(): Promise<string[]>;
  addEnterpriseLicense(record: EnterpriseLicenseRecord): Promise<void>;
  findEnterpriseLicense(licenseId: string): Promise<EnterpriseLicenseRecord | undefined>;
  /** Adds one to each given counter (creating it at one). */
  countTelemetry(counters: ReadonlyArray<Omit<TelemetryCounter, 'count'>>): Promise<void>;
  telemetryCounters(licenseId?: string): Promise<TelemetryCounter[]>;
  close(): Promise<void>;
}
