/**
 * A page the trust tests open in a second tab (test/wtr-plugins/cdp.mjs `tab-open`): it mounts an
 * editor as the URL says, does a scripted session and reports over a BroadcastChannel, so the test
 * can crash or close the tab at a known point and check what survives.
 *
 * ?mode=edit&key=K      autosave under K; adds a text, a shape and an uploaded photo; reports each saved draft
 * ?mode=restore&key=K   autosave under K; restores the draft through the editor's own offer; reports the design
 * ?mode=dirty[&noPrompt][&save]  makes a change (then saves, with `save`); reports
 */
import '../../elements/editor/define.js';
import { Engine } from '../../core/engine/index.js';
import { localBlobFor } from '../../core/engine/local-blobs.js';
import type { CesdkEditor } from '../../elements/editor/editor.js';
import { DRAFT_TEXT, TAB_CHANNEL, TAB_LICENSE_KEY } from './tab-constants.js';


const parameters = new URLSearchParams(location.search);
const channel = new BroadcastChannel(TAB_CHANNEL);
const post = (message: Record<string, unknown>): void => channel.postMessage({ tab: parameters.get('tab'), ...message });
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 20_000) throw new Error(`timed out waiting for ${what}`);
    await pause(20);
  }
}

async function mount(): Promise<{ editor: CesdkEditor; engine: Engine }> {
  const editor = document.createElement('cesdk-editor');
  const key = parameters.get('key');
  if (key !== null) editor.setAttribute('autosave', key);
  if (parameters.has('noPrompt')) editor.setAttribute('no-unload-prompt', '');
  editor.setAttribute('license', TAB_LICENSE_KEY);
  document.body.append(editor);
  return { editor, engine: await editor.ready };
}

async function edit(): Promise<void> {
  const { editor, engine } = await mount();
  editor.addEventListener('cesdk-draft-saved', (event) => post({ type: 'draft-saved', savedAt: event.savedAt, blocks: engine.block.findAll().length }));
  const page = engine.scene.getPages()[0]!;
  const text = engine.block.create('text');
  engine.block.replaceText(text, DRAFT_TEXT);
  engine.block.setWidth(text, 400);
  engine.block.setHeight(text, 80);
  engine.block.appendChild(page, text);
  const rect = engine.block.create('graphic');
  engine.block.setShape(rect, engine.block.createShape('rect'));
  engine.block.setFill(rect, engine.block.createFill('color'));
  engine.block.setPositionY(rect, 300);
  engine.block.appendChild(page, rect);
  const bytes = await (await fetch(new URL('../fixtures/images/photo-1600x1200.jpg', import.meta.url))).arrayBuffer();
  const library = editor.shadowRoot!.querySelector<HTMLElement & { upload(files: File[]): Promise<void> }>('cesdk-asset-library')!;
  await library.upload([new File([bytes], 'private-photo.jpg', { type: 'image/jpeg' })]);
  post({ type: 'edited' });
}

async function restore(): Promise<void> {
  const { editor, engine } = await mount();
  const root = editor.shadowRoot!;
  await waitFor(() => root.querySelector('[part="draft-restore"]') !== null, 'the restore offer');
  const offer = root.querySelector('[part="draft-offer"]')!.textContent ?? '';
  root.querySelector<HTMLButtonElement>('[part="draft-restore"]')!.click();
  await waitFor(() => engine.block.findByType('text').some((id) => engine.block.getString(id, 'text/text') === DRAFT_TEXT), 'the restored text');
  const images = engine.block.findByType('graphic').map((id) => engine.block.getFill(id)).filter((fill) => fill && engine.block.getType(fill).endsWith('/image'));
  const uri = images.length > 0 ? engine.block.getString(images[0]!, 'fill/image/imageFileURI') : '';
  const imageBytes = uri.startsWith('blob:') ? (localBlobFor(uri)?.size ?? 0) : 0;
  // The stored draft, read back as it is on disk: no part of the license key, anywhere.
  const record = await new Promise<{ archive: Blob } & Record<string, unknown>>((resolve, reject) => {
    const opened = indexedDB.open('cesdk-drafts');
    opened.onsuccess = () => {
      const request = opened.result.transaction('drafts').objectStore('drafts').get(parameters.get('key')!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    };
    opened.onerror = () => reject(opened.error);
  });
  const scratch = await Engine.create();
  await scratch.scene.loadFromArchive(record.archive);
  const draftText = [JSON.stringify({ ...record, archive: undefined }), await scratch.scene.saveToString(['blob', 'data', 'http', 'https']),
    new TextDecoder('latin1').decode(new Uint8Array(await record.archive.arrayBuffer()))].join('\n');
  scratch.dispose();
  const keyParts = [];
  for (let index = 0; index + 8 <= TAB_LICENSE_KEY.length; index += 1) keyParts.push(TAB_LICENSE_KEY.slice(index, index + 8));
  post({
    type: 'restored', offer, images: images.length, imageBytes,
    texts: engine.block.findByType('text').map((id) => engine.block.getString(id, 'text/text')),
    draftHoldsKey: keyParts.some((part) => draftText.includes(part)),
    offerGone: root.querySelector('[part="draft-offer"]') === null,
  });
  await editor.clearDraft();
  post({ type: 'cleared' });
}

async function dirty(): Promise<void> {
  const { editor, engine } = await mount();
  const rect = engine.block.create('graphic');
  engine.block.setShape(rect, engine.block.createShape('rect'));
  engine.block.appendChild(engine.scene.getPages()[0]!, rect);
  // The editor's changes become an undo step at the end of the engine update (CE.SDK's automatic steps).
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (parameters.has('save')) await editor.save();
  post({ type: 'dirty', unsaved: editor.hasUnsavedChanges });
}

const modes: Record<string, () => Promise<void>> = { edit, restore, dirty };
modes[parameters.get('mode') ?? '']?.().catch((error: unknown) => post({ type: 'error', message: String(error) }));
