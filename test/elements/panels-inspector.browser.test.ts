import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/inspector/define.js';
import type { CesdkInspector } from '../../elements/inspector/inspector.js';
import type { CesdkColorPicker } from '../../elements/shared/controls/color-picker.js';
import type { CesdkNumberField } from '../../elements/shared/controls/number-field.js';
import type { CesdkSelect } from '../../elements/shared/controls/select.js';
import type { CesdkSlider } from '../../elements/shared/controls/slider.js';
import type { CesdkToggle } from '../../elements/shared/controls/toggle.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { registerBuiltInAssetSources } from '../../elements/asset-library/built-in-sources.js';
import { addRectangle, addText, controlByLabel, createEngineWithPage, deepQueryAll, settle } from './panels-helpers.js';
import type { Engine } from '../../core/engine/index.js';

async function mount(engine: Engine): Promise<CesdkInspector> {
  const inspector = await fixture<CesdkInspector>(html`<cesdk-inspector .engine=${engine}></cesdk-inspector>`);
  await settle(inspector, engine);
  return inspector;
}

function sectionParts(inspector: CesdkInspector): string[] {
  return [...inspector.shadowRoot!.querySelectorAll('details.section')].map((section) => section.getAttribute('part')!.replace('section ', ''));
}

function dragSlider(slider: CesdkSlider, values: number[]): void {
  const range = slider.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
  for (const value of values) {
    range.value = String(value);
    range.dispatchEvent(new Event('input', { bubbles: true }));
  }
  range.dispatchEvent(new Event('change', { bubbles: true }));
}

function typeInto(control: HTMLElement, selector: string, text: string): void {
  const input = control.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event('change'));
}

function choose(select: CesdkSelect, value: string): void {
  const native = select.shadowRoot!.querySelector('select')!;
  native.value = value;
  native.dispatchEvent(new Event('change'));
}

describe('<cesdk-inspector>', () => {
  it('shows the page (size presets, background) when nothing is selected, and applies a preset as one step', async () => {
    const { engine, page } = await createEngineWithPage();
    const inspector = await mount(engine);
    expect(sectionParts(inspector)).to.deep.equal(['page']);
    const size = controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Page size')!;
    expect(size.options.map((option) => option.value)).to.include.members(['a4', 'letter', 'instagramPost', 'instagramStory', 'hd1080p']);
    expect(size.value).to.equal('instagramPost');
    choose(size, 'a4');
    expect(Math.round(engine.block.getWidth(page))).to.equal(2480);
    expect(Math.round(engine.block.getHeight(page))).to.equal(3508);
    engine.editor.undo();
    expect(engine.block.getWidth(page)).to.equal(1080);
    choose(size, 'hd1080p');
    await settle(inspector, engine);
    expect(engine.block.getWidth(page)).to.equal(1920);
    const background = controlByLabel<CesdkColorPicker>(inspector, 'cesdk-color-picker', 'Background color')!;
    typeInto(background, 'input[part=hex]', '#336699');
    const fill = engine.block.getFill(page)!;
    expect(engine.block.getColor(fill, 'fill/color/value')).to.deep.include({ r: 0.2, a: 1 });
    engine.dispose();
  });

  it('edits position, size and rotation of the selection; each typed value is one undo step', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.select(block);
    const inspector = await mount(engine);
    expect(sectionParts(inspector)).to.include.members(['transform', 'fill', 'shape', 'appearance', 'stroke', 'shadow', 'effects', 'crop']);
    typeInto(controlByLabel<CesdkNumberField>(inspector, 'cesdk-number-field', 'X')!, 'input', '120');
    typeInto(controlByLabel<CesdkNumberField>(inspector, 'cesdk-number-field', 'Width')!, 'input', '333');
    expect(engine.block.getPositionX(block)).to.equal(120);
    expect(engine.block.getWidth(block)).to.equal(333);
    dragSlider(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Rotation')!, [10, 20, 45]);
    expect(engine.block.getRotation(block)).to.be.closeTo(Math.PI / 4, 1e-6);
    engine.editor.undo();
    expect(engine.block.getRotation(block)).to.equal(0);
    engine.editor.undo();
    expect(engine.block.getWidth(block)).to.equal(200);
    engine.dispose();
  });

  it('a slider drag (opacity) is one undo step', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.select(block);
    const inspector = await mount(engine);
    const opacity = controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Opacity')!;
    dragSlider(opacity, [90, 80, 70, 60, 50, 40]);
    expect(engine.block.getOpacity(block)).to.be.closeTo(0.4, 1e-6);
    engine.editor.undo();
    expect(engine.block.getOpacity(block)).to.equal(1);
    expect(engine.editor.canUndo()).to.equal(true);
    engine.editor.redo();
    expect(engine.block.getOpacity(block)).to.be.closeTo(0.4, 1e-6);
    engine.dispose();
  });

  it('with several blocks selected shows mixed values and edits all of them in one step', async () => {
    const { engine, page } = await createEngineWithPage();
    const first = addRectangle(engine, page);
    const second = addRectangle(engine, page);
    const text = addText(engine, page);
    engine.block.setOpacity(first, 0.5);
    engine.block.setSelected(first, true);
    engine.block.setSelected(second, true);
    const inspector = await mount(engine);
    expect(inspector.shadowRoot!.querySelector('.summary')!.textContent).to.contain('2 blocks selected');
    const opacity = controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Opacity')!;
    expect(opacity.mixed).to.equal(true);
    typeInto(opacity, 'input[part=field]', '30');
    expect(engine.block.getOpacity(first)).to.be.closeTo(0.3, 1e-6);
    expect(engine.block.getOpacity(second)).to.be.closeTo(0.3, 1e-6);
    engine.editor.undo();
    expect(engine.block.getOpacity(first)).to.equal(0.5);
    expect(engine.block.getOpacity(second)).to.equal(1);
    await settle(inspector, engine);
    choose(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Add effect')!, 'invert');
    expect(engine.block.getEffects(first).length).to.equal(1);
    expect(engine.block.getEffects(second).length).to.equal(1);
    controlByLabel<CesdkToggle>(inspector, 'cesdk-toggle', 'Blur')!.shadowRoot!.querySelector('button')!.click();
    expect(engine.block.getBlur(first)).to.not.equal(null);
    expect(engine.block.isBlurEnabled(second)).to.equal(true);
    engine.editor.undo();
    engine.editor.undo();
    expect(engine.block.getEffects(first).length + engine.block.getEffects(second).length).to.equal(0);
    // A text and a graphic share transform and appearance, but neither text nor shape settings.
    engine.block.setSelected(text, true);
    await settle(inspector, engine);
    const parts = sectionParts(inspector);
    expect(parts).to.include.members(['transform', 'appearance']);
    expect(parts).not.to.include('text');
    expect(parts).not.to.include('shape');
    engine.dispose();
  });

  it('gives a page without a fill its first fill from the fill type (solid colour), as one step', async () => {
    const { engine } = await createEngineWithPage();
    const bare = engine.block.create('page');
    engine.block.destroy(engine.block.getFill(bare)!); // a new page comes with a white fill (CE.SDK); this one has none
    engine.block.setWidth(bare, 500);
    engine.block.setHeight(bare, 500);
    engine.block.appendChild(engine.scene.get()!, bare);
    engine.scene.setCurrentPage(bare);
    const errors: CesdkErrorEvent[] = [];
    const inspector = await mount(engine);
    inspector.addEventListener('cesdk-error', (event) => errors.push(event as CesdkErrorEvent));
    engine.block.select(bare);
    await settle(inspector, engine);
    const type = controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Fill type')!;
    expect(type.value).to.equal('none');
    choose(type, 'color');
    const fill = engine.block.getFill(bare);
    expect(fill, 'the page got a fill').to.not.equal(null);
    expect(engine.block.getType(fill!)).to.equal('//ly.img.ubq/fill/color');
    expect(engine.block.getColor(fill!, 'fill/color/value')).to.deep.equal({ r: 1, g: 1, b: 1, a: 1 });
    expect(errors.map((event) => event.error.code)).to.deep.equal([]);
    engine.editor.undo();
    expect(engine.block.getFill(bare)).to.equal(null);
    engine.dispose();
  });

  it('fill: colour with alpha, switch to a linear gradient, add a stop, change the angle', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.select(block);
    const inspector = await mount(engine);
    typeInto(controlByLabel<CesdkColorPicker>(inspector, 'cesdk-color-picker', 'Fill color')!, 'input[part=hex]', '#0000ff80');
    const color = engine.block.getColor(engine.block.getFill(block)!, 'fill/color/value') as { b: number; a: number };
    expect(color.b).to.equal(1);
    expect(color.a).to.be.closeTo(0.5, 0.01);
    choose(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Fill type')!, 'gradient/linear');
    const fill = engine.block.getFill(block)!;
    expect(engine.block.getType(fill)).to.equal('//ly.img.ubq/fill/gradient/linear');
    const stops = engine.block.getGradientColorStops(fill, 'fill/gradient/colors');
    expect(stops.length).to.equal(2);
    expect(stops[0]!.color).to.deep.include({ b: 1 });
    await settle(inspector, engine);
    const addStop = deepQueryAll<HTMLButtonElement>(inspector, 'button').find((button) => button.textContent!.trim() === 'Add stop')!;
    addStop.click();
    expect(engine.block.getGradientColorStops(fill, 'fill/gradient/colors').length).to.equal(3);
    await settle(inspector, engine);
    typeInto(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Gradient angle')!, 'input[part=field]', '0');
    expect(engine.block.getFloat(fill, 'fill/gradient/linear/startPointX')).to.be.closeTo(0, 1e-6);
    expect(engine.block.getFloat(fill, 'fill/gradient/linear/endPointX')).to.be.closeTo(1, 1e-6);
    engine.editor.undo();
    engine.editor.undo();
    engine.editor.undo();
    expect(engine.block.getType(engine.block.getFill(block)!)).to.equal('//ly.img.ubq/fill/color');
    engine.dispose();
  });

  it('stroke, drop shadow, shape, flip, effects and blur', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.setShape(block, engine.block.createShape('star'));
    engine.block.select(block);
    const inspector = await mount(engine);
    const toggle = (label: string) => controlByLabel<CesdkToggle>(inspector, 'cesdk-toggle', label)!.shadowRoot!.querySelector('button')!.click();
    toggle('Stroke');
    expect(engine.block.getBool(block, 'stroke/enabled')).to.equal(true);
    await settle(inspector, engine);
    typeInto(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Stroke width')!, 'input[part=field]', '7');
    expect(engine.block.getFloat(block, 'stroke/width')).to.equal(7);
    choose(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Stroke style')!, 'Dashed');
    expect(engine.block.getEnum(block, 'stroke/style')).to.equal('Dashed');
    toggle('Drop shadow');
    await settle(inspector, engine);
    typeInto(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Shadow blur')!, 'input[part=field]', '12');
    expect(engine.block.getFloat(block, 'dropShadow/blurRadius/y')).to.equal(12);
    typeInto(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Points')!, 'input[part=field]', '8');
    expect(engine.block.getInt(engine.block.getShape(block)!, 'shape/star/points')).to.equal(8);
    toggle('Flip horizontally');
    expect(engine.block.getFlipHorizontal(block)).to.equal(true);
    choose(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Add effect')!, 'sepia');
    expect(engine.block.getEffects(block).length).to.equal(1);
    await settle(inspector, engine);
    dragSlider(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Intensity')!, [0.8, 0.6]);
    expect(engine.block.getFloat(engine.block.getEffects(block)[0]!, 'effect/sepia/intensity')).to.be.closeTo(0.6, 1e-6);
    toggle('Blur');
    await settle(inspector, engine);
    expect(engine.block.isBlurEnabled(block)).to.equal(true);
    expect(engine.block.getType(engine.block.getBlur(block)!)).to.equal('//ly.img.ubq/blur/uniform');
    const remove = deepQueryAll<HTMLButtonElement>(inspector, 'button').find((button) => button.textContent!.trim() === 'Remove Sepia')!;
    remove.click();
    expect(engine.block.getEffects(block).length).to.equal(0);
    engine.dispose();
  });

  it('text: font family from the font source, size, weight, alignment, colour', async () => {
    const { engine, page } = await createEngineWithPage();
    registerBuiltInAssetSources(engine);
    const text = addText(engine, page);
    engine.block.select(text);
    const inspector = await mount(engine);
    await inspector.refreshFonts();
    await settle(inspector, engine);
    expect(sectionParts(inspector)).to.include('text');
    const font = controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Font')!;
    // A text without a typeface shows the default font first.
    expect(font.options.map((option) => option.label)).to.deep.equal(['Default font', 'Lato', 'Open Sans', 'Roboto', 'Montserrat', 'Raleway', 'Merriweather', 'Lora', 'Playfair Display']);
    expect(font.value).to.equal('');
    choose(font, 'Lato');
    expect(engine.block.getString(text, 'text/typeface')).to.equal('Lato');
    expect(engine.block.getString(text, 'text/fontFileUri')).to.match(/Lato-Regular\.ttf$/);
    choose(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Weight')!, 'Bold');
    expect(engine.block.getEnum(text, 'text/fontWeight')).to.equal('Bold');
    expect(engine.block.getString(text, 'text/fontFileUri')).to.match(/Lato-Bold\.ttf$/);
    typeInto(controlByLabel<CesdkNumberField>(inspector, 'cesdk-number-field', 'Font size')!, 'input', '36');
    expect(engine.block.getFloat(text, 'text/fontSize')).to.equal(36);
    choose(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Horizontal alignment')!, 'Center');
    expect(engine.block.getEnum(text, 'text/horizontalAlignment')).to.equal('Center');
    typeInto(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Line height')!, 'input[part=field]', '1.5');
    expect(engine.block.getFloat(text, 'text/lineHeight')).to.equal(1.5);
    typeInto(controlByLabel<CesdkColorPicker>(inspector, 'cesdk-color-picker', 'Text color')!, 'input[part=hex]', '#ff0000');
    expect(engine.block.getTextColor(text)).to.deep.equal({ r: 1, g: 0, b: 0, a: 1 });
    engine.editor.undo();
    expect(engine.block.getTextColor(text)).to.deep.include({ r: 0 });
    engine.dispose();
  });

  it('lists the bundled fonts without an open asset library, and follows the library\'s font folder', async () => {
    const { engine, page } = await createEngineWithPage();
    const inspector = await mount(engine);
    const text = addText(engine, page);
    engine.block.select(text);
    await inspector.refreshFonts();
    await settle(inspector, engine);
    expect(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Font')!.options.map((option) => option.value)).to.deep.equal(['', 'Lato', 'Open Sans', 'Roboto', 'Montserrat', 'Raleway', 'Merriweather', 'Lora', 'Playfair Display']);
    registerBuiltInAssetSources(engine, { fontBaseUrl: '/test/fixtures/fonts/' });
    engine.block.setSelected(text, false);
    engine.block.select(text);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(inspector, engine);
    choose(controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Font')!, 'Open Sans');
    expect(engine.block.getString(text, 'text/fontFileUri')).to.match(/\/test\/fixtures\/fonts\/OpenSans-Regular\.ttf$/);
    engine.dispose();
  });

  it('generates the shadow and shape controls from the kind declarations: spread, blur (x and y), corner radius', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.select(block);
    const inspector = await mount(engine);
    controlByLabel<CesdkToggle>(inspector, 'cesdk-toggle', 'Drop shadow')!.shadowRoot!.querySelector('button')!.click();
    await settle(inspector, engine);
    expect(engine.block.getBool(block, 'dropShadow/enabled')).to.equal(true);
    const spread = controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Shadow spread')!;
    expect(spread, 'a Shadow spread slider').to.not.equal(undefined);
    dragSlider(spread, [4, 8, 12]);
    expect(engine.block.getFloat(block, 'dropShadow/spread')).to.equal(12);
    engine.editor.undo();
    expect(engine.block.getFloat(block, 'dropShadow/spread')).to.equal(0);
    await settle(inspector, engine);
    dragSlider(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Shadow blur')!, [7]);
    expect([engine.block.getFloat(block, 'dropShadow/blurRadius/x'), engine.block.getFloat(block, 'dropShadow/blurRadius/y')]).to.deep.equal([7, 7]);
    // Hidden in the declaration: no control of their own.
    expect(controlByLabel(inspector, 'cesdk-toggle', 'inspector.shadow.clip')).to.equal(undefined);
    dragSlider(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Corner radius')!, [16]);
    const shape = engine.block.getShape(block)!;
    expect(['TL', 'TR', 'BL', 'BR'].map((corner) => engine.block.getFloat(shape, `shape/rect/cornerRadius${corner}`))).to.deep.equal([16, 16, 16, 16]);
    engine.dispose();
  });

  it('generates effect and blur controls from the kind declarations, with their ranges', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.appendEffect(block, engine.block.createEffect('glow'));
    const blur = engine.block.createBlur('radial');
    engine.block.setBlur(block, blur);
    engine.block.setBlurEnabled(block, true);
    engine.block.select(block);
    const inspector = await mount(engine);
    await settle(inspector, engine);
    // glow/size: declared ≥ 0 with a slider hint of 0..50 in steps of 0.5 (the effect table).
    const size = controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Size')!;
    expect([size.min, size.max, size.step]).to.deep.equal([0, 50, 0.5]);
    dragSlider(size, [12.5]);
    expect(engine.block.getFloat(engine.block.getEffects(block)[0]!, 'effect/glow/size')).to.equal(12.5);
    // blur/radial/radius (default 75): a 0..200 slider from the blur kind's hint.
    const radius = controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Radius')!;
    expect([radius.min, radius.max, radius.value]).to.deep.equal([0, 200, 75]);
    dragSlider(radius, [120]);
    expect(engine.block.getFloat(blur, 'blur/radial/radius')).to.equal(120);
    engine.editor.undo();
    expect(engine.block.getFloat(blur, 'blur/radial/radius')).to.equal(75);
    // "Add effect" is an action: after adding, it shows no choice again (it kept showing the effect).
    const add = controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Add effect')!;
    const native = add.shadowRoot!.querySelector('select')!;
    native.value = 'sepia';
    native.dispatchEvent(new Event('change'));
    await settle(inspector, engine);
    expect(engine.block.getEffects(block).length).to.equal(2);
    const after = controlByLabel<CesdkSelect>(inspector, 'cesdk-select', 'Add effect')!.shadowRoot!.querySelector('select')!;
    expect(after.value, 'the action select is back to no choice').to.equal('');
    engine.dispose();
  });

  it('shows values read-only to the Viewer role, and editable again for the Creator', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.select(block);
    const inspector = await mount(engine);
    engine.editor.setRole('Viewer');
    await settle(inspector, engine);
    const controls = deepQueryAll<HTMLElement & { disabled: boolean }>(inspector, 'cesdk-slider, cesdk-number-field, cesdk-select, cesdk-toggle, cesdk-color-picker');
    expect(controls.length).to.be.greaterThan(10);
    expect(controls.filter((control) => !control.disabled).map((control) => control.localName)).to.deep.equal([]);
    expect(controlByLabel<CesdkNumberField>(inspector, 'cesdk-number-field', 'Width')!.value).to.equal(200);
    engine.editor.setRole('Creator');
    await settle(inspector, engine);
    expect(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Opacity')!.disabled).to.equal(false);
    engine.dispose();
  });

  it('a refused edit (denied scope) fires cesdk-error and changes nothing', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.editor.addUndoStep(); // the set-up is its own step (CE.SDK history model)
    engine.block.select(block);
    engine.editor.setGlobalScope('layer/opacity', 'Deny');
    const inspector = await mount(engine);
    const before = await engine.scene.saveToString();
    const errors: CesdkErrorEvent[] = [];
    inspector.addEventListener('cesdk-error', (event) => errors.push(event));
    dragSlider(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Opacity')!, [50, 40]);
    expect(errors.length).to.be.greaterThan(0);
    expect(errors[0]!.error.code).to.equal('SCOPE_DENIED');
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
    expect(engine.block.getOpacity(block)).to.equal(1);
    expect(await engine.scene.saveToString()).to.equal(before);
    engine.editor.undo(); // the refused edit left no step: undo takes back the set-up step
    expect(engine.block.isValid(block)).to.equal(false);
    engine.dispose();
  });

  it('switches locale and theme, and passes axe in light and dark', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.select(block);
    const inspector = await mount(engine);
    inspector.setAttribute('theme', 'light');
    await settle(inspector, engine);
    await expect(inspector).to.be.accessible();
    inspector.setAttribute('theme', 'dark');
    await settle(inspector, engine);
    expect(getComputedStyle(inspector).getPropertyValue('--cesdk-color-surface').trim()).to.equal('#1a1d23');
    await expect(inspector).to.be.accessible();
    inspector.locale = 'de';
    await settle(inspector, engine);
    expect(inspector.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Eigenschaften');
    expect(controlByLabel(inspector, 'cesdk-slider', 'Deckkraft')).to.not.equal(undefined);
    engine.dispose();
  });
});
