// Server-side rendering as Next.js and Nuxt do it: import the SDK in Node (the package's "node"
// export condition) and render the editor's tag into HTML. Any read of `window` throws and is
// recorded. Prints one JSON line: { touchedWindow, html, wrapperHtml, exports }.
const touched = [];
Object.defineProperty(globalThis, 'window', {
  configurable: true,
  get() {
    touched.push(new Error('window read').stack.split('\n').slice(2, 4).join(' | '));
    throw new ReferenceError('window is not defined (server)');
  },
});

const sdk = await import('cesdk-web-components');
const { CesdkEditor } = await import('cesdk-web-components/react');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const licenseServer = process.argv[2] ?? 'https://license.example.com';

// React 19 renders custom elements natively; the @lit/react wrapper must render on the server too.
const html = renderToString(createElement('cesdk-editor', { 'user-id': 'ssr-user', 'license-server': licenseServer }));
const wrapperHtml = renderToString(createElement(CesdkEditor, { userId: 'ssr-user' }));
// The headless engine works on the server as well (no DOM, no renderer).
const engine = await sdk.Engine.create();
// CE.SDK's signature: without page options a scene has no page.
engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
const pages = engine.scene.getPages().length;
engine.dispose?.();

console.log(JSON.stringify({ touchedWindow: touched, html, wrapperHtml, exports: Object.keys(sdk).length, pages }));
