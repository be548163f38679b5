/**
 * Local drafts and the leave-page prompt, with real tabs: a tab edits with `autosave`, is killed
 * (its renderer crashed: no unload, no pagehide), and a new tab offers the draft and restores it,
 * uploads included; the draft never holds the license key. Closing a tab with unsaved changes asks
 * first, unless `no-unload-prompt` is set or the design was saved.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DRAFT_TEXT, TAB_CHANNEL } from './tab-constants.js';

const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);
type Message = Record<string, unknown> & { type: string; tab: string };

/** Collects the tabs' messages; `next` resolves with the first one that matches. */
class Inbox {
  private readonly channel = new BroadcastChannel(TAB_CHANNEL);
  private readonly messages: Message[] = [];
  private waiters: Array<{ match: (message: Message) => boolean; resolve: (message: Message) => void }> = [];
  constructor() {
    this.channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.type === 'error') console.error(`tab ${message.tab}: ${String(message.message)}`);
      const waiter = this.waiters.find((candidate) => candidate.match(message));
      if (waiter) {
        this.waiters = this.waiters.filter((candidate) => candidate !== waiter);
        waiter.resolve(message);
      } else this.messages.push(message);
    };
  }
  next(tab: string, type: string, timeout = 45_000): Promise<Message> {
    const match = (message: Message) => message.tab === tab && (message.type === type || message.type === 'error');
    const queued = this.messages.find(match);
    if (queued) {
      this.messages.splice(this.messages.indexOf(queued), 1);
      return Promise.resolve(queued);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tab ${tab} sent no ${type}`)), timeout);
      this.waiters.push({ match, resolve: (message) => (clearTimeout(timer), resolve(message)) });
    });
  }
  close(): void {
    this.channel.close();
  }
}

async function openTab(inbox: Inbox, name: string, query: string): Promise<string> {
  const { id } = await command<{ id: string }>('tab-open', { path: `/test/trust/tab-page.html?tab=${name}&${query}` });
  void inbox;
  return id;
}

describe('autosave drafts and the leave-page prompt', () => {
  let inbox: Inbox;
  beforeEach(() => (inbox = new Inbox()));
  afterEach(() => inbox.close());

  it('a tab killed mid-session leaves a draft that a new tab offers and restores, uploads included, without the license key', async () => {
    const key = `crash-test-${Date.now()}`;
    const editing = await openTab(inbox, 'edit', `mode=edit&key=${key}`);
    await inbox.next('edit', 'edited');
    // The draft written after the last change (the upload) holds everything.
    let saved = await inbox.next('edit', 'draft-saved');
    while (Number(saved.blocks) < 8) saved = await inbox.next('edit', 'draft-saved');
    expect(saved.type).to.equal('draft-saved');
    await command('tab-crash', { id: editing });

    const restoring = await openTab(inbox, 'restore', `mode=restore&key=${key}`);
    const restored = await inbox.next('restore', 'restored');
    expect(restored.type, String(restored.message ?? '')).to.equal('restored');
    expect(String(restored.offer), 'the editor offers the draft').to.match(/unsaved draft/i);
    expect(restored.texts).to.include(DRAFT_TEXT);
    expect(restored.images, 'the uploaded photo came back').to.equal(1);
    expect(Number(restored.imageBytes), 'with its bytes, from the draft').to.be.greaterThan(100_000);
    expect(restored.draftHoldsKey, 'the draft holds no part of the license key').to.equal(false);
    expect(restored.offerGone).to.equal(true);
    await inbox.next('restore', 'cleared');
    await command('tab-close', { id: restoring });

    // clearDraft() removed it: a new tab offers nothing.
    const databases = await indexedDB.databases();
    expect(databases.some((database) => database.name === 'cesdk-drafts')).to.equal(true);
    const left = await new Promise<unknown>((resolve, reject) => {
      const opened = indexedDB.open('cesdk-drafts');
      opened.onsuccess = () => {
        const request = opened.result.transaction('drafts').objectStore('drafts').get(key);
        request.onsuccess = () => {
          opened.result.close();
          resolve(request.result);
        };
        request.onerror = () => reject(request.error);
      };
    });
    expect(left, 'clearDraft() deleted the draft').to.equal(undefined);
  });

  it('closing a tab with unsaved changes asks first', async () => {
    const tab = await openTab(inbox, 'dirty', 'mode=dirty');
    expect((await inbox.next('dirty', 'dirty')).unsaved).to.equal(true);
    const { dialogs, closed } = await command<{ dialogs: string[]; closed: boolean }>('tab-close', { id: tab });
    expect(dialogs).to.deep.equal(['beforeunload']);
    expect(closed).to.equal(true);
  });

  it('does not ask with no-unload-prompt, or after a save', async () => {
    const quiet = await openTab(inbox, 'quiet', 'mode=dirty&noPrompt');
    expect((await inbox.next('quiet', 'dirty')).unsaved).to.equal(true);
    expect((await command<{ dialogs: string[] }>('tab-close', { id: quiet })).dialogs).to.deep.equal([]);
    const saved = await openTab(inbox, 'saved', 'mode=dirty&save');
    expect((await inbox.next('saved', 'dirty')).unsaved).to.equal(false);
    expect((await command<{ dialogs: string[] }>('tab-close', { id: saved })).dialogs).to.deep.equal([]);
  });
});
