// Lets a browser test save a screenshot of its page (to look at the UI it drives):
// `page-screenshot` {name} → test/__screenshots__/<name>.png (git-ignored). Chromium launcher only.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../__screenshots__/', import.meta.url));
const SAFE_NAME = /^[a-z0-9][a-z0-9-]{0,80}$/;

export default [
  {
    name: 'cesdk-page-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'page-screenshot') return undefined;
      const name = payload?.name;
      if (typeof name !== 'string' || !SAFE_NAME.test(name)) throw new Error(`bad screenshot name ${String(name)}`);
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      mkdirSync(folder, { recursive: true });
      await page.screenshot({ path: `${folder}${name}.png` });
      return true;
    },
  },
];
