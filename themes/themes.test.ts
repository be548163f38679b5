import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { darkTokens, lightTokens } from '../elements/shared/theme-tokens.js';

/** Every `--cesdk-x: value;` declaration inside the first rule block that follows `selector`. */
function declarations(file: string, selector: string): Record<string, string> {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const start = text.indexOf(selector);
  assert.ok(start >= 0, `${file} has no ${selector} rule`);
  const block = text.slice(text.indexOf('{', start) + 1, text.indexOf('}', start));
  const found: Record<string, string> = {};
  for (const match of block.matchAll(/--cesdk-([\w-]+):\s*([^;]+);/g)) found[match[1]!] = match[2]!.trim();
  return found;
}

test('themes/light.css declares exactly the light tokens', () => {
  assert.deepEqual(declarations('./light.css', ":root,\n[data-cesdk-theme='light']"), { ...lightTokens });
});

test('themes/dark.css declares exactly the dark tokens, also under prefers-color-scheme for theme=system', () => {
  assert.deepEqual(declarations('./dark.css', "[data-cesdk-theme='dark']"), { ...darkTokens });
  assert.deepEqual(declarations('./dark.css', "[data-cesdk-theme='system']"), { ...darkTokens });
});

test('both themes define the same token names', () => {
  assert.deepEqual(Object.keys(darkTokens).sort(), Object.keys(lightTokens).sort());
});
