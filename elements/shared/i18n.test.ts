import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from './locales/en.js';
import { de } from './locales/de.js';

const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

test('German has exactly the English keys, each translated with the same placeholders', () => {
  assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  for (const [key, message] of Object.entries(en)) {
    const german = (de as Record<string, string>)[key]!;
    assert.ok(german.trim().length > 0, `${key} is empty in German`);
    assert.deepEqual(placeholders(german), placeholders(message), `${key}: placeholders differ`);
  }
});

test('translate falls back from region to language to English to the key, and fills parameters', async () => {
  const { translate, registerLocale, setStrings, availableLocales, localeEvents } = await import('./i18n.js');
  assert.equal(translate('de', 'toolbar.undo'), 'Rückgängig');
  assert.equal(translate('de-AT', 'toolbar.undo'), 'Rückgängig');
  assert.equal(translate('de_CH', 'toolbar.undo'), 'Rückgängig');
  assert.equal(translate('xx', 'toolbar.undo'), 'Undo');
  assert.equal(translate('en', 'no.such.key'), 'no.such.key');
  assert.equal(translate('en', 'pages.page', { number: 3 }), 'Page 3');
  assert.equal(translate('en', 'pages.page'), 'Page {number}');
  let changes = 0;
  localeEvents.addEventListener('change', () => { changes += 1; });
  registerLocale('fr', { 'toolbar.undo': 'Annuler' });
  assert.equal(translate('fr', 'toolbar.undo'), 'Annuler');
  assert.equal(translate('fr', 'toolbar.redo'), 'Redo');
  setStrings('en', { 'editor.save': 'Publish' });
  assert.equal(translate('en', 'editor.save'), 'Publish');
  assert.equal(changes, 2);
  assert.ok(availableLocales().includes('fr'));
  assert.throws(() => registerLocale('', {}), TypeError);
  assert.throws(() => registerLocale('it', { a: 1 as unknown as string }), TypeError);
  assert.equal(translate('it', 'a'), 'a', 'a rejected table changes nothing');
});
