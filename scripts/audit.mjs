#!/usr/bin/env node
// `npm run audit`: no high or critical advisory in anything that runs in production, and every such
// package pinned by the lockfile. Three checks, all must pass:
//  1. `npm audit --omit=dev --audit-level=high` (the package's declared runtime dependencies);
//  2. the packages bundled into dist/ (lit, pixi.js, jspdf, fflate, … are devDependencies of the
//     package because rollup bundles them, yet they run in every user's browser) and the license
//     backend's packages, with their dependencies, checked against the full `npm audit --json` report;
//  3. each of those packages has an exact version and an integrity hash in package-lock.json, and the
//     lockfile agrees with package.json (`npm ls --package-lock-only`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { importedPackages, nameOfPath, runtimeClosure, severeAdvisories, unpinned } from './audit-deps.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let failed = false;

// 3 first: it needs no network.
console.log('== lockfile pins every runtime package');
const groups = importedPackages(root, manifest);
const declared = Object.keys(manifest.dependencies ?? {});
const closures = {};
for (const [group, names] of Object.entries(groups)) {
  const closure = runtimeClosure(lock, [...new Set([...names, ...(group === 'browser bundle' ? declared : [])])]);
  closures[group] = closure;
  const problems = [...closure.missing.map((name) => `${name}: not in package-lock.json`), ...unpinned(lock, closure.paths)];
  console.log(`${group}: ${names.join(', ')} (${closure.paths.length} packages with their dependencies)`);
  for (const problem of problems) console.error(`  ${problem}`);
  if (problems.length > 0) failed = true;
}
const ls = spawnSync(npm, ['ls', '--all', '--package-lock-only', '--json'], { encoding: 'utf8' });
if (ls.status !== 0) {
  const problems = (() => {
    try {
      return JSON.parse(ls.stdout).problems ?? [];
    } catch {
      return [ls.stderr.trim()];
    }
  })();
  console.error(`package-lock.json does not match package.json (run npm install):\n  ${problems.slice(0, 20).join('\n  ')}`);
  failed = true;
}

/** Runs `npm audit` with the given arguments; returns the parsed report, or undefined if it could not run. */
function audit(args) {
  const result = spawnSync(npm, ['audit', '--json', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  try {
    const report = JSON.parse(result.stdout);
    if (report.error) throw new Error(report.error.summary || report.message || 'npm audit failed');
    if (!report.vulnerabilities) throw new Error(report.message ?? 'npm audit returned no report');
    return report;
  } catch (error) {
    const detail = (result.stderr || String(error)).trim().split('\n').slice(-3).join(' ');
    console.error(`npm audit could not get advisories from the registry: ${detail}`);
    console.error('(A registry mirror without the audit endpoint cannot answer; run this where the public registry is reachable.)');
    return undefined;
  }
}

console.log('\n== npm audit --omit=dev (high and critical)');
const runtimeReport = audit(['--omit=dev', '--audit-level=high']);
if (!runtimeReport) failed = true;
else {
  const severe = severeAdvisories(runtimeReport, Object.keys(runtimeReport.vulnerabilities));
  for (const { name, severity, titles } of severe) console.error(`  ${severity}: ${name}: ${titles.join('; ')}`);
  console.log(severe.length === 0 ? 'none' : `${severe.length} package(s) with high or critical advisories`);
  if (severe.length > 0) failed = true;
}

console.log('\n== bundled and backend packages (high and critical)');
const fullReport = runtimeReport ? audit([]) : undefined;
if (!fullReport) failed = true;
else {
  for (const [group, closure] of Object.entries(closures)) {
    const severe = severeAdvisories(fullReport, closure.paths.map(nameOfPath));
    for (const { name, severity, titles } of severe) console.error(`  ${group}: ${severity}: ${name}: ${titles.join('; ')}`);
    console.log(`${group}: ${severe.length === 0 ? 'none' : `${severe.length} package(s) with high or critical advisories`}`);
    if (severe.length > 0) failed = true;
  }
}

console.log(failed ? '\naudit: FAILED' : '\naudit: passed');
process.exit(failed ? 1 : 0);
