#!/usr/bin/env node
// `npm run fuzz`: the file fuzzer (test/security/fuzz.browser.test.ts) in Chromium. `npm test` runs
// it with 1,000 cases and the fixed seed; here 5,000 by default, or:
//   --long        a million cases
//   --cases N     N cases
//   --seed S      another seed (the default is the one npm test uses)
//   --case I      only case I (to reproduce a finding the test printed)
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { long: { type: 'boolean' }, cases: { type: 'string' }, seed: { type: 'string' }, case: { type: 'string' } },
});
const cases = values.long ? 1_000_000 : Number(values.cases ?? 5000);
if (!Number.isInteger(cases) || cases < 1) {
  console.error('--cases needs a positive integer');
  process.exit(2);
}
const env = { ...process.env, NO_COLOR: '1', CESDK_FUZZ_CASES: String(cases) };
if (values.seed !== undefined) env.CESDK_FUZZ_SEED = values.seed;
if (values.case !== undefined) env.CESDK_FUZZ_CASE = values.case;
// A million cases take hours: the test runner must wait for the file that long.
env.CESDK_TESTS_FINISH_TIMEOUT = String(Math.max(300_000, cases * 100));
console.log(`fuzz: ${values.case !== undefined ? `case ${values.case}` : `${cases} cases`}${values.seed !== undefined ? `, seed ${values.seed}` : ''}`);
const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(process.execPath, [
  '--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs',
  '--files', 'test/security/fuzz.browser.test.ts',
], { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
