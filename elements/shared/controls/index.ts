/** The shared form controls, their events and helpers (no side effects; import `./define.js` to register). */
export { CesdkColorPicker } from './color-picker.js';
export { CesdkNumberField } from './number-field.js';
export { CesdkSelect, type SelectOption } from './select.js';
export { CesdkSlider } from './slider.js';
export { CesdkToggle } from './toggle.js';
export { ControlChangeEvent, ControlInputEvent } from './control-events.js';
export { parseHex, toHex, toHexWithAlpha, toRGBA } from './color.js';
export { PanelElement, panelThemeStyles } from './panel-element.js';
export { EditSession } from './edit-session.js';
