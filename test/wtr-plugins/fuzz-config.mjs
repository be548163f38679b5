// web-test-runner plugin: tells the file fuzzer how many cases to run and with which seed. `npm test`
// runs 1,000 cases with the fixed seed (about 20 s); `npm run fuzz` 5,000 and `npm run fuzz -- --long` a million (scripts/fuzz.mjs sets
// CESDK_FUZZ_CASES and CESDK_FUZZ_SEED).
export const DEFAULT_FUZZ_CASES = 1000;
export const DEFAULT_FUZZ_SEED = 20261214;

export default [
  {
    name: 'cesdk-fuzz-config',
    async executeCommand({ command }) {
      if (command !== 'fuzz-config') return undefined;
      const cases = Number(process.env.CESDK_FUZZ_CASES ?? DEFAULT_FUZZ_CASES);
      const seed = Number(process.env.CESDK_FUZZ_SEED ?? DEFAULT_FUZZ_SEED);
      return {
        cases: Number.isInteger(cases) && cases > 0 ? cases : DEFAULT_FUZZ_CASES,
        seed: Number.isInteger(seed) ? seed : DEFAULT_FUZZ_SEED,
        only: process.env.CESDK_FUZZ_CASE === undefined ? undefined : Number(process.env.CESDK_FUZZ_CASE),
      };
    },
  },
];
