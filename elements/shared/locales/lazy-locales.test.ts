// The German tables stay out of the code loaded to show <cesdk-editor>: only i18n.ts's dynamic
// `import()` reaches them, and in a build they are a chunk of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../../', import.meta.url).pathname;
const germanModules = ['elements/shared/locales/de.ts', 'elements/shared/locales/panels-de.ts'];

function sources(folder: string, found: string[] = []): string[] {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) sources(path, found);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

test('no source imports the German tables statically (i18n.ts loads them with import())', () => {
  const staticImport = /^\s*(?:import|export)\b[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const file of sources('elements')) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(staticImport)) {
      const specifier = match[1] ?? match[2]!;
      if (/(^|\/)(panels-)?de\.js$/.test(specifier) && !/import\s+type\b/.test(match[0])) {
        // de.ts itself pulls in panels-de.ts; both sit in the lazy chunk.
        assert.equal(file, 'elements/shared/locales/de.ts', `${file} imports ${specifier} statically`);
      }
    }
  }
  assert.match(readFileSync(join(root, 'elements/shared/i18n.ts'), 'utf8'), /import\(['"]\.\/locales\/de\.js['"]\)/);
});

test('in the last build, the German tables are in a lazy chunk, outside the initial load and the panels chunk', (context) => {
  const manifestPath = join(root, 'dist/bundle-manifest.json');
  const newestSource = Math.max(...['elements/shared/i18n.ts', ...germanModules].map((file) => statSync(join(root, file)).mtimeMs));
  if (!existsSync(manifestPath) || statSync(manifestPath).mtimeMs < newestSource) {
    context.skip('no dist/bundle-manifest.json newer than the locale sources (run `npx rollup -c`)');
    return;
  }
  type Chunk = { imports: string[]; dynamicImports: string[]; projectModules?: string[] };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
  const closure = (start: string, into = new Set<string>()): Set<string> => {
    if (into.has(start) || !manifest[start]) return into;
    into.add(start);
    for (const imported of manifest[start]!.imports) closure(imported, into);
    return into;
  };
  const holding = (module: string): string[] => Object.keys(manifest).filter((file) => (manifest[file]!.projectModules ?? []).includes(module));
  const eager = closure('cesdk.js');
  for (const file of holding('elements/editor/secondary-elements.ts')) closure(file, eager);
  for (const module of germanModules) {
    const chunks = holding(module);
    assert.equal(chunks.length, 1, `${module} is in exactly one chunk`);
    assert.ok(!eager.has(chunks[0]!), `${module} is in ${chunks[0]}, which loads before ready`);
    assert.ok(Object.values(manifest).some((chunk) => chunk.dynamicImports.includes(chunks[0]!)), `${chunks[0]} is loaded with import()`);
  }
});
