// A small static file server for the demo: read-only, no directory listing, no path traversal.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif',
  '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.mp4': 'video/mp4', '.webm': 'video/webm', '.mp3': 'audio/mpeg', '.wav': 'audio/wav',
};

/**
 * Serves `mounts` (URL prefix → folder) and `routes` (exact path → JSON-producing function) on host:port.
 * `htmlHeaders()` adds headers to HTML documents (the demo's Content-Security-Policy).
 * Resolves with the listening server.
 */
export function serveStatic({ host, port, mounts, routes = {}, index = '/', htmlHeaders = () => ({}) }) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    const path = decodeURIComponent(url.pathname);
    if (path === '/') {
      response.writeHead(302, { location: index });
      response.end();
      return;
    }
    if (routes[path]) {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(routes[path]()));
      return;
    }
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const base = resolve(folder);
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) break;
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...(extname(file) === '.html' ? htmlHeaders() : {}),
      });
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}
