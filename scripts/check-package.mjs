#!/usr/bin/env node
// `npm test -- package`: packs the built SDK as a user gets it and checks the tarball.
// - contents: the exports map's files, types, custom-elements.json, themes, README, LICENSE, CHANGELOG and
//   every file the bundles load relative to import.meta.url; no tests, fixtures or build reports;
// - dependencies: exactly the bare imports the shipped JS makes at run time (peers for the app's own React);
// - publint and @arethetypeswrong/cli (ESM-only profile) pass.
// The tarball is kept as .cache/package/cesdk-web-components.tgz for the framework examples.
// Exits non-zero on any failure; prints one line per check.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { isBuiltin } from 'node:module';
import { init, parse } from 'es-module-lexer';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
export const PACKAGE_DIR = join(root, '.cache/package');
export const TARBALL = join(PACKAGE_DIR, 'cesdk-web-components.tgz');

const failures = [];
const check = (ok, label, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? `: ${detail}` : ''}`);
  if (!ok) failures.push(label);
};

if (!existsSync('dist/cesdk.js')) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}

// npm pack writes the tarball a publish would ship (prepack is skipped: dist/ is fresh).
rmSync(PACKAGE_DIR, { recursive: true, force: true });
mkdirSync(PACKAGE_DIR, { recursive: true });
const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', PACKAGE_DIR], { encoding: 'utf8' });
if (packed.status !== 0) {
  console.error(packed.stderr);
  process.exit(1);
}
const [report] = JSON.parse(packed.stdout);
copyFileSync(join(PACKAGE_DIR, report.filename), TARBALL);
const files = new Set(report.files.map((file) => file.path));
console.log(`packed ${report.filename}: ${files.size} files, ${(report.size / 1e6).toFixed(1)} MB (${(report.unpackedSize / 1e6).toFixed(1)} MB unpacked)`);

// What `npm publish` would ship is what was packed: `npm pack --dry-run` lists the same files.
const dryRun = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { encoding: 'utf8' });
const dryRunFiles = dryRun.status === 0 ? JSON.parse(dryRun.stdout)[0].files.map((file) => file.path) : [];
check(dryRunFiles.length === files.size && dryRunFiles.every((file) => files.has(file)), 'npm pack --dry-run lists exactly the packed files', dryRun.status === 0 ? '' : dryRun.stderr);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// 1. Required files: every exports target, README, LICENSE, CHANGELOG, the manifest.
const targets = [];
const collect = (value) => {
  if (typeof value === 'string') targets.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg.exports);
const required = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/custom-elements.json', 'themes/light.css', 'themes/dark.css'];
// Tools (IDEs, Storybook, framework wrappers) find the manifest through package.json's customElements.
if (typeof pkg.customElements === 'string') targets.push(pkg.customElements);
check(pkg.customElements === 'dist/custom-elements.json', 'package.json names the shipped manifest (customElements: dist/custom-elements.json)', String(pkg.customElements));
for (const target of targets) {
  if (target.includes('*')) continue;
  required.push(posix.normalize(target));
}
const missing = required.filter((file) => !files.has(file));
check(missing.length === 0, 'the tarball holds every exports target, the types, README, LICENSE and CHANGELOG', missing.join(', '));

// 2. Nothing that is not for users: tests, fixtures, sources, build reports.
const unwanted = [...files].filter((file) =>
  /\.test\.|(^|\/)(test|tests|fixtures|__failures__)\//.test(file) || /\.ts$/.test(file) && !file.endsWith('.d.ts') || file === 'dist/bundle-manifest.json');
check(unwanted.length === 0, 'no tests, fixtures, TypeScript sources or build reports', unwanted.slice(0, 5).join(', '));

// 3. Files the bundles load relative to their own URL (fonts, presets) travel with them.
await init;
const shippedJs = [...files].filter((file) => file.endsWith('.js'));
const bareImports = new Map();
const missingAssets = [];
for (const file of shippedJs) {
  const source = readFileSync(file, 'utf8');
  const [imports] = parse(source);
  for (const entry of imports) {
    const name = entry.n;
    if (!name || name.startsWith('.') || name.startsWith('/') || name.startsWith('data:') || isBuiltin(name)) continue;
    const packageName = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
    if (!bareImports.has(packageName)) bareImports.set(packageName, file);
  }
  for (const match of source.matchAll(/new URL\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*,\s*import\.meta\.url\s*\)/g)) {
    const asset = posix.normalize(posix.join(posix.dirname(file), match[1]));
    if (!asset.endsWith('/') && !files.has(asset)) missingAssets.push(`${asset} (from ${file})`);
  }
}
check(missingAssets.length === 0, 'every file loaded relative to import.meta.url is in the tarball', missingAssets.slice(0, 5).join(', '));
// The files that travel with the package (assets/: the default fonts and their licences), all of them.
const walk = (folder) => existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
  entry.isDirectory() ? walk(posix.join(folder, entry.name)) : [posix.join(folder, entry.name)]) : [];
const packageAssets = walk('assets');
const assetsMissing = packageAssets.filter((file) => !files.has(file));
check(assetsMissing.length === 0, `the package's assets/ (${packageAssets.filter((file) => /\.(ttf|otf|woff2?)$/.test(file)).length} font files and their licences) are all in the tarball`, assetsMissing.slice(0, 5).join(', '));

// 4. dependencies + peerDependencies are exactly what the shipped JS imports at run time.
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const undeclared = [...bareImports.keys()].filter((name) => !declared.has(name) && !name.startsWith('@types/'));
check(undeclared.length === 0, 'every package the bundles import is a dependency or peer', undeclared.map((name) => `${name} (${bareImports.get(name)})`).join(', '));
const unused = Object.keys(pkg.dependencies ?? {}).filter((name) => !bareImports.has(name));
check(unused.length === 0, 'every dependency is imported by a bundle at run time', unused.join(', '));

// 5. publint and arethetypeswrong on the tarball itself.
const publint = spawnSync(process.execPath, ['node_modules/publint/src/cli.js', 'run', TARBALL, '--strict'], { encoding: 'utf8' });
check(publint.status === 0, 'publint --strict', publint.status === 0 ? '' : `\n${publint.stdout}${publint.stderr}`);
const attw = spawnSync(process.execPath, ['node_modules/@arethetypeswrong/cli/dist/index.js', TARBALL, '--profile', 'esm-only', '--format', 'table'], { encoding: 'utf8' });
check(attw.status === 0, 'arethetypeswrong (ESM-only profile)', attw.status === 0 ? '' : `\n${attw.stdout}${attw.stderr}`);

// 6. A fresh app that installs only the tarball type-checks against it, with skipLibCheck off.
const consumer = join(PACKAGE_DIR, 'consumer');
mkdirSync(consumer, { recursive: true });
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
copyFileSync('scripts/package-consumer/app.ts', join(consumer, 'app.ts'));
const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', TARBALL], { cwd: consumer, encoding: 'utf8' });
const typecheck = install.status === 0 && spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--ignoreConfig', '--strict', '--skipLibCheck', 'false',
  '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom,dom.iterable', 'app.ts'], { cwd: consumer, encoding: 'utf8' });
check(install.status === 0 && typecheck && typecheck.status === 0, 'an app with only the tarball installed type-checks (typed tags and events, skipLibCheck off)',
  install.status !== 0 ? install.stderr : typecheck && typecheck.status !== 0 ? `\n${typecheck.stdout}` : '');

console.log(failures.length === 0 ? 'package: all checks passed' : `package: ${failures.length} check(s) failed`);
process.exit(failures.length === 0 ? 0 : 1);
