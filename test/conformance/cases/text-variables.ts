import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, loggedValue, pngSize } from './helpers.js';

const sorted = (value: unknown): string[] => [...(value as string[])].sort();

export default {
  id: 'text-variables',
  url: 'https://img.ly/docs/cesdk/node/create-templates/add-dynamic-content/text-variables-7ecb50',
  env: 'browser',
  snippets: [
    {
      title: 'Discovering Variables',
      start: '// Discover all existing variables in the scene',
      end: "console.log('Existing variables:', existingVariables); // []",
      check: (context) => equal(loggedValue(context, 'Existing variables:'), [], 'no variables yet'),
    },
    {
      title: 'Creating and Updating Variables',
      start: '// Create and update text variables',
      end: "engine.variable.setString('title', 'Creative Developer');",
      check: (context) => equal(sorted(context.engine.variable.findAll()), ['company', 'email', 'firstName', 'lastName', 'title'], 'variables'),
    },
    {
      title: 'Reading Variable Values',
      start: '// Read variable values at runtime',
      end: "console.log('First name variable:', firstName); // 'Alex'",
      check: (context) => equal(loggedValue(context, 'First name variable:'), 'Alex', 'value'),
    },
    {
      title: 'Binding Variables to Text Blocks',
      start: '// Create a text block demonstrating variable binding patterns',
      end: 'engine.block.appendChild(page, textBlock);',
      captures: ['textBlock'],
      check: (context) => {
        const text = id(context, 'textBlock');
        expect(context.engine.block.getResolvedText(text).startsWith('Hello, Alex!'), 'variables resolve in the text');
        equal(context.engine.block.getWidthMode(text), 'Auto', 'width mode');
      },
    },
    {
      title: 'Complete example: center the text block',
      start: '// Center the text block on the page',
      end: 'engine.block.setPositionY(textBlock, (pageHeight - frameHeight) / 2 - frameY);',
      captures: ['textBlock', 'frameWidth', 'frameHeight'],
      check: (context) => {
        expect((context.vars.frameWidth as number) > 0 && (context.vars.frameHeight as number) > 0, 'the auto-sized frame has a size');
        const text = id(context, 'textBlock');
        const centerX = context.engine.block.getFrameX(text) + context.engine.block.getFrameWidth(text) / 2;
        expect(Math.abs(centerX - 960) < 1, `the text is centered horizontally (center ${centerX})`);
      },
    },
    {
      title: 'Detecting Variable References',
      start: '// Check if the block contains variable references',
      end: "console.log('Text block has variables:', hasVariables); // true",
      check: (context) => equal(loggedValue(context, 'Text block has variables:'), true, 'referencesAnyVariables'),
    },
    {
      title: 'Removing Variables',
      start: '// Create and then remove a temporary variable to demonstrate removal',
      end: "console.log('Variables after removal:', engine.variable.findAll());",
      check: (context) => {
        expect((loggedValue(context, 'Variables before removal:') as string[]).includes('tempVariable'), 'before removal');
        expect(!(loggedValue(context, 'Variables after removal:') as string[]).includes('tempVariable'), 'after removal');
      },
    },
    {
      title: 'Complete example: final variables',
      start: '// Final check: List all variables in the scene',
      end: "console.log('Final variables in scene:', finalVariables);",
      check: (context) => equal(sorted(loggedValue(context, 'Final variables in scene:')), ['company', 'email', 'firstName', 'lastName', 'title'], 'final variables'),
    },
    {
      title: 'Complete example: export',
      start: '// Export the result to PNG',
      end: 'writeFileSync(`${outputDir}/text-variables-result.png`, buffer);',
      check: ({ files }) => equal(pngSize(files.get('output/text-variables-result.png')), { width: 1920, height: 1080 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
