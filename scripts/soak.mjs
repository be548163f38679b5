#!/usr/bin/env node
// `npm run soak`: the soak test at full length (20,000 random operations; `npm test` runs 2,000).
// CESDK_SOAK_OPERATIONS and CESDK_SOAK_SEED override the length and the seed.
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(process.execPath, [
  '--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs',
  '--files', 'test/trust/soak.browser.test.ts',
], {
  cwd: root, stdio: 'inherit',
  env: { ...process.env, NO_COLOR: '1', CESDK_SOAK_OPERATIONS: process.env.CESDK_SOAK_OPERATIONS ?? '20000' },
});
process.exit(result.status ?? 1);
