/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { CesdkSaveEvent } from '../../elements/shared/events.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { mountEditor, nextEvent } from './editor-helpers.js';

async function uploadPhoto(editor: HTMLElement): Promise<number> {
  const bytes = await (await fetch('/test/fixtures/images/photo-1600x1200.jpg')).blob();
  const file = new File([bytes], 'photo.jpg', { type: 'image/jpeg' });
  const library = editor.shadowRoot!.querySelector('cesdk-asset-library') as HTMLElement & { upload(files: File[]): Promise<void> };
  await library.upload([file]);
  const engine = (editor as HTMLElement & { engine: import('../../core/engine/index.js').Engine }).engine;
  return engine.block.findAllSelected()[0]!;
}

describe('<cesdk-editor> save and open', () => {
  it('saves a design with an upload as an archive that reopens whole in another editor', async () => {
    const { editor, engine } = await mountEditor();
    const image = await uploadPhoto(editor);
    const fill = engine.block.getFill(image)!;
    expect(engine.block.getString(fill, 'fill/image/imageFileURI').startsWith('blob:')).to.equal(true);
    await engine.scene.saveToString().then(
      () => expect.fail('saveToString must refuse a blob: URL without onDisallowedResourceScheme'),
      (error: { code?: string }) => expect(error.code).to.equal('RESOURCE_SCHEME_DISALLOWED'),
    );
    const saved = nextEvent<CesdkSaveEvent>(editor, 'cesdk-save');
    const scene = await editor.save();
    const event = await saved;
    expect(event.format).to.equal('archive');
    expect(event.fileName).to.equal('design.scene.zip');
    expect(event.file.type).to.equal('application/zip');
    expect(scene).to.not.include('blob:');
    expect(scene, 'the JSON inlines the upload').to.include('data:image/jpeg;base64,');
    expect(event.scene).to.equal(scene);

    // Another editor (as in another tab) opens the archive: the image is back, as the same pixels.
    const other = await mountEditor();
    await other.editor.open(event.file);
    const reopenedFill = other.engine.block.getFill(image)!;
    const uri = other.engine.block.getString(reopenedFill, 'fill/image/imageFileURI');
    expect(uri.startsWith('blob:')).to.equal(true);
    const original = new Uint8Array(await (await fetch('/test/fixtures/images/photo-1600x1200.jpg')).arrayBuffer());
    const reopened = new Uint8Array(await (await fetch(uri)).arrayBuffer());
    expect(reopened.length).to.equal(original.length);
    expect(reopened.every((byte, index) => byte === original[index])).to.equal(true);
    // The JSON reopens whole too.
    const third = await mountEditor();
    await third.editor.open(new Blob([scene], { type: 'application/json' }));
    expect(third.engine.block.getString(third.engine.block.getFill(image)!, 'fill/image/imageFileURI').startsWith('data:image/jpeg')).to.equal(true);
  });

  it('saves a design without uploads as JSON, and reports a file that is not a design without changing the scene', async () => {
    const { editor, engine } = await mountEditor();
    const saved = nextEvent<CesdkSaveEvent>(editor, 'cesdk-save');
    await editor.save();
    const event = await saved;
    expect(event.format).to.equal('scene');
    expect(event.archive).to.equal(undefined);
    expect(await event.file.text()).to.equal(event.scene);
    const before = await engine.scene.saveToString();
    const failed = nextEvent<CesdkErrorEvent>(editor, 'cesdk-error');
    await editor.open(new Blob(['not a design'], { type: 'text/plain' }));
    const error = await failed;
    expect(error.error.code).to.equal('SCENE_INVALID');
    expect(error.userMessage).to.equal('This file is not a design that can be opened.');
    expect(await engine.scene.saveToString()).to.equal(before);
  });

  it('puts the archive into the form value when the design holds uploads', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const { editor } = await mountEditor({ name: 'design' });
    form.append(editor.parentElement!);
    await uploadPhoto(editor);
    await editor.refreshFormValue();
    const value = new FormData(form).get('design');
    expect(value).to.be.instanceOf(File);
    expect((value as File).name).to.equal('design.scene.zip');
    form.remove();
  });
});
