/** Timeline commands that change the scene (each one undo step). */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { lanesOf } from './timeline-model.js';

/** Splits the selected clips, or without a selection the clips under the playhead; returns how many. */
export function splitAtPlayhead(engine: Engine, page: DesignBlockId): number {
  const time = engine.block.getPlaybackTime(page);
  const clips = lanesOf(engine, page).flatMap((lane) => lane.clips).filter((clip) => time > clip.start + 1e-3 && time < clip.end - 1e-3);
  const selected = clips.filter((clip) => clip.selected);
  const targets = selected.length > 0 ? selected : clips;
  if (targets.length === 0) return 0;
  engine.editor.transact('Split', () => {
    for (const clip of targets) engine.block.split(clip.id, time - clip.start, { selectNewBlock: false });
  });
  return targets.length;
}
