// The Vue and Svelte template typings, checked by the type-check step of `npm test` against the real
// vue and svelte types (the runtime part below only records that this file compiled).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { GlobalComponents } from 'vue';
import type { CesdkExportEvent } from '../shared/events.js';
import type {} from './svelte.js';
import type {} from './vue.js';

type VueEditorProps = InstanceType<GlobalComponents['cesdk-editor']>['$props'];
const vueProps: VueEditorProps = { license: 'key', licenseServer: 'https://license.example.com', userId: 'u-1', theme: 'dark' };
// @ts-expect-error theme takes 'light' | 'dark' | 'system'
const vueWrongTheme: VueEditorProps = { theme: 'blue' };
type VueEditorEmit = InstanceType<GlobalComponents['cesdk-editor']>['$emit'];
const emitExport = (emit: VueEditorEmit, event: CesdkExportEvent): void => emit('cesdk-export', event);

const svelteAttributes: SvelteHTMLElements['cesdk-editor'] = {
  license: 'key',
  'oncesdk-export': (event) => {
    const size: number = event.detail.blob.size;
    void size;
  },
};
// @ts-expect-error the cesdk-change event has no detail.blob
const svelteWrongEvent: SvelteHTMLElements['cesdk-editor'] = { 'oncesdk-change': (event) => event.detail.blob };
const canvasAttributes: SvelteHTMLElements['cesdk-canvas'] = { id: 'main', 'oncesdk-ready': (event) => void event.engine };

test('the Vue and Svelte template typings compile (checked by tsc)', () => {
  assert.ok([vueProps, vueWrongTheme, emitExport, svelteAttributes, svelteWrongEvent, canvasAttributes].length === 6);
});
