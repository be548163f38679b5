/**
 * The direction of imports between the source folders (see README.md, "Architecture"):
 *
 *   elements ──► core/export ──► core/render ──► core/io ──► core/engine
 *   elements ──► licensing ──► telemetry          (licensing also reads core/engine: the Engine type, its events)
 *
 * `core/` never imports `licensing/` or `telemetry/` (the renderer and the exporters get a yes/no
 * watermark decision), `core/engine` imports nothing from `core/render`, `core/export` or `core/io`
 * (and no DOM or PixiJS package), and nothing but `elements/` imports `elements/`. Every `.ts` file
 * under these folders (tests included) is parsed with TypeScript's own import scanner, which sees
 * static imports, `import type`, `export … from`, side-effect imports and dynamic `import()`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

/** The layered folders, most specific first (a file belongs to the first that contains it). */
const LAYERS = ['core/engine', 'core/io', 'core/render', 'core/export', 'licensing', 'telemetry', 'elements'] as const;
type Layer = (typeof LAYERS)[number];

/** Which layers each layer may import (its own always included). */
const ALLOWED: Readonly<Record<Layer, readonly Layer[]>> = {
  'core/engine': ['core/engine'],
  'core/io': ['core/io', 'core/engine'],
  'core/render': ['core/render', 'core/io', 'core/engine'],
  'core/export': ['core/export', 'core/render', 'core/io', 'core/engine'],
  telemetry: ['telemetry'],
  licensing: ['licensing', 'telemetry', 'core/engine'],
  elements: ['elements', 'core/engine', 'core/io', 'core/render', 'core/export', 'licensing', 'telemetry'],
};

/** Packages a layer must not import (the engine runs in Node without a DOM or PixiJS). */
const FORBIDDEN_PACKAGES: Readonly<Partial<Record<Layer, readonly string[]>>> = {
  'core/engine': ['pixi.js', 'lit', '@lit/context', '@lit/reactive-element', 'jspdf'],
};

/** One source file: its path relative to the repository root and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

function layerOf(path: string): Layer | undefined {
  const normalized = path.split(sep).join('/');
  return LAYERS.find((layer) => normalized === layer || normalized.startsWith(`${layer}/`));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every import specifier of a TypeScript source (static, type-only, re-exports and dynamic `import()`). */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** The imports of `files` that go against the direction, as `file: imports 'specifier' (from → to)`. */
export function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = layerOf(file.path);
    if (from === undefined) continue;
    for (const specifier of importsOf(file.text)) {
      if (specifier.startsWith('.')) {
        const target = relative(ROOT, resolve(ROOT, dirname(file.path), specifier));
        const to = layerOf(target);
        if (to !== undefined && !ALLOWED[from].includes(to)) found.push(`${file.path}: imports '${specifier}' (${from} → ${to})`);
      } else if (FORBIDDEN_PACKAGES[from]?.includes(packageName(specifier))) {
        found.push(`${file.path}: imports '${specifier}' (${from} must not use ${packageName(specifier)})`);
      }
    }
  }
  return found;
}

function sourceFiles(folder: string, found: SourceFile[] = []): SourceFile[] {
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) sourceFiles(path, found);
    else if (entry.name.endsWith('.ts')) found.push({ path, text: readFileSync(join(ROOT, path), 'utf8') });
  }
  return found;
}

describe('import direction', () => {
  it('holds for every .ts file under core/, licensing/, telemetry/ and elements/', () => {
    const files = ['core', 'licensing', 'telemetry', 'elements'].flatMap((folder) => sourceFiles(folder));
    assert.ok(files.length > 100, `only ${files.length} source files found`);
    const wrong = violations(files);
    assert.deepEqual(wrong, [], `imports against the direction:\n${wrong.join('\n')}`);
  });

  it('names the file and the import of each kind of offending import', () => {
    const files: SourceFile[] = [
      { path: 'core/render/a.ts', text: "import { drawWatermark } from '../../licensing/watermark.js';" },
      { path: 'core/export/b.ts', text: "import type { TelemetryBatch } from '../../telemetry/schema.js';" },
      { path: 'core/engine/c.ts', text: "export { x } from '../render/index.js';\nconst io = await import('../io/index.js');" },
      { path: 'core/engine/d.ts', text: "import '../export/index.js';\nimport { Sprite } from 'pixi.js';" },
      { path: 'licensing/e.ts', text: "import { paintWatermark } from '../core/render/watermark.js';" },
      { path: 'telemetry/f.ts', text: "import { LicenseService } from '../licensing/license-service.js';" },
      { path: 'core/io/g.ts', text: "// import { x } from '../../licensing/a.js';\nimport { CesdkError } from '../engine/index.js';" },
    ];
    assert.deepEqual(violations(files), [
      "core/render/a.ts: imports '../../licensing/watermark.js' (core/render → licensing)",
      "core/export/b.ts: imports '../../telemetry/schema.js' (core/export → telemetry)",
      "core/engine/c.ts: imports '../render/index.js' (core/engine → core/render)",
      "core/engine/c.ts: imports '../io/index.js' (core/engine → core/io)",
      "core/engine/d.ts: imports '../export/index.js' (core/engine → core/export)",
      "core/engine/d.ts: imports 'pixi.js' (core/engine must not use pixi.js)",
      "licensing/e.ts: imports '../core/render/watermark.js' (licensing → core/render)",
      "telemetry/f.ts: imports '../licensing/license-service.js' (telemetry → licensing)",
    ]);
  });
});
