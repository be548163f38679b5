import { html, nothing, type TemplateResult } from 'lit';
import { BLOCK_TYPE_SHORTHANDS, BLUR_KINDS, EFFECT_KIND_DECLARATIONS, type DesignBlockId, type Engine, type KindDeclaration } from '../../../core/engine/index.js';
import { kindControls } from './kind-controls.js';
import type { ControlChangeEvent } from '../../shared/controls/control-events.js';
import { type SectionContext, section, selectControl, toggleControl } from '../section-context.js';

/** The effect types the inspector offers: every kind the engine declares. */
export const EFFECT_TYPES: readonly string[] = BLOCK_TYPE_SHORTHANDS.effect;
/** The blur types the inspector offers: every kind the engine declares. */
export const BLUR_TYPES = Object.keys(BLUR_KINDS) as readonly (keyof typeof BLUR_KINDS)[];
/** Effect and blur sliders where neither hints nor declaration give a range. */
const EFFECT_NUMBERS = { min: 0, max: 1, step: 0.01, decimals: 2 };

function shortType(engine: Engine, id: DesignBlockId, prefix: string): string {
  return engine.block.getType(id).replace(`//ly.img.ubq/${prefix}/`, '');
}

/**
 * Controls for every parameter of an effect or blur block, generated from its kind's declaration
 * (ranges and steps from its UI hints, else its declared range, else 0..1).
 */
function parameterControls(context: SectionContext, target: DesignBlockId, kind: KindDeclaration | undefined, history: string): TemplateResult[] {
  if (!kind) return [];
  return kindControls({ ...context, ids: [target] }, kind, { labels: 'inspector.param', history, numbers: EFFECT_NUMBERS });
}

/**
 * With several blocks selected: add an effect to all of them, or turn their blur on and off together
 * (each effect's parameters are edited one block at a time).
 */
function sharedEffectsSection(context: SectionContext): TemplateResult {
  const { engine, ids, t } = context;
  const block = engine.block;
  const addOptions = EFFECT_TYPES.map((value) => ({ value, label: t(`inspector.effect.${value}`) }));
  return section(t('inspector.effects'), 'effects', html`
    <cesdk-select
      .label=${t('inspector.effect.add')}
      .options=${addOptions}
      .disabled=${context.readOnly}
      value=""
      @cesdk-control-change=${(event: ControlChangeEvent) => {
        const type = event.value as string;
        context.edits.change('Add effect', () => {
          for (const id of ids) block.appendEffect(id, block.createEffect(type));
        });
        (event.target as HTMLElement & { value: string }).value = '';
      }}
    ></cesdk-select>
    ${toggleControl(context, {
      label: t('inspector.blur.enabled'),
      read: (id) => block.getBlur(id) !== null && block.isBlurEnabled(id),
      write: (id, enabled) => {
        if (enabled && block.getBlur(id) === null) block.setBlur(id, block.createBlur('uniform'));
        block.setBlurEnabled(id, enabled);
      },
      history: 'Toggle blur',
    })}
  `, false);
}

/** Effects (add, enable, remove, parameters) and blur (type, strength); see {@link sharedEffectsSection} for several blocks. */
export function effectsSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  if (ids.length === 0 || !ids.every((candidate) => engine.block.findAllProperties(candidate).includes('blur/enabled'))) return nothing;
  if (ids.length > 1) return sharedEffectsSection(context);
  const id = ids[0]!;
  const block = engine.block;
  const effects = block.getEffects(id);
  const addOptions = EFFECT_TYPES.map((value) => ({ value, label: t(`inspector.effect.${value}`) }));
  const effectCards = effects.map((effect, index) => {
    const type = shortType(engine, effect, 'effect');
    const name = t(`inspector.effect.${type}`);
    return html`<div class="card" role="group" aria-label=${name} part="effect">
      <div class="card-header">
        <span class="card-title">${name}</span>
        <button type="button" class="text-button" ?disabled=${context.readOnly} @click=${() => context.edits.change('Remove effect', () => {
          block.removeEffect(id, index);
          if (block.isValid(effect)) block.destroy(effect);
        })}>${t('inspector.effect.remove', { name })}</button>
      </div>
      ${toggleControl({ ...context, ids: [effect] }, {
        label: t('inspector.effect.enabled', { name }),
        read: () => block.isEffectEnabled(effect),
        write: (_, v) => block.setEffectEnabled(effect, v),
        history: 'Toggle effect',
      })}
      ${parameterControls(context, effect, EFFECT_KIND_DECLARATIONS[type], 'Change effect')}
    </div>`;
  });
  const blur = block.getBlur(id);
  const hasBlur = blur !== null && blur !== undefined && block.isValid(blur);
  const blurEnabled = hasBlur && block.isBlurEnabled(id);
  const applyBlurType = (type: string) => {
    const previous = hasBlur ? blur : undefined;
    const next = block.createBlur(type as (typeof BLUR_TYPES)[number]);
    block.setBlur(id, next);
    block.setBlurEnabled(id, true);
    if (previous !== undefined && block.isValid(previous)) block.destroy(previous);
  };
  const setBlurType = (type: string) => context.edits.change('Change blur', () => applyBlurType(type));
  return section(t('inspector.effects'), 'effects', html`
    ${effectCards}
    <cesdk-select
      .label=${t('inspector.effect.add')}
      .options=${addOptions}
      .disabled=${context.readOnly}
      value=""
      @cesdk-control-change=${(event: ControlChangeEvent) => {
        const type = event.value as string;
        context.edits.change('Add effect', () => block.appendEffect(id, block.createEffect(type)));
        (event.target as HTMLElement & { value: string }).value = '';
      }}
    ></cesdk-select>
    <cesdk-toggle
      .label=${t('inspector.blur.enabled')}
      .checked=${blurEnabled}
      .disabled=${context.readOnly}
      @cesdk-control-change=${(event: ControlChangeEvent) => {
        if (event.value && !hasBlur) setBlurType('uniform');
        else context.edits.change('Toggle blur', () => block.setBlurEnabled(id, event.value as boolean));
      }}
    ></cesdk-toggle>
    ${blurEnabled
      ? html`${selectControl({ ...context, ids: [id] }, {
          label: t('inspector.blur.type'),
          options: BLUR_TYPES.map((value) => ({ value, label: t(`inspector.blur.${value}`) })),
          read: () => shortType(engine, blur, 'blur'),
          write: (_, v) => applyBlurType(v),
          history: 'Change blur',
        })}
        ${parameterControls(context, blur, (BLUR_KINDS as Record<string, KindDeclaration>)[shortType(engine, blur, 'blur')], 'Change blur')}`
      : nothing}
  `, effects.length > 0 || blurEnabled);
}
