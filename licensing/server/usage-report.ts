/**
 * The monthly usage report behind `npm run license -- usage --month YYYY-MM [--license-id …]`: per
 * license key, the monthly active users (distinct user ids, plus sessions that gave no user id) and
 * the exports by media type with their output sizes. This is what usage-based pricing is billed on.
 */
import type { LicenseStore, UsageSummary } from './store.js';

/** The usage of one license in one month. */
export interface LicenseUsage {
  readonly licenseId: string;
  readonly month: string;
  /** Distinct user ids plus sessions without a user id. */
  readonly monthlyActiveUsers: number;
  readonly users: number;
  readonly anonymousSessions: number;
  /** Exports per media type (`photo`, `video`). */
  readonly exportsByMediaType: Readonly<Record<string, number>>;
  /** Exports per media type and output size, most frequent first. */
  readonly exportSizes: ReadonlyArray<{ readonly mediaType: string; readonly width: number; readonly height: number; readonly count: number }>;
}

/** Whether `month` is a `YYYY-MM` month. */
export function isMonth(month: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
}

/** Groups a month's aggregates into one {@link LicenseUsage} per license, ordered by license id. */
export function buildUsageReport(month: string, summary: UsageSummary): LicenseUsage[] {
  const byLicense = new Map<string, { users: number; sessions: number; byType: Record<string, number>; sizes: LicenseUsage['exportSizes'][number][] }>();
  const entry = (licenseId: string) => {
    let found = byLicense.get(licenseId);
    if (!found) byLicense.set(licenseId, (found = { users: 0, sessions: 0, byType: {}, sizes: [] }));
    return found;
  };
  for (const row of summary.activeSubjects) {
    if (row.subjectKind === 'user') entry(row.licenseId).users += row.count;
    else entry(row.licenseId).sessions += row.count;
  }
  for (const row of summary.exports) {
    const found = entry(row.licenseId);
    found.byType[row.mediaType] = (found.byType[row.mediaType] ?? 0) + row.count;
    found.sizes.push({ mediaType: row.mediaType, width: row.width, height: row.height, count: row.count });
  }
  return [...byLicense.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([licenseId, found]) => ({
    licenseId, month,
    monthlyActiveUsers: found.users + found.sessions,
    users: found.users,
    anonymousSessions: found.sessions,
    exportsByMediaType: found.byType,
    exportSizes: [...found.sizes].sort((a, b) => a.mediaType.localeCompare(b.mediaType) || b.count - a.count || a.width - b.width || a.height - b.height),
  }));
}

/** Reads a month's usage from the store. */
export async function usageReport(store: LicenseStore, month: string, licenseId?: string): Promise<LicenseUsage[]> {
  return buildUsageReport(month, await store.usageSummary({ month, licenseId }));
}

/** The report as text, one block per license. */
export function formatUsageReport(month: string, usage: readonly LicenseUsage[]): string {
  const lines = [`Usage in ${month} (UTC)`];
  if (usage.length === 0) lines.push('no usage recorded');
  for (const license of usage) {
    const exports = Object.entries(license.exportsByMediaType).map(([type, count]) => `${type} ${count}`).join(', ') || 'none';
    lines.push('', license.licenseId,
      `  monthly active users: ${license.monthlyActiveUsers} (${license.users} user ids, ${license.anonymousSessions} sessions without a user id)`,
      `  exports: ${exports}`);
    for (const size of license.exportSizes) lines.push(`    ${size.mediaType} ${size.width}×${size.height}: ${size.count}`);
  }
  return lines.join('\n');
}
