import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, loggedValue } from './helpers.js';

const isFunction = (name: string) => (context: { vars: Readonly<Record<string, unknown>> }) =>
  expect(typeof context.vars[name] === 'function', `${name} is an unsubscribe function`);

export default {
  id: 'events',
  url: 'https://img.ly/docs/cesdk/node/concepts/events-353f97',
  env: 'node',
  snippets: [
    {
      title: 'Subscribing to All Blocks',
      start: '// Subscribe to events from all blocks in the scene',
      end: '});',
      captures: ['unsubscribeAll'],
      check: isFunction('unsubscribeAll'),
    },
    {
      title: 'Complete example: create a scene and a page',
      start: '// Create a new scene and page',
      end: 'engine.block.setHeight(page, 600);',
      captures: ['scene', 'page'],
      check: (context) => {
        equal(context.engine.block.getChildren(id(context, 'scene')), [id(context, 'page')], 'scene.create() without page options makes no page of its own');
        equal(context.engine.scene.getPages(), [id(context, 'page')], 'the appended page is the scene\'s page');
      },
    },
    {
      title: 'Creating Blocks and Handling Created Events',
      start: '// Create a graphic block - this triggers a Created event',
      end: "console.log('Created graphic block:', graphic);",
      captures: ['graphic'],
      settle: true,
      check: (context) => {
        const graphic = id(context, 'graphic');
        expect(context.logs.some((args) => args[0] === `[All Blocks] Created event for block ${graphic}`), 'a Created event for the graphic');
      },
    },
    {
      title: 'Subscribing to Specific Blocks',
      start: '// Subscribe to events for specific blocks only',
      end: '});',
      captures: ['unsubscribeSpecific'],
      check: isFunction('unsubscribeSpecific'),
    },
    {
      title: 'Updating Blocks and Handling Updated Events',
      start: '// Modify the block - this triggers Updated events',
      end: "console.log('Modified graphic block - rotation and opacity changed');",
      captures: ['graphic'],
      settle: true,
      check: (context) => {
        const graphic = id(context, 'graphic');
        const specific = context.logs.filter((args) => args[0] === `[Specific Block] Updated event for block ${graphic}`);
        equal(specific.length, 1, 'two changes in one update give one Updated event');
        const all = context.logs.filter((args) => args[0] === `[All Blocks] Updated event for block ${graphic}`);
        equal(all.length, 1, 'one Updated event for the all-blocks subscriber');
      },
    },
    {
      title: 'Processing Events by Type',
      start: '// Process events by checking the type property',
      endAfter: "case 'Destroyed': {",
      end: '});',
      captures: ['unsubscribeProcess'],
      check: isFunction('unsubscribeProcess'),
    },
    {
      title: 'Handling Destroyed Events Safely',
      start: '// When handling Destroyed events, always check block validity',
      endAfter: '// Clean up any references to this block ID',
      end: '});',
      captures: ['unsubscribeDestroyed'],
      check: isFunction('unsubscribeDestroyed'),
    },
    {
      title: 'Complete example: a second block to destroy',
      start: '// Create a second block to demonstrate destruction',
      end: "console.log('Created text block:', textBlock);",
      captures: ['textBlock'],
      check: (context) => equal(context.engine.block.getString(id(context, 'textBlock'), 'text/text'), 'Events Demo', 'text'),
    },
    {
      title: 'Handling Destroyed Events Safely (destroy)',
      start: '// Destroy the text block - this triggers a Destroyed event',
      end: "console.log('Text block still valid after destroy:', isTextBlockValid); // false",
      captures: ['textBlock'],
      settle: true,
      check: (context) => {
        const text = id(context, 'textBlock');
        equal(loggedValue(context, 'Text block still valid after destroy:'), false, 'isValid after destroy');
        const lines = context.logs.map((args) => args[0]);
        const created = lines.indexOf(`[All Blocks] Created event for block ${text}`);
        const destroyed = lines.indexOf(`[All Blocks] Destroyed event for block ${text}`);
        expect(created >= 0, 'a block created and destroyed in one update still reports Created');
        expect(destroyed > created, 'and then Destroyed');
        expect(lines.includes(`Block ${text} has been destroyed and is invalid`), 'the Destroyed handler sees an invalid block');
      },
    },
    {
      title: 'Unsubscribing from Events',
      start: '// Clean up subscriptions when no longer needed',
      end: "console.log('Unsubscribed from all event listeners');",
      check: (context) => expect(context.logs.some((args) => args[0] === 'Unsubscribed from all event listeners'), 'logged'),
    },
  ],
} satisfies GuideCase;
