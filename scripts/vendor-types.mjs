// Makes the package's declarations self-contained: Lit, PixiJS and jsPDF are bundled into dist/ and are
// not dependencies, so their types are not installed with the package. Imports of 'lit' in the
// declarations point to a copy of the few Lit types they use (scripts/vendor-types/lit.d.ts); PixiJS and
// jsPDF and mediabunny types (renderer, media and exporter internals only) become opaque `any` stand-ins.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const OPAQUE = { 'pixi.js': 'pixi', jspdf: 'jspdf', mediabunny: 'mediabunny' };

function declarationFiles(folder, found = []) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...declarationFiles(path));
    else if (name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** Rewrites the declarations under `typesDir` (dist/types) and writes the stand-ins to `typesDir/vendor/`. */
export function vendorTypes(typesDir) {
  const vendorDir = join(typesDir, 'vendor');
  mkdirSync(vendorDir, { recursive: true });
  copyFileSync(new URL('./vendor-types/lit.d.ts', import.meta.url), join(vendorDir, 'lit.d.ts'));
  const opaqueNames = Object.fromEntries(Object.keys(OPAQUE).map((module) => [module, new Set()]));
  const files = declarationFiles(typesDir).filter((file) => !file.startsWith(vendorDir));
  for (const file of files) {
    let text = readFileSync(file, 'utf8');
    const target = (name) => {
      const path = relative(dirname(file), join(vendorDir, `${name}.js`));
      return path.startsWith('.') ? path : `./${path}`;
    };
    text = text.replace(/from '(lit|pixi\.js|jspdf|mediabunny)'/g, (_match, module) => `from '${target(module === 'lit' ? 'lit' : OPAQUE[module])}'`);
    // Inline type imports, as tsc writes them: import("lit").CSSResult, import("pixi.js").ContainerChild
    text = text.replace(/import\((["'])(lit|lit-html|pixi\.js|jspdf|mediabunny)\1\)(\.(\w+))?/g, (_match, _quote, module, _member, name) => {
      if (OPAQUE[module] && name) opaqueNames[module].add(name);
      return `import('${target(OPAQUE[module] ?? 'lit')}')${name ? `.${name}` : ''}`;
    });
    for (const [module, stem] of Object.entries(OPAQUE)) {
      for (const match of text.matchAll(new RegExp(`(?:import|export) (?:type )?\\{([^}]*)\\} from '[^']*vendor/${stem}\\.js'`, 'g'))) {
        for (const name of match[1].split(',')) {
          const clean = name.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0].trim();
          if (clean) opaqueNames[module].add(clean);
        }
      }
    }
    writeFileSync(file, text);
  }
  for (const [module, stem] of Object.entries(OPAQUE)) {
    const lines = [`// Opaque stand-ins for the ${module} types the SDK's internal declarations mention (${module} is bundled, not a dependency).`];
    // Generic, so `Name<T>` in the declarations still type-checks.
    for (const name of [...opaqueNames[module]].sort()) lines.push(`export type ${name}<A = any, B = any> = any;`, `export declare const ${name}: any;`);
    writeFileSync(join(vendorDir, `${stem}.d.ts`), lines.join('\n') + '\n');
  }
}
