// web-test-runner plugin: DevTools-protocol helpers for the trust tests, run on the test's own page
// (puppeteer-core under @web/test-runner-chrome):
// - `request-log-start` / `request-log-stop`: every request the page and its frames make (URL, method,
//   resource type, whether it carried a body), seen by the browser itself, so beacons, fonts and
//   requests from workers or iframes are included;
// - `heap-usage`: forces garbage collection (HeapProfiler.collectGarbage) and reads the JS heap;
// - `heap-retainers` (then poll `heap-retainers-result`): takes a heap snapshot and lists retainer
//   paths of objects of a class name (`className`), or counts instances of classes (`count: [names]`);
// - `tab-open` / `tab-crash` / `tab-close`: a second tab in the test's browser context (same origin
//   storage), crashed like a killed renderer (Page.crash) or closed as a user would, recording the
//   dialogs it raised (the leave-page prompt);
// - `clipboard-paste`: puts `html` and `text` on the system clipboard as another application would,
//   then presses Ctrl+V with the browser's own Paste command, so the focused element gets a real paste.
import { countInstances, retainerPaths } from './heap-snapshot.mjs';

const logs = new Map();
const analyses = new Map();
let nextAnalysis = 1;
const tabs = new Map();
let nextTab = 1;

function tabOf(payload) {
  const tab = tabs.get(String(payload.id));
  if (!tab) throw new Error(`no tab ${payload.id}`);
  return tab;
}
const sessions = new Map();

async function cdpSession(page) {
  let client = sessions.get(page);
  if (!client) {
    client = await page.createCDPSession();
    sessions.set(page, client);
  }
  return client;
}

const commands = {
  async 'request-log-start'(page) {
    const entries = [];
    const onRequest = (request) => {
      entries.push({ url: request.url(), method: request.method(), type: request.resourceType(), hasBody: request.hasPostData() });
    };
    page.on('request', onRequest);
    logs.set(page, { entries, onRequest });
    return true;
  },
  async 'request-log-stop'(page) {
    const log = logs.get(page);
    if (!log) return [];
    page.off('request', log.onRequest);
    logs.delete(page);
    return log.entries;
  },
  async 'tab-open'(page, payload) {
    const tab = await page.browserContext().newPage();
    const entry = { tab, dialogs: [], closed: false };
    tab.on('dialog', (dialog) => {
      entry.dialogs.push(dialog.type());
      void dialog.accept().catch(() => undefined);
    });
    tab.on('close', () => (entry.closed = true));
    const id = String(nextTab++);
    tabs.set(id, entry);
    await tab.setViewport({ width: 1200, height: 800 });
    await tab.goto(new URL(payload.path, page.url()).href);
    return { id };
  },
  async 'tab-crash'(_page, payload) {
    const entry = tabOf(payload);
    const client = await entry.tab.createCDPSession();
    // The renderer dies at once, without unload or pagehide: like a killed process or a power cut.
    await Promise.race([client.send('Page.crash').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))]);
    await entry.tab.close({ runBeforeUnload: false }).catch(() => undefined);
    tabs.delete(String(payload.id));
    return true;
  },
  async 'tab-close'(_page, payload) {
    const entry = tabOf(payload);
    // Browsers ask before leaving only pages the user interacted with.
    await entry.tab.mouse.click(4, 4).catch(() => undefined);
    await entry.tab.close({ runBeforeUnload: true });
    const started = Date.now();
    while (!entry.closed && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 25));
    tabs.delete(String(payload.id));
    return { dialogs: entry.dialogs, closed: entry.closed };
  },
  async 'clipboard-paste'(page, payload) {
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    // The clipboard takes writes only from the focused document, and test files run in parallel
    // pages that take the focus from each other: bring this one to the front, and again if it lost it.
    for (let attempt = 0; ; attempt += 1) {
      await page.bringToFront();
      try {
        await page.evaluate(async (html, text) => {
          await navigator.clipboard.write([new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          })]);
        }, payload.html ?? '', payload.text ?? '');
        break;
      } catch (error) {
        if (attempt >= 9 || !/not focused/i.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyV', { commands: ['Paste'] });
    await page.keyboard.up('Control');
    return true;
  },
  async 'heap-usage'(page) {
    const client = await cdpSession(page);
    // Several passes: finalizers and weak references free more on the next collection.
    for (let pass = 0; pass < 3; pass += 1) await client.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await client.send('Runtime.getHeapUsage');
    return { usedSize, totalSize };
  },
  // A snapshot of a test page takes longer than a server command may: it runs in the background and
  // `heap-retainers-result` polls for it.
  async 'heap-retainers'(page, payload) {
    const id = String(nextAnalysis++);
    analyses.set(id, commands['heap-retainers-now'](page, payload).catch((error) => ({ error: String(error) })));
    return { id };
  },
  async 'heap-retainers-result'(_page, payload) {
    const analysis = analyses.get(String(payload.id));
    if (!analysis) throw new Error(`no analysis ${payload.id}`);
    const result = await Promise.race([analysis, new Promise((resolve) => setTimeout(() => resolve({ pending: true }), 10_000))]);
    if (!result.pending) analyses.delete(String(payload.id));
    return result;
  },
  async 'heap-retainers-now'(page, payload) {
    const client = await cdpSession(page);
    await client.send('HeapProfiler.collectGarbage');
    const chunks = [];
    const onChunk = ({ chunk }) => chunks.push(chunk);
    client.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    try {
      await client.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    } finally {
      client.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    }
    const text = chunks.join('');
    if (payload.saveTo) (await import('node:fs')).writeFileSync(payload.saveTo, text);
    const snapshot = JSON.parse(text);
    if (payload.count) return { counts: countInstances(snapshot, payload.count) };
    if (!payload.className) return { instances: 0, paths: [] };
    return retainerPaths(snapshot, payload.className, payload.limit ?? 5);
  },
};

export default [
  {
    name: 'cesdk-cdp',
    async executeCommand({ command, payload, session }) {
      const handler = commands[command];
      if (!handler) return undefined;
      const page = session.browser.getPage(session.id);
      return handler(page, payload ?? {});
    },
  },
];
