import { html, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine } from '../../../core/engine/index.js';
import type { ControlChangeEvent } from '../../shared/controls/control-events.js';
import { type FontFamily, fontFileFor } from '../../asset-library/sources/fonts.js';
import { type SectionContext, colorControl, numberControl, readShared, section, selectControl } from '../section-context.js';
import { activeTextEdit, renderTextToolbar } from '../../shared/text-toolbar.js';

/** What the text section needs beyond the common context: the font families available. */
export interface TextSectionOptions {
  /** Families from the font asset source (`ly.img.typeface`), loaded by the inspector. */
  families: readonly FontFamily[];
}

function currentFamily(engine: Engine, id: DesignBlockId): string {
  return engine.block.getString(id, 'text/typeface');
}

/**
 * Text: font family (from the available fonts), size, weight, style, alignment, line height, letter
 * spacing and colour. Changing family, weight or style also switches the font file when the family
 * has a matching one.
 */
export function textSection(context: SectionContext, options: TextSectionOptions): TemplateResult {
  const { engine, ids, t } = context;
  const block = engine.block;
  const family = readShared(ids, (id) => currentFamily(engine, id));
  const familyOptions = options.families.map((entry) => ({ value: entry.family, label: entry.family }));
  if (family.value && !options.families.some((entry) => entry.family === family.value)) {
    familyOptions.unshift({ value: family.value, label: family.value });
  }
  // A text without a typeface draws with the renderer's default font: say so instead of a blank.
  if (!family.mixed && family.value === '') familyOptions.unshift({ value: '', label: t('inspector.text.defaultFont') });
  const applyFont = (id: DesignBlockId, familyName: string, weight: string, style: string) => {
    const entry = options.families.find((candidate) => candidate.family === familyName);
    const file = entry ? fontFileFor(entry, weight, style) : undefined;
    if (file) block.setFont(id, file.uri, familyName);
    else block.setString(id, 'text/typeface', familyName);
  };
  const enumOptions = (path: string, key: string) => block.getEnumValues(path).map((value) => ({ value, label: t(`inspector.text.${key}.${value}`) }));
  // While this text is edited in place, the selected characters get their own toolbar (ranged calls).
  const edit = activeTextEdit(engine);
  const editing = edit !== undefined && ids.length === 1 && ids[0] === edit.block && !context.readOnly ? edit : undefined;
  return section(t('inspector.text'), 'text', html`
    ${renderTextToolbar(editing, 'text-selection-toolbar')}
    <cesdk-select
      .label=${t('inspector.text.font')}
      .options=${familyOptions}
      .value=${family.value ?? ''}
      .mixed=${family.mixed}
      .disabled=${context.readOnly}
      @cesdk-control-change=${(event: ControlChangeEvent) =>
        context.edits.change('Change font', () => {
          for (const id of ids) applyFont(id, event.value as string, block.getEnum(id, 'text/fontWeight'), block.getEnum(id, 'text/fontStyle'));
        })}
    ></cesdk-select>
    ${numberControl(context, {
      label: t('inspector.text.size'),
      read: (id) => block.getFloat(id, 'text/fontSize'),
      write: (id, v) => block.setFloat(id, 'text/fontSize', v),
      kind: 'field', min: 1, max: 1000, step: 1, decimals: 1, unit: 'pt', history: 'Change font size',
    })}
    <div class="grid">
      ${selectControl(context, {
        label: t('inspector.text.weight'),
        options: enumOptions('text/fontWeight', 'weight'),
        read: (id) => block.getEnum(id, 'text/fontWeight'),
        write: (id, v) => {
          block.setEnum(id, 'text/fontWeight', v);
          applyFont(id, currentFamily(engine, id), v, block.getEnum(id, 'text/fontStyle'));
        },
        history: 'Change font weight',
      })}
      ${selectControl(context, {
        label: t('inspector.text.style'),
        options: enumOptions('text/fontStyle', 'style'),
        read: (id) => block.getEnum(id, 'text/fontStyle'),
        write: (id, v) => {
          block.setEnum(id, 'text/fontStyle', v);
          applyFont(id, currentFamily(engine, id), block.getEnum(id, 'text/fontWeight'), v);
        },
        history: 'Change font style',
      })}
    </div>
    <div class="grid">
      ${selectControl(context, {
        label: t('inspector.text.horizontalAlignment'),
        options: enumOptions('text/horizontalAlignment', 'align'),
        read: (id) => block.getEnum(id, 'text/horizontalAlignment'),
        write: (id, v) => block.setEnum(id, 'text/horizontalAlignment', v),
        history: 'Change alignment',
      })}
      ${selectControl(context, {
        label: t('inspector.text.verticalAlignment'),
        options: enumOptions('text/verticalAlignment', 'align'),
        read: (id) => block.getEnum(id, 'text/verticalAlignment'),
        write: (id, v) => block.setEnum(id, 'text/verticalAlignment', v),
        history: 'Change alignment',
      })}
    </div>
    ${numberControl(context, {
      label: t('inspector.text.lineHeight'),
      read: (id) => block.getFloat(id, 'text/lineHeight'),
      write: (id, v) => block.setFloat(id, 'text/lineHeight', v),
      min: 0.5, max: 3, step: 0.05, decimals: 2, history: 'Change line height',
    })}
    ${numberControl(context, {
      label: t('inspector.text.letterSpacing'),
      read: (id) => block.getFloat(id, 'text/letterSpacing'),
      write: (id, v) => block.setFloat(id, 'text/letterSpacing', v),
      min: -0.5, max: 2, step: 0.01, decimals: 2, history: 'Change letter spacing',
    })}
    ${colorControl(context, {
      label: t('inspector.text.color'),
      read: (id) => block.getTextColor(id),
      write: (id, c) => block.setTextColor(id, c),
      history: 'Change text color',
    })}
  `);
}
