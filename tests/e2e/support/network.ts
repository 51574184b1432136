/**
 * Proving that no request leaves the machine, two ways:
 *
 * 1. Every request the browser context reports (pages, frames, the content script's page world,
 *    extension pages and the extension's service worker) is recorded; its URL must be local.
 * 2. Chromium is started with a proxy that is a trap on 127.0.0.1: every request for a
 *    non-loopback host (http, and https/wss through CONNECT) reaches the trap instead of the
 *    network, is recorded, and is refused. This also sees requests Playwright does not report.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { BrowserContext, Request } from 'playwright-core';

/** The only URLs a page or the extension may touch. */
export function isLocalUrl(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('about:') || url.startsWith('blob:')) return true;
  if (url.startsWith('chrome-extension://')) return true;
  return url === origin || url.startsWith(origin + '/');
}

export interface RecordedRequest {
  url: string;
  method: string;
  /** 'page', 'service-worker' or 'other'. */
  from: string;
  /** The URL of the page or worker that made it, when known. */
  by: string | null;
}

/** Records every request the context reports, including its service workers'. */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const log: RecordedRequest[] = [];
  const seen = new WeakSet<Request>();
  const record = (request: Request) => {
    if (seen.has(request)) return;
    seen.add(request);
    let from = 'other';
    let by: string | null = null;
    const worker = request.serviceWorker();
    if (worker) {
      from = 'service-worker';
      by = worker.url();
    } else {
      try {
        by = request.frame().page()?.url() ?? null;
        from = 'page';
      } catch {
        // Requests without a frame (e.g. from a dedicated worker) keep 'other'.
      }
    }
    log.push({ url: request.url(), method: request.method(), from, by });
  };
  context.on('request', record);
  return log;
}

export interface ProxyTrap {
  /** "127.0.0.1:PORT", for --proxy-server. */
  address: string;
  /** What reached the trap: "GET http://host/path" or "CONNECT host:443". */
  caught: string[];
  close(): Promise<void>;
}

export async function startProxyTrap(): Promise<ProxyTrap> {
  const caught: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    caught.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end('Crosscheck e2e: the network is off limits');
  });
  server.on('connect', (req, socket: Socket) => {
    caught.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    caught,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolveClose());
      }),
  };
}

/**
 * Chromium's own background calls, never the extension's: the hosts Chromium contacts with no extension
 * loaded at all (sign-in, component updates, time, autofill metadata), as seen here. Suites that can also
 * add what a control browser without the extension sent in the same run.
 */
export const CHROMIUM_OWN_HOSTS: ReadonlySet<string> = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'clientservices.googleapis.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsingohttpgateway.googleapis.com',
  'redirector.gvt1.com',
  'edgedl.me.gvt1.com',
]);

/** The host a proxy-trap entry ("GET http://host/…" or "CONNECT host:443") was for. */
export const trapHost = (caught: string): string =>
  /^(?:CONNECT ([^:\s]+)|\S+ [a-z]+:\/\/([^:/\s]+))/i.exec(caught)?.slice(1).find(Boolean) ?? caught;
