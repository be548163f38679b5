import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Engine } from './engine.js';
import { mediaTimeAt } from './timeline.js';
import { isCesdkError } from './errors.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);

/** A video scene with one page, a track and three clips of 2, 3 and 1 seconds. */
async function trackScene() {
  const engine = await Engine.create();
  engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
  const page = engine.scene.getPages()[0]!;
  const track = engine.block.create('track');
  engine.block.appendChild(page, track);
  const clips = [2, 3, 1].map((seconds) => {
    const clip = engine.block.create('graphic');
    engine.block.setShape(clip, engine.block.createShape('rect'));
    const fill = engine.block.createFill('video');
    engine.block.setString(fill, 'fill/video/fileURI', 'clip.mp4');
    engine.block.setFill(clip, fill);
    engine.block.setDuration(clip, seconds);
    engine.block.appendChild(track, clip);
    return clip;
  });
  // CE.SDK's history model: changes collect until an undo step is added.
  engine.editor.addUndoStep();
  return { engine, page, track, clips };
}

const offsets = (engine: Engine, ids: number[]) => ids.map((id) => engine.block.getTimeOffset(id));

test('a track places its clips one after another and its duration is their sum', async () => {
  const { engine, track, clips } = await trackScene();
  assert.deepEqual(offsets(engine, clips), [0, 2, 5]);
  assert.equal(engine.block.getDuration(track), 6);
  engine.block.setDuration(clips[0]!, 4);
  assert.deepEqual(offsets(engine, clips), [0, 4, 7]);
  engine.editor.addUndoStep();
  engine.editor.undo();
  assert.deepEqual(offsets(engine, clips), [0, 2, 5], 'undo restores the layout with the duration');
  engine.editor.redo();
  assert.deepEqual(offsets(engine, clips), [0, 4, 7]);
});

test('moving a clip inside a track re-sequences it, and undo moves it back', async () => {
  const { engine, track, clips } = await trackScene();
  engine.block.insertChild(track, clips[2]!, 0);
  assert.deepEqual(engine.block.getChildren(track), [clips[2], clips[0], clips[1]]);
  assert.deepEqual(offsets(engine, [clips[2]!, clips[0]!, clips[1]!]), [0, 1, 3]);
  engine.editor.addUndoStep();
  engine.editor.undo();
  assert.deepEqual(engine.block.getChildren(track), clips);
  assert.deepEqual(offsets(engine, clips), [0, 2, 5]);
});

test('without automatic offsets a track keeps the offsets it was given', async () => {
  const { engine, track, clips } = await trackScene();
  engine.block.setBool(track, 'track/automaticallyManageBlockOffsets', false);
  engine.block.setTimeOffset(clips[1]!, 10);
  assert.equal(engine.block.getTimeOffset(clips[1]!), 10);
});

test('split divides duration, offset and trim, and is one undo step', async () => {
  const { engine, track, clips } = await trackScene();
  const clip = clips[1]!;
  const fill = engine.block.getFill(clip)!;
  engine.block.setTrimOffset(fill, 0.5);
  engine.editor.addUndoStep();
  const before = await engine.scene.saveToString();
  const second = engine.block.split(clip, 1.25);
  engine.editor.addUndoStep();
  assert.deepEqual(engine.block.getChildren(track), [clips[0], clip, second, clips[2]]);
  assert.equal(engine.block.getDuration(clip), 1.25);
  assert.equal(engine.block.getDuration(second), 1.75);
  assert.equal(engine.block.getTimeOffset(second), 3.25);
  assert.equal(engine.block.getTimeOffset(clips[2]!), 5, 'later clips keep their place');
  const secondFill = engine.block.getFill(second)!;
  assert.equal(engine.block.getTrimOffset(fill), 0.5, 'the original keeps its trim offset');
  assert.equal(engine.block.getTrimLength(fill), 1.25, 'its trim length ends at the split');
  assert.equal(engine.block.getTrimOffset(secondFill), 1.75, 'the new part starts where the first ends');
  assert.deepEqual(engine.block.findAllSelected(), [second], 'the new part is selected');
  engine.editor.undo();
  assert.equal(await engine.scene.saveToString(), before, 'undo restores the scene exactly');
  assert.equal(engine.block.isValid(second), false);
});

test('split outside the clip throws and changes nothing', async () => {
  const { engine, clips } = await trackScene();
  const before = await engine.scene.saveToString();
  for (const time of [0, 3, -1, Number.NaN]) {
    assert.throws(() => engine.block.split(clips[1]!, time), (error: unknown) => isCesdkError(error) && ['OUT_OF_RANGE', 'INVALID_VALUE'].includes(error.code));
  }
  assert.throws(() => engine.block.split(engine.scene.getPages()[0]!, 1), (error: unknown) => isCesdkError(error) && error.code === 'INVALID_BLOCK');
  assert.equal(await engine.scene.saveToString(), before);
});

test('split can wrap a loose clip in a new track and leave the selection alone', async () => {
  const engine = await Engine.create();
  engine.scene.createVideo();
  const page = engine.scene.getPages()[0]!;
  const audio = engine.block.create('audio');
  engine.block.appendChild(page, audio);
  engine.block.setDuration(audio, 4);
  engine.block.setTimeOffset(audio, 1);
  const second = engine.block.split(audio, 1, { createParentTrackIfNeeded: true, selectNewBlock: false });
  const track = engine.block.getParent(audio)!;
  assert.equal(engine.block.getType(track), '//ly.img.ubq/track');
  assert.deepEqual(engine.block.getChildren(track), [audio, second]);
  assert.equal(engine.block.getTimeOffset(track), 1);
  assert.equal(engine.block.getTrimLength(audio), 1);
  assert.equal(engine.block.getTrimOffset(second), 1);
  assert.deepEqual(engine.block.findAllSelected(), []);
});

test('a page with a duration source lasts until the source ends', async () => {
  const { engine, page, track, clips } = await trackScene();
  engine.block.setPageDurationSource(page, track);
  assert.equal(engine.block.isPageDurationSource(track), true);
  assert.equal(engine.block.getDuration(page), 6);
  engine.block.setDuration(clips[2]!, 3);
  assert.equal(engine.block.getDuration(page), 8);
  engine.block.removePageDurationSource(page);
  assert.equal(engine.block.isPageDurationSource(track), false);
  const saved = await engine.scene.saveToString();
  const copy = await Engine.create();
  await copy.scene.loadFromString(saved);
  assert.equal(copy.block.getDuration(page), 8, 'the layout survives save and load');
});

test('blocks show only inside their time range in video scenes', async () => {
  const { engine, page, clips } = await trackScene();
  engine.block.setPlaybackTime(page, 2.5);
  assert.deepEqual(clips.map((clip) => engine.block.isVisibleAtCurrentPlaybackTime(clip)), [false, true, false]);
  engine.block.setPlaybackTime(page, 5);
  assert.deepEqual(clips.map((clip) => engine.block.isVisibleAtCurrentPlaybackTime(clip)), [false, false, true]);
  engine.editor.undo();
  assert.equal(engine.block.getPlaybackTime(page), 5, 'the playhead is not an undo step');
});

test('media time follows trim, speed and looping', () => {
  const timing = { trimOffset: 1, trimLength: 2, speed: 1, looping: false, totalDuration: 10 };
  assert.equal(mediaTimeAt(0.5, timing), 1.5);
  assert.equal(mediaTimeAt(5, timing), 3, 'holds the last frame of the trimmed range');
  assert.equal(mediaTimeAt(2.5, { ...timing, looping: true }), 1.5);
  assert.equal(mediaTimeAt(1, { ...timing, speed: 2, trimLength: 0 }), 3);
  assert.equal(mediaTimeAt(20, { ...timing, trimLength: 0 }), 10, 'without a trim length the file end holds');
});

test('forceLoadAVResource reads duration and size with the engine\'s own reader', async () => {
  const engine = await Engine.create({ fetchResource: async (uri) => new Uint8Array(await readFile(new URL(uri, FIXTURES))) });
  engine.scene.createVideo();
  const fill = engine.block.createFill('video');
  engine.block.setString(fill, 'fill/video/fileURI', 'video/clip-640x360-3s.mp4');
  assert.throws(() => engine.block.getAVResourceTotalDuration(fill), (error: unknown) => isCesdkError(error) && error.code === 'INVALID_STATE');
  await engine.block.forceLoadAVResource(fill);
  assert.equal(engine.block.unstable_isAVResourceLoaded(fill), true);
  assert.equal(engine.block.getAVResourceTotalDuration(fill), 3);
  assert.equal(engine.block.getVideoWidth(fill), 640);
  assert.equal(engine.block.getVideoHeight(fill), 360);
  assert.equal(engine.block.getAudioTrackCountFromVideo(fill), 1);
  const audio = engine.block.create('audio');
  engine.block.setString(audio, 'audio/fileURI', 'audio/tone-4s.wav');
  await engine.block.forceLoadAVResource(audio);
  assert.equal(engine.block.getAVResourceTotalDuration(audio), 4);
  const broken = engine.block.create('audio');
  engine.block.setString(broken, 'audio/fileURI', 'hostile/random-bytes.jpg');
  await assert.rejects(engine.block.forceLoadAVResource(broken), (error: unknown) => isCesdkError(error) && ['UNSUPPORTED_FORMAT', 'DECODE_FAILED'].includes(error.code));
});

test('addVideo makes a clip as long as the video on the current page', async () => {
  const engine = await Engine.create({ fetchResource: async (uri) => new Uint8Array(await readFile(new URL(uri, FIXTURES))) });
  engine.scene.createVideo();
  const clip = await engine.block.addVideo('video/clip-640x360-3s.webm', 320, 180, { timeline: { timeOffset: 1 } });
  assert.equal(engine.block.getParent(clip), engine.scene.getPages()[0]);
  assert.ok(Math.abs(engine.block.getDuration(clip) - 3) < 0.05);
  assert.equal(engine.block.getTimeOffset(clip), 1);
  assert.equal(engine.block.getWidth(clip), 320);
  await assert.rejects(engine.block.addVideo('hostile/zero-bytes.png', 10, 10), (error: unknown) => isCesdkError(error));
});

test('exportVideo checks its arguments and needs an exporter', async () => {
  const { engine, page, clips } = await trackScene();
  await assert.rejects(engine.block.exportVideo(page), (error: unknown) => isCesdkError(error) && error.code === 'EXPORT_UNAVAILABLE');
  await assert.rejects(engine.block.exportVideo(clips[0]!, { mimeType: 'video/mp4' }), (error: unknown) => isCesdkError(error) && error.code === 'INVALID_BLOCK');
  await assert.rejects(engine.block.exportVideo(page, { mimeType: 'video/avi' as never }), (error: unknown) => isCesdkError(error) && error.code === 'INVALID_VALUE');
});

test('trim, speed, volume, mute, looping, audio and tracks survive save and load exactly', async () => {
  const { engine, page, clips } = await trackScene();
  const fill = engine.block.getFill(clips[1]!)!;
  engine.block.setTrimOffset(fill, 0.5);
  engine.block.setTrimLength(fill, 2);
  engine.block.setVolume(fill, 0.25);
  engine.block.setMuted(fill, true);
  engine.block.setLooping(fill, true);
  const audio = engine.block.create('audio');
  engine.block.setString(audio, 'audio/fileURI', 'tone.wav');
  engine.block.setTimeOffset(audio, 1.5);
  engine.block.setDuration(audio, 2.5);
  engine.block.setTrimOffset(audio, 0.75);
  engine.block.setVolume(audio, 0.6);
  engine.block.appendChild(page, audio);
  engine.editor.addUndoStep();
  const read = (target: Engine) => {
    const [loadedPage] = target.scene.getPages();
    const [loadedTrack, loadedAudio] = [target.block.findByType('track')[0]!, target.block.findByType('audio')[0]!];
    const loadedClips = target.block.getChildren(loadedTrack);
    const loadedFill = target.block.getFill(loadedClips[1]!)!;
    return {
      page: target.block.getDuration(loadedPage!),
      offsets: offsets(target, loadedClips),
      durations: loadedClips.map((clip) => target.block.getDuration(clip)),
      trim: [target.block.getTrimOffset(loadedFill), target.block.getTrimLength(loadedFill)],
      fill: [target.block.getVolume(loadedFill), target.block.isMuted(loadedFill), target.block.isLooping(loadedFill)],
      audio: [target.block.getString(loadedAudio, 'audio/fileURI'), target.block.getTimeOffset(loadedAudio), target.block.getDuration(loadedAudio),
        target.block.getTrimOffset(loadedAudio), target.block.getVolume(loadedAudio), target.block.isMuted(loadedAudio)],
      trackParent: target.block.getParent(loadedTrack) === loadedPage,
    };
  };
  const before = read(engine);
  assert.deepEqual(before.audio, ['tone.wav', 1.5, 2.5, 0.75, 0.6, false]);
  assert.deepEqual(before.fill, [0.25, true, true]);
  const saved = await engine.scene.saveToString();
  const other = await Engine.create();
  await other.scene.loadFromString(saved);
  assert.deepEqual(read(other), before);
  assert.equal(await other.scene.saveToString(), saved, 'save → load → save is byte-identical');
});
