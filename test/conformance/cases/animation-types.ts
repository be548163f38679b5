import type { GuideCase, SnippetCheckContext } from '../harness/types.js';
import { close, equal, expect, id, val } from './helpers.js';

const ANIMATION = '//ly.img.ubq/animation/';

/** Checks that `block`'s slot holds `animation`, of `type`, lasting `seconds`. */
function attached(context: SnippetCheckContext, block: string, slot: 'In' | 'Out' | 'Loop', animation: string, type: string, seconds: number): number {
  const { engine } = context;
  const owner = id(context, block);
  const animationId = id(context, animation);
  const getter = slot === 'In' ? engine.block.getInAnimation : slot === 'Out' ? engine.block.getOutAnimation : engine.block.getLoopAnimation;
  equal(getter.call(engine.block, owner), animationId, `${slot} animation of ${block}`);
  equal(engine.block.getType(animationId), ANIMATION + type, `${animation} type`);
  close(engine.block.getDuration(animationId), seconds, `${animation} duration`);
  return animationId;
}

export default {
  id: 'animation-types',
  url: 'https://img.ly/docs/cesdk/node/animation/types-4e5f41',
  env: 'node',
  snippets: [
    {
      title: 'Setting Up the Scene',
      captures: ['videoScene', 'stage'],
      check: (context) => {
        const { engine } = context;
        const stage = id(context, 'stage');
        equal(engine.scene.getMode(), 'Video', 'a video scene');
        equal(engine.block.getParent(stage), id(context, 'videoScene'), 'the page is in the scene');
        equal([engine.block.getWidth(stage), engine.block.getHeight(stage), engine.block.getDuration(stage)], [1920, 1080, 10], 'page size and duration');
        equal(engine.block.getColor(engine.block.getFill(stage)!, 'fill/color/value'), { r: 1, g: 1, b: 1, a: 1 }, 'white page');
      },
    },
    {
      title: 'Slide Animation',
      captures: ['slidingTile', 'slideIn'],
      check: (context) => {
        const slide = attached(context, 'slidingTile', 'In', 'slideIn', 'slide', 1);
        close(context.engine.block.getFloat(slide, 'animation/slide/direction'), Math.PI, 'from the left');
        equal(context.engine.block.getEnum(slide, 'animationEasing'), 'EaseOut', 'easing');
      },
    },
    {
      title: 'Fade Animation',
      captures: ['fadingTile', 'fadeIn'],
      check: (context) => {
        const fade = attached(context, 'fadingTile', 'In', 'fadeIn', 'fade', 1);
        equal(context.engine.block.getEnum(fade, 'animationEasing'), 'EaseInOut', 'easing');
      },
    },
    {
      title: 'Zoom Animation',
      captures: ['zoomingTile', 'zoomIn'],
      check: (context) => {
        const zoom = attached(context, 'zoomingTile', 'In', 'zoomIn', 'zoom', 1);
        equal(context.engine.block.getBool(zoom, 'animation/zoom/fade'), true, 'zoom fades');
      },
    },
    {
      title: 'Exit Animations',
      captures: ['exitingTile', 'wipeEntrance', 'fadeExit'],
      check: (context) => {
        const wipe = attached(context, 'exitingTile', 'In', 'wipeEntrance', 'wipe', 1);
        equal(context.engine.block.getEnum(wipe, 'animation/wipe/direction'), 'Right', 'wipe direction');
        const fade = attached(context, 'exitingTile', 'Out', 'fadeExit', 'fade', 1);
        equal(context.engine.block.getEnum(fade, 'animationEasing'), 'EaseIn', 'exit easing');
      },
    },
    {
      title: 'Loop Animations',
      captures: ['breathingTile', 'breathing'],
      check: (context) => {
        const loop = attached(context, 'breathingTile', 'Loop', 'breathing', 'breathing_loop', 2);
        close(context.engine.block.getFloat(loop, 'animation/breathing_loop/intensity'), 0.3, 'intensity');
      },
    },
    {
      title: 'Combining Animations',
      captures: ['busyTile', 'spinEntrance', 'blurExit', 'sway'],
      check: (context) => {
        const spin = attached(context, 'busyTile', 'In', 'spinEntrance', 'spin', 1);
        equal(context.engine.block.getEnum(spin, 'animation/spin/direction'), 'Clockwise', 'spin direction');
        close(context.engine.block.getFloat(spin, 'animation/spin/intensity'), 0.5, 'half a turn');
        attached(context, 'busyTile', 'Out', 'blurExit', 'blur', 1);
        attached(context, 'busyTile', 'Loop', 'sway', 'sway_loop', 1.5);
      },
    },
    {
      title: 'Discovering Animation Properties',
      captures: ['slideProperties', 'easings'],
      check: (context) => {
        const properties = val(context, 'slideProperties') as string[];
        for (const path of ['animation/slide/direction', 'animation/slide/fade', 'animationEasing', 'playback/duration']) {
          expect(properties.includes(path), `slide properties include ${path}: ${properties.join(', ')}`);
        }
        const easings = val(context, 'easings') as string[];
        equal(easings.length, 16, 'easing count');
        expect(easings.includes('Linear') && easings.includes('EaseInOutSpring'), `easings: ${easings.join(', ')}`);
      },
    },
    {
      title: 'Saving the Scene',
      captures: ['savedScene'],
      check: (context) => {
        const saved = JSON.parse(val(context, 'savedScene') as string) as { blocks: Array<{ type: string; inAnimation?: number; outAnimation?: number; loopAnimation?: number }> };
        const animations = saved.blocks.filter((block) => block.type.startsWith(ANIMATION));
        equal(animations.length, 9, 'every animation is saved');
        const slots = saved.blocks.flatMap((block) => [block.inAnimation, block.outAnimation, block.loopAnimation]).filter((slot) => slot !== undefined);
        equal(slots.length, 9, 'every animation sits in a slot');
      },
    },
  ],
} satisfies GuideCase;
