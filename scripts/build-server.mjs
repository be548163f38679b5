// The server builds of the browser entries (dist/node/*.js, the "node" export condition that Next.js,
// Nuxt, Vite SSR and plain Node pick): the same code bundled with Lit's Node build, whose DOM shim
// keeps an import from touching window or document. Nothing renders there; elements upgrade on the client.
import { build } from 'esbuild';

/** Bundles elements/index.ts, panels.ts and frameworks/react.ts into dist/node/ (cesdk.js, panels.js, react.js). */
export async function buildServerBundles() {
  await build({
    entryPoints: { cesdk: 'elements/index.ts', panels: 'elements/panels.ts', react: 'elements/frameworks/react.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    conditions: ['node'],
    external: ['react', '@lit/react'],
    tsconfig: 'tsconfig.json',
    outdir: 'dist/node',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    // PixiJS reads navigator.userAgent while its modules load (a Safari check). Node 20 has no navigator;
    // a module-scoped stand-in (not a global) answers it there, and Node 21+ keeps its own.
    banner: { js: 'var navigator = globalThis.navigator ?? { userAgent: "", platform: "" };' },
  });
}
