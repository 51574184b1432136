/**
 * A proxy on 127.0.0.1 that is a trap: Firefox is told to send every request for a non-loopback host through
 * it (plain http, and https/wss as CONNECT), so whatever tries to leave the machine lands here, is recorded,
 * and is refused. Loopback (the test server) stays direct. This sees what puppeteer does not report: the
 * extension's background page, its service worker in MV3, and Firefox itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxyTrap {
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
  return {
    port: (server.address() as AddressInfo).port,
    caught,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolveClose());
      }),
  };
}

/** The host a trap entry was for. */
export function trappedHost(entry: string): string {
  return /^(?:CONNECT ([^:\s]+)|\S+ [a-z]+:\/\/([^:/\s]+))/i.exec(entry)?.slice(1).find(Boolean) ?? entry;
}

/**
 * Hosts Firefox contacts by itself, with no extension loaded: its remote-settings service (blocklists,
 * search configuration) and puppeteer's placeholder host for the services it points away from Mozilla.
 * Seen with Firefox ESR 153 under puppeteer; nothing in Crosscheck may ever ask for these.
 */
export const FIREFOX_OWN_HOSTS = new Set(['firefox.settings.services.mozilla.com', 'dummy.test']);
