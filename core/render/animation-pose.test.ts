import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../engine/index.js';
import { ANIMATION_EASING_VALUES } from '../engine/index.js';
import { blockTimeOf, ease, isIdentityPose, poseAt, readBlockAnimations, type BlockAnimations } from './animation-pose.js';

const GEOMETRY = { width: 100, height: 50, pageWidth: 640, pageHeight: 360 };
const spec = (type: string, duration: number, properties: Record<string, unknown> = {}, easing = 'Linear') => ({ type, duration, easing, properties });
const close = (actual: number, expected: number, message?: string) => assert.ok(Math.abs(actual - expected) < 1e-6, `${message ?? ''} ${actual} ≠ ${expected}`);

test('every easing runs from 0 to 1; Linear is the identity, EaseIn starts slow, EaseOut fast', () => {
  for (const easing of ANIMATION_EASING_VALUES) {
    close(ease(easing, 0), 0, easing);
    close(ease(easing, 1), 1, easing);
  }
  close(ease('Linear', 0.3), 0.3);
  assert.ok(ease('EaseIn', 0.5) < 0.5);
  assert.ok(ease('EaseOut', 0.5) > 0.5);
  close(ease('EaseInOut', 0.5), 0.5);
  assert.ok(ease('EaseOutBack', 0.8) > 1, 'Back overshoots');
  close(ease('Nonsense', 0.4), 0.4);
  close(ease('Linear', 7), 1);
});

test('a fade-in takes opacity from 0 to 1 over its duration, then leaves the block alone', () => {
  const animations: BlockAnimations = { in: spec('fade', 1) };
  close(poseAt(animations, 0, 5, GEOMETRY).opacity, 0);
  close(poseAt(animations, 0.25, 5, GEOMETRY).opacity, 0.25);
  close(poseAt(animations, 0.5, 5, GEOMETRY).opacity, 0.5);
  assert.ok(isIdentityPose(poseAt(animations, 1, 5, GEOMETRY)));
  assert.ok(isIdentityPose(poseAt(animations, 3, 5, GEOMETRY)));
});

test('easing shapes the In progress', () => {
  const pose = poseAt({ in: spec('fade', 1, {}, 'EaseIn') }, 0.5, 5, GEOMETRY);
  close(pose.opacity, 0.125);
});

test('an Out animation plays the motion backwards up to the block\'s end', () => {
  const animations: BlockAnimations = { out: spec('fade', 1) };
  assert.ok(isIdentityPose(poseAt(animations, 3.9, 5, GEOMETRY)));
  close(poseAt(animations, 4.25, 5, GEOMETRY).opacity, 0.75);
  close(poseAt(animations, 4.75, 5, GEOMETRY).opacity, 0.25);
});

test('a slide moves in from its direction by the block\'s extent (0 = from the right, π = from the left)', () => {
  const fromRight = poseAt({ in: spec('slide', 1, { 'animation/slide/direction': 0 }) }, 0, 5, GEOMETRY);
  close(fromRight.offsetX, 100);
  close(fromRight.offsetY, 0);
  close(fromRight.opacity, 1, 'no fade by default');
  const fromLeftHalfway = poseAt({ in: spec('slide', 1, { 'animation/slide/direction': Math.PI }) }, 0.5, 5, GEOMETRY);
  close(fromLeftHalfway.offsetX, -50);
  const fromBottom = poseAt({ in: spec('slide', 1, { 'animation/slide/direction': Math.PI / 2, 'animation/slide/fade': true }) }, 0.5, 5, GEOMETRY);
  close(fromBottom.offsetY, 25);
  close(fromBottom.opacity, 0.5);
});

test('pan moves by a share of the page\'s longer side', () => {
  const pose = poseAt({ in: spec('pan', 1, { 'animation/pan/direction': 0, 'animation/pan/distance': 0.1, 'animation/pan/fade': false }) }, 0, 5, GEOMETRY);
  close(pose.offsetX, 64);
  close(pose.opacity, 1);
});

test('zoom, grow and pop scale; spin turns; blur blurs; wipe reveals', () => {
  const zoom = poseAt({ in: spec('zoom', 1, { 'animation/zoom/fade': true }) }, 0.5, 5, GEOMETRY);
  close(zoom.scaleX, 0.75);
  close(zoom.opacity, 0.5);
  const grow = poseAt({ in: spec('grow', 1, { 'animation/grow/direction': 'Horizontal' }) }, 0.5, 5, GEOMETRY);
  close(grow.scaleX, 0.5);
  close(grow.scaleY, 1);
  assert.ok(poseAt({ in: spec('pop', 1) }, 0.7, 5, GEOMETRY).scaleX > 1, 'pop overshoots');
  close(poseAt({ in: spec('pop', 1) }, 0, 5, GEOMETRY).scaleX, 0);
  const spin = poseAt({ in: spec('spin', 1, { 'animation/spin/direction': 'Clockwise', 'animation/spin/intensity': 0.5, 'animation/spin/fade': false }) }, 0, 5, GEOMETRY);
  close(spin.rotation, -Math.PI);
  const blur = poseAt({ in: spec('blur', 1, { 'animation/blur/intensity': 1, 'animation/blur/fade': true }) }, 0.5, 5, GEOMETRY);
  close(blur.blur, 10);
  close(blur.opacity, 0.5);
  const wipe = poseAt({ in: spec('wipe', 1, { 'animation/wipe/direction': 'Left' }) }, 0.25, 5, GEOMETRY);
  assert.deepEqual(wipe.wipe, { side: 'Left', fraction: 0.25 });
});

test('loops repeat over the block\'s time', () => {
  const fadeLoop: BlockAnimations = { loop: spec('fade_loop', 2) };
  close(poseAt(fadeLoop, 0, 10, GEOMETRY).opacity, 1);
  close(poseAt(fadeLoop, 1, 10, GEOMETRY).opacity, 0);
  close(poseAt(fadeLoop, 3, 10, GEOMETRY).opacity, 0);
  close(poseAt(fadeLoop, 4, 10, GEOMETRY).opacity, 1);
  const spinLoop: BlockAnimations = { loop: spec('spin_loop', 1, { 'animation/spin_loop/direction': 'Clockwise' }) };
  close(poseAt(spinLoop, 2.25, 10, GEOMETRY).rotation, Math.PI / 2);
  const pulse = poseAt({ loop: spec('pulsating_loop', 1, { 'animation/pulsating_loop/intensity': 0 }) }, 0.5, 10, GEOMETRY);
  close(pulse.scaleX, 1.25);
  const breathing = poseAt({ loop: spec('breathing_loop', 1, { 'animation/breathing_loop/intensity': 1 }) }, 0.5, 10, GEOMETRY);
  close(breathing.scaleX, 2.5);
  const jump = poseAt({ loop: spec('jump_loop', 1, { 'animation/jump_loop/direction': 'Up', 'animation/jump_loop/intensity': 0.5 }) }, 0.5, 10, GEOMETRY);
  close(jump.offsetY, -25);
  const squeeze = poseAt({ loop: spec('squeeze_loop', 1) }, 0.25, 10, GEOMETRY);
  close(squeeze.scaleX, 1.15);
  close(squeeze.scaleY, 0.85);
  const sway = poseAt({ loop: spec('sway_loop', 1, { 'animation/sway_loop/intensity': 1 }) }, 0.25, 10, GEOMETRY);
  close(sway.rotation, Math.PI / 4);
  assert.ok(poseAt({ loop: spec('blur_loop', 1, { 'animation/blur_loop/intensity': 1 }) }, 0.5, 10, GEOMETRY).blur > 19);
  assert.ok(poseAt({ loop: spec('scale_loop', 1) }, 0.5, 10, GEOMETRY).scaleX > 1.2);
});

test('In, Out and Loop combine', () => {
  const pose = poseAt({ in: spec('fade', 1), loop: spec('spin_loop', 4) }, 0.5, 5, GEOMETRY);
  close(pose.opacity, 0.5);
  close(pose.rotation, Math.PI / 4);
});

test('readBlockAnimations and blockTimeOf read the engine: slots, settings and the playhead within the block', async () => {
  const engine = await Engine.create();
  engine.scene.createVideo({ page: { size: { width: 640, height: 360 } } });
  const page = engine.scene.getPages()[0]!;
  const block = engine.block.create('graphic');
  engine.block.appendChild(page, block);
  assert.equal(readBlockAnimations(engine, block), undefined);
  const slide = engine.block.createAnimation('slide');
  engine.block.setFloat(slide, 'animation/slide/direction', Math.PI);
  engine.block.setEnum(slide, 'animationEasing', 'EaseOut');
  engine.block.setInAnimation(block, slide);
  engine.block.setLoopAnimation(block, engine.block.createAnimation('sway_loop'));
  const animations = readBlockAnimations(engine, block)!;
  assert.equal(animations.in?.type, 'slide');
  assert.equal(animations.in?.easing, 'EaseOut');
  close(animations.in?.properties['animation/slide/direction'] as number, Math.PI);
  assert.equal(animations.loop?.type, 'sway_loop');
  assert.equal(animations.loop?.easing, 'Linear');
  assert.equal(animations.out, undefined);
  engine.block.setTimeOffset(block, 2);
  engine.block.setDuration(block, 3);
  engine.block.setPlaybackTime(page, 2.5);
  assert.deepEqual(blockTimeOf(engine, block), { time: 0.5, duration: 3, page });
});

test('blockTimeOf is undefined outside video scenes (design scenes show blocks at rest)', async () => {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 100, height: 100 } } });
  const page = engine.scene.getPages()[0]!;
  const block = engine.block.create('graphic');
  engine.block.appendChild(page, block);
  engine.block.setInAnimation(block, engine.block.createAnimation('fade'));
  assert.equal(blockTimeOf(engine, block), undefined);
});
