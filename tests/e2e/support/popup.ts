/**
 * The real toolbar popup, opened over a page: the service worker calls chrome.action.openPopup() while the
 * page's tab is active, so the popup sees that tab as a reader's click would show it. Playwright does not
 * attach to popup targets, so this talks to it over the Chrome DevTools Protocol, through the page's session.
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';
import { findTarget, openChannel } from './target-channel';

export interface OpenedPopup {
  url: string;
  /** Runs an expression in the popup and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the popup; returns its value. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
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

  const target = await findTarget(session, popupUrl, timeoutMs);
  const { send: call } = await openChannel(session, target);

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
      // The popup may close before it answers: the command's reply is not waited for beyond a second.
      const closing = call('Runtime.evaluate', { expression: 'window.close()' }).catch(() => undefined);
      await Promise.race([closing, new Promise((r) => setTimeout(r, 1_000))]);
      await session.detach().catch(() => undefined);
    },
  };
}
