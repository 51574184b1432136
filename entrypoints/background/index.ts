import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { IMPORT_PORT, type ImportResult } from '../../lib/annotations/notes-wire';
import { handleMessage, handleTabRemoved, handleTabUpdated } from './badge';
import { openBackupsDb } from './backups';
import { dispatcher, type BackgroundHandlers } from './dispatch';
import { openImportJournal } from './import-journal';
import { storageLocalSnapshots } from './import-snapshot';
import { serveImportPort } from './import-port';
import { answerAnnotate } from './annotate';
import { injectPopoverUi } from './inject-ui';
import { registerNoteEditorSessions } from './note-editor-sessions';
import { registerNoteTriggers } from './note-triggers';
import { importNotes, notesHandlers, type NotesHandlerOptions } from './notes';
import { openNotesDb } from './notes-db';
import { prepareNotesStore } from './notes-startup';
import { openFacts } from './open-facts';
import { createReaderReference } from './reader-reference';
import { listSources, sourcesHandlers } from './reader-sources';
import { tellTabsSourcesChanged } from './sources-broadcast';
import { warmEngine } from './warm-up';

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
  const notes = notesHandlers(notesDb, notesStore);
  // Every message the background answers, by type (lib/messages.ts); dispatch.ts applies the sender policy first.
  const handlers: BackgroundHandlers = {
    ...notes,
    // An import may bring reader sources: the merged reference is built again.
    'notes:import': async (request, context) => {
      const result = await notes['notes:import'](request, context);
      if (sourcesImported(result)) readerReference.invalidate();
      return result;
    },
    // The reader's own sources (reader-sources.ts): a change rebuilds the merged reference on the next page.
    ...sourcesHandlers(notesDb, { ready: notesStore.ready, onChange: readerReference.invalidate }),
    // The note editor frame's sessions (the editor is an extension page the page cannot read).
    ...registerNoteEditorSessions((id) => notesDb.annotations.get(id)),
    'load-popover-ui': (_request, { sender }) => (sender ? injectPopoverUi(sender) : false),
    annotate: async (request, { sender }) => answerAnnotate(request, await readerReference.get(sender?.url)),
    // A popover's "All facts": the facts table for its page's event, in a new tab (open-facts.ts).
    'open-facts': (request, { sender }) => openFacts(request, sender).catch(() => false),
    // The badge (badge.ts); nobody waits for an answer.
    'page-summary': (request, { sender }) => void handleMessage(request, sender ?? {}),
  };
  browser.runtime.onMessage.addListener(dispatcher(handlers, extensionOrigin));
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
  // The engine ready before the first page asks (warm-up.ts).
  warmEngine(() => readerReference.get());
  // Last, and guarded: the context menu and shortcut must not take the badge or the notes down with them
  // (a browser, or a test's fake one, without the menus API).
  try {
    registerNoteTriggers();
  } catch (error) {
    console.error('Crosscheck: could not register the note triggers', error);
  }
});
