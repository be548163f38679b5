/// <reference types="mocha" />
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { Engine } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { CesdkBeforeExportEvent, CesdkErrorEvent, CesdkExportEvent, type CesdkExportDetail } from '../shared/events.js';
import './define.js';
import type { CesdkExportMenu } from './export-menu.js';

async function engineWithPage(width = 240, height = 160, register = true): Promise<Engine> {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setWidth(page, width);
  engine.block.setHeight(page, height);
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape('rect'));
  const fill = engine.block.createFill('color');
  engine.block.setColor(fill, 'fill/color/value', { r: 1, g: 0, b: 0, a: 1 });
  engine.block.setFill(block, fill);
  engine.block.setWidth(block, width / 2);
  engine.block.setHeight(block, height / 2);
  engine.block.appendChild(page, block);
  if (register) registerExporters(engine, { license: { needsWatermark: false } });
  return engine;
}

/** Counts the download links the menu clicks, without navigating. */
function watchDownloads(): { names: string[]; stop: () => void } {
  const names: string[] = [];
  const onClick = (event: MouseEvent) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      names.push(link.download);
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  return { names, stop: () => document.removeEventListener('click', onClick, true) };
}

async function menuFor(engine: Engine): Promise<CesdkExportMenu> {
  const menu = await fixture<CesdkExportMenu>(html`<cesdk-export-menu .engine=${engine}></cesdk-export-menu>`);
  await menu.updateComplete;
  return menu;
}

describe('<cesdk-export-menu>', () => {
  it('offers format, size, quality and PDF compatibility controls', async () => {
    const engine = await engineWithPage();
    const menu = await menuFor(engine);
    (menu.shadowRoot!.querySelector('[part="trigger"]') as HTMLButtonElement).click();
    await menu.updateComplete;
    const format = menu.shadowRoot!.querySelector('[part="format"]') as HTMLSelectElement;
    expect([...format.options].map((option) => option.value)).to.deep.equal(['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'image/svg+xml']);
    expect(menu.shadowRoot!.querySelector('[part="size"]')).to.exist;
    format.value = 'image/jpeg';
    format.dispatchEvent(new Event('change'));
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector('[part="quality"]')).to.exist;
    format.value = 'application/pdf';
    format.dispatchEvent(new Event('change'));
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector('[part="pdf-compatibility"]')).to.exist;
    expect(menu.shadowRoot!.querySelector('[part="size"]')).to.equal(null);
    expect(menu.exportOptions()).to.deep.equal({ mimeType: 'application/pdf', exportPdfWithHighCompatibility: true });
    await expect(menu).to.be.accessible();
    engine.dispose();
  });

  it('dispatches cesdk-before-export then cesdk-export with a decodable Blob, and offers a download only when nobody took it', async () => {
    const engine = await engineWithPage();
    const menu = await menuFor(engine);
    const downloads = watchDownloads();
    try {
      menu.scale = 2;
      const order: string[] = [];
      menu.addEventListener('cesdk-before-export', () => order.push('before'));
      const exported = oneEvent(menu, CesdkExportEvent.eventName) as Promise<CesdkExportEvent>;
      const blob = await menu.exportNow();
      const event = await exported;
      order.push('export');
      expect(order).to.deep.equal(['before', 'export']);
      expect(event.detail.blob).to.equal(blob);
      const bitmap = await createImageBitmap(event.detail.blob);
      expect([bitmap.width, bitmap.height]).to.deep.equal([480, 320]);
      expect(downloads.names).to.deep.equal(['design.png']);

      // A listener that takes the file: no download.
      const take = (taken: Event) => taken.preventDefault();
      menu.addEventListener('cesdk-export', take);
      await menu.exportNow();
      menu.removeEventListener('cesdk-export', take);
      expect(downloads.names.length).to.equal(1);

      // An onExport callback: called, no download.
      const received: CesdkExportDetail[] = [];
      menu.onExport = (detail) => received.push(detail);
      await menu.exportNow();
      expect(received.length).to.equal(1);
      expect(received[0]!.mimeType).to.equal('image/png');
      expect(downloads.names.length).to.equal(1);
    } finally {
      downloads.stop();
      engine.dispose();
    }
  });

  it('registers the exporters itself when nothing did (watermarked: no license)', async () => {
    const engine = await engineWithPage(240, 160, false);
    const menu = await menuFor(engine);
    menu.onExport = () => {};
    const marked = await menu.exportNow();
    expect(marked).to.be.instanceOf(Blob);
    registerExporters(engine, { license: { needsWatermark: false } });
    const clean = await menu.exportNow();
    const pixels = async (blob: Blob) => {
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [a, b] = [await pixels(marked!), await pixels(clean!)];
    let differing = 0;
    for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) > 8 || Math.abs(a[i + 1]! - b[i + 1]!) > 8) differing += 1;
    expect(differing, 'watermark pixels').to.be.above(100);
    engine.dispose();
  });

  it('reports a broken image as cesdk-error and still delivers the export', async () => {
    const engine = await engineWithPage();
    const page = engine.scene.getPages()[0]!;
    const broken = engine.block.create('graphic');
    engine.block.setShape(broken, engine.block.createShape('rect'));
    const fill = engine.block.createFill('image');
    engine.block.setString(fill, 'fill/image/imageFileURI', new URL('../../test/fixtures/hostile/random-bytes.jpg', import.meta.url).href);
    engine.block.setFill(broken, fill);
    engine.block.setWidth(broken, 50);
    engine.block.setHeight(broken, 50);
    engine.block.appendChild(page, broken);
    const menu = await menuFor(engine);
    menu.onExport = () => {};
    const errors: Array<number | undefined> = [];
    menu.addEventListener(CesdkErrorEvent.eventName, (event) => errors.push(event.block));
    expect(await menu.exportNow()).to.be.instanceOf(Blob);
    expect(errors).to.deep.equal([broken]);
    engine.dispose();
  });

  it('does not export when cesdk-before-export is prevented', async () => {
    const engine = await engineWithPage();
    const menu = await menuFor(engine);
    let exported = 0;
    menu.addEventListener(CesdkBeforeExportEvent.eventName, (event) => event.preventDefault());
    menu.addEventListener(CesdkExportEvent.eventName, () => (exported += 1));
    expect(await menu.exportNow()).to.equal(undefined);
    expect(exported).to.equal(0);
    engine.dispose();
  });

  it('shows a progress bar for a long export, and Cancel aborts it', async () => {
    const engine = await engineWithPage(2000, 2000);
    const menu = await menuFor(engine);
    menu.progressDelay = 0;
    menu.open = true;
    menu.customSize = true;
    menu.targetWidth = 6000;
    let exported = 0;
    menu.addEventListener(CesdkExportEvent.eventName, () => (exported += 1));
    const running = menu.exportNow();
    let progress: Element | null = null;
    const deadline = Date.now() + 20_000;
    while (!progress && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      progress = menu.shadowRoot!.querySelector('[part="progress"]');
    }
    expect(progress, `progress bar shown (status: ${menu.shadowRoot!.textContent})`).to.exist;
    (menu.shadowRoot!.querySelector('[part="cancel"]') as HTMLButtonElement).click();
    expect(await running).to.equal(undefined);
    expect(exported).to.equal(0);
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
    expect(menu.shadowRoot!.textContent).to.contain('Export canceled.');
    engine.dispose();
  });

  it('exports every page to PDF by default ("All pages"), or only the current one', async () => {
    const engine = await engineWithPage();
    engine.scene.addPage();
    const menu = await menuFor(engine);
    menu.onExport = () => undefined;
    (menu.shadowRoot!.querySelector('[part="trigger"]') as HTMLButtonElement).click();
    await menu.updateComplete;
    const format = menu.shadowRoot!.querySelector('[part="format"]') as HTMLSelectElement;
    format.value = 'application/pdf';
    format.dispatchEvent(new Event('change'));
    await menu.updateComplete;
    const pages = menu.shadowRoot!.querySelector('[part="pages"]') as HTMLSelectElement;
    expect(pages.value).to.equal('all');
    const countPages = async (blob: Blob | undefined) => ((await blob!.text()).match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(await countPages(await menu.exportNow())).to.equal(2);
    pages.value = 'current';
    pages.dispatchEvent(new Event('change'));
    await menu.updateComplete;
    expect(await countPages(await menu.exportNow())).to.equal(1);
  });

  it('closes on Escape and on a click outside, and its status follows a locale switch', async () => {
    const engine = await engineWithPage();
    const root = await fixture<HTMLDivElement>(html`<div><button id="outside">outside</button><cesdk-export-menu .engine=${engine}></cesdk-export-menu></div>`);
    const menu = root.querySelector('cesdk-export-menu') as CesdkExportMenu;
    menu.onExport = () => undefined;
    await menu.updateComplete;
    const trigger = menu.shadowRoot!.querySelector('[part="trigger"]') as HTMLButtonElement;
    trigger.click();
    await menu.updateComplete;
    const format = menu.shadowRoot!.querySelector('[part="format"]') as HTMLSelectElement;
    format.focus();
    format.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await menu.updateComplete;
    expect(menu.open, 'Escape closes').to.equal(false);
    expect(menu.shadowRoot!.activeElement, 'focus returns to the trigger').to.equal(trigger);
    trigger.click();
    await menu.updateComplete;
    expect(menu.open).to.equal(true);
    root.querySelector('#outside')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await menu.updateComplete;
    expect(menu.open, 'a click outside closes').to.equal(false);
    trigger.click();
    await menu.updateComplete;
    await menu.exportNow();
    await menu.updateComplete;
    const status = () => menu.shadowRoot!.querySelector('.status')!.textContent!.trim();
    expect(status()).to.equal('Exported.');
    const { loadLocale } = await import('../shared/i18n.js');
    await loadLocale('de');
    menu.setAttribute('locale', 'de');
    await menu.updateComplete;
    expect(status()).to.equal('Exportiert.');
  });
});
