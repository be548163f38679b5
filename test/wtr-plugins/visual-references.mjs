// Visual reference tests (test/visual/): lets a browser test write PNGs into the project.
// Commands: `visual-update-mode` → true when UPDATE_REFERENCES=1 (regenerate the references);
// `visual-write-png` {name, kind: 'reference'|'actual'|'diff', base64} → writes
// test/visual/references/<name>.png, or test/visual/__failures__/<name>-<kind>.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const visualRoot = fileURLToPath(new URL('../visual/', import.meta.url));
const SAFE_NAME = /^[a-z0-9][a-z0-9-]{0,80}$/;

export default [
  {
    name: 'cesdk-visual-references',
    async executeCommand({ command, payload }) {
      if (command === 'visual-update-mode') return process.env.UPDATE_REFERENCES === '1';
      if (command !== 'visual-write-png') return undefined;
      const { name, kind, base64 } = payload ?? {};
      if (typeof name !== 'string' || !SAFE_NAME.test(name)) throw new Error(`bad reference name ${String(name)}`);
      if (!['reference', 'actual', 'diff'].includes(kind) || typeof base64 !== 'string') throw new Error('bad visual-write-png payload');
      const path = kind === 'reference' ? join(visualRoot, 'references', `${name}.png`) : join(visualRoot, '__failures__', `${name}-${kind}.png`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, Buffer.from(base64, 'base64'));
      return true;
    },
  },
];
