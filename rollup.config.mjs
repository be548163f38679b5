// Builds the browser bundle (dist/cesdk.js, with lazy chunks for renderers and exporters)
// and the headless engine (dist/engine.js, no DOM, importable in Node).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const production = process.env.CESDK_BUILD !== 'dev';

const plugins = (browser) => [
  nodeResolve({ browser, preferBuiltins: !browser, extensions: ['.ts', '.mjs', '.js', '.json'] }),
  commonjs({ strictRequires: false }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false }),
  production && terser({ ecma: 2020, module: true, compress: { passes: 1 }, format: { comments: false } }),
];

const onwarn = (warning, warn) => {
  // PixiJS and lit ship code that rollup flags as harmless `this` rewrites and circular imports.
  if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

export default [
  {
    input: { cesdk: 'elements/index.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(true),
    onwarn,
  },
  {
    input: { engine: 'core/engine/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: plugins(false),
    onwarn,
  },
];
