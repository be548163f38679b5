// The custom elements manifest (dist/custom-elements.json, made by `npm run build`): every public
// tag is in it with the attributes and events the README documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
}

test('the analyzer lists every element with its public attributes and cesdk-* events only', () => {
  // The analyzer resolves `outdir` against the working folder: use a git-ignored one there.
  const out = join('.data', `cem-test-${process.pid}`);
  try {
    const result = spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out, '--quiet'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    const elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]));
    for (const tag of ['cesdk-editor', 'cesdk-canvas', 'cesdk-inspector', 'cesdk-toolbar', 'cesdk-layers', 'cesdk-asset-library', 'cesdk-page-navigator', 'cesdk-export-menu', 'cesdk-context-menu', 'cesdk-timeline']) {
      assert.ok(elements.has(tag), `${tag} is in the manifest`);
    }
    const attributes = (tag: string) => (elements.get(tag)!.attributes ?? []).map((attribute) => attribute.name);
    for (const name of ['license', 'user-id', 'license-server', 'theme', 'locale', 'role', 'scene-url']) assert.ok(attributes('cesdk-editor').includes(name), `cesdk-editor has ${name}`);
    assert.ok(attributes('cesdk-canvas').includes('render-backend'));
    const events = (elements.get('cesdk-editor')!.events ?? []).map((event) => event.name);
    for (const name of ['cesdk-ready', 'cesdk-change', 'cesdk-save', 'cesdk-export', 'cesdk-error', 'cesdk-license-change']) assert.ok(events.includes(name), `cesdk-editor fires ${name}`);
    for (const element of elements.values()) {
      for (const event of element.events ?? []) assert.match(event.name, /^cesdk-/, `${element.tagName}: ${event.name}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
