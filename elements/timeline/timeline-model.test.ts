import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../core/engine/index.js';
import { dropIndex, formatTime, lanesOf, rulerStep, snapTargets, snapTime } from './timeline-model.js';
import { splitAtPlayhead } from './timeline-actions.js';

async function scene() {
  const engine = await Engine.create();
  engine.scene.createVideo();
  const page = engine.scene.getPages()[0]!;
  const track = engine.block.create('track');
  engine.block.appendChild(page, track);
  engine.block.setPageDurationSource(page, track);
  const clips = [2, 3].map((seconds) => {
    const clip = engine.block.create('graphic');
    engine.block.setDuration(clip, seconds);
    engine.block.appendChild(track, clip);
    return clip;
  });
  const text = engine.block.create('text');
  engine.block.replaceText(text, 'Title');
  engine.block.setTimeOffset(text, 1);
  engine.block.appendChild(page, text);
  return { engine, page, track, clips, text };
}

test('lanes list tracks and timed blocks, front-most first, with the background track marked', async () => {
  const { engine, page, track, clips, text } = await scene();
  const lanes = lanesOf(engine, page);
  assert.deepEqual(lanes.map((lane) => lane.id), [text, track]);
  assert.equal(lanes[1]!.background, true);
  assert.equal(lanes[1]!.sequential, true);
  assert.deepEqual(lanes[1]!.clips.map((clip) => [clip.id, clip.start, clip.end]), [[clips[0], 0, 2], [clips[1], 2, 5]]);
  assert.deepEqual([lanes[0]!.clips[0]!.kind, lanes[0]!.clips[0]!.label, lanes[0]!.clips[0]!.start], ['text', 'Title', 1]);
  assert.equal(engine.block.getDuration(page), 5, 'the background track decides the page duration');
});

test('snapping goes to the nearest edge, the playhead or the page ends within the tolerance', async () => {
  const { engine, page, text } = await scene();
  const targets = snapTargets(lanesOf(engine, page), text, 3.3, 5);
  assert.deepEqual(targets, [0, 2, 3.3, 5]);
  assert.deepEqual(snapTime(3.25, targets, 0.1), { time: 3.3, snapped: 3.3 });
  assert.deepEqual(snapTime(2.6, targets, 0.1), { time: 2.6, snapped: undefined });
});

test('a dragged clip lands before the first clip whose middle it passes', async () => {
  const { engine, page, clips } = await scene();
  const lane = lanesOf(engine, page)[1]!;
  assert.equal(dropIndex(lane, clips[1]!, 0.5), 0);
  assert.equal(dropIndex(lane, clips[0]!, 4), 1);
});

test('split at the playhead splits the selection, else what is under the playhead, in one undo step', async () => {
  const { engine, page, track, clips, text } = await scene();
  engine.block.setPlaybackTime(page, 1.5);
  assert.equal(splitAtPlayhead(engine, page), 2, 'the first clip and the text are under the playhead');
  assert.equal(engine.block.getChildren(track).length, 3);
  engine.editor.undo();
  assert.equal(engine.block.getChildren(track).length, 2);
  engine.block.select(clips[0]!);
  assert.equal(splitAtPlayhead(engine, page), 1);
  assert.equal(engine.block.getDuration(text), 5);
  engine.block.setPlaybackTime(page, 4.999);
  engine.block.select(clips[0]!);
  assert.equal(splitAtPlayhead(engine, page), 0, 'the selected clip is not under the playhead');
});

test('time labels and ruler steps', () => {
  assert.equal(formatTime(0), '0:00.00');
  assert.equal(formatTime(75.5), '1:15.50');
  assert.equal(rulerStep(100), 1);
  assert.equal(rulerStep(10), 10);
  assert.equal(rulerStep(1000), 0.1);
});
