import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  // The package's fonts (node_modules/cesdk-web-components/assets/fonts/) are found next to its bundle;
  // Vite bundles the code elsewhere, so copy them into the app and point asset-base-url at them.
  publicDir: '../node_modules/cesdk-web-components/assets',
});
