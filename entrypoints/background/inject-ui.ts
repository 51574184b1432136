/**
 * Injects the popover UI into the frame of a content script that asks for it (its first highlight
 * interaction on a page). MV3 uses `scripting`; Firefox's MV2 build uses `tabs.executeScript`.
 */
import { browser, type Browser } from 'wxt/browser';

export const POPOVER_UI_FILE = '/popover-ui.js';

export async function injectPopoverUi(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const frameId = sender.frameId ?? 0;
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [POPOVER_UI_FILE] });
  } else {
    await browser.tabs.executeScript(tabId, { file: POPOVER_UI_FILE, frameId });
  }
  return true;
}
