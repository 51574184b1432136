/**
 * The e2e tests' web server: 127.0.0.1 only, a free port chosen by the system.
 *
 *   /pages/<file>      tests/e2e/pages/<file>                 (the e2e pages and their images)
 *   /articles/<slug>.html   tests/corpus/<slug>/page.html    (the development corpus's HTML articles)
 *   /bench/<topic>-<words>.html                             (a benchmark page, made by scripts/bench/pages.ts)
 *
 * Anything else is a 404 (the fixture articles link to /img/…, /weather… as real sites do).
 * Every request is logged, so a test can see what the pages asked for.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchPages } from '../../../scripts/bench/pages';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PAGES_DIR = join(ROOT, 'tests/e2e/pages');
export const ARTICLES_DIR = join(ROOT, 'tests/corpus');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface TestServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Method and path of every request served, in order. */
  log: string[];
  close(): Promise<void>;
}

/** The file a URL path maps to, or null when it maps to nothing we serve. */
function fileFor(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const serve = (dir: string, rest: string): string | null => {
    const file = resolve(dir, rest);
    return file.startsWith(dir + sep) ? file : null;
  };
  if (decoded.startsWith('/pages/')) return serve(PAGES_DIR, decoded.slice('/pages/'.length));
  if (decoded.startsWith('/articles/') && decoded.endsWith('.html')) {
    const slug = decoded.slice('/articles/'.length, -'.html'.length);
    return slug.includes('/') ? null : serve(ARTICLES_DIR, `${slug}/page.html`);
  }
  return null;
}

export async function startServer(): Promise<TestServer> {
  const log: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(`${req.method} ${url.pathname}${url.search}`);
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const bench = /^\/bench\/(?:on-topic|unrelated)-(\d{1,6})\.html$/.exec(url.pathname);
    const page = bench ? benchPages([Number(bench[1])]).find((p) => p.path === url.pathname) : undefined;
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : page.html);
      return;
    }
    const file = fileFor(url.pathname);
    if (!file) return notFound();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      notFound,
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path: string) => new URL(path, origin).href,
    log,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
