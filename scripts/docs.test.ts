// `npm run docs` as a user runs it: TypeDoc's engine reference and the element reference are written,
// and they hold the API the README documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

test('npm run docs writes the engine API reference and the element reference', () => {
  const result = spawnSync(process.execPath, ['scripts/docs.mjs'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr || result.stdout);
  assert.ok(existsSync('docs/api/engine/index.html'), 'the TypeDoc index');
  assert.ok(existsSync('docs/api/engine/classes/Engine.html'), 'the Engine class page');
  const block = readFileSync('docs/api/engine/interfaces/BlockAPI.html', 'utf8');
  for (const call of ['addImage', 'setTextColor', 'supportsFill', 'export']) assert.ok(block.includes(call), `BlockAPI documents ${call}`);
  assert.ok(readFileSync('docs/api/engine/interfaces/BlockAPITime.html', 'utf8').includes('exportVideo'), 'the video calls are documented');
  const elements = readFileSync('docs/api/elements.md', 'utf8');
  for (const tag of ['cesdk-editor', 'cesdk-canvas', 'cesdk-inspector', 'cesdk-timeline']) assert.ok(elements.includes(`## \`<${tag}>\``), `${tag} has a section`);
  const editor = elements.slice(elements.indexOf('## `<cesdk-editor>`'), elements.indexOf('## `<cesdk-export-menu>`'));
  for (const entry of ['license', 'user-id', 'cesdk-export', 'cesdk-save']) assert.ok(editor.includes(entry), `cesdk-editor documents ${entry}`);
});
