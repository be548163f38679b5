import { html, nothing, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine } from '../../../core/engine/index.js';
import { type SectionContext, shapeOf, numberControl, readShared, section } from '../section-context.js';

const CORNERS = ['TL', 'TR', 'BL', 'BR'] as const;

function shapeType(engine: Engine, id: DesignBlockId): string {
  if (!engine.block.supportsShape(id)) return '';
  return engine.block.getType(shapeOf(engine, id)).replace('//ly.img.ubq/shape/', '');
}

/** Shape settings: rectangle corner radius, polygon sides and corner radius, star points and inner diameter. */
export function shapeSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  const type = readShared(ids, (id) => shapeType(engine, id));
  if (type.mixed || !type.value || !['rect', 'polygon', 'star'].includes(type.value)) return nothing;
  const block = engine.block;
  const shape = (id: DesignBlockId) => shapeOf(engine, id);
  const maxRadius = Math.max(1, ...ids.map((id) => Math.min(block.getWidth(id), block.getHeight(id)) / 2));
  const controls: TemplateResult[] = [];
  if (type.value === 'rect') {
    controls.push(numberControl(context, {
      label: t('inspector.shape.cornerRadius'),
      read: (id) => block.getFloat(shape(id), 'shape/rect/cornerRadiusTL'),
      write: (id, v) => {
        for (const corner of CORNERS) block.setFloat(shape(id), `shape/rect/cornerRadius${corner}`, v);
      },
      min: 0, max: Math.round(maxRadius), step: 1, decimals: 1, history: 'Change corner radius',
    }));
  }
  if (type.value === 'polygon') {
    controls.push(numberControl(context, {
      label: t('inspector.shape.sides'),
      read: (id) => block.getInt(shape(id), 'shape/polygon/sides'),
      write: (id, v) => block.setInt(shape(id), 'shape/polygon/sides', Math.round(v)),
      min: 3, max: 24, step: 1, decimals: 0, history: 'Change sides',
    }));
    controls.push(numberControl(context, {
      label: t('inspector.shape.cornerRadius'),
      read: (id) => block.getFloat(shape(id), 'shape/polygon/cornerRadius'),
      write: (id, v) => block.setFloat(shape(id), 'shape/polygon/cornerRadius', v),
      min: 0, max: Math.round(maxRadius), step: 1, decimals: 1, history: 'Change corner radius',
    }));
  }
  if (type.value === 'star') {
    controls.push(numberControl(context, {
      label: t('inspector.shape.points'),
      read: (id) => block.getInt(shape(id), 'shape/star/points'),
      write: (id, v) => block.setInt(shape(id), 'shape/star/points', Math.round(v)),
      min: 3, max: 24, step: 1, decimals: 0, history: 'Change points',
    }));
    controls.push(numberControl(context, {
      label: t('inspector.shape.innerDiameter'),
      read: (id) => block.getFloat(shape(id), 'shape/star/innerDiameter'),
      write: (id, v) => block.setFloat(shape(id), 'shape/star/innerDiameter', v),
      scale: 100, min: 1, max: 100, step: 1, decimals: 0, unit: '%', history: 'Change inner diameter',
    }));
  }
  return section(t('inspector.shape'), 'shape', html`${controls}`);
}
