// The CMS demo end to end, in Chromium as a person uses it: create a design (a text), save, see it
// listed with a thumbnail, reopen it exactly, edit it (upload an image: now it is saved as an archive),
// save, reopen whole. Then posts an invalid and an oversized scene to the server, which refuses both.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { click, launchChromium, ROOT, SCREENSHOTS } from '../frameworks/harness.js';
import { MAX_REQUEST_BYTES } from './design-form.js';
import { startCms, type CmsServer } from './server.js';

let cms: CmsServer;
let browser: Browser;

before(async () => {
  // This test may run before the framework tests that otherwise make the folder (a clean checkout).
  mkdirSync(SCREENSHOTS, { recursive: true });
  cms = await startCms();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await cms?.stop();
});

/** Waits until the edit page's editor is ready and its stored scene loaded. */
async function editorLoaded(page: Page): Promise<void> {
  await page.waitForFunction('document.querySelector("cesdk-editor")?.dataset.loaded === "true"', { timeout: 30_000, polling: 100 });
}

const sceneSummary = (page: Page) => page.evaluate(`(async () => {
  const engine = document.querySelector('cesdk-editor').engine;
  const texts = engine.block.findByType('text');
  const images = engine.block.findByType('graphic').filter((id) => engine.block.supportsFill(id) && engine.block.getType(engine.block.getFill(id)).endsWith('image'));
  const imageUris = images.map((id) => engine.block.getString(engine.block.getFill(id), 'fill/image/imageFileURI'));
  const imagesLoad = await Promise.all(imageUris.map((uri) => fetch(uri).then((response) => response.ok && response.headers.get('content-type') !== 'text/html', () => false)));
  // A scene reopened from an archive refers to its images by object URLs, which saveToString refuses.
  return { texts: texts.map((id) => engine.block.getString(id, 'text/text')), images: images.length, imagesLoad, json: await engine.scene.saveToString().catch(() => null) };
})()`) as Promise<{ texts: string[]; images: number; imagesLoad: boolean[]; json: string | null }>;

async function save(page: Page, step: string): Promise<void> {
  try {
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), click(page, 'button#save')]);
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, `cms-failure-${step}.png`) });
    throw error;
  }
}

test('create → save → listed with a thumbnail → reopen exactly → edit with an upload → save as archive → reopen whole', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${cms.url}/`);
  assert.equal(await page.$eval('[data-testid=empty]', (element) => element.textContent), 'No designs yet.');
  await Promise.all([page.waitForNavigation(), click(page, 'a.button', 'New design')]);
  await editorLoaded(page);
  await click(page, '[role=tab]', 'Text');
  await click(page, 'button[part=asset]', 'Heading');
  await page.waitForFunction('document.querySelector("cesdk-editor").engine.block.findByType("text").length === 1');
  await click(page, 'input[name=title]');
  await page.keyboard.type('Spring sale');
  await save(page, 'create');
  assert.match(page.url(), /\/designs\/1\?saved$/);
  await editorLoaded(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'cms-1-saved.png') });

  // The list shows it with a real thumbnail.
  await page.goto(`${cms.url}/`);
  await page.waitForFunction('[...document.images].every((image) => image.complete)');
  const listed = await page.$$eval('.design', (items) => items.map((item) => ({
    title: item.querySelector('.title')?.textContent, width: (item.querySelector('img') as HTMLImageElement | null)?.naturalWidth ?? 0,
  })));
  assert.deepEqual(listed, [{ title: 'Spring sale', width: 320 }]);
  await page.screenshot({ path: join(SCREENSHOTS, 'cms-2-list.png') });

  // Reopen: the scene comes back exactly as stored.
  await Promise.all([page.waitForNavigation(), click(page, '.design a')]);
  await editorLoaded(page);
  const reopened = await sceneSummary(page);
  assert.deepEqual(reopened.texts, ['Heading']);
  assert.equal(reopened.json, (cms.store.get(1)!.scene).toString('utf8'), 'the reopened scene saves to the same JSON');
  assert.equal(cms.store.get(1)!.format, 'json');

  // Edit: upload an image (it becomes an object URL in this tab), save: the server gets an archive.
  await click(page, '[role=tab]', 'Images');
  const [chooser] = await Promise.all([page.waitForFileChooser(), click(page, 'button[part=upload]')]);
  await chooser.accept([join(ROOT, 'test/fixtures/images/pattern-800x600.png')]);
  await page.waitForFunction('document.querySelector("cesdk-editor").engine.block.findByType("graphic").length >= 1', { timeout: 30_000 });
  await save(page, 'edit');
  await editorLoaded(page);
  const stored = cms.store.get(1)!;
  assert.equal(stored.format, 'archive', 'a design with uploads is stored as an archive');
  assert.equal(cms.store.list().length, 1, 'saving again updates the same design');

  // Reopen in a fresh tab: text and image come back, the image from the archive.
  const fresh = await browser.newPage();
  fresh.on('pageerror', (error) => errors.push(String(error)));
  await fresh.goto(`${cms.url}/designs/1`);
  await editorLoaded(fresh);
  const whole = await sceneSummary(fresh);
  assert.deepEqual(whole.texts, ['Heading']);
  assert.equal(whole.images, 1);
  assert.deepEqual(whole.imagesLoad, [true], 'the uploaded image loads in a new tab');
  await fresh.screenshot({ path: join(SCREENSHOTS, 'cms-3-reopened.png') });
  assert.deepEqual(errors, []);
  await fresh.close();
  await page.close();
});

test('the server refuses an invalid scene and an oversized post with a clear error, and stores nothing', async () => {
  const before = cms.store.list().map((design) => design.updatedAt);
  const post = (form: FormData) => fetch(`${cms.url}/designs/1`, { method: 'POST', body: form, headers: { accept: 'application/json' } });
  const invalid = new FormData();
  invalid.set('title', 'Broken');
  invalid.set('design', JSON.stringify({ format: 'not a scene' }));
  const refused = await post(invalid);
  assert.equal(refused.status, 400);
  const body = (await refused.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'SCENE_INVALID');
  assert.match(body.error.message, /not valid \((SCENE_INVALID|SCENE_VERSION):/);

  const notJson = new FormData();
  notJson.set('title', 'Broken');
  notJson.set('design', '{"blocks": [');
  assert.equal((await post(notJson)).status, 400);

  const oversized = new FormData();
  oversized.set('title', 'Huge');
  oversized.set('archive', new Blob([new Uint8Array(MAX_REQUEST_BYTES + 1024)]), 'design.zip');
  const tooLarge = await post(oversized).catch(() => undefined);
  // The server answers 413 and closes the connection without reading the rest.
  if (tooLarge) assert.equal(tooLarge.status, 413);
  assert.deepEqual(cms.store.list().map((design) => design.updatedAt), before, 'nothing was stored');

  // A person sees the reason as a page.
  const page = await browser.newPage();
  await page.goto(`${cms.url}/designs/1`);
  await editorLoaded(page);
  await page.evaluate(`(() => { const form = document.getElementById('design-form'); form.enctype = 'multipart/form-data'; })()`);
  const html = await (await fetch(`${cms.url}/designs/1`, { method: 'POST', body: invalid })).text();
  assert.match(html, /The design was not saved/);
  assert.match(html, /its scene is not valid/);
  await page.close();
});
