import type { GuideCase } from '../harness/types.js';
import { equal, id, val } from './helpers.js';

const sorted = (value: unknown): string[] => [...(value as string[])].sort();

export default {
  id: 'store-custom-metadata',
  url: 'https://img.ly/docs/cesdk/node/export-save-publish/store-custom-metadata-337248',
  env: 'node',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      captures: ['photo', 'sheet'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'photo');
        equal(engine.block.getParent(block), id(context, 'sheet'), 'image on the page');
        equal([engine.block.getWidth(block), engine.block.getHeight(block)], [400, 300], 'size');
        equal(engine.block.getString(engine.block.getFill(block)!, 'fill/image/imageFileURI'), 'https://img.ly/static/ubq_samples/sample_1.jpg', 'image');
      },
    },
    {
      title: 'Set Metadata',
      captures: ['photo'],
      check: (context) => equal(context.engine.block.getMetadata(id(context, 'photo'), 'source'), 'user-upload', 'metadata'),
    },
    {
      title: 'Get Metadata',
      captures: ['assetRef'],
      check: (context) => equal(val(context, 'assetRef'), 'asset-12345', 'getMetadata'),
    },
    {
      title: 'List All Metadata Keys',
      captures: ['keysNow', 'entriesNow'],
      check: (context) => {
        equal(sorted(val(context, 'keysNow')), ['externalId', 'source', 'uploadedBy'], 'keys');
        equal((val(context, 'entriesNow') as Record<string, string>).externalId, 'asset-12345', 'key-value pairs');
      },
    },
    {
      title: 'Store Structured Data',
      captures: ['provenance'],
      check: (context) => equal((val(context, 'provenance') as { model: string }).model, 'stable-diffusion', 'parsed JSON'),
    },
    {
      title: 'Remove Metadata',
      captures: ['photo'],
      check: (context) => equal(context.engine.block.hasMetadata(id(context, 'photo'), 'uploadedBy'), false, 'removed'),
    },
    {
      title: 'Remove Metadata (verify)',
      captures: ['uploaderKept', 'keysLeft'],
      check: (context) => {
        equal(val(context, 'uploaderKept'), false, 'hasMetadata');
        equal(sorted(val(context, 'keysLeft')), ['externalId', 'generationInfo', 'source'], 'remaining keys');
      },
    },
  ],
} satisfies GuideCase;
