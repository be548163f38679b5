import { html, type TemplateResult } from 'lit';
import type { BlendMode } from '../../../core/engine/index.js';
import { type SectionContext, allHave, numberControl, section, selectControl, toggleControl } from '../section-context.js';

/** Opacity, blend mode and visibility. */
export function appearanceSection(context: SectionContext): TemplateResult {
  const { engine, ids, t } = context;
  const block = engine.block;
  const controls: TemplateResult[] = [];
  if (allHave(engine, ids, 'opacity')) {
    controls.push(numberControl(context, {
      label: t('inspector.opacity'),
      read: (id) => block.getOpacity(id),
      write: (id, v) => block.setOpacity(id, v),
      scale: 100,
      min: 0,
      max: 100,
      step: 1,
      decimals: 0,
      unit: '%',
      history: 'Change opacity',
    }));
  }
  if (allHave(engine, ids, 'blend/mode')) {
    const options = block.getEnumValues('blend/mode').map((value) => ({ value, label: t(`inspector.blend.${value}`) }));
    controls.push(selectControl(context, {
      label: t('inspector.blendMode'),
      options,
      read: (id) => block.getBlendMode(id),
      write: (id, v) => block.setBlendMode(id, v as BlendMode),
      history: 'Change blend mode',
    }));
  }
  if (allHave(engine, ids, 'visible')) {
    controls.push(toggleControl(context, {
      label: t('inspector.visible'),
      read: (id) => block.isVisible(id),
      write: (id, v) => block.setVisible(id, v),
      history: 'Change visibility',
    }));
  }
  return section(t('inspector.appearance'), 'appearance', html`${controls}`);
}
