import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, val } from './helpers.js';

export default {
  id: 'blocks',
  url: 'https://img.ly/docs/cesdk/node/concepts/blocks-90241e',
  env: 'node',
  snippets: [
    {
      title: 'Block Types',
      captures: ['boardType'],
      check: (context) => equal(val(context, 'boardType'), '//ly.img.ubq/page', 'page type'),
    },
    {
      title: 'Type vs Kind',
      captures: ['boardKind', 'canvasesByKind'],
      check: (context) => {
        equal(val(context, 'boardKind'), 'main-canvas', 'kind');
        equal((val(context, 'canvasesByKind') as number[]).length, 1, 'findByKind');
      },
    },
    {
      title: 'Block Lifecycle',
      captures: ['photoAlive', 'spareAlive'],
      check: (context) => {
        equal(val(context, 'photoAlive'), true, 'original valid');
        equal(val(context, 'spareAlive'), false, 'copy invalid');
      },
    },
    {
      title: 'Working with Fills',
      captures: ['photo', 'picture'],
      check: (context) => equal(context.engine.block.getFill(id(context, 'photo')), id(context, 'picture'), 'image fill'),
    },
    {
      title: 'Block Hierarchy',
      captures: ['photoParent', 'board', 'boardChildren'],
      check: (context) => {
        equal(val(context, 'photoParent'), val(context, 'board'), 'parent');
        equal((val(context, 'boardChildren') as number[]).length, 1, 'children');
      },
    },
    {
      title: 'Complete example: a text block',
      captures: ['captionType'],
      check: (context) => equal(val(context, 'captionType'), '//ly.img.ubq/text', 'text type'),
    },
    {
      title: 'Block Properties (reflection)',
      captures: ['photoProps', 'opacityKind', 'opacityAccess'],
      check: (context) => {
        expect((val(context, 'photoProps') as string[]).length > 10, 'a graphic has many properties');
        equal(val(context, 'opacityKind'), 'Float', 'opacity type');
        equal(val(context, 'opacityAccess'), [true, true], 'readable and writable');
      },
    },
    {
      title: 'Block Properties (typed accessors)',
      captures: ['photoOpacity', 'boardMargin', 'photoBlend', 'blendChoices'],
      check: (context) => {
        equal(val(context, 'photoOpacity'), 0.9, 'opacity');
        equal(val(context, 'boardMargin'), false, 'margin');
        equal(val(context, 'photoBlend'), 'Multiply', 'blend mode');
        expect((val(context, 'blendChoices') as string[]).includes('Multiply'), 'blend modes listed');
      },
    },
    {
      title: 'UUIDs and Names',
      captures: ['photoUuid', 'photoName'],
      check: (context) => {
        expect(/^[0-9a-f-]{36}$/.test(val(context, 'photoUuid') as string), 'a UUID');
        equal(val(context, 'photoName'), 'Hero Image', 'name');
      },
    },
    {
      title: 'Selection',
      captures: ['photoSelected', 'selection'],
      check: (context) => {
        equal(val(context, 'photoSelected'), true, 'selected');
        equal((val(context, 'selection') as number[]).length, 2, 'two selected');
      },
    },
    {
      title: 'Visibility, Export Inclusion and Clipping',
      captures: ['photoVisible', 'photoExported', 'photoClipped'],
      check: (context) => {
        equal(val(context, 'photoVisible'), true, 'visible');
        equal(val(context, 'photoExported'), true, 'included in export');
        equal(val(context, 'photoClipped'), false, 'clipped');
      },
    },
    {
      title: 'Block State',
      captures: ['photoState'],
      check: (context) => expect(['Ready', 'Pending', 'Error'].includes((val(context, 'photoState') as { type: string }).type), 'a state type'),
    },
    {
      title: 'Serialization (save)',
      captures: ['serialized'],
      check: (context) => expect((val(context, 'serialized') as string).length > 0, 'saved'),
    },
    {
      title: 'Serialization (load)',
      captures: ['restored', 'photo'],
      check: (context) => {
        const loaded = val(context, 'restored') as number[];
        equal(loaded.length, 2, 'two blocks');
        for (const block of loaded) equal(context.engine.block.getParent(block), null, 'not attached');
        equal(context.engine.block.getName(loaded[0]!), 'Hero Image', 'the copy keeps its name');
        expect(loaded[0] !== id(context, 'photo'), 'new blocks');
      },
    },
    {
      title: 'Complete example: clean up loaded blocks',
      captures: ['restored'],
      check: (context) => {
        for (const block of val(context, 'restored') as number[]) equal(context.engine.block.isValid(block), false, 'destroyed');
      },
    },
  ],
} satisfies GuideCase;
