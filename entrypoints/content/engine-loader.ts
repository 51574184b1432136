/**
 * The engine on demand: the content script holds only the cheap gate, and the first pass the gate
 * lets through asks the background to inject the engine script (entrypoints/engine.ts) into this
 * frame. The engine registers its article reader on the page bridge; the waiting pass then runs again.
 */
import { browser } from 'wxt/browser';
import type { Message } from '../../lib/messages';
import type { ArticleReader, ReaderFor } from '../../lib/page/pass';
import { getBridge } from '../shared/page-bridge';

/**
 * Requests per page: where the engine cannot be injected (the background refuses, a restricted page),
 * a page that keeps changing must not turn into a stream of requests.
 */
export const MAX_ENGINE_REQUESTS = 3;

export interface EngineLoader {
  /**
   * The article reader for a pass the gate let through (pass.ts's `ReaderFor`): the engine's once it
   * has loaded; else `'wait'` after asking for it (or while a request is out); null for the pass right
   * after a failed request (that pass finishes without the engine; the next one asks again) and once
   * MAX_ENGINE_REQUESTS have failed.
   */
  readerFor: ReaderFor;
}

/** `settled` is called when a request is answered, loaded or not: the waiting pass should run again. */
export function lazyEngine(settled: () => void): EngineLoader {
  let reader: ArticleReader | null = null;
  let asking = false;
  let requests = 0;
  let justFailed = false;

  const bridge = getBridge();
  if (bridge) bridge.engineReady = (read) => (reader = read);

  // The background answers once the script has run in this frame, so the reader is registered by then.
  const answered = () => {
    asking = false;
    justFailed = reader === null;
    settled();
  };
  const readerFor: ReaderFor = () => {
    if (reader) return reader;
    if (asking) return 'wait';
    if (justFailed) {
      justFailed = false;
      return null;
    }
    if (requests >= MAX_ENGINE_REQUESTS) return null;
    requests++;
    asking = true;
    browser.runtime.sendMessage({ type: 'load-engine' } satisfies Message).then(answered, answered);
    return 'wait';
  };
  return { readerFor };
}
