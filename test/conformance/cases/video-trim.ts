import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, loggedValue, val } from './helpers.js';

/** The guide's sample video is served from a 3-second test clip (see conformance.browser.test.ts). */
const SAMPLE_SECONDS = 3;

export default {
  id: 'video-trim',
  url: 'https://img.ly/docs/cesdk/node/edit-video/trim-4f688b',
  env: 'browser',
  snippets: [
    {
      title: 'Create a video scene',
      captures: ['stage'],
      check: (context) => {
        equal(context.engine.block.getWidth(id(context, 'stage')), 1280, 'page width');
        equal(context.engine.block.getDuration(id(context, 'stage')), 30, 'page duration');
      },
    },
    {
      title: 'Checking Trim Support',
      check: (context) => equal(loggedValue(context, 'trimmable'), true, 'supportsTrim'),
    },
    {
      title: 'Loading Video Resources',
      check: (context) => equal(loggedValue(context, 'media seconds'), SAMPLE_SECONDS, 'total duration'),
    },
    {
      title: 'Trimming Video',
      captures: ['plain'],
      check: (context) => {
        const fill = (context.vars.plain as { fill: number }).fill;
        equal(context.engine.block.getTrimOffset(fill), 2, 'trim offset');
        equal(context.engine.block.getTrimLength(fill), 5, 'trim length');
      },
    },
    {
      title: 'Getting Current Trim Values',
      check: (context) => equal(loggedValue(context, 'trim read back'), { from: 2, span: 5, left: SAMPLE_SECONDS - 2 }, 'trim and the room left after the offset'),
    },
    {
      title: 'Trim and Duration',
      captures: ['once'],
      check: (context) => equal(context.engine.block.getDuration((context.vars.once as { block: number }).block), 5, 'block duration'),
    },
    {
      title: 'Looping',
      captures: ['looped'],
      check: (context) => {
        equal(loggedValue(context, 'loops'), true, 'looping');
        equal(context.engine.block.getDuration((context.vars.looped as { block: number }).block), 9, 'block duration');
      },
    },
    {
      title: 'Frame-Accurate Trimming',
      captures: ['framed'],
      check: (context) => {
        const fill = (context.vars.framed as { fill: number }).fill;
        equal(context.engine.block.getTrimOffset(fill), 2, 'frame 60 at 30 fps');
        equal(context.engine.block.getTrimLength(fill), 5, '150 frames at 30 fps');
      },
    },
    {
      title: 'Batch Trimming',
      captures: ['batch'],
      check: (context) => {
        equal(loggedValue(context, 'batch size'), 3, 'three videos trimmed');
        for (const block of context.vars.batch as number[]) equal(context.engine.block.getDuration(block), 4, 'each 4 s long');
      },
    },
    {
      title: 'Layout and saving the scene',
      captures: ['saved'],
      check: (context) => {
        const scene = val(context, 'saved');
        expect(typeof scene === 'string', 'the scene was written');
        const document = JSON.parse(scene as string) as { blocks: Array<{ type: string }> };
        equal(document.blocks.filter((block) => block.type.endsWith('/fill/video')).length, 8, 'eight trimmed videos saved');
      },
    },
  ],
} satisfies GuideCase;
