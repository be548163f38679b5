/**
 * What every inspector section gets: the engine, the blocks being edited, translation, and helpers
 * that render a shared control bound to a property of all those blocks. With several blocks selected
 * a control shows the common value, or "mixed" when they differ, and an edit writes every block in
 * one undo step.
 */
import { html, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { CesdkError } from '../../core/engine/index.js';
import type { ControlChangeEvent, ControlInputEvent } from '../shared/controls/control-events.js';
import type { EditSession } from '../shared/controls/edit-session.js';
import { type RGBAColor, sameColor, toRGBA, type AnyColor } from '../shared/controls/color.js';
import type { SelectOption } from '../shared/controls/select.js';

/** Passed to every section renderer. */
export interface SectionContext {
  /** The bound engine. */
  readonly engine: Engine;
  /** The blocks the section edits (the selection, or the page). */
  readonly ids: readonly DesignBlockId[];
  /** Translation in the inspector's locale. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  /** Records edits as undo steps (a drag = one step). */
  readonly edits: EditSession;
  /** The inspector element (for file pickers and error events). */
  readonly host: HTMLElement;
  /** Asks the inspector to re-render (after local UI state changed). */
  requestUpdate(): void;
  /** The role may not edit (Viewer): controls show values but are disabled. */
  readonly readOnly: boolean;
}

/** The value all blocks share, or `mixed` when they differ. Reads that throw count as missing. */
export interface SharedValue<Value> {
  value: Value | undefined;
  mixed: boolean;
}

/** Reads `read(id)` for every id and reports the common value (compared with `same`). */
export function readShared<Value>(
  ids: readonly DesignBlockId[],
  read: (id: DesignBlockId) => Value,
  same: (first: Value, second: Value) => boolean = Object.is,
): SharedValue<Value> {
  let value: Value | undefined;
  let first = true;
  for (const id of ids) {
    let current: Value;
    try {
      current = read(id);
    } catch {
      continue;
    }
    if (first) {
      value = current;
      first = false;
    } else if (!same(value as Value, current)) {
      return { value, mixed: true };
    }
  }
  return { value, mixed: false };
}

/** Whether every id has the property `path` (per `engine.block.findAllProperties`). */
export function allHave(engine: Engine, ids: readonly DesignBlockId[], path: string): boolean {
  return ids.length > 0 && ids.every((id) => engine.block.findAllProperties(id).includes(path));
}

/** Options of a numeric control bound to a property. */
export interface NumberBinding {
  label: string;
  /** Reads the value of one block in engine units. */
  read: (id: DesignBlockId) => number;
  /** Writes one block. */
  write: (id: DesignBlockId, value: number) => void;
  /** Display factor: shown = engine × scale (100 for percent, 180/π for degrees). */
  scale?: number;
  min: number;
  max: number;
  step?: number;
  decimals?: number;
  unit?: string;
  /** `slider` (default) or a plain number `field`. */
  kind?: 'slider' | 'field';
  /** Undo step label. */
  history: string;
}

/** A slider or number field bound to a numeric property of every edited block. */
export function numberControl(context: SectionContext, binding: NumberBinding): TemplateResult {
  const scale = binding.scale ?? 1;
  const shared = readShared(context.ids, binding.read, (first, second) => Math.abs(first - second) < 1e-9);
  const shown = (shared.value ?? 0) * scale;
  const apply = (value: number) => () => {
    for (const id of context.ids) binding.write(id, value / scale);
  };
  const onInput = (event: ControlInputEvent) => context.edits.input(binding.history, apply(event.value as number));
  const onChange = (event: ControlChangeEvent) => context.edits.change(binding.history, apply(event.value as number));
  if (binding.kind === 'field') {
    return html`<cesdk-number-field
      .label=${binding.label}
      .value=${shown}
      .min=${binding.min}
      .max=${binding.max}
      .step=${binding.step ?? 1}
      .decimals=${binding.decimals ?? 2}
      .unit=${binding.unit ?? ''}
      .mixed=${shared.mixed}
      .disabled=${context.readOnly}
      @cesdk-control-change=${onChange}
    ></cesdk-number-field>`;
  }
  return html`<cesdk-slider
    .label=${binding.label}
    .value=${shown}
    .min=${binding.min}
    .max=${binding.max}
    .step=${binding.step ?? 1}
    .decimals=${binding.decimals ?? 2}
    .unit=${binding.unit ?? ''}
    .mixed=${shared.mixed}
    .disabled=${context.readOnly}
    @cesdk-control-input=${onInput}
    @cesdk-control-change=${onChange}
  ></cesdk-slider>`;
}

/** A colour picker bound to a colour of every edited block. */
export function colorControl(
  context: SectionContext,
  binding: { label: string; read: (id: DesignBlockId) => AnyColor; write: (id: DesignBlockId, color: RGBAColor) => void; history: string },
): TemplateResult {
  const shared = readShared(context.ids, (id) => toRGBA(binding.read(id)), sameColor);
  const apply = (color: RGBAColor) => () => {
    for (const id of context.ids) binding.write(id, color);
  };
  return html`<cesdk-color-picker
    .label=${binding.label}
    .alphaLabel=${context.t('inspector.color.alpha')}
    .hexLabel=${context.t('inspector.color.hex')}
    .value=${shared.value ?? { r: 0, g: 0, b: 0, a: 1 }}
    .mixed=${shared.mixed}
    .disabled=${context.readOnly}
    @cesdk-control-input=${(event: ControlInputEvent) => context.edits.input(binding.history, apply(event.value as RGBAColor))}
    @cesdk-control-change=${(event: ControlChangeEvent) => context.edits.change(binding.history, apply(event.value as RGBAColor))}
  ></cesdk-color-picker>`;
}

/** A select bound to a string/enum value of every edited block. */
export function selectControl(
  context: SectionContext,
  binding: { label: string; options: readonly SelectOption[]; read: (id: DesignBlockId) => string; write: (id: DesignBlockId, value: string) => void; history: string },
): TemplateResult {
  const shared = readShared(context.ids, binding.read);
  return html`<cesdk-select
    .label=${binding.label}
    .options=${binding.options}
    .value=${shared.value ?? ''}
    .mixed=${shared.mixed}
      .disabled=${context.readOnly}
    @cesdk-control-change=${(event: ControlChangeEvent) =>
      context.edits.change(binding.history, () => {
        for (const id of context.ids) binding.write(id, event.value as string);
      })}
  ></cesdk-select>`;
}

/** A switch bound to a boolean of every edited block. */
export function toggleControl(
  context: SectionContext,
  binding: { label: string; read: (id: DesignBlockId) => boolean; write: (id: DesignBlockId, value: boolean) => void; history: string },
): TemplateResult {
  const shared = readShared(context.ids, binding.read);
  return html`<cesdk-toggle
    .label=${binding.label}
    .checked=${shared.value ?? false}
    .mixed=${shared.mixed}
      .disabled=${context.readOnly}
    @cesdk-control-change=${(event: ControlChangeEvent) =>
      context.edits.change(binding.history, () => {
        for (const id of context.ids) binding.write(id, event.value as boolean);
      })}
  ></cesdk-toggle>`;
}

/** A titled, collapsible section (`<details>` keeps it keyboard and screen-reader friendly). */
export function section(title: string, part: string, body: TemplateResult | TemplateResult[], open = true): TemplateResult {
  return html`<details class="section" part="section ${part}" ?open=${open}>
    <summary>${title}</summary>
    <div class="section-body">${body}</div>
  </details>`;
}

/** The fill block of `id`; throws `INVALID_BLOCK` when it has none (reads treat that as "missing"). */
export function fillOf(engine: Engine, id: DesignBlockId): DesignBlockId {
  const fill = engine.block.getFill(id);
  if (fill === null) throw new CesdkError('INVALID_BLOCK', `block ${id} has no fill`, { blockId: id });
  return fill;
}

/** The shape block of `id`; throws `INVALID_BLOCK` when it has none. */
export function shapeOf(engine: Engine, id: DesignBlockId): DesignBlockId {
  const shape = engine.block.getShape(id);
  if (shape === null) throw new CesdkError('INVALID_BLOCK', `block ${id} has no shape`, { blockId: id });
  return shape;
}
