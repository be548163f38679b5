import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Vue compiles <cesdk-*> tags as custom elements instead of looking for Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cesdk-') } } })],
  base: './',
  // The package's fonts (node_modules/cesdk-web-components/assets/fonts/) are found next to its bundle;
  // Vite bundles the code elsewhere, so copy them into the app and point asset-base-url at them.
  publicDir: '../node_modules/cesdk-web-components/assets',
});
