/**
 * The real toolbar popup, opened over a page: the service worker calls chrome.action.openPopup() while the
 * page's tab is active, so the popup sees that tab as a reader's click would show it. Playwright does not
 * attach to popup targets, so this talks to it over the Chrome DevTools Protocol, through the page's session.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

export interface OpenedPopup {
  url: string;
  /** Runs an expression in the popup and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the popup; returns its value. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function openToolbarPopup(ext: ExtensionBrowser, page: Page, timeoutMs = 10_000): Promise<OpenedPopup> {
  await page.bringToFront();
  const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
  const session: CDPSession = await ext.context.newCDPSession(page);
  const opened = await ext.serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome;
    try {
      await api.action.openPopup();
      return 'ok';
    } catch (error) {
      return String(error);
    }
  });
  if (opened !== 'ok') throw new Error(`chrome.action.openPopup() failed: ${opened}`);

  const deadline = Date.now() + timeoutMs;
  let target: TargetInfo | undefined;
  while (!target) {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.url.startsWith(popupUrl));
    if (!target) {
      if (Date.now() > deadline) throw new Error(`no popup target appeared (${popupUrl})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };

  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  const call = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });

  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string };
    };
    if (result.exceptionDetails) throw new Error(`in the popup: ${result.exceptionDetails.text}`);
    return result.result.value as T;
  };

  return {
    url: target.url,
    evaluate,
    waitFor: async <T>(expression: string, waitMs = 10_000): Promise<T> => {
      const end = Date.now() + waitMs;
      for (;;) {
        const value = await evaluate<T>(expression).catch(() => undefined);
        if (value) return value;
        if (Date.now() > end) throw new Error(`popup: timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    screenshot: async (file: string) => {
      const shot = (await call('Page.captureScreenshot', { format: 'png' })) as { data: string };
      writeFileSync(file, Buffer.from(shot.data, 'base64'));
    },
    close: async () => {
      await call('Runtime.evaluate', { expression: 'window.close()' }).catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}
