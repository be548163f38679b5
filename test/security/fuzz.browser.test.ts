/// <reference types="mocha" />
/**
 * File fuzzer (issue #14): corrupt files derived from the valid fixtures (PNG, JPEG, WebP, GIF, SVG,
 * TTF, WOFF2, MP4, WebM, scene JSON, scene archives) by bit flips, truncation, lying lengths, splices
 * and hostile snippets go through the real loaders in Chromium. Each must be accepted or refused with
 * a typed `CesdkError`, within 5 s; no script may run; nothing may escape as an uncaught error; the
 * engine must still work afterwards. `npm test` runs 1,000 cases with a fixed seed, `npm run fuzz` 5,000;
 * takes `--long` (a million), `--cases N`, `--seed S` and `--case I` (one case, to reproduce it).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CesdkError } from '../../core/engine/errors.js';
import { FuzzLoaders, loadSeeds, type Seed } from './fuzz/fuzz-targets.js';
import { caseRandom, mutate } from './fuzz/mutations.js';

interface FuzzConfig { cases: number; seed: number; only?: number }
interface Finding { index: number; seed: string; mutation: string; problem: string }

const HANG_LIMIT_MS = 5_000;
const LANES = 4;
const canary = () => (window as unknown as { __cesdkFuzzCanary?: number; __cesdkPwned?: unknown });

/** Loads one case; resolves with a problem, or undefined when the loader behaved. */
async function runCase(loaders: FuzzLoaders, seed: Seed, bytes: Uint8Array, declared: string | undefined): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<string>((resolve) => { timer = setTimeout(() => resolve(`no answer within ${HANG_LIMIT_MS} ms`), HANG_LIMIT_MS); });
  const load = loaders.load(seed.format, bytes, declared).then(
    () => undefined,
    (error: unknown) => (error instanceof CesdkError && typeof error.code === 'string' && error.code.length > 0
      ? undefined
      : `untyped failure: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`),
  );
  try {
    return await Promise.race([load, hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('file fuzzer', () => {
  it('corrupt files through the real loaders: typed errors only, no hang, no script', async function () {
    const config = await executeServerCommand<FuzzConfig, undefined>('fuzz-config');
    this.timeout(Math.max(600_000, config.cases * 60));
    const seeds = await loadSeeds();
    // Lanes run cases side by side (decoders work off the main thread); each has its own loaders
    // and engine, and a case's bytes depend only on the seed and its number, never on the lanes.
    const lanes = Array.from({ length: LANES }, () => new FuzzLoaders());
    const findings: Finding[] = [];
    const escaped: string[] = [];
    const onError = (event: ErrorEvent) => escaped.push(`uncaught: ${event.message}`);
    const onRejection = (event: PromiseRejectionEvent) => escaped.push(`unhandled rejection: ${String(event.reason)}`);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    const outcomes = new Map<string, number>();
    const spent = new Map<string, number>();
    const started = performance.now();
    const first = config.only ?? 0;
    const last = config.only ?? config.cases - 1;
    let next = first;
    const runLane = async (loaders: FuzzLoaders) => {
      while (next <= last && findings.length < 20) {
        const index = next++;
        const seed = seeds[index % seeds.length]!;
        const rng = caseRandom(config.seed, index);
        const mutation = mutate(seed.format, seed.bytes, rng);
        // Uploads usually declare their type; some arrive with none or a wrong one.
        const roll = rng();
        const declared = roll < 0.8 ? seed.mimeType : roll < 0.9 ? undefined : seeds[Math.floor(rng() * seeds.length)]!.mimeType;
        const caseStart = performance.now();
        const problem = await runCase(loaders, seed, mutation.bytes, declared);
        spent.set(seed.format, (spent.get(seed.format) ?? 0) + performance.now() - caseStart);
        outcomes.set(seed.format, (outcomes.get(seed.format) ?? 0) + 1);
        if (problem) findings.push({ index, seed: seed.name, mutation: `${mutation.description}, declared ${declared ?? 'none'}`, problem });
        if ((index + 1) % 10_000 === 0) console.log(`fuzz: ${index + 1} cases, ${findings.length} findings, ${Math.round((performance.now() - started) / 1000)} s`);
      }
    };
    try {
      await Promise.all(lanes.map(runLane));
      for (const loaders of lanes) await loaders.assertUsable();
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      for (const loaders of lanes) loaders.dispose();
    }
    const ran = [...outcomes.values()].reduce((sum, count) => sum + count, 0);
    console.log(`fuzz: seed ${config.seed}, ${ran} cases in ${Math.round(performance.now() - started)} ms (${[...outcomes].map(([format, count]) => `${format} ${count} in ${Math.round(spent.get(format) ?? 0)} ms`).join(', ')})`);
    findings.sort((a, b) => a.index - b.index);
    expect(findings, `reproduce with: npm run fuzz -- --seed ${config.seed} --case <index>\n${JSON.stringify(findings, null, 1)}`).to.deep.equal([]);
    expect(escaped, 'errors that escaped the loaders').to.deep.equal([]);
    expect(canary().__cesdkFuzzCanary, 'a hostile snippet ran').to.equal(undefined);
    expect(canary().__cesdkPwned, 'the hostile SVG seed ran a script').to.equal(undefined);
    if (config.only === undefined) expect(ran).to.equal(config.cases);
  });

  it('the checks above can fail: an untyped error, a hang and a script are all caught', async () => {
    const [seed] = await loadSeeds();
    const throwing = { load: async () => { throw new TypeError('boom'); } } as unknown as FuzzLoaders;
    expect(await runCase(throwing, seed!, seed!.bytes, seed!.mimeType)).to.match(/^untyped failure: TypeError: boom/);
    const typed = { load: async () => { throw new CesdkError('DECODE_FAILED', 'bad'); } } as unknown as FuzzLoaders;
    expect(await runCase(typed, seed!, seed!.bytes, seed!.mimeType)).to.equal(undefined);
    // A script in a document that is attached to the page does run, and the canary sees it.
    const probe = document.createElement('img');
    probe.setAttribute('onerror', 'window.__cesdkFuzzProbe = 1');
    probe.src = 'data:image/png;base64,AAAA';
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 100));
    probe.remove();
    expect((window as unknown as { __cesdkFuzzProbe?: number }).__cesdkFuzzProbe).to.equal(1);
  });
});
