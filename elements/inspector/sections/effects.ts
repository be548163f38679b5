import { html, nothing, type TemplateResult } from 'lit';
import { BLOCK_TYPE_SHORTHANDS, type DesignBlockId, type Engine } from '../../../core/engine/index.js';
import type { ControlChangeEvent } from '../../shared/controls/control-events.js';
import { type SectionContext, colorControl, numberControl, section, selectControl, toggleControl } from '../section-context.js';

/** The effect types the inspector offers: every kind the engine declares. */
export const EFFECT_TYPES: readonly string[] = BLOCK_TYPE_SHORTHANDS.effect;
/** The blur types the inspector offers. */
export const BLUR_TYPES = ['uniform', 'linear', 'mirrored', 'radial'] as const;

/** Slider ranges per parameter, matching the engine's declared ranges (open-ended ones get a useful UI range). */
const RANGES: Record<string, { min: number; max: number; step: number }> = {
  'effect/duotone_filter/intensity': { min: -1, max: 1, step: 0.01 },
  'effect/pixelize/horizontalPixelSize': { min: 1, max: 200, step: 1 },
  'effect/pixelize/verticalPixelSize': { min: 1, max: 200, step: 1 },
  'effect/vignette/offset': { min: 0, max: 5, step: 0.05 },
  'effect/vignette/darkness': { min: 0, max: 5, step: 0.05 },
  'effect/posterize/levels': { min: 2, max: 64, step: 1 },
  'effect/grayscale/intensity': { min: 0, max: 1, step: 0.01 },
  'effect/sepia/intensity': { min: 0, max: 1, step: 0.01 },
  'effect/invert/intensity': { min: 0, max: 1, step: 0.01 },
  'blur/uniform/intensity': { min: 0, max: 1, step: 0.01 },
  'effect/lut_filter/intensity': { min: 0, max: 1, step: 0.01 },
  'effect/lut_filter/horizontalTileCount': { min: 1, max: 64, step: 1 },
  'effect/lut_filter/verticalTileCount': { min: 1, max: 64, step: 1 },
  'effect/glow/size': { min: 0, max: 50, step: 0.5 },
  'effect/glow/amount': { min: 0, max: 1, step: 0.01 },
  'effect/glow/darkness': { min: 0, max: 1, step: 0.01 },
  'effect/extrude_blur/amount': { min: 0, max: 1, step: 0.01 },
  'effect/tilt_shift/amount': { min: 0, max: 0.1, step: 0.001 },
  'effect/tilt_shift/position': { min: 0, max: 1, step: 0.01 },
  'effect/half_tone/angle': { min: 0, max: 6.28, step: 0.01 },
  'effect/half_tone/scale': { min: 0, max: 1, step: 0.01 },
  'effect/dot_pattern/dots': { min: 1, max: 200, step: 1 },
  'effect/dot_pattern/size': { min: 0, max: 1, step: 0.01 },
  'effect/dot_pattern/blur': { min: 0, max: 1, step: 0.01 },
  'effect/linocut/scale': { min: 0, max: 1, step: 0.01 },
  'effect/liquid/amount': { min: 0, max: 0.3, step: 0.005 },
  'effect/liquid/scale': { min: 0, max: 2, step: 0.01 },
  'effect/liquid/time': { min: 0, max: 1, step: 0.01 },
  'effect/mirror/side': { min: 0, max: 3, step: 1 },
  'effect/outliner/amount': { min: 0, max: 1, step: 0.01 },
  'effect/outliner/passthrough': { min: 0, max: 1, step: 0.01 },
  'effect/radial_pixel/radius': { min: 0.01, max: 0.5, step: 0.01 },
  'effect/radial_pixel/segments': { min: 0.001, max: 0.25, step: 0.001 },
  'effect/recolor/colorMatch': { min: 0, max: 1, step: 0.01 },
  'effect/recolor/smoothness': { min: 0, max: 1, step: 0.01 },
  'effect/recolor/brightnessMatch': { min: 0, max: 1, step: 0.01 },
  'effect/green_screen/colorMatch': { min: 0, max: 1, step: 0.01 },
  'effect/green_screen/smoothness': { min: 0, max: 1, step: 0.01 },
  'effect/green_screen/spill': { min: 0, max: 1, step: 0.01 },
  'effect/shifter/amount': { min: 0, max: 0.3, step: 0.005 },
  'effect/shifter/angle': { min: 0, max: 6.28, step: 0.01 },
  'effect/tv_glitch/distortion': { min: 0, max: 10, step: 0.1 },
  'effect/tv_glitch/distortion2': { min: 0, max: 5, step: 0.1 },
  'effect/tv_glitch/speed': { min: 0, max: 5, step: 0.1 },
  'effect/tv_glitch/rollSpeed': { min: 0, max: 5, step: 0.1 },
  'effect/cross_cut/offset': { min: 0, max: 0.5, step: 0.01 },
  'effect/cross_cut/slices': { min: 1, max: 30, step: 1 },
  'effect/cross_cut/speedV': { min: 0, max: 1, step: 0.01 },
  'effect/cross_cut/time': { min: 0, max: 10, step: 0.1 },
};
const DEFAULT_RANGE = { min: -1, max: 1, step: 0.01 };
const RADIUS_RANGE = { min: 0, max: 200, step: 1 };

function shortType(engine: Engine, id: DesignBlockId, prefix: string): string {
  return engine.block.getType(id).replace(`//ly.img.ubq/${prefix}/`, '');
}

/** Controls for every parameter of an effect or blur block, generated from its properties. */
function parameterControls(context: SectionContext, target: DesignBlockId, prefix: string, history: string): TemplateResult[] {
  const { engine, t } = context;
  const block = engine.block;
  const paths = block.findAllProperties(target).filter((path) => path.startsWith(`${prefix}/`) && !path.endsWith('/enabled'));
  const single: SectionContext = { ...context, ids: [target] };
  return paths.flatMap((path) => {
    const name = path.split('/').pop() ?? path;
    const label = t(`inspector.param.${name}`);
    switch (block.getPropertyType(path)) {
      case 'Float':
      case 'Int': {
        const integer = block.getPropertyType(path) === 'Int';
        const range = RANGES[path] ?? (name.endsWith('Radius') || name === 'size' || name === 'gradientSize' ? RADIUS_RANGE : DEFAULT_RANGE);
        return [numberControl(single, {
          label,
          read: (id) => (integer ? block.getInt(id, path) : block.getFloat(id, path)),
          write: (id, v) => (integer ? block.setInt(id, path, Math.round(v)) : block.setFloat(id, path, v)),
          min: range.min, max: range.max, step: range.step, decimals: integer ? 0 : 2, history,
        })];
      }
      case 'Color':
        return [colorControl(single, { label, read: (id) => block.getColor(id, path), write: (id, c) => block.setColor(id, path, c), history })];
      case 'Bool':
        return [toggleControl(single, { label, read: (id) => block.getBool(id, path), write: (id, v) => block.setBool(id, path, v), history })];
      default:
        return [];
    }
  });
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
      ${parameterControls(context, effect, `effect/${type}`, 'Change effect')}
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
        ${parameterControls(context, blur, `blur/${shortType(engine, blur, 'blur')}`, 'Change blur')}`
      : nothing}
  `, effects.length > 0 || blurEnabled);
}
