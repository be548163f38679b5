import type { GuideCase, SnippetCheckContext } from '../harness/types.js';
import { equal, expect, id, val } from './helpers.js';

const isFunction = (name: string) => (context: { vars: Readonly<Record<string, unknown>> }) =>
  expect(typeof context.vars[name] === 'function', `${name} is an unsubscribe function`);

/** Index of the first `[tag, type, block]` log line, or -1. */
const logIndex = (context: SnippetCheckContext, tag: string, type: string, block: number): number =>
  context.logs.findIndex((args) => args[0] === tag && args[1] === type && args[2] === block);

export default {
  id: 'events',
  url: 'https://img.ly/docs/cesdk/node/concepts/events-353f97',
  env: 'node',
  snippets: [
    {
      title: 'Subscribing to All Blocks',
      captures: ['stopWatchingEverything'],
      check: isFunction('stopWatchingEverything'),
    },
    {
      title: 'Complete example: create a scene and a page',
      captures: ['doc', 'sheet'],
      check: (context) => {
        equal(context.engine.block.getChildren(id(context, 'doc')), [id(context, 'sheet')], 'scene.create() without page options makes no page of its own');
        equal(context.engine.scene.getPages(), [id(context, 'sheet')], 'the appended page is the scene\'s page');
      },
    },
    {
      title: 'Creating Blocks and Handling Created Events',
      captures: ['hero'],
      settle: true,
      check: (context) => expect(logIndex(context, 'every', 'Created', id(context, 'hero')) >= 0, 'a Created event for the graphic'),
    },
    {
      title: 'Subscribing to Specific Blocks',
      captures: ['stopWatchingHero'],
      check: isFunction('stopWatchingHero'),
    },
    {
      title: 'Updating Blocks and Handling Updated Events',
      captures: ['hero'],
      settle: true,
      check: (context) => {
        const hero = id(context, 'hero');
        const count = (tag: string) => context.logs.filter((args) => args[0] === tag && args[1] === 'Updated' && args[2] === hero).length;
        equal(count('hero'), 1, 'two changes in one update give one Updated event');
        equal(count('every'), 1, 'one Updated event for the all-blocks subscriber');
      },
    },
    {
      title: 'Processing Events by Type',
      captures: ['stopDispatching'],
      check: isFunction('stopDispatching'),
    },
    {
      title: 'Handling Destroyed Events Safely',
      captures: ['stopGuarding'],
      check: isFunction('stopGuarding'),
    },
    {
      title: 'Complete example: a second block to destroy',
      captures: ['label'],
      check: (context) => equal(context.engine.block.getString(id(context, 'label'), 'text/text'), 'Events Demo', 'text'),
    },
    {
      title: 'Handling Destroyed Events Safely (destroy)',
      captures: ['label', 'labelStillValid'],
      settle: true,
      check: (context) => {
        const text = id(context, 'label');
        equal(val(context, 'labelStillValid'), false, 'isValid after destroy');
        const created = logIndex(context, 'every', 'Created', text);
        const destroyed = logIndex(context, 'every', 'Destroyed', text);
        expect(created >= 0, 'a block created and destroyed in one update still reports Created');
        expect(destroyed > created, 'and then Destroyed');
        expect(context.logs.some((args) => args[0] === 'guard' && args[1] === text && args[2] === 'gone'), 'the Destroyed handler sees an invalid block');
      },
    },
    {
      title: 'Unsubscribing from Events',
      captures: ['stopWatchingHero'],
      check: isFunction('stopWatchingHero'),
    },
  ],
} satisfies GuideCase;
