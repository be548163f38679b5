import { html, nothing, type TemplateResult } from 'lit';
import { SHAPE_KINDS, type DesignBlockId, type Engine, type KindDeclaration } from '../../../core/engine/index.js';
import { type SectionContext, shapeOf, readShared, section } from '../section-context.js';
import { hasControl, kindControls } from './kind-controls.js';

function shapeType(engine: Engine, id: DesignBlockId): string {
  if (!engine.block.supportsShape(id)) return '';
  return engine.block.getType(shapeOf(engine, id)).replace('//ly.img.ubq/shape/', '');
}

/**
 * Shape settings, generated from the shape kind's declaration: rectangle corner radius, polygon sides
 * and corner radius, star points and inner diameter (kinds without shown properties get no section).
 */
export function shapeSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  const type = readShared(ids, (id) => shapeType(engine, id));
  const kind = type.mixed || !type.value ? undefined : (SHAPE_KINDS as Readonly<Record<string, KindDeclaration>>)[type.value];
  if (!kind || !kind.properties.some(hasControl)) return nothing;
  const controls = kindControls(context, kind, { target: (id) => shapeOf(engine, id), labels: 'inspector.shape', history: 'Change shape' });
  return section(t('inspector.shape'), 'shape', html`${controls}`);
}
