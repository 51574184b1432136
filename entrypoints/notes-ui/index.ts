/**
 * The notes UI: the reader's own highlights and notes on a page. Injected by the background into the
 * page's isolated world (never loaded on every page): when the reader first selects text on a page,
 * when the page has saved notes (entrypoints/content/notes-loader.ts asks), or from the context menu
 * and the keyboard shortcut (entrypoints/background/note-triggers.ts).
 *
 * It shares the isolated world with the content script, whose findings it reads through the page
 * bridge, and works without it too (a tab opened before the extension was installed).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { storage } from 'wxt/utils/storage';
import type { HighlightColour } from '../../lib/annotations/model';
import { isSiteDisabled } from '../../lib/settings';
import { getBridge, NOTES_UI_KEY } from '../../utils/page-bridge';
import { PageContext } from '../../utils/page-context';
import { settingsItem } from '../../utils/settings-store';
import { sendToBackground } from '../../utils/messaging';
import { isTabRequest, startNotesPage, type NotesPage } from './notes-page';

/** The note editor, a web-accessible page of the extension (entrypoints/note-editor). */
const EDITOR_PAGE = '/note-editor.html' as Parameters<typeof browser.runtime.getURL>[0];

/** The colour the reader chose last, for the next highlight on any page. */
const colourItem = storage.defineItem<HighlightColour>('local:noteColour', { fallback: 'yellow' });

export default defineUnlistedScript(async () => {
  const world = globalThis as Record<string, unknown>;
  // Injected twice (a selection and the shortcut at once): the first one stays.
  if (world[NOTES_UI_KEY]) return;
  world[NOTES_UI_KEY] = true;
  const ctx = new PageContext('notes-ui');
  // Loaded for the reader's own selection (content/notes-loader.ts saw their trusted mouseup or keyup): taken once.
  const bridge = getBridge();
  const forSelection = bridge?.notesForSelection === true;
  if (bridge) bridge.notesForSelection = false;

  // Listen at once, so a message sent right after injection waits for the page to be ready.
  let resolvePage!: (page: NotesPage) => void;
  const ready = new Promise<NotesPage>((resolve) => (resolvePage = resolve));
  const listener = (message: unknown) => {
    if (!isTabRequest(message)) return undefined;
    return ready.then((page) => page.handleMessage(message));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    delete world[NOTES_UI_KEY];
  });

  const hostname = location.hostname;
  const settings = await settingsItem.getValue().catch(() => null);
  let page: NotesPage;
  try {
    page = await startNotesPage(ctx, {
      send: (request) => sendToBackground(request),
      // The editor frame's page; its fragment carries the session token (never sent in a request).
      editorUrl: (token) => `${browser.runtime.getURL(EDITOR_PAGE)}#${token}`,
      getFindings: () => getBridge()?.getFindings?.() ?? null,
      colour: { get: () => colourItem.getValue(), set: (c) => colourItem.setValue(c) },
      enabled: !settings || !isSiteDisabled(settings, hostname),
      forSelection,
    });
  } catch (error) {
    // Let a later injection try again.
    ctx.abort(error);
    throw error;
  }
  const unwatch = settingsItem.watch((next) => page.setEnabled(!next || !isSiteDisabled(next, hostname)));
  ctx.onInvalidated(unwatch);
  resolvePage(page);
});
