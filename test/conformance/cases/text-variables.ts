import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, expect, id, pngSize, val } from './helpers.js';

const sorted = (value: unknown): string[] => [...(value as string[])].sort();

export default {
  id: 'text-variables',
  url: 'https://img.ly/docs/cesdk/node/create-templates/add-dynamic-content/text-variables-7ecb50',
  env: 'browser',
  snippets: [
    {
      title: 'Discovering Variables',
      captures: ['namesAtStart'],
      check: (context) => equal(val(context, 'namesAtStart'), [], 'no variables yet'),
    },
    {
      title: 'Creating and Updating Variables',
      check: (context) => equal(sorted(context.engine.variable.findAll()), ['company', 'email', 'firstName', 'lastName', 'title'], 'variables'),
    },
    {
      title: 'Reading Variable Values',
      captures: ['givenName'],
      check: (context) => equal(val(context, 'givenName'), 'Alex', 'value'),
    },
    {
      title: 'Binding Variables to Text Blocks',
      captures: ['badge'],
      check: (context) => {
        const text = id(context, 'badge');
        equal(
          context.engine.block.getResolvedText(text),
          'Hi Alex,\nAlex Smith\nCreative Developer at IMG.LY\nMail: alex.smith@example.com',
          'variables resolve in the text',
        );
        equal(context.engine.block.getWidthMode(text), 'Auto', 'width mode');
      },
    },
    {
      title: 'Complete example: center the text block',
      captures: ['badge', 'frame'],
      check: (context) => {
        const frame = val(context, 'frame') as { w: number; h: number };
        expect(frame.w > 0 && frame.h > 0, 'the auto-sized frame has a size');
        const text = id(context, 'badge');
        const centerX = context.engine.block.getFrameX(text) + context.engine.block.getFrameWidth(text) / 2;
        expect(Math.abs(centerX - 960) < 1, `the text is centered horizontally (center ${centerX})`);
      },
    },
    {
      title: 'Detecting Variable References',
      captures: ['badgeUsesVariables'],
      check: (context) => equal(val(context, 'badgeUsesVariables'), true, 'referencesAnyVariables'),
    },
    {
      title: 'Removing Variables',
      captures: ['namesWithTemp', 'namesWithoutTemp'],
      check: (context) => {
        expect((val(context, 'namesWithTemp') as string[]).includes('tempVariable'), 'before removal');
        expect(!(val(context, 'namesWithoutTemp') as string[]).includes('tempVariable'), 'after removal');
      },
    },
    {
      title: 'Complete example: final variables',
      captures: ['namesAtEnd'],
      check: (context) => equal(sorted(val(context, 'namesAtEnd')), ['company', 'email', 'firstName', 'lastName', 'title'], 'final variables'),
    },
    {
      title: 'Complete example: export',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 1920, height: 1080 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
