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

test('German loads on demand: English until the table lands, then a change event; integrator strings win', async () => {
  const { translate, setStrings, getLocaleStrings, availableLocales, loadLocale, localeEvents } = await import('./i18n.js');
  assert.ok(availableLocales().includes('de'), 'de is listed before it is loaded');
  // An integrator override registered before the built-in table arrived.
  setStrings('de', { 'editor.save': 'Sichern' });
  let changes = 0;
  const landed = new Promise<void>((resolve) => localeEvents.addEventListener('change', () => { changes += 1; resolve(); }));
  // The first German lookup falls back to English and starts the load.
  assert.equal(translate('de-AT', 'toolbar.undo'), 'Undo');
  await landed;
  assert.equal(changes, 1, 'one change event when the table lands');
  assert.equal(translate('de-AT', 'toolbar.undo'), 'Rückgängig');
  assert.equal(translate('de', 'editor.save'), 'Sichern', 'the override registered first is kept');
  await loadLocale('de');
  await loadLocale('de-CH');
  await loadLocale('fr');
  assert.equal(changes, 1, 'loading again is a no-op');
  assert.equal(getLocaleStrings('de')!['toolbar.redo'], 'Wiederholen');
  assert.equal(Object.keys(getLocaleStrings('de')!).length >= Object.keys(de).length, true);
  setStrings('de', { 'editor.save': 'Ablegen' });
  assert.equal(translate('de', 'editor.save'), 'Ablegen', 'later overrides still win');
  setStrings('de', { 'editor.save': de['editor.save'] });
});

test('translate falls back from region to language to English to the key, and fills parameters', async () => {
  const { translate, registerLocale, setStrings, availableLocales, localeEvents, loadLocale } = await import('./i18n.js');
  await loadLocale('de');
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
