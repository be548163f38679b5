// Builds the browser bundle (dist/cesdk.js, with lazy chunks for renderers and exporters)
// and the headless engine (dist/engine.js, no DOM, importable in Node).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import pixiLean from './scripts/rollup-pixi-lean.mjs';
import minifyCss from './scripts/rollup-minify-css.mjs';

const production = process.env.CESDK_BUILD !== 'dev';

const plugins = (browser) => [
  nodeResolve({ browser, preferBuiltins: !browser, extensions: ['.ts', '.mjs', '.js', '.json'] }),
  commonjs({ strictRequires: false }),
  production && minifyCss(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
  production && terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** Writes dist/bundle-manifest.json: each chunk's static and dynamic imports and its largest modules, for `npm run size`. */
const bundleManifest = () => ({
  name: 'cesdk-bundle-manifest',
  generateBundle(_options, bundle) {
    const chunks = {};
    for (const [fileName, output] of Object.entries(bundle)) {
      if (output.type !== 'chunk') continue;
      const modules = Object.entries(output.modules)
        .map(([id, info]) => ({ id: id.replace(/^.*node_modules\//, '').replace(process.cwd() + '/', ''), size: info.renderedLength }))
        .sort((a, b) => b.size - a.size);
      chunks[fileName] = {
        isEntry: output.isEntry,
        imports: output.imports,
        dynamicImports: output.dynamicImports,
        topModules: modules.slice(0, 8),
        allModules: process.env.CESDK_MANIFEST_ALL ? modules : undefined,
        projectModules: modules.map((module) => module.id).filter((id) => /^(core|elements|licensing|telemetry)\//.test(id)),
        packages: [...new Set(modules.map((module) => /^((?:@[^/]+\/)?[^/]+)/.exec(module.id)?.[1] ?? module.id))],
        // Rendered (pre-minification) bytes per package or project folder, to see what a chunk is made of.
        packageBytes: modules.reduce((sizes, module) => {
          const name = /^((?:@[^/]+\/)?[^/]+(?:\/[^/]+)?)/.exec(module.id)?.[1] ?? module.id;
          sizes[name] = (sizes[name] ?? 0) + module.size;
          return sizes;
        }, {}),
      };
    }
    this.emitFile({ type: 'asset', fileName: 'bundle-manifest.json', source: JSON.stringify(chunks, null, 2) });
  },
});

const onwarn = (warning, warn) => {
  // PixiJS and lit ship code that rollup flags as harmless `this` rewrites and circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: { cesdk: 'elements/index.ts', panels: 'elements/panels.ts', react: 'elements/frameworks/react.ts' },
    // The React wrappers use the app's React and the small @lit/react helper (a dependency), never a copy.
    external: ['react', '@lit/react'],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [pixiLean(), ...plugins(true), bundleManifest()],
    onwarn,
  },
  {
    input: { engine: 'core/engine/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'engine-chunks/[name]-[hash].js', sourcemap: true },
    plugins: plugins(false),
    onwarn,
  },
];
