import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from './engine.js';
import { isCesdkError } from './errors.js';
import { ANIMATION_EASING_VALUES, ANIMATION_TYPES } from './index.js';

async function videoScene() {
  const engine = await Engine.create();
  engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
  const page = engine.scene.getPages()[0]!;
  const graphic = engine.block.create('graphic');
  engine.block.setShape(graphic, engine.block.createShape('rect'));
  engine.block.setFill(graphic, engine.block.createFill('color'));
  engine.block.appendChild(page, graphic);
  const text = engine.block.create('text');
  engine.block.appendChild(page, text);
  engine.editor.addUndoStep();
  return { engine, page, graphic, text };
}

function throwsCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => isCesdkError(error) && error.code === code);
}

test('createAnimation makes a detached animation block of every CE.SDK type, short or long form', async () => {
  const { engine } = await videoScene();
  for (const type of ANIMATION_TYPES) {
    const animation = engine.block.createAnimation(type);
    assert.equal(engine.block.getType(animation), `//ly.img.ubq/animation/${type}`);
    assert.equal(engine.block.getParent(animation), null);
    assert.ok(engine.block.isValid(animation));
  }
  const long = engine.block.createAnimation('//ly.img.ubq/animation/fade');
  assert.equal(engine.block.getType(long), '//ly.img.ubq/animation/fade');
  assert.deepEqual(engine.block.findByType('animation/fade'), [engine.block.findByType('animation/fade')[0], long]);
  // The reference's list: the 24 JS types plus scale_loop.
  assert.equal(ANIMATION_TYPES.length, 25);
});

test('createAnimation rejects unknown types with INVALID_VALUE and creates nothing', async () => {
  const { engine } = await videoScene();
  const before = engine.block.findAll().length;
  throwsCode(() => engine.block.createAnimation('wobble'), 'INVALID_VALUE');
  throwsCode(() => engine.block.createAnimation('rect'), 'INVALID_VALUE');
  throwsCode(() => engine.block.createAnimation(42 as unknown as string), 'INVALID_VALUE');
  assert.equal(engine.block.findAll().length, before);
});

test('supportsAnimation: graphic and text blocks only', async () => {
  const { engine, page, graphic, text } = await videoScene();
  assert.equal(engine.block.supportsAnimation(graphic), true);
  assert.equal(engine.block.supportsAnimation(text), true);
  assert.equal(engine.block.supportsAnimation(page), false);
  assert.equal(engine.block.supportsAnimation(engine.block.createAnimation('fade')), false);
  throwsCode(() => engine.block.supportsAnimation(99_999), 'INVALID_BLOCK');
});

test('set/get In, Out and Loop animations; 0 when a slot is empty', async () => {
  const { engine, graphic } = await videoScene();
  assert.equal(engine.block.getInAnimation(graphic), 0);
  assert.equal(engine.block.getOutAnimation(graphic), 0);
  assert.equal(engine.block.getLoopAnimation(graphic), 0);
  const slide = engine.block.createAnimation('slide');
  const fade = engine.block.createAnimation('fade');
  const breathing = engine.block.createAnimation('breathing_loop');
  engine.block.setInAnimation(graphic, slide);
  engine.block.setOutAnimation(graphic, fade);
  engine.block.setLoopAnimation(graphic, breathing);
  assert.equal(engine.block.getInAnimation(graphic), slide);
  assert.equal(engine.block.getOutAnimation(graphic), fade);
  assert.equal(engine.block.getLoopAnimation(graphic), breathing);
  // Setting the same animation again changes nothing.
  engine.block.setInAnimation(graphic, slide);
  assert.equal(engine.block.getInAnimation(graphic), slide);
});

test('an animation has one owner: a second block or slot is refused with INVALID_VALUE', async () => {
  const { engine, graphic, text } = await videoScene();
  const slide = engine.block.createAnimation('slide');
  engine.block.setInAnimation(graphic, slide);
  throwsCode(() => engine.block.setInAnimation(text, slide), 'INVALID_VALUE');
  throwsCode(() => engine.block.setOutAnimation(graphic, slide), 'INVALID_VALUE');
  assert.equal(engine.block.getInAnimation(text), 0);
  assert.equal(engine.block.getOutAnimation(graphic), 0);
});

test('bad calls throw typed errors and change nothing', async () => {
  const { engine, page, graphic } = await videoScene();
  const fade = engine.block.createAnimation('fade');
  throwsCode(() => engine.block.setInAnimation(page, fade), 'INVALID_BLOCK');
  throwsCode(() => engine.block.getInAnimation(page), 'INVALID_BLOCK');
  throwsCode(() => engine.block.setInAnimation(graphic, engine.block.createEffect('sepia')), 'INVALID_BLOCK');
  throwsCode(() => engine.block.setInAnimation(graphic, 0), 'INVALID_BLOCK');
  throwsCode(() => engine.block.setInAnimation(graphic, 12_345), 'INVALID_BLOCK');
  throwsCode(() => engine.block.setLoopAnimation(99_999, fade), 'INVALID_BLOCK');
  assert.equal(engine.block.getInAnimation(graphic), 0);
  throwsCode(() => engine.block.setEnum(fade, 'animationEasing', 'Bouncy'), 'INVALID_VALUE');
  throwsCode(() => engine.block.setFloat(fade, 'animation/slide/direction', 1), 'UNKNOWN_PROPERTY');
  throwsCode(() => engine.block.setDuration(fade, -1), 'OUT_OF_RANGE');
  throwsCode(() => engine.block.setFloat(engine.block.createAnimation('breathing_loop'), 'animation/breathing_loop/intensity', 2), 'OUT_OF_RANGE');
});

test('replacing an animation leaves the previous one valid and detached', async () => {
  const { engine, graphic, text } = await videoScene();
  const first = engine.block.createAnimation('slide');
  const second = engine.block.createAnimation('zoom');
  engine.block.setInAnimation(graphic, first);
  engine.block.setInAnimation(graphic, second);
  assert.equal(engine.block.getInAnimation(graphic), second);
  assert.ok(engine.block.isValid(first));
  // Detached again, so another block may take it.
  engine.block.setInAnimation(text, first);
  assert.equal(engine.block.getInAnimation(text), first);
});

test('the guides\' replace pattern: destroy(getInAnimation(block)) empties the slot', async () => {
  const { engine, graphic } = await videoScene();
  engine.block.setInAnimation(graphic, engine.block.createAnimation('slide'));
  engine.block.destroy(engine.block.getInAnimation(graphic));
  assert.equal(engine.block.getInAnimation(graphic), 0);
  const fade = engine.block.createAnimation('fade');
  engine.block.setInAnimation(graphic, fade);
  assert.equal(engine.block.getInAnimation(graphic), fade);
});

test('getDuration/setDuration on animations, with CE.SDK\'s per-type defaults', async () => {
  const { engine } = await videoScene();
  const slide = engine.block.createAnimation('slide');
  assert.equal(engine.block.supportsDuration(slide), true);
  assert.equal(engine.block.getDuration(slide), 0.6);
  assert.equal(engine.block.getDuration(engine.block.createAnimation('breathing_loop')), 1.2);
  assert.equal(engine.block.getDuration(engine.block.createAnimation('crop_zoom')), 1.2);
  assert.equal(engine.block.getDuration(engine.block.createAnimation('ken_burns')), 2.4);
  engine.block.setDuration(slide, 1.5);
  assert.equal(engine.block.getDuration(slide), 1.5);
  // Design blocks keep their own default.
  assert.equal(engine.block.getDuration(engine.block.create('graphic')), 5);
});

test('animationEasing: the CE.SDK enum, Linear by default (EaseOutQuint for ken_burns)', async () => {
  const { engine } = await videoScene();
  const fade = engine.block.createAnimation('fade');
  assert.deepEqual(engine.block.getEnumValues('animationEasing'), [...ANIMATION_EASING_VALUES]);
  assert.equal(ANIMATION_EASING_VALUES.length, 16);
  assert.equal(engine.block.getEnum(fade, 'animationEasing'), 'Linear');
  engine.block.setEnum(fade, 'animationEasing', 'EaseOutBack');
  assert.equal(engine.block.getEnum(fade, 'animationEasing'), 'EaseOutBack');
  assert.equal(engine.block.getEnum(engine.block.createAnimation('ken_burns'), 'animationEasing'), 'EaseOutQuint');
});

test('per-type properties follow the reference: paths, types and defaults', async () => {
  const { engine } = await videoScene();
  const slide = engine.block.createAnimation('slide');
  assert.deepEqual(engine.block.findAllProperties(slide), [
    'animation/slide/direction', 'animation/slide/fade', 'animationEasing', 'playback/duration', 'textAnimationOverlap', 'textAnimationWritingStyle', 'type',
  ]);
  assert.equal(engine.block.getFloat(slide, 'animation/slide/direction'), 0);
  engine.block.setFloat(slide, 'animation/slide/direction', Math.PI);
  assert.ok(Math.abs(engine.block.getFloat(slide, 'animation/slide/direction') - Math.PI) < 1e-6);
  assert.equal(engine.block.getBool(slide, 'animation/slide/fade'), false);
  const zoom = engine.block.createAnimation('zoom');
  assert.equal(engine.block.getBool(zoom, 'animation/zoom/fade'), true);
  const wipe = engine.block.createAnimation('wipe');
  assert.equal(engine.block.getEnum(wipe, 'animation/wipe/direction'), 'Right');
  assert.deepEqual(engine.block.getEnumValues('animation/wipe/direction'), ['Up', 'Right', 'Down', 'Left']);
  const spin = engine.block.createAnimation('spin');
  assert.equal(engine.block.getEnum(spin, 'animation/spin/direction'), 'Clockwise');
  assert.equal(engine.block.getFloat(spin, 'animation/spin/intensity'), 1);
  const grow = engine.block.createAnimation('grow');
  assert.equal(engine.block.getEnum(grow, 'animation/grow/direction'), 'All');
  const pan = engine.block.createAnimation('pan');
  assert.ok(Math.abs(engine.block.getFloat(pan, 'animation/pan/distance') - 0.1) < 1e-6);
  assert.equal(engine.block.getFloat(engine.block.createAnimation('sway_loop'), 'animation/sway_loop/intensity'), 1);
  assert.equal(engine.block.getEnum(engine.block.createAnimation('jump_loop'), 'animation/jump_loop/direction'), 'Up');
  assert.equal(engine.block.getEnum(engine.block.createAnimation('typewriter_text'), 'animation/typewriter_text/writingStyle'), 'Character');
  assert.deepEqual(engine.block.getColor(engine.block.createAnimation('block_swipe_text'), 'animation/block_swipe_text/blockColor'), { r: 0, g: 0, b: 0, a: 1 });
  // Loops have no easing and no text segmentation.
  assert.deepEqual(engine.block.findAllProperties(engine.block.createAnimation('fade_loop')), ['playback/duration', 'type']);
});

test('text animation properties: textAnimationWritingStyle and textAnimationOverlap', async () => {
  const { engine, text } = await videoScene();
  const baseline = engine.block.createAnimation('baseline');
  engine.block.setInAnimation(text, baseline);
  assert.equal(engine.block.getEnum(baseline, 'textAnimationWritingStyle'), 'Line');
  assert.deepEqual(engine.block.getEnumValues('textAnimationWritingStyle'), ['Block', 'Line', 'Character', 'Word']);
  engine.block.setEnum(baseline, 'textAnimationWritingStyle', 'Word');
  assert.equal(engine.block.getEnum(baseline, 'textAnimationWritingStyle'), 'Word');
  assert.ok(Math.abs(engine.block.getFloat(baseline, 'textAnimationOverlap') - 0.35) < 1e-6);
  engine.block.setFloat(baseline, 'textAnimationOverlap', 0.8);
  assert.ok(Math.abs(engine.block.getFloat(baseline, 'textAnimationOverlap') - 0.8) < 1e-6);
  throwsCode(() => engine.block.setEnum(baseline, 'textAnimationWritingStyle', 'Paragraph'), 'INVALID_VALUE');
});

test('destroying a block destroys its animations', async () => {
  const { engine, graphic } = await videoScene();
  const slide = engine.block.createAnimation('slide');
  const fade = engine.block.createAnimation('fade');
  const loop = engine.block.createAnimation('spin_loop');
  engine.block.setInAnimation(graphic, slide);
  engine.block.setOutAnimation(graphic, fade);
  engine.block.setLoopAnimation(graphic, loop);
  engine.block.destroy(graphic);
  for (const animation of [slide, fade, loop]) assert.equal(engine.block.isValid(animation), false);
});

test('duplicating a block copies its animations with their settings', async () => {
  const { engine, graphic } = await videoScene();
  const slide = engine.block.createAnimation('slide');
  engine.block.setFloat(slide, 'animation/slide/direction', 1);
  engine.block.setDuration(slide, 2);
  engine.block.setInAnimation(graphic, slide);
  engine.block.setLoopAnimation(graphic, engine.block.createAnimation('pulsating_loop'));
  const copy = engine.block.duplicate(graphic);
  const copiedIn = engine.block.getInAnimation(copy);
  assert.notEqual(copiedIn, 0);
  assert.notEqual(copiedIn, slide);
  assert.equal(engine.block.getType(copiedIn), '//ly.img.ubq/animation/slide');
  assert.equal(engine.block.getFloat(copiedIn, 'animation/slide/direction'), 1);
  assert.equal(engine.block.getDuration(copiedIn), 2);
  assert.equal(engine.block.getType(engine.block.getLoopAnimation(copy)), '//ly.img.ubq/animation/pulsating_loop');
  assert.equal(engine.block.getOutAnimation(copy), 0);
  // The copy's animation is its own: destroying the original leaves it.
  engine.block.destroy(graphic);
  assert.equal(engine.block.isValid(copiedIn), true);
});

test('save → load keeps animations, their slots and settings; save is byte-identical again', async () => {
  const { engine, graphic, text } = await videoScene();
  const slide = engine.block.createAnimation('slide');
  engine.block.setFloat(slide, 'animation/slide/direction', 2);
  engine.block.setEnum(slide, 'animationEasing', 'EaseInOut');
  engine.block.setInAnimation(graphic, slide);
  const fade = engine.block.createAnimation('fade');
  engine.block.setDuration(fade, 0.25);
  engine.block.setOutAnimation(text, fade);
  engine.block.setLoopAnimation(text, engine.block.createAnimation('sway_loop'));
  const saved = await engine.scene.saveToString();
  await engine.scene.loadFromString(saved);
  const [loadedGraphic] = engine.block.findByType('graphic');
  const [loadedText] = engine.block.findByType('text');
  const loadedSlide = engine.block.getInAnimation(loadedGraphic!);
  assert.equal(engine.block.getFloat(loadedSlide, 'animation/slide/direction'), 2);
  assert.equal(engine.block.getEnum(loadedSlide, 'animationEasing'), 'EaseInOut');
  assert.equal(engine.block.getDuration(engine.block.getOutAnimation(loadedText!)), 0.25);
  assert.equal(engine.block.getType(engine.block.getLoopAnimation(loadedText!)), '//ly.img.ubq/animation/sway_loop');
  assert.equal(await engine.scene.saveToString(), saved);
});

test('loading rejects animation slots that are wrong, without touching the current scene', async () => {
  const { engine, graphic } = await videoScene();
  engine.block.setInAnimation(graphic, engine.block.createAnimation('fade'));
  const saved = JSON.parse(await engine.scene.saveToString()) as { blocks: Array<Record<string, unknown>> };
  const owner = saved.blocks.find((block) => block.inAnimation !== undefined)!;
  const fill = saved.blocks.find((block) => String(block.type).includes('/fill/'))!;
  const check = async (mutate: (document: typeof saved) => void): Promise<void> => {
    const copy = structuredClone(saved);
    mutate(copy);
    await assert.rejects(engine.scene.loadFromString(JSON.stringify(copy)), (error: unknown) => isCesdkError(error) && error.code === 'SCENE_INVALID');
  };
  await check((document) => { document.blocks.find((block) => block.id === owner.id)!.inAnimation = fill.id; });
  await check((document) => { document.blocks.find((block) => block.id === owner.id)!.outAnimation = owner.inAnimation; });
  await check((document) => { document.blocks.find((block) => block.id === owner.id)!.inAnimation = 'x'; });
  await check((document) => {
    const page = document.blocks.find((block) => String(block.type).endsWith('/page'))!;
    page.loopAnimation = owner.inAnimation;
    delete document.blocks.find((block) => block.id === owner.id)!.inAnimation;
  });
  assert.equal(engine.block.getType(engine.block.getInAnimation(graphic)), '//ly.img.ubq/animation/fade');
});

test('block.saveToString / loadFromString carry a block\'s animations along', async () => {
  const { engine, graphic } = await videoScene();
  engine.block.setInAnimation(graphic, engine.block.createAnimation('pop'));
  const [loaded] = await engine.block.loadFromString(await engine.block.saveToString([graphic]));
  const animation = engine.block.getInAnimation(loaded!);
  assert.notEqual(animation, engine.block.getInAnimation(graphic));
  assert.equal(engine.block.getType(animation), '//ly.img.ubq/animation/pop');
});

test('undo and redo of creating, attaching and editing animations', async () => {
  const { engine, graphic } = await videoScene();
  const slide = engine.block.createAnimation('slide');
  engine.block.setInAnimation(graphic, slide);
  engine.editor.addUndoStep();
  engine.block.setDuration(slide, 3);
  engine.editor.addUndoStep();
  engine.editor.undo();
  assert.equal(engine.block.getDuration(slide), 0.6);
  engine.editor.undo();
  assert.equal(engine.block.getInAnimation(graphic), 0);
  assert.equal(engine.block.isValid(slide), false);
  engine.editor.redo();
  assert.equal(engine.block.getInAnimation(graphic), slide);
  engine.editor.redo();
  assert.equal(engine.block.getDuration(slide), 3);
  // Destroying the block and undoing brings the animation back in its slot.
  engine.block.destroy(graphic);
  engine.editor.addUndoStep();
  engine.editor.undo();
  assert.equal(engine.block.getInAnimation(graphic), slide);
  assert.equal(engine.block.getDuration(slide), 3);
});

test('the \'appearance/animation\' scope guards attaching animations', async () => {
  const { engine, graphic } = await videoScene();
  engine.block.setScopeEnabled(graphic, 'appearance/animation', false);
  engine.editor.setRole('Adopter');
  throwsCode(() => engine.block.setInAnimation(graphic, engine.block.createAnimation('fade')), 'SCOPE_DENIED');
  assert.equal(engine.block.getInAnimation(graphic), 0);
});
