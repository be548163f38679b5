import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ApiKeyRecord, EnterpriseLicenseRecord, LicenseStore, TelemetryCounter, UsageRecord, UsageSummary } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS api_keys (
  key_hash TEXT PRIMARY KEY,
  license_id TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  origins TEXT NOT NULL,
  features TEXT NOT NULL,
  telemetry INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE TABLE IF NOT EXISTS enterprise_licenses (
  license_id TEXT PRIMARY KEY,
  licensee TEXT NOT NULL,
  origins TEXT NOT NULL,
  features TEXT NOT NULL,
  telemetry INTEGER NOT NULL,
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS telemetry_counts (
  license_id TEXT NOT NULL,
  month TEXT NOT NULL,
  user_id_hash TEXT NOT NULL,
  event_type TEXT NOT NULL,
  media_type TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (license_id, month, user_id_hash, event_type, media_type)
);
CREATE TABLE IF NOT EXISTS usage_subjects (
  license_id TEXT NOT NULL,
  month TEXT NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_hash TEXT NOT NULL,
  PRIMARY KEY (license_id, month, subject_kind, subject_hash)
);
CREATE TABLE IF NOT EXISTS usage_exports (
  license_id TEXT NOT NULL,
  month TEXT NOT NULL,
  media_type TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (license_id, month, media_type, width, height)
);
`;

interface KeyRow {
  key_hash: string;
  license_id: string;
  label: string;
  origins: string;
  features: string;
  telemetry: number;
  created_at: number;
  revoked_at: number | null;
}

interface EnterpriseRow {
  license_id: string;
  licensee: string;
  origins: string;
  features: string;
  telemetry: number;
  issued_at: number;
  expires_at: number;
}

function toKeyRecord(row: KeyRow | undefined): ApiKeyRecord | undefined {
  if (!row) return undefined;
  return {
    keyHash: row.key_hash, licenseId: row.license_id, label: row.label, origins: JSON.parse(row.origins),
    features: JSON.parse(row.features), telemetry: row.telemetry === 1, createdAt: row.created_at, revokedAt: row.revoked_at,
  };
}

/**
 * The default store: an embedded SQLite database (better-sqlite3) in one file, `:memory:` for tests.
 * better-sqlite3 is synchronous; the async interface is kept so other adapters (PostgreSQL) fit.
 */
export class SqliteLicenseStore implements LicenseStore {
  readonly #database: Database.Database;

  /** Opens (creating when missing) the database file at `path`, or an in-memory one for `':memory:'`. */
  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.#database = new Database(path);
    this.#database.pragma('journal_mode = WAL');
    this.#database.pragma('busy_timeout = 5000');
    this.#database.exec(SCHEMA);
  }

  async createKey(record: ApiKeyRecord): Promise<void> {
    this.#database
      .prepare('INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(record.keyHash, record.licenseId, record.label, JSON.stringify(record.origins), JSON.stringify(record.features),
        record.telemetry ? 1 : 0, record.createdAt, record.revokedAt);
  }

  async findKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined> {
    return toKeyRecord(this.#database.prepare('SELECT * FROM api_keys WHERE key_hash = ?').get(keyHash) as KeyRow | undefined);
  }

  async findKeyByLicenseId(licenseId: string): Promise<ApiKeyRecord | undefined> {
    return toKeyRecord(this.#database.prepare('SELECT * FROM api_keys WHERE license_id = ?').get(licenseId) as KeyRow | undefined);
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    const rows = this.#database.prepare('SELECT * FROM api_keys ORDER BY created_at, license_id').all() as KeyRow[];
    return rows.map((row) => toKeyRecord(row)!);
  }

  async setKeyOrigins(licenseId: string, origins: readonly string[]): Promise<boolean> {
    return this.#database.prepare('UPDATE api_keys SET origins = ? WHERE license_id = ?').run(JSON.stringify(origins), licenseId).changes > 0;
  }

  async revokeKey(licenseId: string, revokedAt: number): Promise<boolean> {
    const result = this.#database
      .prepare('UPDATE api_keys SET revoked_at = ? WHERE license_id = ? AND revoked_at IS NULL')
      .run(revokedAt, licenseId);
    return result.changes > 0;
  }

  async registeredOrigins(): Promise<string[]> {
    const rows = this.#database.prepare('SELECT origins FROM api_keys').all() as Array<{ origins: string }>;
    return [...new Set(rows.flatMap((row) => JSON.parse(row.origins) as string[]))];
  }

  async addEnterpriseLicense(record: EnterpriseLicenseRecord): Promise<void> {
    this.#database
      .prepare('INSERT INTO enterprise_licenses VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(record.licenseId, record.licensee, JSON.stringify(record.origins), JSON.stringify(record.features),
        record.telemetry ? 1 : 0, record.issuedAt, record.expiresAt);
  }

  async findEnterpriseLicense(licenseId: string): Promise<EnterpriseLicenseRecord | undefined> {
    const row = this.#database.prepare('SELECT * FROM enterprise_licenses WHERE license_id = ?').get(licenseId) as EnterpriseRow | undefined;
    if (!row) return undefined;
    return {
      licenseId: row.license_id, licensee: row.licensee, origins: JSON.parse(row.origins), features: JSON.parse(row.features),
      telemetry: row.telemetry === 1, issuedAt: row.issued_at, expiresAt: row.expires_at,
    };
  }

  async countTelemetry(counters: ReadonlyArray<Omit<TelemetryCounter, 'count'>>): Promise<void> {
    const statement = this.#database.prepare(
      `INSERT INTO telemetry_counts VALUES (?, ?, ?, ?, ?, 1)
       ON CONFLICT (license_id, month, user_id_hash, event_type, media_type) DO UPDATE SET count = count + 1`,
    );
    this.#database.transaction(() => {
      for (const counter of counters) {
        statement.run(counter.licenseId, counter.month, counter.userIdHash, counter.eventType, counter.mediaType);
      }
    })();
  }

  async telemetryCounters(licenseId?: string): Promise<TelemetryCounter[]> {
    const rows = (licenseId === undefined
      ? this.#database.prepare('SELECT * FROM telemetry_counts ORDER BY license_id, month, event_type').all()
      : this.#database.prepare('SELECT * FROM telemetry_counts WHERE license_id = ? ORDER BY month, event_type').all(licenseId)) as Array<{
      license_id: string; month: string; user_id_hash: string; event_type: 'load' | 'export'; media_type: string; count: number;
    }>;
    return rows.map((row) => ({
      licenseId: row.license_id, month: row.month, userIdHash: row.user_id_hash, eventType: row.event_type, mediaType: row.media_type, count: row.count,
    }));
  }

  async recordUsage(records: readonly UsageRecord[]): Promise<void> {
    const subject = this.#database.prepare('INSERT OR IGNORE INTO usage_subjects VALUES (?, ?, ?, ?)');
    const exported = this.#database.prepare(
      `INSERT INTO usage_exports VALUES (?, ?, ?, ?, ?, 1)
       ON CONFLICT (license_id, month, media_type, width, height) DO UPDATE SET count = count + 1`,
    );
    this.#database.transaction(() => {
      for (const record of records) {
        subject.run(record.licenseId, record.month, record.subjectKind, record.subjectHash);
        if (record.export) exported.run(record.licenseId, record.month, record.export.mediaType, record.export.width, record.export.height);
      }
    })();
  }

  async usageSummary(query: { readonly month: string; readonly licenseId?: string }): Promise<UsageSummary> {
    const filter = query.licenseId === undefined ? '' : ' AND license_id = ?';
    const parameters = query.licenseId === undefined ? [query.month] : [query.month, query.licenseId];
    const activeSubjects = this.#database
      .prepare(`SELECT license_id, subject_kind, COUNT(*) AS count FROM usage_subjects WHERE month = ?${filter} GROUP BY license_id, subject_kind ORDER BY license_id, subject_kind`)
      .all(...parameters) as Array<{ license_id: string; subject_kind: 'user' | 'session'; count: number }>;
    const exports = this.#database
      .prepare(`SELECT license_id, media_type, width, height, count FROM usage_exports WHERE month = ?${filter} ORDER BY license_id, media_type, count DESC, width, height`)
      .all(...parameters) as Array<{ license_id: string; media_type: string; width: number; height: number; count: number }>;
    return {
      activeSubjects: activeSubjects.map((row) => ({ licenseId: row.license_id, subjectKind: row.subject_kind, count: row.count })),
      exports: exports.map((row) => ({ licenseId: row.license_id, mediaType: row.media_type, width: row.width, height: row.height, count: row.count })),
    };
  }

  async close(): Promise<void> {
    if (this.#database.open) this.#database.close();
  }
}
