// The dependency facts `npm run audit` checks: which packages run in production (the package's own
// dependencies, the packages bundled into dist/, the license backend's), whether the lockfile pins
// each one, and which advisories of an `npm audit --json` report touch them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Source folders whose imports run in production, by where they run. */
export const RUNTIME_SOURCES = Object.freeze({
  'browser bundle': ['core', 'elements', 'licensing', 'telemetry'],
  'license backend': ['licensing/server', 'telemetry'],
});

const IMPORT = /(?:^|[^\w.])(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The package a bare specifier names (`lit/decorators.js` → `lit`, `@lit/context` → `@lit/context`). */
export function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function sourceFiles(folder, skip, found = []) {
  let entries = [];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.') && !skip.includes(path)) sourceFiles(path, skip, found);
    } else if (/\.(ts|mjs|js)$/.test(entry.name) && !/\.(test|fuzz\.test|browser\.test|d)\.[mc]?[tj]s$/.test(entry.name) && !/\.test\./.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

/**
 * The packages production code imports, by group. The browser bundle leaves out the license backend's
 * folder; peer dependencies (react, vue, svelte) belong to the integrator and are left out too.
 */
export function importedPackages(root, manifest) {
  const peers = new Set(Object.keys(manifest.peerDependencies ?? {}));
  const groups = {};
  for (const [group, folders] of Object.entries(RUNTIME_SOURCES)) {
    const skip = group === 'browser bundle' ? [join(root, 'licensing/server')] : [];
    const names = new Set();
    for (const folder of folders) {
      for (const file of sourceFiles(join(root, folder), skip)) {
        for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
          const name = packageOf(match[1] ?? match[2]);
          if (name && !peers.has(name)) names.add(name);
        }
      }
    }
    groups[group] = [...names].sort();
  }
  return groups;
}

/** The lockfile entry npm would install for `name` required from `from` (a lockfile path). */
function resolveLocked(lock, name, from) {
  let base = from;
  for (;;) {
    const path = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[path]) return path;
    if (!base) return undefined;
    const at = base.lastIndexOf('/node_modules/');
    base = at < 0 ? '' : base.slice(0, at);
  }
}

/**
 * Every lockfile path the given top-level packages need at run time (their `dependencies` and
 * non-optional peers, transitively). Names the lockfile cannot resolve come back in `missing`.
 */
export function runtimeClosure(lock, names) {
  const paths = new Set();
  const missing = [];
  const queue = names.map((name) => ({ name, from: '' }));
  while (queue.length > 0) {
    const { name, from } = queue.shift();
    const path = resolveLocked(lock, name, from);
    if (!path) {
      missing.push(name);
      continue;
    }
    if (paths.has(path)) continue;
    paths.add(path);
    const entry = lock.packages[path];
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const next = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !optionalPeers[peer]?.optional),
    ];
    for (const dependency of next) queue.push({ name: dependency, from: path });
  }
  return { paths: [...paths].sort(), missing };
}

/** Lockfile entries that are not pinned: no exact version, or (for registry packages) no integrity hash. */
export function unpinned(lock, paths) {
  const problems = [];
  for (const path of paths) {
    const entry = lock.packages[path];
    if (entry.link) continue;
    if (typeof entry.version !== 'string' || !/^\d+\.\d+\.\d+/.test(entry.version)) problems.push(`${path}: no exact version`);
    else if (typeof entry.integrity !== 'string' || !/^sha(256|384|512)-/.test(entry.integrity)) problems.push(`${path}: no integrity hash`);
  }
  return problems;
}

/** The package name of a lockfile path (`node_modules/a/node_modules/@b/c` → `@b/c`). */
export function nameOfPath(path) {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/**
 * The high and critical advisories of an `npm audit --json` report (format 2) that touch the given
 * package names, as `{ name, severity, titles }`.
 */
export function severeAdvisories(report, names) {
  const wanted = new Set(names);
  const found = [];
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities ?? {})) {
    if (!wanted.has(name) || !['high', 'critical'].includes(vulnerability.severity)) continue;
    const titles = (vulnerability.via ?? []).map((via) => (typeof via === 'string' ? `via ${via}` : `${via.title ?? 'advisory'} (${via.url ?? via.source})`));
    found.push({ name, severity: vulnerability.severity, titles });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
