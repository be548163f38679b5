/**
 * Inspector controls generated from a kind's declaration (the engine's kind tables): one control per
 * property the declaration does not hide, picked by the property's type, with the range, step, scale
 * and label its `ui` hints give. A property added to a kind shows up here with only its label added to
 * the locale files (`<labels>.<ui.label ?? name>`).
 */
import type { TemplateResult } from 'lit';
import { kindPropertyPath, type DesignBlockId, type KindDeclaration, type KindProperty } from '../../../core/engine/index.js';
import { type SectionContext, colorControl, numberControl, selectControl, toggleControl } from '../section-context.js';

/** How a kind's controls are bound. */
export interface KindControlOptions {
  /** The block holding the kind's properties for an edited block (its shape block; default: itself). */
  target?: (id: DesignBlockId) => DesignBlockId;
  /** Locale key prefix of the labels, e.g. `'inspector.shadow'`. */
  labels: string;
  /** Undo step label. */
  history: string;
  /** Properties (by name) left out, e.g. the section's own on/off switch. */
  skip?: readonly string[];
  /** Slider range, step and decimals where neither the hints nor the declaration give them (default 0..100, step 1, 1 decimal). */
  numbers?: { min: number; max: number; step: number; decimals: number };
}

/** Whether a property gets a control. */
export function hasControl(property: KindProperty): boolean {
  return !property.ui?.hidden && property.type !== 'String' && property.type !== 'Struct';
}

/** The controls of every shown property of `kind`, in declaration order. */
export function kindControls(context: SectionContext, kind: KindDeclaration, options: KindControlOptions): TemplateResult[] {
  const { engine, ids, t } = context;
  const block = engine.block;
  const target = options.target ?? ((id: DesignBlockId) => id);
  const numbers = options.numbers ?? { min: 0, max: 100, step: 1, decimals: 1 };
  const controls: TemplateResult[] = [];
  for (const property of kind.properties) {
    if (!hasControl(property) || options.skip?.includes(property.name)) continue;
    const ui = property.ui ?? {};
    const path = kindPropertyPath(kind, property);
    const paths = [path, ...(ui.alsoWrites ?? []).map((name) => {
      const other = kind.properties.find((candidate) => candidate.name === name);
      return other ? kindPropertyPath(kind, other) : `${kind.prefix}${name}`;
    })];
    const label = t(`${options.labels}.${ui.label ?? property.name}`);
    const history = options.history;
    switch (property.type) {
      case 'Float': case 'Double': case 'Int': {
        const integer = property.type === 'Int';
        const frameMax = ui.maxFromFrame ? Math.round(Math.max(1, ...ids.map((id) => Math.min(block.getWidth(id), block.getHeight(id)) / 2))) : undefined;
        controls.push(numberControl(context, {
          label,
          read: (id) => (integer ? block.getInt(target(id), path) : property.type === 'Double' ? block.getDouble(target(id), path) : block.getFloat(target(id), path)),
          write: (id, value) => {
            for (const each of paths) {
              if (integer) block.setInt(target(id), each, Math.round(value));
              else if (property.type === 'Double') block.setDouble(target(id), each, value);
              else block.setFloat(target(id), each, value);
            }
          },
          min: ui.min ?? property.min ?? numbers.min,
          max: frameMax ?? ui.max ?? property.max ?? numbers.max,
          step: ui.step ?? (integer ? 1 : numbers.step),
          decimals: ui.decimals ?? (integer ? 0 : numbers.decimals),
          scale: ui.scale,
          unit: ui.unit,
          history,
        }));
        break;
      }
      case 'Color':
        controls.push(colorControl(context, {
          label, history,
          read: (id) => block.getColor(target(id), path),
          write: (id, color) => { for (const each of paths) block.setColor(target(id), each, color); },
        }));
        break;
      case 'Bool':
        controls.push(toggleControl(context, {
          label, history,
          read: (id) => block.getBool(target(id), path),
          write: (id, value) => { for (const each of paths) block.setBool(target(id), each, value); },
        }));
        break;
      case 'Enum':
        controls.push(selectControl(context, {
          label, history,
          options: (property.enumValues ?? []).map((value) => ({ value, label: t(`${options.labels}.${ui.label ?? property.name}.${value}`) })),
          read: (id) => block.getEnum(target(id), path),
          write: (id, value) => { for (const each of paths) block.setEnum(target(id), each, value); },
        }));
        break;
    }
  }
  return controls;
}
