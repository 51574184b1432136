import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { IMPORT_PORT, type ImportResult } from '../../lib/annotations/messages';
import type { Message } from '../../lib/messages';
import { handleMessage, handleTabRemoved, handleTabUpdated } from './badge';
import { openBackupsDb } from './backups';
import { openImportJournal } from './import-journal';
import { storageLocalSnapshots } from './import-snapshot';
import { serveImportPort } from './import-port';
import { answerAnnotate } from './annotate';
import { injectPopoverUi } from './inject-ui';
import { registerNoteEditorSessions } from './note-editor-sessions';
import { registerNoteTriggers } from './note-triggers';
import { handleNotesRequest, importNotes, isNotesRequest, type NotesHandlerOptions } from './notes';
import { openNotesDb } from './notes-db';
import { prepareNotesStore } from './notes-startup';
import { isOpenFactsRequest, openFacts } from './open-facts';
import { createReaderReference } from './reader-reference';
import { handleSourcesRequest, isSourcesRequest, listSources } from './reader-sources';
import { tellTabsSourcesChanged } from './sources-broadcast';
import { mayAsk } from './sender-policy';

/** Whether an import added reader sources (the comparison then changes). */
const sourcesImported = (result: ImportResult): boolean => result.ok && (result.sources?.added ?? 0) > 0;

export default defineBackground(() => {
  // The reader's notes: opened here, in the extension's origin, on first use.
  const notesDb = openNotesDb();
  // Before the first request: a backup if an update upgrades the database, an interrupted import undone.
  const notesStore: NotesHandlerOptions = { journal: openImportJournal(), backups: openBackupsDb(), snapshot: storageLocalSnapshots() };
  notesStore.ready = prepareNotesStore(notesDb, { journal: notesStore.journal!, backups: notesStore.backups!, snapshot: notesStore.snapshot });
  const extensionOrigin = browser.runtime.getURL('/');
  // The bundled reference with the reader's own sources added, built again only when they change.
  const merged = createReaderReference(async () => {
    await notesStore.ready;
    return listSources(notesDb);
  });
  // Open tabs are compared again once the reference is rebuilt.
  const readerReference = {
    get: merged.get,
    invalidate: () => {
      merged.invalidate();
      void tellTabsSourcesChanged();
    },
  };
  // The note editor frame's sessions (the editor is an extension page the page cannot read).
  registerNoteEditorSessions((id) => notesDb.annotations.get(id));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Answers only the requests to inject the popover UI, to annotate an article, and the notes requests; returning undefined
    // otherwise leaves other parts' replies (the content script's summary) to them.
    // Each one only from the senders sender-policy.ts allows.
    if ((message as Message | null | undefined)?.type === 'load-popover-ui') {
      return mayAsk(message, sender, extensionOrigin) ? injectPopoverUi(sender) : Promise.resolve(false);
    }
    if ((message as Message | null | undefined)?.type === 'annotate') {
      if (!mayAsk(message, sender, extensionOrigin)) return Promise.resolve(null);
      return readerReference.get(sender?.url).then((reference) => answerAnnotate(message as { article?: unknown }, reference));
    }
    // A popover's "All facts": the facts table for its page's event, in a new tab (open-facts.ts).
    if (isOpenFactsRequest(message)) {
      return mayAsk(message, sender, extensionOrigin) ? openFacts(message, sender).catch(() => false) : Promise.resolve(false);
    }
    // The notes requests (lib/annotations/messages.ts): the handler's promise is the reply.
    if (isNotesRequest(message)) {
      const reply = handleNotesRequest(notesDb, message, sender, notesStore);
      // An import may bring reader sources: the merged reference is built again.
      if (message.type === 'notes:import') void reply.then((r) => sourcesImported(r as ImportResult) && readerReference.invalidate(), () => undefined);
      return reply;
    }
    // The reader's own sources (reader-sources.ts): a change rebuilds the merged reference on the next page.
    if (isSourcesRequest(message)) return handleSourcesRequest(notesDb, message, sender, { ready: notesStore.ready, onChange: readerReference.invalidate });
    if (mayAsk(message, sender, extensionOrigin)) void handleMessage(message, sender);
    return undefined;
  });
  // Imports with progress (import-port.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== IMPORT_PORT) return;
    serveImportPort(port, extensionOrigin, async (json, onImportProgress) => {
      await notesStore.ready;
      const result = await importNotes(notesDb, json, { ...notesStore, onImportProgress });
      if (sourcesImported(result)) readerReference.invalidate();
      return result;
    });
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
