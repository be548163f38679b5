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
 * One telemetry event, reduced to what the usage report counts. No IP address, no user agent, no raw
 * user or session id: the subject is a salted hash (see `hashUserId`).
 */
export interface UsageRecord {
  readonly licenseId: string;
  /** `YYYY-MM` in UTC, when the backend received the event. */
  readonly month: string;
  /** `user` when the integrator gave a user id; else `session` (one anonymous session). */
  readonly subjectKind: 'user' | 'session';
  /** Hex SHA-256 of license id and user id (or session id), never the id itself. */
  readonly subjectHash: string;
  /** For an export: `photo` or `video` and the output size in pixels. Undefined for a load. */
  readonly export?: { readonly mediaType: 'photo' | 'video'; readonly width: number; readonly height: number };
}

/** What {@link LicenseStore.usageSummary} returns for one month: raw aggregates per license. */
export interface UsageSummary {
  /** Distinct subjects per license and kind (users, and sessions without a user id). */
  readonly activeSubjects: ReadonlyArray<{ readonly licenseId: string; readonly subjectKind: 'user' | 'session'; readonly count: number }>;
  /** Export counts per license, media type and output size. */
  readonly exports: ReadonlyArray<{ readonly licenseId: string; readonly mediaType: string; readonly width: number; readonly height: number; readonly count: number }>;
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
  /**
   * Records usage for the monthly report: marks each record's subject active in its month (once:
   * repeated subjects are not counted twice) and adds one to the export count of its media type and
   * size. Tables `usage_subjects (license_id, month, subject_kind, subject_hash)` primary key on all
   * four, and `usage_exports (license_id, month, media_type, width, height, count)` primary key on all
   * but count.
   */
  recordUsage(records: readonly UsageRecord[]): Promise<void>;
  /** The usage aggregates of one month (`YYYY-MM`), for every license or one. */
  usageSummary(query: { readonly month: string; readonly licenseId?: string }): Promise<UsageSummary>;
  close(): Promise<void>;
}
