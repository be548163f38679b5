// Rollup plugin for the browser build: `import … from 'pixi.js'` in our own sources resolves to a lean
// barrel instead of PixiJS's lib/index.mjs.
//
// PixiJS's index re-exports everything and also runs side-effect imports: rendering/init (masks, the
// texture-source registry incl. VideoSource → Ticker, Texture.from → Assets cache), spritesheet/init
// (Spritesheet, Assets resolver, utils/path) and the browser/webworker environment extensions (which
// lazy-load accessibility, events, DOM, spritesheet and filters on renderer creation unless
// `manageImports: false`). We need none of them: core/render creates every texture from an explicit
// source, passes `manageImports: false` and registers the extensions it uses itself
// (core/render/pixi-renderer.ts, core/render/gpu-extensions.ts).
//
// The barrel re-exports the index's names straight from their lib files, by absolute path (the
// package's "exports" map has no entry for lib/…), and nothing else: every other lib module is
// side-effect free per PixiJS's package.json "sideEffects", so only what our code uses is bundled.
//
// Graphics: importing it registers its Canvas 2D and its GPU pipe and context system (scene/graphics/
// init.mjs). The GPU pair brings tessellation (earcut, line building), the batcher and the shader
// compiler, which only GPU renderers use and which core/render/gpu-extensions.ts registers before a
// GPU renderer is made. So here that init registers the Canvas 2D pair only, and the two curve
// builders that read GraphicsContextSystem's default bezier smoothness (the only other importers of
// the GPU context system) read it from a constant instead (we never change it; checked at build time).
//
// Unused parsers: GraphicsContext.svg() and `new GraphicsPath(svgPathString)` parse SVG with PixiJS's
// SVG parser (≈ 8 kB minified with parse-svg-path), and CanvasTextMetrics measures tagged text (text
// with `tagStyles`, ≈ 3 kB). core/render flattens SVG path data itself (svg-path.ts), never calls
// either SVG entry and never sets `tagStyles`, so those imports become a function that throws a clear
// error instead (checked to be reached by nothing: test/visual/dist-bundle.browser.test.ts).
//
// The TypeScript sources keep importing from 'pixi.js' (tsc and the source-served browser tests use
// the full package); test/visual/dist-bundle.browser.test.ts checks that the built bundle still draws
// like the sources on both backends.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

const VIRTUAL_ID = '\0cesdk-pixi-lean';

/**
 * PixiJS's two text caches (CanvasTextMetrics, BitmapFontManager) use tiny-lru's `lru(max)` for
 * has/get/set only. Its 12 kB class (TTL, eviction events, key listing) becomes this Map-based LRU.
 */
const LRU_ID = '\0cesdk-lru';
const LRU_SOURCE = `export function lru(max = 1000) {
  const map = new Map();
  return {
    has: (key) => map.has(key),
    get(key) {
      if (!map.has(key)) return undefined;
      const value = map.get(key);
      map.delete(key);
      map.set(key, value);
      return value;
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      if (map.size > max) map.delete(map.keys().next().value);
      return this;
    },
    delete(key) { map.delete(key); return this; },
    clear() { map.clear(); return this; },
    get size() { return map.size; },
  };
}`;
/** The PixiJS files that import tiny-lru, and the only calls they make on its caches (checked at build time). */
const LRU_USERS = {
  'scene/text/canvas/CanvasTextMetrics.mjs': /_measurementCache\.(\w+)/g,
  'scene/text-bitmap/BitmapFontManager.mjs': /measureCache\.(\w+)/g,
};

/** Side-effect imports of lib/index.mjs the barrel drops (checked so a PixiJS update that adds one is noticed). */
const DROPPED_SIDE_EFFECTS = new Set([
  './rendering/init.mjs', './spritesheet/init.mjs',
]);

/** `name → absolute file` for every name lib/index.mjs exports. */
function readIndexExports(libDir) {
  const source = readFileSync(join(libDir, 'index.mjs'), 'utf8');
  const exports = new Map();
  const imported = new Map();
  for (const match of source.matchAll(/^(import|export) \{([^}]*)\} from '(\.\/[^']+)';$/gm)) {
    const [, keyword, list, path] = match;
    for (const item of list.split(',').map((part) => part.trim()).filter(Boolean)) {
      const [name, alias = name] = item.split(/\s+as\s+/);
      if (name.startsWith('type ')) continue;
      (keyword === 'import' ? imported : exports).set(alias, { name, file: join(libDir, path) });
    }
  }
  // `export { browserExt, extensions, webworkerExt };` re-exports names imported above.
  for (const match of source.matchAll(/^export \{([^}]*)\};$/gm)) {
    for (const name of match[1].split(',').map((part) => part.trim()).filter(Boolean)) {
      const from = imported.get(name);
      if (!from) throw new Error(`rollup-pixi-lean: cannot find where pixi.js's index takes '${name}' from`);
      exports.set(name, from);
    }
  }
  for (const match of source.matchAll(/^import '(\.\/[^']+)';$/gm)) {
    // The folder index files hold only type-only imports; the init files register extensions.
    if (/init\.mjs$/.test(match[1]) && !DROPPED_SIDE_EFFECTS.has(match[1])) {
      throw new Error(`rollup-pixi-lean: pixi.js's index has a new side-effect import ${match[1]}: decide whether the editor needs it`);
    }
  }
  if (exports.size < 100) throw new Error(`rollup-pixi-lean: read only ${exports.size} exports from pixi.js's index: has its format changed?`);
  return exports;
}

function barrelSource(exports) {
  const byFile = new Map();
  for (const [alias, { name, file }] of exports) {
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file).push(name === alias ? name : `${name} as ${alias}`);
  }
  return [...byFile].map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(file)};`).join('\n') + '\n';
}

const GRAPHICS_INIT = 'scene/graphics/init.mjs';
const CANVAS_GRAPHICS_INIT = `import { extensions } from '../../extensions/Extensions.mjs';
import { CanvasGraphicsContextSystem } from './canvas/CanvasGraphicsContextSystem.mjs';
import { CanvasGraphicsPipe } from './canvas/CanvasGraphicsPipe.mjs';
extensions.add(CanvasGraphicsPipe);
extensions.add(CanvasGraphicsContextSystem);
`;
const CURVE_BUILDERS = ['scene/graphics/shared/buildCommands/buildAdaptiveBezier.mjs', 'scene/graphics/shared/buildCommands/buildAdaptiveQuadratic.mjs'];
const CONTEXT_SYSTEM_IMPORT = "import { GraphicsContextSystem } from '../GraphicsContextSystem.mjs';";

/** PixiJS files whose import of an unused parser is replaced by a stub that throws (see the header). */
const UNUSED_IMPORTS = {
  'scene/graphics/shared/GraphicsContext.mjs': "import { SVGParser } from './svg/SVGParser.mjs';",
  'scene/graphics/shared/path/GraphicsPath.mjs': "import { parseSVGPath } from '../svg/parseSVGPath.mjs';",
  'scene/text/canvas/CanvasTextMetrics.mjs': "import { measureTaggedText } from './utils/measureTaggedText.mjs';",
};
const unusedStub = (name) => `const ${name} = () => { throw new Error('pixi.js ${name} is not part of this build (see scripts/rollup-pixi-lean.mjs)'); };`;

/** Checks that a lib file still reads as this plugin expects; returns its source. */
function expectSource(file, ...snippets) {
  const source = readFileSync(file, 'utf8');
  for (const snippet of snippets) {
    if (!source.includes(snippet)) throw new Error(`rollup-pixi-lean: ${file} no longer contains ${JSON.stringify(snippet)}: update the plugin for this PixiJS version`);
  }
  return source;
}

/** @returns {import('rollup').Plugin} */
export default function pixiLean() {
  const require = createRequire(import.meta.url);
  const libDir = dirname(require.resolve('pixi.js')); // …/pixi.js/lib/index.js
  const nodeModules = `${sep}node_modules${sep}`;
  let source;
  return {
    name: 'cesdk-pixi-lean',
    resolveId(id, importer) {
      if (id === 'tiny-lru' && importer && Object.keys(LRU_USERS).some((file) => importer === join(libDir, file))) {
        const calls = new Set([...readFileSync(importer, 'utf8').matchAll(LRU_USERS[importer.slice(libDir.length + 1).split(sep).join('/')])].map((match) => match[1]));
        const unknown = [...calls].filter((call) => !['has', 'get', 'set'].includes(call));
        if (unknown.length > 0) this.error(`pixi-lean: ${importer} calls ${unknown.join(', ')} on its tiny-lru cache; extend LRU_SOURCE`);
        return LRU_ID;
      }
      if (id === LRU_ID) return LRU_ID;
      if (id !== 'pixi.js' || !importer || importer.includes(nodeModules) || importer.startsWith('\0')) return null;
      return VIRTUAL_ID;
    },
    load(id) {
      if (id === LRU_ID) return { code: LRU_SOURCE, moduleSideEffects: false };
      if (id === VIRTUAL_ID) {
        source ??= barrelSource(readIndexExports(libDir));
        return { code: source, moduleSideEffects: false };
      }
      if (id === join(libDir, GRAPHICS_INIT)) {
        expectSource(id, 'extensions.add(CanvasGraphicsPipe);', 'extensions.add(GraphicsPipe);', 'extensions.add(CanvasGraphicsContextSystem);', 'extensions.add(GraphicsContextSystem);');
        return CANVAS_GRAPHICS_INIT;
      }
      if (CURVE_BUILDERS.some((file) => id === join(libDir, file))) {
        expectSource(join(libDir, 'scene/graphics/shared/GraphicsContextSystem.mjs'), 'bezierSmoothness: 0.5');
        const code = expectSource(id, CONTEXT_SYSTEM_IMPORT, 'GraphicsContextSystem.defaultOptions.bezierSmoothness');
        return code.replace(CONTEXT_SYSTEM_IMPORT, 'const GraphicsContextSystem = { defaultOptions: { bezierSmoothness: 0.5 } };');
      }
      for (const [file, statement] of Object.entries(UNUSED_IMPORTS)) {
        if (id !== join(libDir, file)) continue;
        const name = /import \{ (\w+) \}/.exec(statement)[1];
        return expectSource(id, statement).replace(statement, unusedStub(name));
      }
      return null;
    },
  };
}
