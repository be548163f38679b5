// The edit page's script. The editor is a form control (name="design"), so the form posts its scene
// by itself; this script only adds what a CMS wants besides: a thumbnail, and an archive (the scene
// with its uploaded images inside) when the design holds uploads, so it reopens whole anywhere.
import '/dist/cesdk.js';

const form = document.getElementById('design-form');
const editor = form.querySelector('cesdk-editor');
const status = form.querySelector('[data-testid=status]');
const setFile = (name, blob, fileName) => {
  const transfer = new DataTransfer();
  if (blob) transfer.items.add(new File([blob], fileName, { type: blob.type }));
  form.elements.namedItem(name).files = transfer.files;
};

const engine = await editor.ready;
const sceneUrl = form.dataset.sceneUrl;
if (sceneUrl) {
  const response = await fetch(sceneUrl);
  if (form.dataset.sceneFormat === 'archive') await engine.scene.loadFromArchive(new Uint8Array(await response.arrayBuffer()));
  else await engine.scene.loadFromString(await response.text());
  await editor.refreshFormValue();
  editor.zoomToPage();
}
if (status.textContent !== 'Saved.') status.textContent = 'Ready.';
editor.dataset.loaded = 'true';

/** Uploads are object URLs, which only live in this tab: such a design is saved as an archive. */
function holdsUploads() {
  try {
    return engine.scene.saveToString().then((json) => json.includes('"blob:'), () => true);
  } catch {
    return Promise.resolve(true);
  }
}

let prepared = false;
form.addEventListener('submit', async (event) => {
  if (prepared) return; // the second, real submission
  event.preventDefault();
  status.textContent = 'Saving…';
  try {
    await editor.refreshFormValue();
    setFile('archive', (await holdsUploads()) ? await engine.scene.saveToArchive() : undefined, 'design.zip');
    const page = engine.scene.getCurrentPage?.() ?? engine.scene.getPages()[0];
    const thumbnail = await engine.block.export(page, { mimeType: 'image/png', targetWidth: 320, targetHeight: 320 });
    setFile('thumbnail', thumbnail, 'thumbnail.png');
  } catch (error) {
    // Nothing is posted; the design stays open with all its changes.
    status.textContent = `Not saved: ${error?.message ?? error}`;
    console.error('CMS: the design could not be prepared for saving', error);
    return;
  }
  prepared = true;
  form.requestSubmit();
});
