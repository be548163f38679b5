import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/asset-library/define.js';
import type { CesdkAssetLibrary } from '../../elements/asset-library/asset-library.js';
import { ASSET_DRAG_TYPE, attachAssetDrop } from '../../elements/asset-library/asset-drop.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { addText, createEngineWithPage, settle } from './panels-helpers.js';
import type { Engine } from '../../core/engine/index.js';

async function mount(engine: Engine): Promise<CesdkAssetLibrary> {
  const library = await fixture<CesdkAssetLibrary>(
    html`<cesdk-asset-library .engine=${engine}></cesdk-asset-library>`,
  );
  await settle(library, engine);
  return library;
}

function tabs(library: CesdkAssetLibrary): HTMLButtonElement[] {
  return [...library.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=tab]')];
}

async function openTab(library: CesdkAssetLibrary, name: string, engine: Engine): Promise<void> {
  tabs(library).find((tab) => tab.textContent!.trim() === name)!.click();
  await settle(library, engine);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await settle(library, engine);
}

function assetButton(library: CesdkAssetLibrary, label: string): HTMLButtonElement {
  const button = [...library.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.asset')].find((candidate) => candidate.getAttribute('aria-label') === label);
  if (!button) throw new Error(`no asset "${label}"`);
  return button;
}

async function fixtureFile(path: string, name: string, type: string): Promise<File> {
  const bytes = await (await fetch(path)).arrayBuffer();
  return new File([bytes], name, { type });
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('<cesdk-asset-library>', () => {
  it('lists the built-in sources as tabs and places a shape as one undo step', async () => {
    const { engine, page } = await createEngineWithPage();
    const library = await mount(engine);
    expect(tabs(library).map((tab) => tab.textContent!.trim())).to.deep.equal(['Shapes', 'Text', 'Images', 'Videos', 'Audio', 'Stickers', 'Fonts']);
    expect(tabs(library)[0]!.getAttribute('aria-selected')).to.equal('true');
    assetButton(library, 'Star').click();
    await until(() => engine.block.getChildren(page).length === 1);
    const [block] = engine.block.getChildren(page);
    expect(engine.block.getType(engine.block.getShape(block!)!)).to.equal('//ly.img.ubq/shape/star');
    expect(engine.block.findAllSelected()).to.deep.equal([block]);
    expect(engine.block.getGlobalBoundingBoxX(block!) + engine.block.getWidth(block!) / 2).to.be.closeTo(540, 1e-6);
    engine.editor.undo();
    expect(engine.block.getChildren(page)).to.deep.equal([]);
    await expect(library).to.be.accessible();
    engine.editor.setRole('Viewer');
    await settle(library, engine);
    expect(assetButton(library, 'Star').disabled).to.equal(true);
    engine.editor.setRole('Creator');
    engine.dispose();
  });

  it('searches, and places text presets and stickers', async () => {
    const { engine, page } = await createEngineWithPage();
    const library = await mount(engine);
    const search = library.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'circle';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 250));
    await settle(library, engine);
    expect([...library.shadowRoot!.querySelectorAll('button.asset')].map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Ellipse']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await openTab(library, 'Text', engine);
    assetButton(library, 'Heading').click();
    await until(() => engine.block.getChildren(page).length === 1);
    const heading = engine.block.getChildren(page)[0]!;
    expect(engine.block.getType(heading)).to.equal('//ly.img.ubq/text');
    expect(engine.block.getFloat(heading, 'text/fontSize')).to.equal(48);
    expect(engine.block.getEnum(heading, 'text/fontWeight')).to.equal('Bold');
    expect(engine.block.getString(heading, 'text/text')).to.equal('Heading');
    // The bold preset names the bold file of the package's Lato (it drew regular when it named the regular one).
    expect(engine.block.getString(heading, 'text/fontFileUri')).to.match(/\/assets\/fonts\/Lato-Bold\.ttf$/);
    await openTab(library, 'Stickers', engine);
    assetButton(library, 'Heart').click();
    await until(() => engine.block.getChildren(page).length === 2);
    const sticker = engine.block.getChildren(page)[1]!;
    expect(engine.block.getKind(sticker)).to.equal('sticker');
    expect(engine.block.getString(engine.block.getFill(sticker)!, 'fill/image/imageFileURI')).to.match(/^data:image\/svg\+xml/);
    engine.dispose();
  });

  it('applies a font to the selected text, and says so when no text is selected', async () => {
    const { engine, page } = await createEngineWithPage();
    const text = addText(engine, page);
    const library = await mount(engine);
    await openTab(library, 'Fonts', engine);
    assetButton(library, 'Lato').click();
    // Placing is a chunk loaded with the first placement: wait for its answer.
    await until(() => library.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('Select a text'));
    expect(library.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Select a text');
    engine.block.select(text);
    engine.block.setEnum(text, 'text/fontWeight', 'Bold');
    engine.block.setEnum(text, 'text/fontStyle', 'Italic');
    assetButton(library, 'Lato').click();
    await until(() => engine.block.getString(text, 'text/typeface') === 'Lato');
    // A family keeps the text's weight and style and takes the matching face.
    expect(engine.block.getString(text, 'text/fontFileUri')).to.match(/Lato-BoldItalic\.ttf$/);
    expect(engine.block.getEnum(text, 'text/fontWeight')).to.equal('Bold');
    // Each family's tile is drawn in its own typeface.
    await until(() => getComputedStyle(assetButton(library, 'Playfair Display')!.querySelector('.font-preview')!).fontFamily.includes('cesdk-font-preview'));
    engine.dispose();
  });

  it('uploads images locally (object URLs) and refuses files that are not images', async () => {
    const { engine, page } = await createEngineWithPage();
    const library = await mount(engine);
    const errors: CesdkErrorEvent[] = [];
    library.addEventListener('cesdk-error', (event) => errors.push(event));
    const png = await fixtureFile('/test/fixtures/images/pattern-800x600.png', 'pattern.png', 'image/png');
    // Font files (previews of an earlier test still loading) are not what this counts.
    const requests = () => performance.getEntriesByType('resource').filter((entry) => !/\.ttf$/.test(entry.name)).length;
    const resourcesBefore = requests();
    await library.upload([png]);
    const [image] = engine.block.getChildren(page);
    const uri = engine.block.getString(engine.block.getFill(image!)!, 'fill/image/imageFileURI');
    expect(uri).to.match(/^blob:/);
    expect(engine.block.getWidth(image!) / engine.block.getHeight(image!)).to.be.closeTo(800 / 600, 1e-6);
    // Reading the file made no network request.
    expect(requests()).to.equal(resourcesBefore);
    await openTab(library, 'Images', engine);
    expect(assetButton(library, 'pattern.png')).to.exist;
    const html = new File(['<html><script>alert(1)</script></html>'], 'evil.png', { type: 'image/png' });
    const bomb = await fixtureFile('/test/fixtures/hostile/bomb-50000x50000.png', 'bomb.png', 'image/png');
    await library.upload([html, bomb]);
    expect(errors.map((event) => event.error.code)).to.deep.equal(['INVALID_VALUE', 'IMAGE_TOO_LARGE']);
    expect(engine.block.getChildren(page).length).to.equal(1);
    await expect(library).to.be.accessible();
    engine.dispose();
  });

  it('accepts image files and library assets dropped onto the canvas', async () => {
    const { engine, page } = await createEngineWithPage();
    const target = await fixture<HTMLDivElement & { getCamera?: () => { x: number; y: number; zoom: number } }>(html`<div style="width: 200px; height: 200px"></div>`);
    // Like <cesdk-canvas>: a camera showing the world from (0, 0) at 10 %.
    target.getCamera = () => ({ x: 0, y: 0, zoom: 0.1 });
    const detach = attachAssetDrop(target, { engine: () => engine });
    const box = target.getBoundingClientRect();
    const drop = (data: DataTransfer) => {
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
      target.dispatchEvent(over);
      expect(over.defaultPrevented).to.equal(true);
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 20, clientY: box.top + 30 }));
    };
    const files = new DataTransfer();
    files.items.add(await fixtureFile('/test/fixtures/images/photo-1600x1200.jpg', 'photo.jpg', 'image/jpeg'));
    drop(files);
    await until(() => engine.block.getChildren(page).length === 1);
    const photo = engine.block.getChildren(page)[0]!;
    expect(engine.block.getString(engine.block.getFill(photo)!, 'fill/image/imageFileURI')).to.match(/^blob:/);
    // Centred where it was dropped: (20, 30) view pixels at 10 % = (200, 300) on the page.
    expect(engine.block.getPositionX(photo) + engine.block.getWidth(photo) / 2).to.be.closeTo(200, 1e-6);
    expect(engine.block.getPositionY(photo) + engine.block.getHeight(photo) / 2).to.be.closeTo(300, 1e-6);
    const asset = new DataTransfer();
    asset.setData(ASSET_DRAG_TYPE, JSON.stringify({ sourceId: 'ly.img.shape', asset: { id: 'ellipse', label: 'Ellipse', meta: { kind: 'shape', shapeType: 'ellipse' } } }));
    drop(asset);
    await until(() => engine.block.getChildren(page).length === 2);
    expect(engine.block.getType(engine.block.getShape(engine.block.getChildren(page)[1]!)!)).to.equal('//ly.img.ubq/shape/ellipse');
    detach();
    const late = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: files });
    target.dispatchEvent(late);
    expect(late.defaultPrevented).to.equal(false);
    engine.dispose();
  });

  it('accepts drops on the element named by drop-target, and lets go of it when the attribute changes', async () => {
    const { engine, page } = await createEngineWithPage();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div id="zone-a" style="width: 100px; height: 100px"></div>
      <div id="zone-b" style="width: 100px; height: 100px"></div>
      <cesdk-asset-library drop-target="zone-a" .engine=${engine}></cesdk-asset-library>
    </div>`);
    const library = wrapper.querySelector<CesdkAssetLibrary>('cesdk-asset-library')!;
    await settle(library, engine);
    const dragOver = (zone: string) => {
      const data = new DataTransfer();
      data.setData(ASSET_DRAG_TYPE, JSON.stringify({ sourceId: 'ly.img.shape', asset: { id: 'rect', meta: { kind: 'shape', shapeType: 'rect' } } }));
      const event = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
      wrapper.querySelector(`#${zone}`)!.dispatchEvent(event);
      return { accepted: event.defaultPrevented, data };
    };
    expect(dragOver('zone-a').accepted).to.equal(true);
    expect(dragOver('zone-b').accepted).to.equal(false);
    library.setAttribute('drop-target', 'zone-b');
    await settle(library, engine);
    expect(dragOver('zone-a').accepted).to.equal(false);
    const { accepted, data } = dragOver('zone-b');
    expect(accepted).to.equal(true);
    wrapper.querySelector('#zone-b')!.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    await until(() => engine.block.getChildren(page).length === 1);
    expect(engine.block.getChildren(page).length).to.equal(1);
    engine.dispose();
  });

  it('shows integrator sources as extra tabs and applies through their applyAsset', async () => {
    const { engine } = await createEngineWithPage();
    const library = await mount(engine);
    const applied: string[] = [];
    engine.asset.addSource({
      id: 'acme.logos',
      findAssets: async (query) => ({
        assets: [{ id: 'logo-1', label: 'ACME logo', meta: { uri: '/test/fixtures/images/logo.svg', kind: 'image' as const } }].filter((asset) => !query.query || asset.label.includes(query.query)),
        currentPage: 0,
        nextPage: undefined,
        total: 1,
      }),
      applyAsset: async (asset) => {
        applied.push(asset.id);
        return undefined;
      },
    });
    library.sourceLabels = { 'acme.logos': 'Logos' };
    await settle(library, engine);
    expect(tabs(library).at(-1)!.textContent!.trim()).to.equal('Logos');
    await openTab(library, 'Logos', engine);
    assetButton(library, 'ACME logo').click();
    await until(() => applied.length === 1);
    expect(applied).to.deep.equal(['logo-1']);
    engine.dispose();
  });

  it('switches locale, keeps tabs keyboard operable, and passes axe in dark', async () => {
    const { engine } = await createEngineWithPage();
    const library = await mount(engine);
    // The status line of a placed asset follows the locale switch (it is not frozen in English).
    assetButton(library, 'Star').click();
    const status = () => library.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    await until(() => status() === 'Added Star');
    expect(status()).to.equal('Added Star');
    library.locale = 'de';
    library.theme = 'dark';
    await settle(library, engine);
    expect(status()).to.equal('Star hinzugefügt');
    expect(tabs(library).map((tab) => tab.textContent!.trim())).to.deep.equal(['Formen', 'Text', 'Bilder', 'Videos', 'Audio', 'Sticker', 'Schriften']);
    tabs(library)[0]!.focus();
    tabs(library)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle(library, engine);
    expect(library.activeSource).to.equal('ly.img.text');
    expect(library.shadowRoot!.activeElement).to.equal(tabs(library)[1]);
    await expect(library).to.be.accessible();
    engine.dispose();
  });
});
