import { html, nothing, type TemplateResult } from 'lit';
import type { DesignBlockId } from '../../../core/engine/index.js';
import { type SectionContext, allHave, fillOf, numberControl, section, toggleControl } from '../section-context.js';

const DEGREES = 180 / Math.PI;

/** Flip (any block that can flip) and crop (blocks with a crop: scale, rotation, offset, reset). */
export function cropFlipSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  const block = engine.block;
  const canFlip = allHave(engine, ids, 'flip/horizontal');
  const canCrop = allHave(engine, ids, 'crop/scaleX') && ids.every((id) => hasImageFill(context, id));
  if (!canFlip && !canCrop) return nothing;
  const crop = (path: string, label: string, options: { scale: number; min: number; max: number; unit: string; decimals: number }) =>
    numberControl(context, {
      label,
      read: (id) => block.getFloat(id, path),
      write: (id, v) => block.setFloat(id, path, v),
      step: 1,
      history: 'Crop',
      ...options,
    });
  return section(canCrop ? t('inspector.cropFlip') : t('inspector.flip'), 'crop', html`
    ${canFlip
      ? html`<div class="grid">
          ${toggleControl(context, { label: t('inspector.flipHorizontal'), read: (id) => block.getFlipHorizontal(id), write: (id, v) => block.setFlipHorizontal(id, v), history: 'Flip' })}
          ${toggleControl(context, { label: t('inspector.flipVertical'), read: (id) => block.getFlipVertical(id), write: (id, v) => block.setFlipVertical(id, v), history: 'Flip' })}
        </div>`
      : nothing}
    ${canCrop
      ? html`
          ${numberControl(context, {
            label: t('inspector.crop.scale'),
            read: (id) => block.getFloat(id, 'crop/scaleX'),
            write: (id, v) => {
              block.setFloat(id, 'crop/scaleX', v);
              block.setFloat(id, 'crop/scaleY', v);
            },
            scale: 100, min: 10, max: 500, step: 1, decimals: 0, unit: '%', history: 'Crop',
          })}
          ${crop('crop/rotation', t('inspector.crop.rotation'), { scale: DEGREES, min: -180, max: 180, unit: '°', decimals: 1 })}
          ${crop('crop/translationX', t('inspector.crop.offsetX'), { scale: 100, min: -100, max: 100, unit: '%', decimals: 0 })}
          ${crop('crop/translationY', t('inspector.crop.offsetY'), { scale: 100, min: -100, max: 100, unit: '%', decimals: 0 })}
          <button type="button" class="text-button" ?disabled=${context.readOnly} @click=${() => context.edits.change('Reset crop', () => {
            for (const id of ids) {
              for (const path of ['crop/scaleX', 'crop/scaleY', 'crop/scaleRatio']) block.setFloat(id, path, 1);
              for (const path of ['crop/rotation', 'crop/translationX', 'crop/translationY']) block.setFloat(id, path, 0);
            }
          })}>${t('inspector.crop.reset')}</button>
        `
      : nothing}
  `, false);
}

function hasImageFill(context: SectionContext, id: DesignBlockId): boolean {
  const block = context.engine.block;
  try {
    return block.supportsFill(id) && block.getType(fillOf(context.engine, id)).endsWith('fill/image');
  } catch {
    return false;
  }
}
