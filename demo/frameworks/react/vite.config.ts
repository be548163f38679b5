import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: './',
  // The package's fonts (node_modules/cesdk-web-components/assets/fonts/) are found next to its bundle;
  // Vite bundles the code elsewhere, so copy them into the app and point asset-base-url at them.
  publicDir: '../node_modules/cesdk-web-components/assets',
});
