// The element reference renderer of `npm run docs`, on a manifest shaped like the one the analyzer writes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error plain JS helper script without type declarations
import { elementsOf, renderElementDocs } from './element-docs.mjs';

const manifest = {
  schemaVersion: '2.1.0',
  modules: [{
    kind: 'javascript-module', path: 'elements/demo/demo.ts',
    declarations: [
      { kind: 'class', name: 'Helper' },
      {
        kind: 'class', name: 'CesdkDemo', tagName: 'cesdk-demo', customElement: true, summary: 'A demo | element.',
        attributes: [{ name: 'user-id', fieldName: 'userId', type: { text: 'string | null' }, default: 'null', description: 'Your user id.' }],
        members: [
          { kind: 'field', name: 'userId', type: { text: 'string | null' }, description: 'Your user id.' },
          { kind: 'field', name: 'secret', privacy: 'private' },
          { kind: 'field', name: 'styles', static: true },
          { kind: 'method', name: 'save', parameters: [{ name: 'options' }], return: { type: { text: 'Promise<string>' } }, description: 'Saves.' },
        ],
        events: [{ name: 'cesdk-save', type: { text: 'CesdkSaveEvent' }, description: 'After a save.' }],
        slots: [{ name: '', description: 'Content.' }],
        cssParts: [{ name: 'canvas', description: 'The drawing surface.' }],
        cssProperties: [{ name: '--cesdk-demo-width', default: '300px', description: 'Width.' }],
      },
    ],
  }],
};

test('the element reference lists every custom element with its attributes, members, events, slots, parts and CSS properties', () => {
  assert.deepEqual(elementsOf(manifest).map((element: { tagName: string }) => element.tagName), ['cesdk-demo']);
  const markdown: string = renderElementDocs(manifest);
  assert.match(markdown, /^# Element reference/);
  assert.match(markdown, /## `<cesdk-demo>`\n\nA demo \\\| element\./, 'table pipes in descriptions are escaped');
  assert.match(markdown, /\| `user-id` \| `userId` \| `string \\\| null` \| `null` \| Your user id\. \|/);
  assert.match(markdown, /### Properties\n\n\| Property[^\n]*\n\|---\|---\|---\|---\|\n\| `userId` \|/);
  assert.doesNotMatch(markdown, /secret|`styles`/, 'private and static members are left out');
  assert.match(markdown, /\| `save\(options\)` \| `Promise<string>` \| Saves\. \|/);
  assert.match(markdown, /\| `cesdk-save` \| `CesdkSaveEvent` \| After a save\. \|/);
  assert.match(markdown, /\| `\(default\)` \| Content\. \|/);
  assert.match(markdown, /\| `canvas` \| The drawing surface\. \|/);
  assert.match(markdown, /\| `--cesdk-demo-width` \| `300px` \| Width\. \|/);
});
