/**
 * Registers the shared form controls (`<cesdk-slider>`, `<cesdk-number-field>`, `<cesdk-select>`,
 * `<cesdk-toggle>`, `<cesdk-color-picker>`). Safe to import more than once.
 */
import { CesdkColorPicker } from './color-picker.js';
import { CesdkNumberField } from './number-field.js';
import { CesdkSelect } from './select.js';
import { CesdkSlider } from './slider.js';
import { CesdkToggle } from './toggle.js';

const controls: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['cesdk-slider', CesdkSlider],
  ['cesdk-number-field', CesdkNumberField],
  ['cesdk-select', CesdkSelect],
  ['cesdk-toggle', CesdkToggle],
  ['cesdk-color-picker', CesdkColorPicker],
];

for (const [tag, constructor] of controls) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-slider': CesdkSlider;
    'cesdk-number-field': CesdkNumberField;
    'cesdk-select': CesdkSelect;
    'cesdk-toggle': CesdkToggle;
    'cesdk-color-picker': CesdkColorPicker;
  }
}
