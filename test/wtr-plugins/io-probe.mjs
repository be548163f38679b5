// A loopback HTTP server for the core/io browser tests: a "foreign origin" that records every request
// it receives (so a test can prove that no request left for a URL inside an SVG), streams bodies
// without Content-Length (for the byte cap), serves fixtures under any declared Content-Type, and
// answers with error statuses. The dev server exposes its origin and log at /__cesdk-io-probe/state.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { normalize, join } from 'node:path';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const hits = [];
let origin = '';
let server;

/** Handles one request to the probe origin. */
async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://probe');
  hits.push({ path: url.pathname + url.search, cookie: request.headers.cookie ?? null, referer: request.headers.referer ?? null });
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Cache-Control', 'no-store');
  if (url.pathname === '/stream') {
    const total = Number(url.searchParams.get('bytes') ?? 0);
    response.writeHead(200, { 'Content-Type': 'image/png' });
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024);
    const pump = () => {
      while (sent < total && !response.destroyed) {
        const size = Math.min(chunk.length, total - sent);
        sent += size;
        if (!response.write(chunk.subarray(0, size))) return void response.once('drain', pump);
      }
      response.end();
    };
    response.on('close', () => { sent = total; });
    pump();
    return;
  }
  if (url.pathname.startsWith('/status/')) {
    response.writeHead(Number(url.pathname.slice(8)) || 500, { 'Content-Type': 'text/plain' });
    response.end('error');
    return;
  }
  if (url.pathname.startsWith('/fixture/')) {
    const path = normalize(join(fixtures, decodeURIComponent(url.pathname.slice(9))));
    if (!path.startsWith(fixtures)) return void response.writeHead(403).end();
    try {
      const body = await readFile(path);
      response.writeHead(200, { 'Content-Type': url.searchParams.get('type') ?? 'application/octet-stream', 'Content-Length': body.length });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
    return;
  }
  // Anything else (a leaked reference): a 1×1 transparent GIF, so a leak would look like success.
  response.writeHead(200, { 'Content-Type': 'image/gif' });
  response.end(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
}

export default [
  {
    name: 'cesdk-io-probe',
    async serverStart() {
      server = createServer((request, response) => {
        handle(request, response).catch(() => response.destroy());
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => server?.close(resolve));
    },
    serve(context) {
      if (context.path === '/__cesdk-io-probe/state') {
        return { body: JSON.stringify({ origin, hits }), type: 'application/json', headers: { 'Cache-Control': 'no-store' } };
      }
      return undefined;
    },
  },
];
