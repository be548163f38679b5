import { html, type TemplateResult } from 'lit';
import { type SectionContext, numberControl, section } from '../section-context.js';

const DEGREES = 180 / Math.PI;

/** Position, size and rotation of the edited blocks (design units; rotation in degrees). */
export function transformSection(context: SectionContext): TemplateResult {
  const { engine, t } = context;
  const block = engine.block;
  const field = { kind: 'field' as const, min: -1_000_000, max: 1_000_000, decimals: 2 };
  return section(t('inspector.transform'), 'transform', html`
    <div class="grid">
      ${numberControl(context, { ...field, label: t('inspector.x'), read: (id) => block.getPositionX(id), write: (id, v) => block.setPositionX(id, v), history: 'Move' })}
      ${numberControl(context, { ...field, label: t('inspector.y'), read: (id) => block.getPositionY(id), write: (id, v) => block.setPositionY(id, v), history: 'Move' })}
      ${numberControl(context, { ...field, min: 0.01, label: t('inspector.width'), read: (id) => block.getWidth(id), write: (id, v) => block.setWidth(id, v), history: 'Resize' })}
      ${numberControl(context, { ...field, min: 0.01, label: t('inspector.height'), read: (id) => block.getHeight(id), write: (id, v) => block.setHeight(id, v), history: 'Resize' })}
    </div>
    ${numberControl(context, {
      label: t('inspector.rotation'),
      read: (id) => block.getRotation(id),
      write: (id, v) => block.setRotation(id, v),
      scale: DEGREES,
      min: -180,
      max: 180,
      step: 1,
      decimals: 1,
      unit: '°',
      history: 'Rotate',
    })}
  `);
}
