// Child process of bench/license-backend.bench.ts: one license backend with the rate limits lifted
// (the bench measures throughput, not the limiter), on the store DATABASE_URL names or the SQLite
// store in BENCH_DATA_DIR. Prints "listening <url>" once ready.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLicenseServer } from '../licensing/server/app.js';
import { openLicenseStore } from '../licensing/server/open-store.js';
import { trustedSigner } from '../test/licensing/license-signing.js';

const store = await openLicenseStore({ dataFolder: process.env.BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'cesdk-bench-store-')) });
const app = await buildLicenseServer({
  store, signer: trustedSigner(), rateLimit: { perIp: 10_000_000, perKey: 10_000_000, timeWindowMs: 60_000 },
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`listening ${url}`);
process.on('SIGTERM', () => {
  void app.close().then(() => store.close()).then(() => process.exit(0));
});
