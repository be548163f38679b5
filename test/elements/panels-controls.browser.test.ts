import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../elements/shared/controls/define.js';
import type { CesdkColorPicker } from '../../elements/shared/controls/color-picker.js';
import type { CesdkNumberField } from '../../elements/shared/controls/number-field.js';
import type { CesdkSelect } from '../../elements/shared/controls/select.js';
import type { CesdkSlider } from '../../elements/shared/controls/slider.js';
import type { CesdkToggle } from '../../elements/shared/controls/toggle.js';
import { EditSession } from '../../elements/shared/controls/edit-session.js';
import { ControlChangeEvent, ControlInputEvent } from '../../elements/shared/controls/control-events.js';
import { addRectangle, createEngineWithPage } from './panels-helpers.js';

function record(element: HTMLElement): { inputs: unknown[]; changes: unknown[] } {
  const log = { inputs: [] as unknown[], changes: [] as unknown[] };
  element.addEventListener('cesdk-control-input', (event) => log.inputs.push((event as ControlInputEvent).value));
  element.addEventListener('cesdk-control-change', (event) => log.changes.push((event as ControlChangeEvent).value));
  return log;
}

describe('shared controls', () => {
  it('slider: a drag is many inputs and one change; the field commits typed numbers, clamped', async () => {
    const slider = await fixture<CesdkSlider>(html`<cesdk-slider label="Opacity" min="0" max="100" value="50"></cesdk-slider>`);
    const log = record(slider);
    const range = slider.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
    for (const value of [55, 60, 65]) {
      range.value = String(value);
      range.dispatchEvent(new Event('input', { bubbles: true }));
    }
    range.dispatchEvent(new Event('change', { bubbles: true }));
    expect(log.inputs).to.deep.equal([55, 60, 65]);
    expect(log.changes).to.deep.equal([65]);
    const field = slider.shadowRoot!.querySelector<HTMLInputElement>('input[part=field]')!;
    field.value = '250';
    field.dispatchEvent(new Event('change'));
    expect(log.changes.at(-1)).to.equal(100);
    field.value = 'abc';
    field.dispatchEvent(new Event('change'));
    expect(log.changes.length).to.equal(2);
    expect(field.value).to.equal('100');
    await expect(slider).to.be.accessible();
  });

  it('slider: a fractional value shows at its place from the first render (0.3 of 0..1)', async () => {
    const slider = await fixture<CesdkSlider>(html`<cesdk-slider label="Darkness" .min=${0} .max=${1} .step=${0.01} .value=${0.3}></cesdk-slider>`);
    const range = slider.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
    // Set under the default 0..100 range in steps of 1, the value was rounded to 0 (thumb at the start).
    expect(range.value).to.equal('0.3');
    expect(range.valueAsNumber).to.equal(0.3);
  });

  it('slider: arrow keys on the focused range change the value (keyboard reachable)', async () => {
    const slider = await fixture<CesdkSlider>(html`<cesdk-slider label="Size" min="0" max="10" value="5"></cesdk-slider>`);
    const log = record(slider);
    slider.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(slider.value).to.equal(6);
    expect(log.changes).to.deep.equal([6]);
  });

  it('number field: decimal comma, arrow steps with Shift, invalid text reverts', async () => {
    const field = await fixture<CesdkNumberField>(html`<cesdk-number-field label="Width" value="10" min="0" max="1000"></cesdk-number-field>`);
    const log = record(field);
    const input = field.shadowRoot!.querySelector('input')!;
    input.value = '12,5';
    input.dispatchEvent(new Event('change'));
    expect(log.changes).to.deep.equal([12.5]);
    input.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    expect(log.changes).to.deep.equal([12.5, 13.5, 3.5]);
    input.value = '1e';
    input.dispatchEvent(new Event('change'));
    expect(input.value).to.equal('3.5');
    input.value = '-5';
    input.dispatchEvent(new Event('change'));
    expect(log.changes.at(-1)).to.equal(0);
    await expect(field).to.be.accessible();
  });

  it('color picker: hex with alpha, alpha slider live input, invalid hex reverts', async () => {
    const picker = await fixture<CesdkColorPicker>(html`<cesdk-color-picker label="Fill color"></cesdk-color-picker>`);
    const log = record(picker);
    const hex = picker.shadowRoot!.querySelector<HTMLInputElement>('input[part=hex]')!;
    hex.value = '#ff000080';
    hex.dispatchEvent(new Event('change'));
    const color = log.changes[0] as { r: number; g: number; b: number; a: number };
    expect(color.r).to.equal(1);
    expect(color.g).to.equal(0);
    expect(color.a).to.be.closeTo(0.5, 0.01);
    const alpha = picker.shadowRoot!.querySelector<HTMLInputElement>('input[part=alpha]')!;
    alpha.value = '25';
    alpha.dispatchEvent(new Event('input'));
    expect((log.inputs[0] as { a: number }).a).to.equal(0.25);
    hex.value = 'not a colour';
    hex.dispatchEvent(new Event('change'));
    expect(hex.value).to.equal('#ff000040');
    expect(log.changes.length).to.equal(1);
    const swatch = picker.shadowRoot!.querySelector<HTMLInputElement>('input[type=color]')!;
    swatch.value = '#00ff00';
    swatch.dispatchEvent(new Event('change'));
    expect(log.changes.at(-1)).to.deep.include({ r: 0, g: 1, b: 0 });
    await expect(picker).to.be.accessible();
  });

  it('select and toggle: native change and keyboard', async () => {
    const element = await fixture<HTMLDivElement>(html`<div>
      <cesdk-select label="Mode" .options=${[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} value="a"></cesdk-select>
      <cesdk-toggle label="Shadow"></cesdk-toggle>
    </div>`);
    const select = element.querySelector<CesdkSelect>('cesdk-select')!;
    const toggle = element.querySelector<CesdkToggle>('cesdk-toggle')!;
    await select.updateComplete;
    await toggle.updateComplete;
    const selectLog = record(select);
    const native = select.shadowRoot!.querySelector('select')!;
    native.value = 'b';
    native.dispatchEvent(new Event('change'));
    expect(selectLog.changes).to.deep.equal(['b']);
    const toggleLog = record(toggle);
    toggle.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    expect(toggleLog.changes).to.deep.equal([true, false]);
    expect(toggle.shadowRoot!.querySelector('button')!.getAttribute('role')).to.equal('switch');
    await expect(element).to.be.accessible();
  });

  it('EditSession: a run of inputs is one undo step; a refused edit reports cesdk-error and rolls back', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const session = new EditSession(host, () => engine);
    for (const value of [0.9, 0.7, 0.5]) session.input('Opacity', (e) => e.block.setOpacity(block, value));
    expect(session.active).to.equal(true);
    session.change('Opacity', (e) => e.block.setOpacity(block, 0.4));
    expect(session.active).to.equal(false);
    expect(engine.block.getOpacity(block)).to.be.closeTo(0.4, 1e-6);
    engine.editor.undo();
    expect(engine.block.getOpacity(block)).to.equal(1);
    const errors: Event[] = [];
    host.addEventListener('cesdk-error', (event) => errors.push(event));
    session.input('Opacity', (e) => e.block.setOpacity(block, 0.3));
    session.input('Opacity', (e) => e.block.setOpacity(block, Number.NaN));
    expect(errors.length).to.equal(1);
    expect((errors[0] as Event & { error: { code: string } }).error.code).to.equal('INVALID_VALUE');
    expect(engine.block.getOpacity(block)).to.equal(1);
    expect(session.active).to.equal(false);
    expect(engine.editor.canRedo()).to.equal(true);
    engine.dispose();
  });
});
