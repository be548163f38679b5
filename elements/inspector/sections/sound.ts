import { nothing, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine } from '../../../core/engine/index.js';
import { type SectionContext, numberControl, section, toggleControl } from '../section-context.js';

/** The block that carries a selected block's media settings: an audio block itself, a graphic's video fill. */
function mediaOf(engine: Engine, id: DesignBlockId): DesignBlockId | undefined {
  if (engine.block.getType(id).endsWith('/audio')) return id;
  if (!engine.block.supportsFill(id)) return undefined;
  const fill = engine.block.getFill(id);
  return fill !== null && engine.block.getType(fill).endsWith('/fill/video') ? fill : undefined;
}

/** Mute, volume and looping of selected video clips and audio blocks (the settings live on the fill for video). */
export function soundSection(context: SectionContext): TemplateResult | typeof nothing {
  const { engine, ids, t } = context;
  const block = engine.block;
  if (ids.length === 0 || ids.some((id) => mediaOf(engine, id) === undefined)) return nothing;
  const media = (id: DesignBlockId): DesignBlockId => mediaOf(engine, id)!;
  return section(t('inspector.sound'), 'sound', [
    toggleControl(context, { label: t('inspector.sound.muted'), read: (id) => block.isMuted(media(id)), write: (id, v) => block.setMuted(media(id), v), history: 'Mute' }),
    numberControl(context, {
      label: t('inspector.sound.volume'),
      read: (id) => block.getVolume(media(id)),
      write: (id, v) => block.setVolume(media(id), v),
      scale: 100, min: 0, max: 100, step: 1, decimals: 0, unit: '%',
      history: 'Change volume',
    }),
    toggleControl(context, { label: t('inspector.sound.looping'), read: (id) => block.isLooping(media(id)), write: (id, v) => block.setLooping(media(id), v), history: 'Loop' }),
  ]);
}
