// `cem analyze` settings: the manifest (dist/custom-elements.json) that IDEs, Storybook and framework
// wrappers read to know the elements' tags, attributes, properties, events, slots and CSS parts.
export default {
  globs: ['elements/**/*.ts'],
  exclude: ['elements/**/*.test.ts', 'elements/**/*.d.ts', 'elements/shared/locales/**'],
  outdir: 'dist',
  // package.json names dist/custom-elements.json itself; the analyzer must never rewrite it (a test
  // runs the analyzer into a scratch folder).
  packagejson: false,
  litelement: true,
  plugins: [
    {
      name: 'cesdk-public-events-only',
      // The analyzer also guesses events from every `dispatchEvent(new X(...))`; the public ones are
      // the documented `cesdk-*` events.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.events) continue;
            declaration.events = declaration.events.filter((event) => typeof event.name === 'string' && event.name.startsWith('cesdk-'));
          }
        }
      },
    },
  ],
};
