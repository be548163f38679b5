#!/usr/bin/env node
// `npm run build`: rollup bundles (dist/cesdk.js, dist/engine.js, lazy chunks) and type declarations.
import { spawnSync } from 'node:child_process';
import { buildServerBundles } from './build-server.mjs';
import { vendorTypes } from './vendor-types.mjs';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

function step(label, command, args, env = process.env) {
  console.log(`== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`build failed at: ${label}`);
    process.exit(result.status ?? 1);
  }
}

if (existsSync('scripts/ensure-dev-keys.mjs')) step('license keys', process.execPath, ['scripts/ensure-dev-keys.mjs']);
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
step('bundles (rollup)', process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs']);
step('type declarations', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
// Self-contained declarations: the bundled libraries' types are not installed with the package.
vendorTypes('dist/types');
step('custom elements manifest', process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
writeFileSync('dist/cesdk.d.ts', "export * from './types/elements/index.js';\n");
writeFileSync('dist/engine.d.ts', "export * from './types/core/engine/index.js';\n");
writeFileSync('dist/panels.d.ts', "export * from './types/elements/panels.js';\n");
writeFileSync('dist/react.d.ts', "export * from './types/elements/frameworks/react.js';\n");
// Vue and Svelte get template typings only; their JS modules are empty so the subpaths import cleanly.
for (const framework of ['vue', 'svelte']) {
  writeFileSync(`dist/${framework}.d.ts`, `export * from './types/elements/frameworks/${framework}.js';\n`);
  writeFileSync(`dist/${framework}.js`, '// Types only: see the .d.ts beside this file.\nexport {};\n');
}
// Server builds (the "node" export condition, used by Next.js, Nuxt, Vite SSR and plain Node): the same
// entries bundled with Lit's Node build, whose DOM shim keeps imports from touching window or document.
console.log('== server bundles (esbuild)');
await buildServerBundles();
console.log('build: dist/cesdk.js, dist/panels.js, dist/react.js, dist/engine.js, the server builds in dist/node/, declarations and dist/custom-elements.json are ready');
