#!/usr/bin/env node
// `npm run docs`: the API reference of the engine (TypeDoc, HTML) in docs/api/engine/, and the
// element reference (Markdown, from the custom elements manifest) in docs/api/elements.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { renderElementDocs } from './element-docs.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const out = 'docs/api';

function step(label, args) {
  console.log(`== ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`docs failed at: ${label}`);
    process.exit(result.status ?? 1);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
step('engine API (TypeDoc)', [
  'node_modules/typedoc/bin/typedoc', 'core/engine/index.ts', '--tsconfig', 'core/engine/tsconfig.json', '--out', `${out}/engine`,
  '--name', 'CE.SDK Web Components: engine', '--readme', 'none', '--excludePrivate', '--excludeInternal', '--logLevel', 'Warn',
  '--treatWarningsAsErrors', 'false',
]);
step('custom elements manifest', [
  'node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', `${out}/.manifest`, '--quiet',
]);
const manifest = JSON.parse(readFileSync(`${out}/.manifest/custom-elements.json`, 'utf8'));
writeFileSync(`${out}/elements.md`, renderElementDocs(manifest) + '\n');
rmSync(`${out}/.manifest`, { recursive: true, force: true });
console.log(`docs: ${out}/engine/index.html (engine API) and ${out}/elements.md (elements)`);
