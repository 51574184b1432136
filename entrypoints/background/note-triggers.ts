/**
 * The context-menu entry "Highlight with Crosscheck" on a selection, and the keyboard shortcut
 * (the `highlight-selection` command, Alt+Shift+H by default): both highlight the selection in the
 * tab's notes UI, injecting it first when the page does not have it yet. Registered from index.ts.
 */
import { browser, type Browser } from 'wxt/browser';
import type { PageNotesState } from '../../lib/annotations/notes-wire';
import { sendToTab } from '../../utils/messaging';
import { injectNotesUi } from './inject-ui';

export const MENU_ID = 'crosscheck-highlight-selection';
export const MENU_TITLE = 'Highlight with Crosscheck';
export const COMMAND = 'highlight-selection';

type Menus = typeof browser.contextMenus;

/** `contextMenus` in Chrome, `menus` (or its `contextMenus` alias) in Firefox. */
function menusApi(): Menus | null {
  const b = browser as unknown as { contextMenus?: Menus; menus?: Menus };
  return b.contextMenus ?? b.menus ?? null;
}

function isPageNotesState(value: unknown): value is PageNotesState {
  const v = value as Partial<PageNotesState> | null;
  return !!v && typeof v.url === 'string' && Array.isArray(v.anchored) && Array.isArray(v.missing);
}

/**
 * Highlights the selection in one frame of a tab: asks the frame's notes UI whether it is there
 * (any answer that is not its page state means no), injects it if not, then asks it to highlight.
 * True when a highlight was made.
 */
export async function highlightInTab(
  tabId: number,
  frameId = 0,
  inject: (sender: Browser.runtime.MessageSender) => Promise<boolean> = injectNotesUi,
): Promise<boolean> {
  const state: unknown = await sendToTab(tabId, { type: 'notes:page-state' }, { frameId }).catch(() => null);
  if (!isPageNotesState(state)) {
    try {
      if (!(await inject({ tab: { id: tabId } as Browser.tabs.Tab, frameId }))) return false;
    } catch {
      return false; // a page the extension may not script (the web store, a browser page)
    }
  }
  const done = await sendToTab(tabId, { type: 'notes:highlight-selection' }, { frameId }).catch(() => false);
  return done === true;
}

function createMenu(): void {
  const menus = menusApi();
  if (!menus) return;
  // Created again at each start (Firefox forgets menus between sessions); Chrome keeps them, and the
  // duplicate is reported in lastError, read here so it is not logged as unchecked.
  menus.create({ id: MENU_ID, title: MENU_TITLE, contexts: ['selection'] }, () => void browser.runtime.lastError);
}

export function registerNoteTriggers(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup?.addListener(createMenu);

  menusApi()?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || tab.id < 0) return;
    void highlightInTab(tab.id, info.frameId ?? 0);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined && id >= 0) await highlightInTab(id, 0);
    })();
  });
}
