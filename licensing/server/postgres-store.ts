import pg from 'pg';
import type { ApiKeyRecord, EnterpriseLicenseRecord, LicenseStore, TelemetryCounter } from './store.js';

// Same tables and columns as the SQLite store. Times are BIGINT milliseconds; origin and feature
// lists are JSONB. Every instance behind a load balancer reads and writes these rows directly (no
// cache), so a revocation through one instance is refused by all on the next request.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS api_keys (
  key_hash TEXT PRIMARY KEY,
  license_id TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  origins JSONB NOT NULL,
  features JSONB NOT NULL,
  telemetry BOOLEAN NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);
CREATE TABLE IF NOT EXISTS enterprise_licenses (
  license_id TEXT PRIMARY KEY,
  licensee TEXT NOT NULL,
  origins JSONB NOT NULL,
  features JSONB NOT NULL,
  telemetry BOOLEAN NOT NULL,
  issued_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS telemetry_counts (
  license_id TEXT NOT NULL,
  month TEXT NOT NULL,
  user_id_hash TEXT NOT NULL,
  event_type TEXT NOT NULL,
  media_type TEXT NOT NULL,
  count BIGINT NOT NULL,
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
  count BIGINT NOT NULL,
  PRIMARY KEY (license_id, month, media_type, width, height)
);
`;

/**
 * The usage report's record and summary, shaped as the store interface's `UsageRecord` and
 * `UsageSummary` (the usage report arrives with the trust work; these keep this store ready for it).
 */
export interface PostgresUsageRecord {
  readonly licenseId: string;
  readonly month: string;
  readonly subjectKind: 'user' | 'session';
  readonly subjectHash: string;
  readonly export?: { readonly mediaType: 'photo' | 'video'; readonly width: number; readonly height: number };
}
/** See {@link PostgresUsageRecord}. */
export interface PostgresUsageSummary {
  readonly activeSubjects: ReadonlyArray<{ readonly licenseId: string; readonly subjectKind: 'user' | 'session'; readonly count: number }>;
  readonly exports: ReadonlyArray<{ readonly licenseId: string; readonly mediaType: string; readonly width: number; readonly height: number; readonly count: number }>;
}

/** Any number, so instances starting together create the schema one after the other. */
const SCHEMA_LOCK = 0x6365_7364;

interface KeyRow {
  key_hash: string; license_id: string; label: string; origins: string[]; features: string[];
  telemetry: boolean; created_at: string; revoked_at: string | null;
}

interface EnterpriseRow {
  license_id: string; licensee: string; origins: string[]; features: string[];
  telemetry: boolean; issued_at: string; expires_at: string;
}

function toKeyRecord(row: KeyRow | undefined): ApiKeyRecord | undefined {
  if (!row) return undefined;
  return {
    keyHash: row.key_hash, licenseId: row.license_id, label: row.label, origins: row.origins, features: row.features,
    telemetry: row.telemetry, createdAt: Number(row.created_at), revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

/** Options of {@link PostgresLicenseStore.connect}. */
export interface PostgresStoreOptions {
  /** Most connections this instance opens (default 10). */
  readonly maxConnections?: number;
}

/**
 * The license store for several backend instances: PostgreSQL through a `pg` connection pool,
 * chosen by `DATABASE_URL` (see `open-store.ts`). Counters are added with
 * `INSERT ... ON CONFLICT DO UPDATE`, so concurrent telemetry from every instance adds up exactly.
 */
export class PostgresLicenseStore implements LicenseStore {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Connects to `connectionString` (`postgres://user:password@host:port/database`) and creates the tables when missing. */
  static async connect(connectionString: string, options: PostgresStoreOptions = {}): Promise<PostgresLicenseStore> {
    const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10 });
    // An idle client that loses its server must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
      await pool.end();
      throw error;
    }
    client.release();
    return new PostgresLicenseStore(pool);
  }

  async createKey(record: ApiKeyRecord): Promise<void> {
    await this.#pool.query('INSERT INTO api_keys VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      record.keyHash, record.licenseId, record.label, JSON.stringify(record.origins), JSON.stringify(record.features),
      record.telemetry, record.createdAt, record.revokedAt,
    ]);
  }

  async findKeyByHash(keyHash: string): Promise<ApiKeyRecord | undefined> {
    const { rows } = await this.#pool.query<KeyRow>('SELECT * FROM api_keys WHERE key_hash = $1', [keyHash]);
    return toKeyRecord(rows[0]);
  }

  async findKeyByLicenseId(licenseId: string): Promise<ApiKeyRecord | undefined> {
    const { rows } = await this.#pool.query<KeyRow>('SELECT * FROM api_keys WHERE license_id = $1', [licenseId]);
    return toKeyRecord(rows[0]);
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    const { rows } = await this.#pool.query<KeyRow>('SELECT * FROM api_keys ORDER BY created_at, license_id');
    return rows.map((row) => toKeyRecord(row)!);
  }

  async setKeyOrigins(licenseId: string, origins: readonly string[]): Promise<boolean> {
    const result = await this.#pool.query('UPDATE api_keys SET origins = $1 WHERE license_id = $2', [JSON.stringify(origins), licenseId]);
    return (result.rowCount ?? 0) > 0;
  }

  async revokeKey(licenseId: string, revokedAt: number): Promise<boolean> {
    const result = await this.#pool.query(
      'UPDATE api_keys SET revoked_at = $1 WHERE license_id = $2 AND revoked_at IS NULL', [revokedAt, licenseId]);
    return (result.rowCount ?? 0) > 0;
  }

  async registeredOrigins(): Promise<string[]> {
    const { rows } = await this.#pool.query<{ origin: string }>(
      'SELECT DISTINCT jsonb_array_elements_text(origins) AS origin FROM api_keys');
    return rows.map((row) => row.origin);
  }

  async addEnterpriseLicense(record: EnterpriseLicenseRecord): Promise<void> {
    await this.#pool.query('INSERT INTO enterprise_licenses VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      record.licenseId, record.licensee, JSON.stringify(record.origins), JSON.stringify(record.features),
      record.telemetry, record.issuedAt, record.expiresAt,
    ]);
  }

  async findEnterpriseLicense(licenseId: string): Promise<EnterpriseLicenseRecord | undefined> {
    const { rows } = await this.#pool.query<EnterpriseRow>('SELECT * FROM enterprise_licenses WHERE license_id = $1', [licenseId]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      licenseId: row.license_id, licensee: row.licensee, origins: row.origins, features: row.features,
      telemetry: row.telemetry, issuedAt: Number(row.issued_at), expiresAt: Number(row.expires_at),
    };
  }

  async countTelemetry(counters: ReadonlyArray<Omit<TelemetryCounter, 'count'>>): Promise<void> {
    if (counters.length === 0) return;
    // One statement for the whole batch: equal counters are summed first, since ON CONFLICT may not
    // touch the same row twice in one statement. Rows are sorted so concurrent batches lock in one order.
    const sums = new Map<string, { counter: Omit<TelemetryCounter, 'count'>; count: number }>();
    for (const counter of counters) {
      const id = JSON.stringify([counter.licenseId, counter.month, counter.userIdHash, counter.eventType, counter.mediaType]);
      const entry = sums.get(id);
      if (entry) entry.count += 1;
      else sums.set(id, { counter, count: 1 });
    }
    const entries = [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
    const values: unknown[] = [];
    const tuples = entries.map(({ counter, count }, index) => {
      values.push(counter.licenseId, counter.month, counter.userIdHash, counter.eventType, counter.mediaType, count);
      const base = index * 6;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}::bigint)`;
    });
    await this.#pool.query(
      `INSERT INTO telemetry_counts VALUES ${tuples.join(', ')}
       ON CONFLICT (license_id, month, user_id_hash, event_type, media_type)
       DO UPDATE SET count = telemetry_counts.count + excluded.count`,
      values,
    );
  }

  async telemetryCounters(licenseId?: string): Promise<TelemetryCounter[]> {
    const { rows } = licenseId === undefined
      ? await this.#pool.query('SELECT * FROM telemetry_counts ORDER BY license_id, month, event_type')
      : await this.#pool.query('SELECT * FROM telemetry_counts WHERE license_id = $1 ORDER BY month, event_type', [licenseId]);
    return (rows as Array<{ license_id: string; month: string; user_id_hash: string; event_type: 'load' | 'export'; media_type: string; count: string }>)
      .map((row) => ({
        licenseId: row.license_id, month: row.month, userIdHash: row.user_id_hash, eventType: row.event_type,
        mediaType: row.media_type, count: Number(row.count),
      }));
  }

  /** Marks each record's subject active in its month (once) and counts exports per media type and size. */
  async recordUsage(records: readonly PostgresUsageRecord[]): Promise<void> {
    if (records.length === 0) return;
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const subjects = [...new Map(records.map((record) => [JSON.stringify([record.licenseId, record.month, record.subjectKind, record.subjectHash]), record])).values()];
      await client.query(
        `INSERT INTO usage_subjects SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
        [subjects.map((r) => r.licenseId), subjects.map((r) => r.month), subjects.map((r) => r.subjectKind), subjects.map((r) => r.subjectHash)],
      );
      // Equal exports summed first (ON CONFLICT may touch a row once per statement), in a fixed order.
      const exports = new Map<string, { record: PostgresUsageRecord; count: number }>();
      for (const record of records) {
        if (!record.export) continue;
        const id = JSON.stringify([record.licenseId, record.month, record.export.mediaType, record.export.width, record.export.height]);
        const entry = exports.get(id);
        if (entry) entry.count += 1;
        else exports.set(id, { record, count: 1 });
      }
      const rows = [...exports.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
      if (rows.length > 0) {
        await client.query(
          `INSERT INTO usage_exports SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::bigint[])
           ON CONFLICT (license_id, month, media_type, width, height) DO UPDATE SET count = usage_exports.count + excluded.count`,
          [rows.map((r) => r.record.licenseId), rows.map((r) => r.record.month), rows.map((r) => r.record.export!.mediaType),
            rows.map((r) => r.record.export!.width), rows.map((r) => r.record.export!.height), rows.map((r) => r.count)],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The usage aggregates of one month (`YYYY-MM`), for every license or one. */
  async usageSummary(query: { readonly month: string; readonly licenseId?: string }): Promise<PostgresUsageSummary> {
    const filter = query.licenseId === undefined ? '' : ' AND license_id = $2';
    const parameters = query.licenseId === undefined ? [query.month] : [query.month, query.licenseId];
    const subjects = await this.#pool.query<{ license_id: string; subject_kind: 'user' | 'session'; count: string }>(
      `SELECT license_id, subject_kind, COUNT(*) AS count FROM usage_subjects WHERE month = $1${filter} GROUP BY license_id, subject_kind ORDER BY license_id, subject_kind`, parameters);
    const exports = await this.#pool.query<{ license_id: string; media_type: string; width: number; height: number; count: string }>(
      `SELECT license_id, media_type, width, height, count FROM usage_exports WHERE month = $1${filter} ORDER BY license_id, media_type, count DESC, width, height`, parameters);
    return {
      activeSubjects: subjects.rows.map((row) => ({ licenseId: row.license_id, subjectKind: row.subject_kind, count: Number(row.count) })),
      exports: exports.rows.map((row) => ({ licenseId: row.license_id, mediaType: row.media_type, width: row.width, height: row.height, count: Number(row.count) })),
    };
  }

  async close(): Promise<void> {
    await this.#pool.end().catch(() => undefined);
  }
}
