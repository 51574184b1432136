import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Message } from '../../lib/messages';
import { handleMessage, handleTabRemoved, handleTabUpdated } from './badge';
import { injectPopoverUi } from './inject-ui';
import { registerNoteEditorSessions } from './note-editor-sessions';
import { registerNoteTriggers } from './note-triggers';
import { handleNotesRequest, isNotesRequest } from './notes';
import { openNotesDb } from './notes-db';

export default defineBackground(() => {
  // The reader's notes: opened here, in the extension's origin, on first use.
  const notesDb = openNotesDb();
  // The note editor frame's sessions (the editor is an extension page the page cannot read).
  registerNoteEditorSessions((id) => notesDb.annotations.get(id));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Answers only the request to inject the popover UI and the notes requests; returning undefined
    // otherwise leaves other parts' replies (the content script's summary) to them.
    if ((message as Message | null | undefined)?.type === 'load-popover-ui') return injectPopoverUi(sender);
    // The notes requests (lib/annotations/messages.ts): the handler's promise is the reply.
    if (isNotesRequest(message)) return handleNotesRequest(notesDb, message, sender);
    void handleMessage(message, sender);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    void handleTabUpdated(tabId, changeInfo);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void handleTabRemoved(tabId);
  });
  // Last, and guarded: the context menu and shortcut must not take the badge or the notes down with them
  // (a browser, or a test's fake one, without the menus API).
  try {
    registerNoteTriggers();
  } catch (error) {
    console.error('Crosscheck: could not register the note triggers', error);
  }
});
