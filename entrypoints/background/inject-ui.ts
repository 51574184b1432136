/**
 * Injects a script into the frame of a content script that asks for it: the popover UI (its first
 * highlight interaction on a page) and the notes UI (its first selection, or a page with saved notes).
 * MV3 uses `scripting`; Firefox's MV2 build uses `tabs.executeScript`.
 */
import { browser, type Browser } from 'wxt/browser';

export const POPOVER_UI_FILE = '/popover-ui.js';
export const NOTES_UI_FILE = '/notes-ui.js';

/** `files` is typed as the scripts WXT knew at its last `wxt prepare`; a newer entrypoint may be missing there. */
type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/** Runs `file` (an extension path) in the sender's tab and frame; false when the sender is not a tab. */
export async function injectFileIntoSenderFrame(sender: Browser.runtime.MessageSender | undefined, file: string): Promise<boolean> {
  const tabId = sender?.tab?.id;
  if (tabId === undefined || tabId < 0) return false;
  const frameId = sender?.frameId ?? 0;
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] as ScriptFiles });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
  return true;
}

export function injectPopoverUi(sender: Browser.runtime.MessageSender): Promise<boolean> {
  return injectFileIntoSenderFrame(sender, POPOVER_UI_FILE);
}

export function injectNotesUi(sender: Browser.runtime.MessageSender | undefined): Promise<boolean> {
  return injectFileIntoSenderFrame(sender, NOTES_UI_FILE);
}
