import { html, nothing, type TemplateResult } from 'lit';
import { DROP_SHADOW_KIND } from '../../../core/engine/index.js';
import { type SectionContext, allHave, colorControl, numberControl, readShared, section, selectControl, toggleControl } from '../section-context.js';
import { kindControls } from './kind-controls.js';

/** Stroke: on/off, colour, width, style, position. */
export function strokeSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  if (!allHave(engine, ids, 'stroke/enabled')) return nothing;
  const block = engine.block;
  const enabled = readShared(ids, (id) => block.getBool(id, 'stroke/enabled'));
  const enumSelect = (path: string, key: string) =>
    selectControl(context, {
      label: t(`inspector.stroke.${key}`),
      options: block.getEnumValues(path).map((value) => ({ value, label: t(`inspector.stroke.${key}.${value}`) })),
      read: (id) => block.getEnum(id, path),
      write: (id, v) => block.setEnum(id, path, v),
      history: 'Change stroke',
    });
  return section(t('inspector.stroke'), 'stroke', html`
    ${toggleControl(context, { label: t('inspector.stroke.enabled'), read: (id) => block.getBool(id, 'stroke/enabled'), write: (id, v) => block.setBool(id, 'stroke/enabled', v), history: 'Toggle stroke' })}
    ${enabled.value || enabled.mixed
      ? html`
          ${colorControl(context, { label: t('inspector.stroke.color'), read: (id) => block.getColor(id, 'stroke/color'), write: (id, c) => block.setColor(id, 'stroke/color', c), history: 'Change stroke' })}
          ${numberControl(context, { label: t('inspector.stroke.width'), read: (id) => block.getFloat(id, 'stroke/width'), write: (id, v) => block.setFloat(id, 'stroke/width', v), min: 0, max: 100, step: 0.5, decimals: 1, history: 'Change stroke' })}
          ${enumSelect('stroke/style', 'style')} ${enumSelect('stroke/position', 'position')}
        `
      : nothing}
  `, false);
}

/** Drop shadow: on/off, then the controls of the `dropShadow` kind's declaration (colour, offset, blur, spread). */
export function shadowSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  if (!allHave(engine, ids, 'dropShadow/enabled')) return nothing;
  const block = engine.block;
  const enabled = readShared(ids, (id) => block.getBool(id, 'dropShadow/enabled'));
  return section(t('inspector.shadow'), 'shadow', html`
    ${toggleControl(context, { label: t('inspector.shadow.enabled'), read: (id) => block.getBool(id, 'dropShadow/enabled'), write: (id, v) => block.setBool(id, 'dropShadow/enabled', v), history: 'Toggle shadow' })}
    ${enabled.value || enabled.mixed
      ? kindControls(context, DROP_SHADOW_KIND, { labels: 'inspector.shadow', history: 'Change shadow', skip: ['enabled'] })
      : nothing}
  `, false);
}
