/**
 * A designer's first hour, as a person does it: the demo (`/demo/`, the built bundle, licensed by
 * the local backend as `npm start` serves it) driven only through the pointer and the keyboard in
 * Debian's Chromium. The test reads the page (block geometry, pixels, files) only to check.
 *
 * Each assertion fails on the bug it guards (issue #10): an empty text box while typing, an
 * invisible added page, an upload lost on reopening, a one-page PDF, a low-contrast control.
 *
 * Run alone: `npm test -- journey`. Screenshots of every step go to the folder it prints
 * (`CESDK_JOURNEY_SHOTS=<folder>` picks one).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { ensureBuilt, launchBrowser, openDemo, screenshotFolder, startDemo, type DemoServer } from './journey-harness.js';

const root = new URL('../../', import.meta.url).pathname;
const TYPED = 'Summer sale now';
const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

let demo: DemoServer;
let browser: Browser;
let shots: string;
let step = 0;

/** Saves a screenshot of the step (optionally of one area) and returns its pixels. */
async function shot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  step += 1;
  const path = join(shots, `${String(step).padStart(2, '0')}-${name}.png`);
  const bytes = await page.screenshot({ path, clip });
  return decode(bytes);
}

/** Pixels darker than the page (glyph ink) in an RGBA image. */
function ink(image: { data: ArrayLike<number>; channels: number }): number {
  let count = 0;
  for (let index = 0; index < image.data.length; index += image.channels) {
    if (image.data[index]! + image.data[index + 1]! + image.data[index + 2]! < 300) count += 1;
  }
  return count;
}

/** How many pixels differ between two same-size images. */
function changed(a: { data: ArrayLike<number> }, b: { data: ArrayLike<number> }): number {
  let count = 0;
  for (let index = 0; index < Math.min(a.data.length, b.data.length); index += 4) {
    if (Math.abs(a.data[index]! - b.data[index]!) + Math.abs(a.data[index + 1]! - b.data[index + 1]!) + Math.abs(a.data[index + 2]! - b.data[index + 2]!) > 60) count += 1;
  }
  return count;
}

/** The mean colour of an image. */
function meanColor(image: { data: ArrayLike<number>; channels: number }): [number, number, number] {
  const sum = [0, 0, 0];
  const pixels = image.data.length / image.channels;
  for (let index = 0; index < image.data.length; index += image.channels) for (let channel = 0; channel < 3; channel += 1) sum[channel]! += image.data[index + channel]!;
  return sum.map((value) => value / pixels) as [number, number, number];
}

/** The on-screen box of a block (read from the engine and the canvas camera; nothing is changed). */
function blockBox(page: Page, which: 'selected' | 'page' | number) {
  return page.evaluate((target) => {
    const editor = document.querySelector('cesdk-editor') as HTMLElement & { engine: any };
    const engine = editor.engine;
    const canvas = editor.shadowRoot!.querySelector('cesdk-canvas') as unknown as HTMLElement & { getCamera(): { x: number; y: number; zoom: number }; placements(): Array<{ page: number; x: number; y: number; width: number; height: number }> };
    const id = target === 'selected' ? engine.block.findAllSelected()[0] : target === 'page' ? engine.scene.getCurrentPage() : target;
    const camera = canvas.getCamera();
    const rect = canvas.getBoundingClientRect();
    const placements = canvas.placements();
    const placement = placements.find((entry) => entry.page === id);
    let world: { x: number; y: number; width: number; height: number };
    if (placement) world = placement;
    else {
      let pageId = id;
      while (pageId !== null && !placements.some((entry) => entry.page === pageId)) pageId = engine.block.getParent(pageId);
      const origin = placements.find((entry) => entry.page === pageId) ?? { x: 0, y: 0 };
      world = { x: origin.x + engine.block.getPositionX(id), y: origin.y + engine.block.getPositionY(id), width: engine.block.getWidth(id), height: engine.block.getHeight(id) };
    }
    return {
      id: id as number,
      x: rect.left + (world.x - camera.x) * camera.zoom,
      y: rect.top + (world.y - camera.y) * camera.zoom,
      width: world.width * camera.zoom,
      height: world.height * camera.zoom,
    };
  }, which);
}

/** Finds an element by its text among those `selector` matches (through shadow roots). */
async function byText(page: Page, selector: string, text: string): Promise<ElementHandle<Element>> {
  for (const handle of await page.$$(selector)) {
    if ((await handle.evaluate((node) => node.textContent?.trim())) === text) return handle;
  }
  throw new Error(`no ${selector} with text "${text}"`);
}

async function waitForFile(folder: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  const start = Date.now();
  while (Date.now() - start < timeout) {
    const found = readdirSync(folder).find((name) => pattern.test(name) && !name.endsWith('.crdownload'));
    if (found) return join(folder, found);
    await settle(200);
  }
  throw new Error(`no download matching ${pattern} in ${folder}`);
}

/** Sends downloads of `page` into `folder`. */
async function allowDownloads(page: Page, folder: string): Promise<void> {
  const session = await page.browser().target().createCDPSession();
  const browserContextId = (page.browserContext() as unknown as { id?: string }).id;
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, browserContextId });
}

/** The range input of the inspector slider labelled `label`. */
async function inspectorSlider(page: Page, label: string): Promise<ElementHandle<Element>> {
  for (const slider of await page.$$('cesdk-editor >>> cesdk-inspector >>> cesdk-slider')) {
    if ((await slider.evaluate((node) => node.shadowRoot!.querySelector('label')?.textContent?.trim())) === label) return (await slider.$('>>> input[part="slider"]'))!;
  }
  throw new Error(`no inspector slider "${label}"`);
}

/** Drags a range input's thumb with the mouse to `fraction` of its track. */
async function dragSlider(page: Page, input: ElementHandle<Element>, fraction: number): Promise<void> {
  await input.scrollIntoView();
  const box = (await input.boundingBox())!;
  const [value, min, max] = await input.evaluate((node) => [(node as HTMLInputElement).value, (node as HTMLInputElement).min, (node as HTMLInputElement).max].map(Number));
  const track = (at: number) => box.x + 8 + (box.width - 16) * at;
  const y = box.y + box.height / 2;
  const from = track((value! - min!) / (max! - min!));
  await page.mouse.move(from, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(from + ((track(fraction) - from) * step) / 10, y);
  await page.mouse.up();
  await settle(500);
}

describe('a designer\'s first hour in /demo/ (pointer and keyboard only)', { timeout: 300_000 }, () => {
  let first: Page;
  let downloads: string;
  let savedFile: string;
  let photoColor: [number, number, number];

  before(async () => {
    ensureBuilt();
    shots = screenshotFolder();
    downloads = join(shots, 'downloads');
    mkdirSync(downloads, { recursive: true });
    console.log(`journey screenshots: ${shots}`);
    demo = await startDemo();
    browser = await launchBrowser();
    first = await openDemo(browser, demo.origin);
    await allowDownloads(first, downloads);
    await shot(first, 'ready');
  });

  after(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('adds a text and shows the glyphs in the edit box while typing', async () => {
    await (await byText(first, 'cesdk-editor >>> cesdk-asset-library >>> [role=tab]', 'Text')).click();
    await settle();
    await (await byText(first, 'cesdk-editor >>> cesdk-asset-library >>> button.asset', 'Heading')).click();
    await settle(800);
    const box = await blockBox(first, 'selected');
    await first.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 2 });
    await settle();
    const area = { x: Math.max(0, box.x - 4), y: Math.max(0, box.y - 4), width: box.width + 8, height: box.height * 1.6 + 8 };
    let previous = await shot(first, 'text-edit-open', area);
    for (let index = 0; index < TYPED.length; index += 3) {
      await first.keyboard.type(TYPED.slice(index, index + 3), { delay: 20 });
      await settle(150);
      const current = await shot(first, `typing-${index + 3}`, area);
      assert.ok(changed(previous, current) > 20, `the edit box shows the characters typed (after "${TYPED.slice(0, index + 3)}")`);
      previous = current;
    }
    assert.ok(ink(previous) > 300, 'the typed text is drawn in the edit box, large and dark');
    await first.keyboard.press('Escape');
    await settle();
    await shot(first, 'text-committed');
    const text = await first.evaluate(() => (document.querySelector('cesdk-editor') as any).engine.block.getString((document.querySelector('cesdk-editor') as any).engine.block.findAllSelected()[0], 'text/text'));
    assert.equal(text, TYPED);
  });

  it('adds a page, which is white and scrolled into view', async () => {
    await (await first.$('cesdk-editor >>> button[aria-controls="editor-panel"]:nth-of-type(3)'))!.click();
    await settle();
    await (await first.$('cesdk-editor >>> cesdk-page-navigator >>> [part~="add"]'))!.click();
    await settle(1000);
    const pageBox = await blockBox(first, 'page');
    const image = await shot(first, 'page-added');
    const pixel = (x: number, y: number) => {
      const offset = (Math.round(y) * image.width + Math.round(x)) * image.channels;
      return [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!];
    };
    const centre = pixel(pageBox.x + pageBox.width / 2, pageBox.y + pageBox.height / 2);
    assert.ok(pageBox.y > 0 && pageBox.y + pageBox.height < image.height, 'the new page is in view');
    assert.ok(centre.every((channel) => channel >= 250), `the new page is white on the canvas (got ${centre})`);
    const around = pixel(pageBox.x - 10, pageBox.y + pageBox.height / 2);
    assert.ok(around.some((channel) => channel < 245), `the canvas around it is not (got ${around})`);
    // Back to the first page through its thumbnail.
    await (await first.$('cesdk-editor >>> cesdk-page-navigator >>> .page-button'))!.click();
    await settle(600);
    await shot(first, 'first-page-again');
  });

  it('uploads an image, saves, and reopens the saved file whole in a new page', async () => {
    await (await first.$('cesdk-editor >>> button[aria-controls="editor-panel"]:nth-of-type(1)'))!.click();
    await settle();
    await (await byText(first, 'cesdk-editor >>> cesdk-asset-library >>> [role=tab]', 'Images')).click();
    await settle();
    const [chooser] = await Promise.all([
      first.waitForFileChooser(),
      (await first.$('cesdk-editor >>> cesdk-asset-library >>> [part="upload"]'))!.click(),
    ]);
    await chooser.accept([join(root, 'test/fixtures/images/photo-1600x1200.jpg')]);
    await settle(1500);
    const imageBox = await blockBox(first, 'selected');
    // Deselect (Escape on the canvas) so handles do not cover the photo.
    await first.mouse.click(imageBox.x + imageBox.width / 2, imageBox.y + imageBox.height / 2);
    await first.keyboard.press('Escape');
    await settle(500);
    // Measured again: closing the asset panel widens the canvas, which moves the photo on screen.
    const placed = await blockBox(first, imageBox.id);
    const inner = { x: placed.x + placed.width * 0.25, y: placed.y + placed.height * 0.25, width: placed.width * 0.5, height: placed.height * 0.5 };
    photoColor = meanColor(await shot(first, 'image-uploaded', inner));
    await (await first.$('cesdk-editor >>> [part~="save-button"]'))!.click();
    savedFile = await waitForFile(downloads, /^design\.scene\.(zip|json)$/);
    assert.match(savedFile, /\.zip$/, 'a design with an upload is saved as an archive');
    await shot(first, 'saved');

    const second = await openDemo(browser, demo.origin);
    const [reopen] = await Promise.all([second.waitForFileChooser(), (await second.$('cesdk-editor >>> [part~="open-button"]'))!.click()]);
    await reopen.accept([savedFile]);
    await second.waitForFunction(() => ((document.querySelector('cesdk-editor') as any).engine.scene.getPages().length === 2), { timeout: 20_000 });
    await settle(2000);
    const imageId = await second.evaluate(() => {
      const engine = (document.querySelector('cesdk-editor') as any).engine;
      return engine.block.findByKind('image')[0] ?? engine.block.findAll().find((id: number) => engine.block.getKind(id) === 'image');
    });
    const reopenedBox = await blockBox(second, imageId);
    const reopenedInner = { x: reopenedBox.x + reopenedBox.width * 0.25, y: reopenedBox.y + reopenedBox.height * 0.25, width: reopenedBox.width * 0.5, height: reopenedBox.height * 0.5 };
    const reopened = meanColor(await shot(second, 'reopened', reopenedInner));
    const distance = Math.hypot(...reopened.map((value, index) => value - photoColor[index]!));
    assert.ok(distance < 20, `the photo's pixels are back (mean colour ${reopened.map(Math.round)} vs ${photoColor.map(Math.round)})`);
    const status = await second.$eval('#status', (node) => node.textContent ?? '');
    assert.ok(!/error|fehl/i.test(status), `no error on reopening (status: ${status})`);
    await second.close();
  });

  it('exports a two-page PDF with the typed text', async () => {
    await (await first.$('cesdk-editor >>> cesdk-toolbar >>> cesdk-export-menu >>> [part~="trigger"]'))!.click();
    await settle();
    const format = (await first.$('cesdk-editor >>> cesdk-toolbar >>> cesdk-export-menu >>> [part~="format"]'))!;
    await format.focus();
    // Type-ahead in a focused select, as a keyboard user picks "PDF document".
    await first.keyboard.type('PDF');
    await settle(300);
    await shot(first, 'export-menu-pdf');
    const pages = await first.$eval('cesdk-editor >>> cesdk-toolbar >>> cesdk-export-menu >>> [part~="pages"]', (node) => (node as HTMLSelectElement).value);
    assert.equal(pages, 'all', 'PDF exports all pages by default');
    await (await first.$('cesdk-editor >>> cesdk-toolbar >>> cesdk-export-menu >>> [part~="start"]'))!.click();
    const pdfPath = await waitForFile(downloads, /\.pdf$/, 60_000);
    await shot(first, 'exported');
    // pdf.js 6 uses Promise.withResolvers, which Node 20 lacks (Node 22 has it).
    const promise = Promise as unknown as { withResolvers?: () => unknown };
    promise.withResolvers ??= () => {
      let resolve!: (value: unknown) => void;
      let reject!: (reason: unknown) => void;
      const created = new Promise((yes, no) => {
        resolve = yes;
        reject = no;
      });
      return { promise: created, resolve, reject };
    };
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const document = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), useSystemFonts: false }).promise;
    assert.equal(document.numPages, 2, 'both pages are in the PDF');
    const content = await (await document.getPage(1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    assert.ok(text.includes(TYPED), `the typed text is real text in the PDF (found "${text}")`);
    await document.cleanup();
    // The Export button was disabled while exporting; the focus is back in the menu, so Escape closes it.
    await first.keyboard.press('Escape');
    await settle(300);
    assert.equal(await first.$eval('cesdk-editor >>> cesdk-toolbar >>> cesdk-export-menu', (node) => node.hasAttribute('open')), false, 'Escape after the export closes the menu');
  });

  it('adds a rectangle, rounds it and gives it a spread shadow with the inspector', async () => {
    const library = await first.$('cesdk-editor >>> cesdk-asset-library');
    if (!(await library?.boundingBox())) await (await first.$('cesdk-editor >>> button[aria-controls="editor-panel"]:nth-of-type(1)'))!.click();
    await settle();
    const shapesTab = await byText(first, 'cesdk-editor >>> cesdk-asset-library >>> [role=tab]', 'Shapes');
    await shapesTab.click();
    await settle();
    assert.equal(await shapesTab.evaluate((node) => node.getAttribute('aria-selected')), 'true', 'the Shapes tab is open (nothing covers it)');
    await (await byText(first, 'cesdk-editor >>> cesdk-asset-library >>> [part~="asset"]', 'Rectangle')).click();
    await settle(800);
    const read = () => first.evaluate(() => {
      const engine = (document.querySelector('cesdk-editor') as any).engine;
      const id = engine.block.findAllSelected()[0];
      const shape = engine.block.getShape(id);
      return {
        type: engine.block.getType(shape) as string,
        corners: ['TL', 'TR', 'BR', 'BL'].map((corner) => engine.block.getFloat(shape, `shape/rect/cornerRadius${corner}`) as number),
        shadow: engine.block.getBool(id, 'dropShadow/enabled') as boolean,
        spread: engine.block.getFloat(id, 'dropShadow/spread') as number,
      };
    });
    assert.equal((await read()).type, '//ly.img.ubq/shape/rect');
    // The shape section's corner radius control is generated from the rect kind's declaration.
    await dragSlider(first, await inspectorSlider(first, 'Corner radius'), 0.4);
    const rounded = await read();
    assert.ok(rounded.corners[0]! > 10 && rounded.corners.every((radius) => radius === rounded.corners[0]), `one slider rounds all four corners (${rounded.corners})`);
    // Open the shadow section and switch the shadow on with the pointer.
    for (const summary of await first.$$('cesdk-editor >>> cesdk-inspector >>> details > summary')) {
      if ((await summary.evaluate((node) => node.textContent?.trim())) === 'Drop shadow') await summary.click();
    }
    await settle();
    for (const toggle of await first.$$('cesdk-editor >>> cesdk-inspector >>> cesdk-toggle')) {
      if ((await toggle.evaluate((node) => node.shadowRoot!.textContent?.trim())) === 'Drop shadow') {
        const control = (await toggle.$('>>> [part="switch"]'))!;
        await control.scrollIntoView();
        await control.click();
      }
    }
    await settle(600);
    assert.equal((await read()).shadow, true, 'the switch turned the shadow on');
    const box = await blockBox(first, 'selected');
    const probe = { x: Math.round(box.x - 15), y: Math.round(box.y + box.height / 2) };
    const pixel = (image: Awaited<ReturnType<typeof shot>>) => {
      const offset = (probe.y * image.width + probe.x) * image.channels;
      return [image.data[offset]!, image.data[offset + 1]!, image.data[offset + 2]!];
    };
    const before = pixel(await shot(first, 'shadow-on'));
    // The spread slider exists only through the dropShadow kind's declaration and its locale string.
    await dragSlider(first, await inspectorSlider(first, 'Shadow spread'), 0.75);
    const spread = (await read()).spread;
    assert.ok(spread > 30, `the spread slider set dropShadow/spread (${spread})`);
    const after = pixel(await shot(first, 'shadow-spread'));
    // Whatever lies beside the block (the page, the photo) darkens under the spread shadow.
    assert.ok(after.every((channel, index) => channel < before[index]! * 0.9), `the spread shadow shows beside the block (${before} became ${after})`);
  });

  it('switches to German and dark, and passes axe with colour contrast on', async () => {
    await first.focus('#locale');
    await first.keyboard.type('Deutsch');
    await first.focus('#theme');
    await first.keyboard.type('Dark');
    await first.waitForFunction(() => document.querySelector('cesdk-editor')?.getAttribute('theme') === 'dark' && document.querySelector('cesdk-editor')?.getAttribute('locale') === 'de');
    await settle(1500);
    // A block selected, so the inspector's sections are on screen too.
    const text = await blockBox(first, await first.evaluate(() => (document.querySelector('cesdk-editor') as any).engine.block.findByType('text')[0]));
    await first.mouse.click(text.x + 10, text.y + text.height / 2);
    await settle(800);
    await shot(first, 'german-dark');
    const save = await first.$eval('cesdk-editor >>> [part~="save-button"]', (node) => node.textContent?.trim());
    assert.equal(save, 'Speichern');
    await first.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const checkAxe = async (label: string) => {
      const violations = await first.evaluate(async () => {
        const result = await (window as any).axe.run(document.querySelector('cesdk-editor'), { rules: { 'color-contrast': { enabled: true } } });
        return result.violations.map((violation: any) => `${violation.id}: ${violation.nodes.map((node: any) => `${JSON.stringify(node.target)} ${node.any?.[0]?.message ?? ''}`).join(' | ')}`);
      });
      assert.deepEqual(violations, [], `${label}: ${violations.join('\n')}`);
    };
    await checkAxe('editor');
    await (await first.$('cesdk-editor >>> cesdk-toolbar >>> cesdk-export-menu >>> [part~="trigger"]'))!.click();
    await settle(500);
    await shot(first, 'german-dark-export-menu');
    await checkAxe('export menu open');
    writeFileSync(join(shots, 'done.txt'), 'journey finished\n');
    assert.ok(existsSync(join(shots, 'done.txt')));
  });
});
