// web-test-runner plugin: tells the soak test how many operations to run. `npm test` runs 2,000;
// `npm run soak` sets CESDK_SOAK_OPERATIONS=20000 (scripts/soak.mjs).
export default [
  {
    name: 'cesdk-soak-config',
    async executeCommand({ command }) {
      if (command !== 'soak-config') return undefined;
      const operations = Number(process.env.CESDK_SOAK_OPERATIONS ?? 2000);
      return { operations: Number.isInteger(operations) && operations > 0 ? operations : 2000, seed: Number(process.env.CESDK_SOAK_SEED ?? 20261214) };
    },
  },
];
