/**
 * The import with progress, over a runtime Port named IMPORT_PORT: the popup posts one `{ json }`; the
 * background posts `progress` after each chunk and one `result`. Only the extension's own pages may
 * open it (sender-policy.ts, as `notes:import`). The import goes on if the popup closes.
 */
import type { Browser } from 'wxt/browser';
import type { ImportPortMessage, ImportResult } from '../../lib/annotations/notes-wire';
import { authorise, classifySender } from './sender-policy';

/** What the port needs of a runtime.Port (tests pass a fake). */
export interface ImportPortLike {
  name: string;
  sender?: Browser.runtime.MessageSender;
  postMessage(message: ImportPortMessage): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export type RunImport = (json: unknown, onProgress: (done: number, total: number) => void) => Promise<ImportResult>;

/** Serves one import port. Refused senders and malformed requests get a result with the reason. */
export function serveImportPort(port: ImportPortLike, extensionOrigin: string, run: RunImport): void {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  const post = (message: ImportPortMessage) => {
    if (!open) return;
    try {
      port.postMessage(message);
    } catch {
      open = false;
    }
  };
  let started = false;
  port.onMessage.addListener((message: unknown) => {
    if (started) return;
    started = true;
    void (async () => {
      let result: ImportResult;
      try {
        authorise({ type: 'notes:import' }, classifySender(port.sender, extensionOrigin));
        const json = typeof message === 'object' && message !== null ? (message as { json?: unknown }).json : undefined;
        result = await run(json, (done, total) => post({ type: 'progress', done, total }));
      } catch (error) {
        result = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      post({ type: 'result', result });
    })();
  });
}
