/**
 * Proving that no request leaves the machine, two ways:
 *
 * 1. Every request the browser context reports (pages, frames, the content script's page world,
 *    extension pages and the extension's service worker) is recorded; its URL must be local.
 * 2. Chromium is started with a proxy that is a trap on 127.0.0.1 (../../e2e-shared/trap.ts): every
 *    request for a non-loopback host reaches the trap instead of the network, is recorded, and is
 *    refused. This also sees requests Playwright does not report.
 */
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
