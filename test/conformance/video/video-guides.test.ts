/**
 * CE.SDK's video guides for Node, run as published (see snippets/): only the engine import and
 * `CreativeEngine.init()` → `Engine.create()` differ. Each guide's stated results are checked from
 * what it prints. Sample media URLs are served from test fixtures (guide-fixtures.ts); the guides
 * write their output files into a temporary folder.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureFor } from './guide-fixtures.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

interface Guide {
  file: string;
  /** Lines the guide prints when it gives its documented results. */
  expected: string[];
  /** Why a guide cannot pass yet (it runs, and its result is reported, but does not fail the suite). */
  pending?: string;
  /** Checks on the guide's output files. */
  check?: (folder: string) => void;
}

const GUIDES: Guide[] = [
  {
    file: 'join-and-arrange.snippet.ts',
    expected: ['Track clip count: 3 clips', 'Final track arrangement:', '  Clip 1: offset=0s, duration=5s', '  Clip 2: offset=5s, duration=5s', '  Clip 3: offset=10s, duration=5s', 'Join and Arrange guide complete.'],
  },
  {
    file: 'trim.snippet.ts',
    expected: [
      'Video fill supports trim: true', 'Total video duration: 3 seconds', 'Basic trim applied: offset 2s, length 5s',
      'Current trim values - Offset: 2s, Length: 5s', 'Looping enabled: true', 'Batch trim: Applied consistent 4s trim to 3 videos',
      'Exported to output/trimmed-video.scene', 'Video trim guide completed successfully.',
    ],
    check: (folder) => {
      const scene = JSON.parse(readFileSync(join(folder, 'output/trimmed-video.scene'), 'utf8')) as { blocks: Array<{ type: string }> };
      assert.equal(scene.blocks.filter((block) => block.type.endsWith('/fill/video')).length, 8, 'the saved scene has the 8 trimmed videos');
    },
  },
  {
    file: 'split.snippet.ts',
    expected: ['Split results:', '  Original: offset=0s, length=5s', 'Scene exported to ./output/split-video.zip'],
    pending: "scene.create('DepthStack', { page }) — CE.SDK's positional signature comes with the engine API work of issue #11",
    check: (folder) => assert.ok(existsSync(join(folder, 'output/split-video.zip'))),
  },
  {
    file: 'control.snippet.ts',
    expected: [
      'Video dimensions: 640x360 pixels', 'Source media duration: 3 seconds', 'Page supports playback control: true',
      'Video fill supports playback control: true', 'Is playing: false', 'Current playback time: 3 seconds',
      'Video block visible at current time: true', 'At 1.0s - Audio visible: false', 'At 3.0s - Audio visible: true',
      'Audio and video control guide completed successfully.',
    ],
    pending: "scene.create('DepthStack') — CE.SDK's positional signature comes with the engine API work of issue #11",
  },
];

const realFetch = globalThis.fetch;
const realCwd = process.cwd();
const folder = mkdtempSync(join(tmpdir(), 'cesdk-video-guides-'));
const results: Array<{ file: string; passed: boolean; reason?: string }> = [];

before(() => {
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const fixture = fixtureFor(url);
    if (fixture) return new Response(await readFile(new URL(fixture, FIXTURES)));
    return realFetch(input, init);
  }) as typeof fetch;
  process.chdir(folder);
});

after(() => {
  globalThis.fetch = realFetch;
  process.chdir(realCwd);
  const passed = results.filter((result) => result.passed).length;
  console.log(`video guide snippets: ${passed}/${results.length} passing`);
  for (const result of results.filter((entry) => !entry.passed)) console.log(`  failing: ${result.file}: ${result.reason}`);
});

/** Imports (runs) a guide, capturing what it prints, and waits until it finished. */
async function runGuide(file: string, done: string): Promise<{ lines: string[]; errors: string[] }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void lines.push(parts.map(String).join(' '));
  console.error = (...parts: unknown[]) => void errors.push(parts.map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : String(part))).join(' '));
  try {
    await import(new URL(`./snippets/${file}`, import.meta.url).href);
    // A guide may end with an un-awaited promise (`example().catch(console.error)`): wait for its last line or an error.
    for (let wait = 0; wait < 600 && !lines.includes(done) && errors.length === 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  } catch (thrown) {
    errors.push(thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown));
  } finally {
    console.log = log;
    console.error = error;
  }
  return { lines, errors };
}

for (const guide of GUIDES) {
  test(`CE.SDK guide ${guide.file}`, guide.pending ? { todo: guide.pending } : {}, async () => {
    const { lines, errors } = await runGuide(guide.file, guide.expected.at(-1)!);
    const missing = guide.expected.filter((line) => !lines.includes(line));
    const reason = errors[0] ?? (missing.length > 0 ? `missing output: ${missing.join(' | ')}` : undefined);
    let checked = reason === undefined;
    if (checked && guide.check) {
      try {
        guide.check(folder);
      } catch (failure) {
        checked = false;
        results.push({ file: guide.file, passed: false, reason: String(failure) });
        throw failure;
      }
    }
    results.push({ file: guide.file, passed: checked, reason });
    assert.equal(reason, undefined, `${guide.file}: ${reason}`);
  });
}
