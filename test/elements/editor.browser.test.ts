/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { Engine } from '../../core/engine/index.js';
import { getLicensing } from '../../licensing/attach.js';
import { availableLocales, getLocaleStrings, registerLocale } from '../../elements/shared/i18n.js';
import type { CesdkErrorEvent, CesdkLicenseChangeEvent, CesdkReadyEvent, CesdkSaveEvent, CesdkChangeEvent, CesdkSelectionChangeEvent } from '../../elements/shared/events.js';
import type { CesdkEditor } from '../../elements/editor/editor.js';
import { addRectangle, deep, mountEditor, nextEvent, waitFor } from './editor-helpers.js';

describe('<cesdk-editor>: attributes, properties and events', () => {
  it('creates an engine with a scene, fires cesdk-ready once and resolves ready with the same engine', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 700px"></div>`);
    const editor = document.createElement('cesdk-editor');
    const readyEvents: CesdkReadyEvent[] = [];
    const documentListener = (event: Event): void => void readyEvents.push(event as CesdkReadyEvent);
    document.addEventListener('cesdk-ready', documentListener);
    wrapper.append(editor);
    const engine = await editor.ready;
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.removeEventListener('cesdk-ready', documentListener);
    expect(engine).to.be.instanceOf(Engine);
    expect(editor.engine).to.equal(engine);
    expect(engine.scene.get()).to.not.equal(null);
    expect(engine.scene.getPages().length).to.equal(1);
    // Exactly one ready event reaches the document (the canvas's own stays inside), targeted at the editor.
    expect(readyEvents.length).to.equal(1);
    expect(readyEvents[0]!.engine).to.equal(engine);
    expect(readyEvents[0]!.target).to.equal(editor);
    expect(readyEvents[0]!.composed && readyEvents[0]!.bubbles).to.equal(true);
  });

  it('hands license and license-server straight to its licensing: the engine never gets them', async () => {
    const { engine } = await mountEditor({ license: 'test-key', 'user-id': 'user-7', 'license-server': 'http://127.0.0.1:9/' });
    // The key goes from the attribute to the license service only; the engine was created without it.
    expect(engine.options.hasLicenseKey).to.equal(false);
    expect(engine.options.licenseServer).to.equal(undefined);
    expect(engine.options.userId).to.equal(undefined);
    expect(JSON.stringify(engine.options)).to.not.contain('test-key');
    const service = getLicensing(engine)!.service;
    expect(service.licenseServer).to.equal('http://127.0.0.1:9');
    await waitFor(() => service.reason !== 'The license has not been checked yet.', 'the license service started');
    // A key is being validated against the (unreachable) server; without a key it would be 'evaluation'.
    expect(service.state, service.reason).to.equal('pending');
  });

  it('hands the licenseFile property straight to its licensing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 600px"></div>`);
    const editor = document.createElement('cesdk-editor');
    editor.licenseFile = '{"not":"a real license"}';
    wrapper.append(editor);
    const engine = await editor.ready;
    expect(engine.options.licenseFile).to.equal(undefined);
    // The malformed file reached the service (without one the state would be 'evaluation').
    expect((await getLicensing(engine)!.service.settled()).state).to.equal('invalid');
  });

  it('applies the role attribute to the engine, follows changes and reports a bad role as cesdk-error', async () => {
    const { editor, engine } = await mountEditor({ role: 'Adopter' });
    expect(engine.editor.getRole()).to.equal('Adopter');
    editor.setAttribute('role', 'Viewer');
    await editor.updateComplete;
    expect(engine.editor.getRole()).to.equal('Viewer');
    const error = nextEvent<CesdkErrorEvent>(editor, 'cesdk-error');
    editor.setAttribute('role', 'Emperor');
    await editor.updateComplete;
    expect((await error).error.code).to.equal('INVALID_VALUE');
    expect(engine.editor.getRole()).to.equal('Viewer');
  });

  it('loads the scene named by scene-url, and reports a broken one while staying usable', async () => {
    const source = await Engine.create();
    source.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    source.scene.addPage?.();
    const page = source.scene.getPages()[0]!;
    const text = source.block.create('text');
    source.block.replaceText(text, 'From the URL');
    source.block.setName(text, 'url-text');
    source.block.appendChild(page, text);
    const url = URL.createObjectURL(new Blob([await source.scene.saveToString()], { type: 'application/json' }));
    const { editor, engine } = await mountEditor({ 'scene-url': url });
    expect(engine.block.findByName('url-text').length).to.equal(1);

    const broken = URL.createObjectURL(new Blob(['{"this is": "not a scene"'], { type: 'application/json' }));
    const error = nextEvent<CesdkErrorEvent>(editor, 'cesdk-error');
    editor.setAttribute('scene-url', broken);
    const { error: failure } = await error;
    expect(failure.code).to.match(/SCENE_INVALID|SCENE_VERSION/);
    expect(engine.block.findByName('url-text').length, 'the current scene stays').to.equal(1);
    URL.revokeObjectURL(url);
    URL.revokeObjectURL(broken);
    source.dispose();
  });

  it('uses an engine given through the engine property and provides it to everything inside', async () => {
    const given = await Engine.create();
    given.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 700px"></div>`);
    const editor = document.createElement('cesdk-editor');
    editor.engine = given;
    wrapper.append(editor);
    expect(await editor.ready).to.equal(given);
    await editor.updateComplete;
    const toolbar = deep<HTMLElement & { engine?: Engine }>(editor, 'cesdk-toolbar')!;
    const canvas = deep<HTMLElement & { engine?: Engine }>(editor, 'cesdk-canvas')!;
    const inspector = deep<HTMLElement & { engine?: Engine }>(editor, 'cesdk-inspector')!;
    await waitFor(() => toolbar.engine === given && canvas.engine === given && inspector.engine === given, 'context reaches the children');
    editor.showPanel('pages');
    await editor.updateComplete;
    const navigator = deep<HTMLElement & { engine?: Engine }>(editor, 'cesdk-page-navigator')!;
    await waitFor(() => navigator.engine === given, 'the page navigator consumes the engine from context');
  });

  it('fires cesdk-change after edits and cesdk-selection-change after selection, from the editor host', async () => {
    const { editor, engine } = await mountEditor();
    const change = nextEvent<CesdkChangeEvent>(editor, 'cesdk-change');
    const block = addRectangle(engine);
    const changed = await change;
    expect(changed.target).to.equal(editor);
    expect(changed.blocks).to.include(block);
    const selection = nextEvent<CesdkSelectionChangeEvent>(editor, 'cesdk-selection-change');
    engine.block.select(block);
    expect((await selection).selection).to.deep.equal([block]);
  });

  it('saves through the Save button: cesdk-save and onSave get the scene JSON, nothing else is written', async () => {
    const { editor, engine } = await mountEditor();
    addRectangle(engine);
    const received: string[] = [];
    editor.onSave = (scene) => received.push(scene);
    const saved = nextEvent<CesdkSaveEvent>(editor, 'cesdk-save');
    deep<HTMLButtonElement>(editor, '[part~="save-button"]')!.click();
    const event = await saved;
    expect(event.scene).to.equal(await engine.scene.saveToString());
    expect(received).to.deep.equal([event.scene]);
    expect(JSON.parse(event.scene)).to.be.an('object');
  });

  it('fires cesdk-license-change from its licensing: without a key the canvas needs a watermark', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 600px"></div>`);
    const editor = document.createElement('cesdk-editor');
    const change = nextEvent<CesdkLicenseChangeEvent>(editor, 'cesdk-license-change');
    wrapper.append(editor);
    const event = await change;
    expect(event.detail.needsWatermark).to.equal(true);
    expect(event.detail.state).to.equal('evaluation');
    expect(event.detail.reason).to.be.a('string').and.not.equal('');
    expect(event.target).to.equal(editor);
  });

  it('is a form control: the scene JSON is submitted under its name and follows edits; reset restores it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><div style="width: 900px; height: 600px"><cesdk-editor name="design"></cesdk-editor></div></form>`);
    const editor = form.querySelector('cesdk-editor') as CesdkEditor;
    const engine = await editor.ready;
    expect((editor.constructor as typeof CesdkEditor).formAssociated).to.equal(true);
    expect(editor.form).to.equal(form);
    const initial = new FormData(form).get('design');
    expect(initial).to.equal(await engine.scene.saveToString());
    const block = addRectangle(engine);
    engine.block.setName(block, 'submitted');
    await waitFor(() => String(new FormData(form).get('design')).includes('submitted'), 'the form value follows the edit');
    expect(new FormData(form).get('design')).to.equal(await engine.scene.saveToString());
    form.reset();
    await waitFor(() => engine.block.findByName('submitted').length === 0, 'reset loads the initial scene');
  });

  it('switches theme: light, dark, and system following prefers-color-scheme', async () => {
    const { editor } = await mountEditor({ theme: 'light' });
    const background = (): string => getComputedStyle(editor).getPropertyValue('--cesdk-color-background').trim();
    const toolbarColor = (): string => getComputedStyle(deep(editor, 'cesdk-toolbar')!).getPropertyValue('--cesdk-color-text').trim();
    expect(background()).to.equal('#f3f4f6');
    expect(toolbarColor(), 'tokens reach inner shadow roots').to.equal('#111827');
    editor.setAttribute('theme', 'dark');
    await editor.updateComplete;
    expect(background()).to.equal('#0f1115');
    expect(toolbarColor()).to.equal('#f3f4f6');
    editor.theme = 'system';
    await editor.updateComplete;
    await emulateMedia({ colorScheme: 'dark' });
    expect(background()).to.equal('#0f1115');
    await emulateMedia({ colorScheme: 'light' });
    expect(background()).to.equal('#f3f4f6');
  });

  it('with locale="de" shows German as soon as ready resolves (the German table loads on demand)', async () => {
    const { editor } = await mountEditor({ locale: 'de' });
    // No waiting here: `ready` resolved only after the German strings landed and were rendered. (This is
    // the first test of the file to use German, so the table was not loaded before.)
    expect(deep(editor, 'cesdk-toolbar', '[part~="undo"]')!.getAttribute('aria-label')).to.equal('Rückgängig');
    expect(deep(editor, '[part~="save-button"]')!.textContent!.trim()).to.equal('Speichern');
    expect(getLocaleStrings('de')!['toolbar.redo']).to.equal('Wiederholen');
    expect(availableLocales()).to.include('de');
  });

  it('switches locale for itself and the elements inside, and integrators can add and override strings', async () => {
    const { editor } = await mountEditor({ locale: 'en' });
    const undoLabel = (): string | null => deep(editor, 'cesdk-toolbar', '[part~="undo"]')!.getAttribute('aria-label');
    const saveText = (): string => deep(editor, '[part~="save-button"]')!.textContent!.trim();
    expect(undoLabel()).to.equal('Undo');
    editor.setAttribute('locale', 'de');
    await waitFor(() => undoLabel() === 'Rückgängig', 'the toolbar follows the editor locale');
    expect(saveText()).to.equal('Speichern');
    registerLocale('fr', { 'toolbar.undo': 'Annuler', 'editor.save': 'Enregistrer' });
    editor.locale = 'fr';
    await waitFor(() => undoLabel() === 'Annuler' && saveText() === 'Enregistrer', 'an added locale is used');
    expect(deep(editor, 'cesdk-toolbar', '[part~="redo"]')!.getAttribute('aria-label'), 'missing keys fall back to English').to.equal('Redo');
  });

  it('forwards the events of the export menu once: cesdk-before-export cancels, cesdk-export carries the Blob to onExport', async () => {
    const { editor } = await mountEditor();
    const menu = deep<HTMLElement & { exportNow(): Promise<Blob | undefined> }>(editor, 'cesdk-toolbar', 'cesdk-export-menu')!;
    expect(menu, 'the toolbar embeds the export menu').to.not.equal(null);
    let beforeHeard = 0;
    const cancel = (event: Event): void => {
      beforeHeard += 1;
      event.preventDefault();
    };
    document.addEventListener('cesdk-before-export', cancel);
    expect(await menu.exportNow(), 'cancelled on the document, the export does not run').to.equal(undefined);
    document.removeEventListener('cesdk-before-export', cancel);
    expect(beforeHeard).to.equal(1);

    const received: Array<{ blob: Blob; mimeType: string }> = [];
    editor.onExport = (detail) => received.push(detail);
    const heard: Event[] = [];
    const listener = (event: Event): void => void heard.push(event);
    document.addEventListener('cesdk-export', listener);
    const blob = await menu.exportNow();
    document.removeEventListener('cesdk-export', listener);
    expect(blob).to.be.instanceOf(Blob);
    expect(heard.length, 'one cesdk-export reaches the page').to.equal(1);
    expect(heard[0]!.target).to.equal(editor);
    expect(received.length).to.equal(1);
    expect(received[0]!.blob).to.equal(blob);
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 4)], 'a real PNG').to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
  });
});
