/**
 * Events fired by the shared form controls (`<cesdk-slider>`, `<cesdk-number-field>`, `<cesdk-select>`,
 * `<cesdk-toggle>`, `<cesdk-color-picker>`).
 *
 * A control fires `cesdk-control-input` while the user is still adjusting (a slider drag, the native
 * color dialog) and `cesdk-control-change` once the value is final. Panels turn the first input of a
 * run into `engine.editor.beginGesture()` and the change into `commit()`, so a whole drag is one undo
 * step (see {@link EditSession}).
 */

/** A live value while the user is still adjusting a control. Bubbles and is composed. */
export class ControlInputEvent<Value = unknown> extends Event {
  static readonly eventName = 'cesdk-control-input';
  /** The control's current value. */
  readonly value: Value;
  constructor(value: Value) {
    super(ControlInputEvent.eventName, { bubbles: true, composed: true });
    this.value = value;
  }
}

/** The final value of one adjustment (drag released, field committed, option picked). Bubbles and is composed. */
export class ControlChangeEvent<Value = unknown> extends Event {
  static readonly eventName = 'cesdk-control-change';
  /** The control's committed value. */
  readonly value: Value;
  constructor(value: Value) {
    super(ControlChangeEvent.eventName, { bubbles: true, composed: true });
    this.value = value;
  }
}

declare global {
  interface HTMLElementEventMap {
    'cesdk-control-input': ControlInputEvent;
    'cesdk-control-change': ControlChangeEvent;
  }
}
