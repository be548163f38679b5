import { html, nothing, type TemplateResult } from 'lit';
import { type SectionContext, allHave, colorControl, numberControl, readShared, section, selectControl, toggleControl } from '../section-context.js';

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

/** Drop shadow: on/off, colour, offset, blur. */
export function shadowSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  if (!allHave(engine, ids, 'dropShadow/enabled')) return nothing;
  const block = engine.block;
  const enabled = readShared(ids, (id) => block.getBool(id, 'dropShadow/enabled'));
  const float = (path: string, label: string, min: number, max: number) =>
    numberControl(context, { label, read: (id) => block.getFloat(id, path), write: (id, v) => block.setFloat(id, path, v), min, max, step: 1, decimals: 1, history: 'Change shadow' });
  return section(t('inspector.shadow'), 'shadow', html`
    ${toggleControl(context, { label: t('inspector.shadow.enabled'), read: (id) => block.getBool(id, 'dropShadow/enabled'), write: (id, v) => block.setBool(id, 'dropShadow/enabled', v), history: 'Toggle shadow' })}
    ${enabled.value || enabled.mixed
      ? html`
          ${colorControl(context, { label: t('inspector.shadow.color'), read: (id) => block.getColor(id, 'dropShadow/color'), write: (id, c) => block.setColor(id, 'dropShadow/color', c), history: 'Change shadow' })}
          ${float('dropShadow/offset/x', t('inspector.shadow.offsetX'), -200, 200)}
          ${float('dropShadow/offset/y', t('inspector.shadow.offsetY'), -200, 200)}
          ${numberControl(context, {
            label: t('inspector.shadow.blur'),
            read: (id) => block.getFloat(id, 'dropShadow/blurRadius/x'),
            write: (id, v) => {
              block.setFloat(id, 'dropShadow/blurRadius/x', v);
              block.setFloat(id, 'dropShadow/blurRadius/y', v);
            },
            min: 0, max: 100, step: 1, decimals: 1, history: 'Change shadow',
          })}
        `
      : nothing}
  `, false);
}
