/**
 * A proxy on 127.0.0.1 that is a trap, for both browsers: each is told to send every request for a
 * non-loopback host through it (plain http, and https/wss as CONNECT), so whatever tries to leave the machine
 * lands here, is recorded, and is refused. Loopback (the test server) stays direct. It sees what the drivers do
 * not report: Chromium's requests outside Playwright's view, Firefox's background page and MV3 script, and each
 * browser's own calls (listed below, so a suite can tell them from the extension's).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxyTrap {
  /** "127.0.0.1:PORT", for Chromium's --proxy-server. */
  address: string;
  /** The port, for Firefox's proxy prefs. */
  port: number;
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
    // A browser that drops the connection after the refusal is no error of the trap's.
    socket.on('error', () => undefined);
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
    port,
    caught,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolveClose());
      }),
  };
}

/** The host a trap entry ("GET http://host/…" or "CONNECT host:443") was for. */
export const trapHost = (caught: string): string =>
  /^(?:CONNECT ([^:\s]+)|\S+ [a-z]+:\/\/([^:/\s]+))/i.exec(caught)?.slice(1).find(Boolean) ?? caught;

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
  // Chromium's GCM check-in (push messaging, invalidations), seen from Debian's Chromium 150 on a new machine; the
  // extension asks for no "gcm" permission and makes no request of its own.
  'android.clients.google.com',
]);

/**
 * Hosts Firefox contacts by itself, with no extension loaded: its remote-settings service (blocklists,
 * search configuration) and puppeteer's placeholder host for the services it points away from Mozilla.
 * Seen with Firefox ESR 153 under puppeteer; nothing in Crosscheck may ever ask for these.
 */
export const FIREFOX_OWN_HOSTS: ReadonlySet<string> = new Set(['firefox.settings.services.mozilla.com', 'dummy.test']);
