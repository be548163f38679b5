// A small CMS-like app around the editor (`npm run cms`): a list of designs with thumbnails, and an
// edit page where <cesdk-editor name="design"> sits in a <form> that posts to this server, which
// validates the scene and stores it in an embedded SQLite file. It also runs the license backend.
import { createReadStream, existsSync, mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { startDevLicenseBackend, type DevLicenseBackend } from '../../licensing/server/dev.js';
import { DesignFormError, readDesignForm } from './design-form.js';
import { DesignStore } from './design-store.js';
import { editPage, errorPage, listPage } from './pages.js';

const ROOT = new URL('../../', import.meta.url).pathname;
// The SDK as the package lays it out: dist/ next to assets/ (its fonts are found from the bundle's URL).
const STATIC: Record<string, string> = {
  '/dist/': join(ROOT, 'dist'), '/assets/': join(ROOT, 'assets'), '/public/': join(ROOT, 'demo/cms/public'),
};
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** A running CMS demo. */
export interface CmsServer {
  readonly url: string;
  readonly store: DesignStore;
  stop(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  response.end(body);
}

function serveStatic(path: string, response: ServerResponse): boolean {
  for (const [prefix, folder] of Object.entries(STATIC)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(folder, path.slice(prefix.length)));
    if (!file.startsWith(folder) || !existsSync(file)) return false;
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    createReadStream(file).pipe(response);
    return true;
  }
  return false;
}

async function handle(request: IncomingMessage, response: ServerResponse, store: DesignStore, license: DevLicenseBackend): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://cms.local');
  const path = url.pathname;
  const licenseInfo = { key: license.demoKey, server: license.url };
  if (request.method === 'GET') {
    if (path === '/') return send(response, 200, listPage(store.list()));
    if (path === '/designs/new') return send(response, 200, editPage({ license: licenseInfo }));
    const match = /^\/designs\/(\d+)(\/scene|\/thumbnail\.png)?$/.exec(path);
    if (match) {
      const design = store.get(Number(match[1]));
      if (!design) return send(response, 404, errorPage(404, 'NOT_FOUND', 'No such design.'));
      if (match[2] === '/scene') return send(response, 200, design.scene, design.format === 'archive' ? 'application/zip' : 'application/json');
      if (match[2] === '/thumbnail.png') return design.thumbnail ? send(response, 200, design.thumbnail, 'image/png') : send(response, 404, 'no thumbnail', 'text/plain');
      return send(response, 200, editPage({ design, saved: url.searchParams.has('saved'), license: licenseInfo }));
    }
    if (serveStatic(path, response)) return;
    return send(response, 404, 'not found', 'text/plain');
  }
  if (request.method === 'POST') {
    const match = /^\/designs(?:\/(\d+))?$/.exec(path);
    if (!match) return send(response, 404, 'not found', 'text/plain');
    const wantsJson = (request.headers.accept ?? '').includes('application/json');
    try {
      const input = await readDesignForm(request);
      const id = store.save(input, match[1] ? Number(match[1]) : undefined);
      if (id === undefined) return send(response, 404, errorPage(404, 'NOT_FOUND', 'No such design.'));
      if (wantsJson) return send(response, 201, JSON.stringify({ id, format: input.format }), 'application/json');
      return send(response, 303, '', 'text/plain', { location: `/designs/${id}?saved` });
    } catch (error) {
      if (!(error instanceof DesignFormError)) throw error;
      // The rest of an oversized body is not read: close the connection after answering.
      const headers: Record<string, string> = error.status === 413 ? { connection: 'close' } : {};
      if (wantsJson) return send(response, error.status, JSON.stringify({ error: { code: error.code, message: error.message } }), 'application/json', headers);
      return send(response, error.status, errorPage(error.status, error.code, error.message), undefined, headers);
    }
  }
  send(response, 405, 'method not allowed', 'text/plain');
}

/** Starts the CMS on 127.0.0.1 (port 0: any free port) with its store in `dataFolder`. Needs `npm run build` first. */
export async function startCms(options: { port?: number; dataFolder?: string } = {}): Promise<CmsServer> {
  if (!existsSync(join(ROOT, 'dist/cesdk.js'))) throw new Error('dist/ is missing: run npm run build first');
  const dataFolder = options.dataFolder ?? mkdtempSync(join(tmpdir(), 'cesdk-cms-'));
  const store = new DesignStore(dataFolder);
  let license: DevLicenseBackend | undefined;
  const server: Server = createServer((request, response) => {
    handle(request, response, store, license!).catch((error: unknown) => {
      console.error('cms: request failed', error);
      if (!response.headersSent) send(response, 500, errorPage(500, 'INTERNAL', 'The server failed; nothing was stored.'));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  license = await startDevLicenseBackend({ demoOrigins: [url], dataFolder: join(dataFolder, 'license') });
  return {
    url,
    store,
    async stop() {
      await license?.stop();
      await new Promise((resolve) => server.close(resolve));
      store.close();
    },
  };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const cms = await startCms({ port: Number(process.env.PORT ?? 8090), dataFolder: process.env.CMS_DATA_DIR ?? join(ROOT, '.data/cms') });
  console.log(`CMS demo: ${cms.url}/`);
}
