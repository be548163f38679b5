/** Timeline commands that change the scene (each one undo step). */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { lanesOf } from './timeline-model.js';

/**
 * Splits the selected clips under the playhead, or (when no clip is selected) every clip under the
 * playhead; returns how many were split.
 */
export function splitAtPlayhead(engine: Engine, page: DesignBlockId): number {
  const time = engine.block.getPlaybackTime(page);
  const all = lanesOf(engine, page).flatMap((lane) => lane.clips);
  const under = all.filter((clip) => time > clip.start + 1e-3 && time < clip.end - 1e-3);
  const targets = all.some((clip) => clip.selected) ? under.filter((clip) => clip.selected) : under;
  if (targets.length === 0) return 0;
  engine.editor.transact('Split', () => {
    for (const clip of targets) engine.block.split(clip.id, time - clip.start, { selectNewBlock: false });
  });
  return targets.length;
}
