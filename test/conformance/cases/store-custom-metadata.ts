import type { GuideCase } from '../harness/types.js';
import { equal, id, logged, loggedValue } from './helpers.js';

const sorted = (value: unknown): string[] => [...(value as string[])].sort();

export default {
  id: 'store-custom-metadata',
  url: 'https://img.ly/docs/cesdk/node/export-save-publish/store-custom-metadata-337248',
  env: 'node',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      start: '// Initialize the headless Creative Engine',
      end: 'engine.block.setPositionY(imageBlock, 150);',
      captures: ['imageBlock', 'page'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'imageBlock');
        equal(engine.block.getParent(block), id(context, 'page'), 'image on the page');
        equal([engine.block.getWidth(block), engine.block.getHeight(block)], [400, 300], 'size');
        equal(engine.block.getString(engine.block.getFill(block)!, 'fill/image/imageFileURI'), 'https://img.ly/static/ubq_samples/sample_1.jpg', 'image');
      },
    },
    {
      title: 'Set Metadata',
      start: '// Set metadata key-value pairs on the block',
      end: "console.log('Set metadata: externalId, source, uploadedBy');",
      captures: ['imageBlock'],
      check: (context) => equal(context.engine.block.getMetadata(id(context, 'imageBlock'), 'source'), 'user-upload', 'metadata'),
    },
    {
      title: 'Get Metadata',
      start: '// Retrieve a metadata value by key',
      end: '}',
      check: (context) => equal(loggedValue(context, 'External ID:'), 'asset-12345', 'getMetadata'),
    },
    {
      title: 'List All Metadata Keys',
      start: '// List all metadata keys on the block',
      endAfter: '// Log all key-value pairs',
      end: '}',
      check: (context) => {
        equal(sorted(loggedValue(context, 'All metadata keys:')), ['externalId', 'source', 'uploadedBy'], 'keys');
        equal(logged(context, '  externalId: asset-12345'), [], 'key-value lines');
      },
    },
    {
      title: 'Store Structured Data',
      start: '// Store structured data as JSON',
      end: "console.log('Parsed generation info:', parsedInfo);",
      check: (context) => equal((loggedValue(context, 'Parsed generation info:') as { model: string }).model, 'stable-diffusion', 'parsed JSON'),
    },
    {
      title: 'Remove Metadata',
      start: '// Remove a metadata key',
      end: "console.log('Removed metadata key: uploadedBy');",
      captures: ['imageBlock'],
      check: (context) => equal(context.engine.block.hasMetadata(id(context, 'imageBlock'), 'uploadedBy'), false, 'removed'),
    },
    {
      title: 'Remove Metadata (verify)',
      start: '// Verify the key was removed',
      end: "console.log('Remaining metadata keys:', remainingKeys);",
      check: (context) => {
        equal(loggedValue(context, 'Has uploadedBy after removal:'), false, 'hasMetadata');
        equal(sorted(loggedValue(context, 'Remaining metadata keys:')), ['externalId', 'generationInfo', 'source'], 'remaining keys');
      },
    },
  ],
} satisfies GuideCase;
