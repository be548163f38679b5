import { html, nothing, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine } from '../../../core/engine/index.js';
import type { ControlChangeEvent } from '../../shared/controls/control-events.js';
import { type SectionContext, colorControl, fillOf, numberControl, readShared, section } from '../section-context.js';
import { PAGE_PRESETS, matchPreset, presetSize } from './page-presets.js';

function hasColorFill(engine: Engine, id: DesignBlockId): boolean {
  try {
    return engine.block.supportsFill(id) && engine.block.getType(fillOf(engine, id)).endsWith('fill/color');
  } catch {
    return false;
  }
}

/** The page: size presets (A4, Letter, Instagram post and story, 1080p), custom size, orientation and background colour. */
export function pageSection(context: SectionContext): TemplateResult {
  const { engine, ids, t } = context;
  const block = engine.block;
  const unit = engine.scene.getDesignUnit();
  const dpi = engine.scene.getDPI();
  const size = readShared(ids, (id) => `${block.getWidth(id)}x${block.getHeight(id)}`);
  const first = ids[0]!;
  const preset = size.mixed ? undefined : matchPreset(block.getWidth(first), block.getHeight(first), unit, dpi);
  const options = [
    ...PAGE_PRESETS.map((entry) => ({ value: entry.id, label: t(`inspector.page.preset.${entry.id}`) })),
    { value: 'custom', label: t('inspector.page.preset.custom') },
  ];
  const unitLabel = t(`inspector.page.unit.${unit}`);
  const field = { kind: 'field' as const, min: 1, max: 100_000, step: 1, decimals: 2, unit: unitLabel };
  return section(t('inspector.page'), 'page', html`
    <cesdk-select
      .label=${t('inspector.page.size')}
      .options=${options}
      .value=${size.mixed ? '' : preset?.id ?? 'custom'}
      .mixed=${size.mixed}
      .disabled=${context.readOnly}
      @cesdk-control-change=${(event: ControlChangeEvent) => {
        const chosen = PAGE_PRESETS.find((entry) => entry.id === event.value);
        if (!chosen) return;
        const next = presetSize(chosen, unit, dpi);
        context.edits.change('Change page size', () => {
          for (const id of ids) {
            block.setWidth(id, next.width);
            block.setHeight(id, next.height);
          }
        });
      }}
    ></cesdk-select>
    <div class="grid">
      ${numberControl(context, { ...field, label: t('inspector.width'), read: (id) => block.getWidth(id), write: (id, v) => block.setWidth(id, v), history: 'Change page size' })}
      ${numberControl(context, { ...field, label: t('inspector.height'), read: (id) => block.getHeight(id), write: (id, v) => block.setHeight(id, v), history: 'Change page size' })}
    </div>
    <button type="button" class="text-button" ?disabled=${context.readOnly} part="swap-orientation" @click=${() =>
      context.edits.change('Change orientation', () => {
        for (const id of ids) {
          const width = block.getWidth(id);
          block.setWidth(id, block.getHeight(id));
          block.setHeight(id, width);
        }
      })}>${t('inspector.page.swapOrientation')}</button>
    ${ids.every((id) => hasColorFill(engine, id))
      ? colorControl(context, {
          label: t('inspector.page.background'),
          read: (id) => block.getColor(fillOf(engine, id), 'fill/color/value'),
          write: (id, color) => block.setColor(fillOf(engine, id), 'fill/color/value', color),
          history: 'Change page background',
        })
      : nothing}
  `);
}
