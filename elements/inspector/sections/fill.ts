import { html, nothing, type TemplateResult } from 'lit';
import type { Color, DesignBlockId, Engine, GradientColorStop } from '../../../core/engine/index.js';
import type { ControlChangeEvent, ControlInputEvent } from '../../shared/controls/control-events.js';
import { type RGBAColor, toRGBA } from '../../shared/controls/color.js';
import { pickFiles, readLocalImage, IMAGE_MIME_TYPES } from '../file-picker.js';
import { type SectionContext, fillOf, colorControl, numberControl, readShared, section, selectControl, toggleControl } from '../section-context.js';
import { CesdkError } from '../../../core/engine/index.js';
import { CesdkErrorEvent } from '../../shared/events.js';

/** The fill kinds the inspector offers, by the engine's short fill type. */
export const FILL_KINDS = ['color', 'gradient/linear', 'gradient/radial', 'gradient/conical', 'image'] as const;
type FillKind = (typeof FILL_KINDS)[number];

const PREFIX = '//ly.img.ubq/fill/';
const GRADIENT_COLORS = 'fill/gradient/colors';


/** The short type of a block's fill, or `none` for a block that supports a fill but has none yet. */
function fillKind(engine: Engine, id: DesignBlockId): string {
  const fill = engine.block.getFill(id);
  return fill === null ? 'none' : engine.block.getType(fill).replace(PREFIX, '');
}

/** The dominant colour of a block's fill, used to seed a new fill of another kind. */
function seedColor(engine: Engine, fill: DesignBlockId): Color {
  const type = engine.block.getType(fill).replace(PREFIX, '');
  if (type === 'color') return engine.block.getColor(fill, 'fill/color/value');
  if (type.startsWith('gradient/')) return engine.block.getGradientColorStops(fill, GRADIENT_COLORS)[0]?.color ?? { r: 0, g: 0, b: 0, a: 1 };
  return { r: 0.8, g: 0.8, b: 0.8, a: 1 };
}

/** The colour a block without a fill gets first: white for pages, the shape blue for the rest. */
function defaultSeed(engine: Engine, id: DesignBlockId): Color {
  return engine.block.getType(id).endsWith('/page') ? { r: 1, g: 1, b: 1, a: 1 } : { r: 0.36, g: 0.5, b: 0.84, a: 1 };
}

/**
 * Replaces a block's fill with a new one of `kind` (the old fill block is destroyed), or gives a
 * block that supports a fill but has none its first one.
 */
export function replaceFill(engine: Engine, id: DesignBlockId, kind: FillKind, imageUri?: string): void {
  const old = engine.block.getFill(id);
  const seed = toRGBA(old === null ? defaultSeed(engine, id) : seedColor(engine, old));
  const fill = engine.block.createFill(kind);
  if (kind === 'color') engine.block.setColor(fill, 'fill/color/value', seed);
  if (kind.startsWith('gradient/')) {
    engine.block.setGradientColorStops(fill, GRADIENT_COLORS, [
      { color: seed, stop: 0 },
      { color: { r: 1, g: 1, b: 1, a: seed.a }, stop: 1 },
    ]);
  }
  if (kind === 'image' && imageUri !== undefined) engine.block.setString(fill, 'fill/image/imageFileURI', imageUri);
  engine.block.setFill(id, fill);
  if (old === null) engine.block.setFillEnabled(id, true);
  else if (engine.block.isValid(old)) engine.block.destroy(old);
}

async function chooseImage(context: SectionContext, files?: readonly File[]): Promise<string | undefined> {
  const [file] = files ?? (await pickFiles({ accept: IMAGE_MIME_TYPES.join(',') }));
  if (!file) return undefined;
  try {
    return (await readLocalImage(file)).uri;
  } catch (error) {
    const typed = error instanceof CesdkError ? error : new CesdkError('INVALID_VALUE', String(error));
    context.host.dispatchEvent(new CesdkErrorEvent(typed));
    return undefined;
  }
}

/**
 * Replaces the image of every edited block with a picked file (or changes the fill to an image), as
 * one undo step. `files` skips the picker (drag and drop, tests).
 */
export async function replaceImage(context: SectionContext, files?: readonly File[]): Promise<void> {
  const uri = await chooseImage(context, files);
  if (uri === undefined) return;
  const { ids } = context;
  context.edits.change('Replace image', (engine) => {
    for (const id of ids) {
      if (fillKind(engine, id) === 'image') engine.block.setString(fillOf(engine, id), 'fill/image/imageFileURI', uri);
      else replaceFill(engine, id, 'image', uri);
    }
  });
}

function gradientStops(context: SectionContext): TemplateResult {
  const { engine, ids, t } = context;
  const first = fillOf(engine, ids[0]!);
  const stops = engine.block.getGradientColorStops(first, GRADIENT_COLORS);
  const write = (next: GradientColorStop[]) => () => {
    for (const id of ids) engine.block.setGradientColorStops(fillOf(engine, id), GRADIENT_COLORS, next);
  };
  const withStop = (index: number, change: Partial<GradientColorStop>): GradientColorStop[] =>
    stops.map((stop, position) => (position === index ? { ...stop, ...change } : stop));
  const addStop = () => {
    const sorted = [...stops].sort((a, b) => a.stop - b.stop);
    let gapStart = 0;
    let gapSize = -1;
    for (let index = 0; index + 1 < sorted.length; index += 1) {
      const size = sorted[index + 1]!.stop - sorted[index]!.stop;
      if (size > gapSize) {
        gapSize = size;
        gapStart = index;
      }
    }
    const left = toRGBA(sorted[gapStart]!.color);
    const right = toRGBA(sorted[gapStart + 1]?.color ?? sorted[gapStart]!.color);
    const mix = (a: number, b: number) => (a + b) / 2;
    const color: RGBAColor = { r: mix(left.r, right.r), g: mix(left.g, right.g), b: mix(left.b, right.b), a: mix(left.a, right.a) };
    const stop = sorted[gapStart]!.stop + Math.max(0, gapSize) / 2;
    context.edits.change('Add gradient stop', write([...stops, { color, stop }]));
  };
  return html`<div class="stops" role="group" aria-label=${t('inspector.gradient.stops')}>
    ${stops.map((stop, index) => html`<div class="stop">
      <cesdk-color-picker
        .label=${t('inspector.gradient.stopColor', { number: index + 1 })}
        .alphaLabel=${t('inspector.color.alpha')}
        .hexLabel=${t('inspector.color.hex')}
        .value=${toRGBA(stop.color)}
        .disabled=${context.readOnly}
        @cesdk-control-input=${(event: ControlInputEvent) => context.edits.input('Change gradient', write(withStop(index, { color: event.value as RGBAColor })))}
        @cesdk-control-change=${(event: ControlChangeEvent) => context.edits.change('Change gradient', write(withStop(index, { color: event.value as RGBAColor })))}
      ></cesdk-color-picker>
      <cesdk-slider
        .label=${t('inspector.gradient.stopPosition', { number: index + 1 })}
        .value=${Math.round(stop.stop * 100)}
        .disabled=${context.readOnly}
        min="0" max="100" step="1" decimals="0" unit="%"
        @cesdk-control-input=${(event: ControlInputEvent) => context.edits.input('Change gradient', write(withStop(index, { stop: (event.value as number) / 100 })))}
        @cesdk-control-change=${(event: ControlChangeEvent) => context.edits.change('Change gradient', write(withStop(index, { stop: (event.value as number) / 100 })))}
      ></cesdk-slider>
      ${stops.length > 2
        ? html`<button type="button" class="text-button" ?disabled=${context.readOnly} @click=${() => context.edits.change('Remove gradient stop', write(stops.filter((_, position) => position !== index)))}>
            ${t('inspector.gradient.removeStop', { number: index + 1 })}
          </button>`
        : nothing}
    </div>`)}
    <button type="button" class="text-button" ?disabled=${context.readOnly} @click=${addStop}>${t('inspector.gradient.addStop')}</button>
  </div>`;
}

function gradientGeometry(context: SectionContext, kind: string): TemplateResult | typeof nothing {
  const { engine, t } = context;
  const block = engine.block;
  const fill = (id: DesignBlockId) => fillOf(engine, id);
  if (kind === 'gradient/linear') {
    const read = (id: DesignBlockId) => {
      const f = fill(id);
      const dx = block.getFloat(f, 'fill/gradient/linear/endPointX') - block.getFloat(f, 'fill/gradient/linear/startPointX');
      const dy = block.getFloat(f, 'fill/gradient/linear/endPointY') - block.getFloat(f, 'fill/gradient/linear/startPointY');
      return Math.round((Math.atan2(dy, dx) * 180) / Math.PI);
    };
    const write = (id: DesignBlockId, degrees: number) => {
      const f = fill(id);
      const radians = (degrees * Math.PI) / 180;
      const x = Math.cos(radians) / 2;
      const y = Math.sin(radians) / 2;
      block.setFloat(f, 'fill/gradient/linear/startPointX', 0.5 - x);
      block.setFloat(f, 'fill/gradient/linear/startPointY', 0.5 - y);
      block.setFloat(f, 'fill/gradient/linear/endPointX', 0.5 + x);
      block.setFloat(f, 'fill/gradient/linear/endPointY', 0.5 + y);
    };
    return numberControl(context, { label: t('inspector.gradient.angle'), read, write, min: -180, max: 180, step: 1, decimals: 0, unit: '°', history: 'Change gradient' });
  }
  const prefix = kind === 'gradient/radial' ? 'fill/gradient/radial' : 'fill/gradient/conical';
  const point = (axis: 'X' | 'Y', label: string) =>
    numberControl(context, {
      label,
      read: (id) => block.getFloat(fill(id), `${prefix}/centerPoint${axis}`),
      write: (id, v) => block.setFloat(fill(id), `${prefix}/centerPoint${axis}`, v),
      scale: 100, min: 0, max: 100, step: 1, decimals: 0, unit: '%', history: 'Change gradient',
    });
  return html`${point('X', t('inspector.gradient.centerX'))}${point('Y', t('inspector.gradient.centerY'))}
    ${kind === 'gradient/radial'
      ? numberControl(context, {
          label: t('inspector.gradient.radius'),
          read: (id) => block.getFloat(fill(id), 'fill/gradient/radial/radius'),
          write: (id, v) => block.setFloat(fill(id), 'fill/gradient/radial/radius', v),
          scale: 100, min: 1, max: 200, step: 1, decimals: 0, unit: '%', history: 'Change gradient',
        })
      : nothing}`;
}

/** Fill on/off, kind (colour, gradients, image), the colour, gradient stops and geometry, image replace. */
export function fillSection(context: SectionContext): TemplateResult {
  const { engine, ids, t } = context;
  const block = engine.block;
  const kind = readShared(ids, (id) => fillKind(engine, id));
  const kindOptions: Array<{ value: string; label: string }> = FILL_KINDS.map((value) => ({ value, label: t(`inspector.fill.kind.${value}`) }));
  // A block that can have a fill but has none (an old page, an imported block) says so, and any kind gives it one.
  if (kind.value === 'none') kindOptions.unshift({ value: 'none', label: t('inspector.fill.kind.none') });
  // A video clip's fill is named, not offered as a kind to switch to (videos come from the library).
  if (kind.value === 'video') kindOptions.push({ value: 'video', label: t('inspector.fill.kind.video') });
  const body: TemplateResult[] = [
    toggleControl(context, { label: t('inspector.fill.enabled'), read: (id) => block.isFillEnabled(id), write: (id, v) => block.setFillEnabled(id, v), history: 'Toggle fill' }),
    html`<cesdk-select
      .label=${t('inspector.fill.kind')}
      .options=${kindOptions}
      .value=${kind.value ?? ''}
      .mixed=${kind.mixed}
      .disabled=${context.readOnly}
      @cesdk-control-change=${async (event: ControlChangeEvent) => {
        if (event.value === 'none' || event.value === 'video') return;
        const next = event.value as FillKind;
        if (next === 'image') {
          await replaceImage(context);
          context.requestUpdate();
          return;
        }
        context.edits.change('Change fill', (e) => {
          for (const id of ids) if (fillKind(e, id) !== next) replaceFill(e, id, next);
        });
      }}
    ></cesdk-select>`,
  ];
  if (!kind.mixed && kind.value === 'color') {
    body.push(colorControl(context, {
      label: t('inspector.fill.color'),
      read: (id) => block.getColor(fillOf(engine, id), 'fill/color/value'),
      write: (id, color) => block.setColor(fillOf(engine, id), 'fill/color/value', color),
      history: 'Change fill color',
    }));
  }
  if (!kind.mixed && kind.value?.startsWith('gradient/')) {
    body.push(gradientStops(context));
    const geometry = gradientGeometry(context, kind.value);
    if (geometry !== nothing) body.push(geometry as TemplateResult);
  }
  if (!kind.mixed && kind.value === 'image') {
    body.push(html`<button type="button" class="text-button" ?disabled=${context.readOnly} part="replace-image" @click=${() => void replaceImage(context)}>
      ${t('inspector.fill.replaceImage')}
    </button>`);
    if (ids.every((id) => block.findAllProperties(id).includes('contentFill/mode'))) {
      body.push(selectControl(context, {
        label: t('inspector.fill.fitMode'),
        options: ['Crop', 'Cover', 'Contain'].map((value) => ({ value, label: t(`inspector.fill.fit.${value}`) })),
        read: (id) => block.getContentFillMode(id),
        write: (id, v) => block.setContentFillMode(id, v as 'Crop' | 'Cover' | 'Contain'),
        history: 'Change fit',
      }));
    }
  }
  return section(t('inspector.fill'), 'fill', body);
}
