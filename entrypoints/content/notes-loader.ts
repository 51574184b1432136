/**
 * The reader's notes on demand: the notes UI (entrypoints/notes-ui) is injected by the background only
 * when this page needs it, so pages that are only read stay light. It is needed when the reader first
 * selects text here, or when the page has saved notes (the background, which keeps them, says which:
 * it normalises the address itself, so no URL code loads on every page).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NotesRequest } from '../../lib/annotations/messages';
import type { Findings } from '../../lib/engine/findings';
import { getBridge, NOTES_UI_KEY } from '../shared/page-bridge';

export interface NotesLoader {
  /** Loads the notes UI if this page (its current address) has saved notes. */
  check(): void;
}

export function lazyNotes(ctx: ContentScriptContext, getFindings: () => Findings | null, enabled: () => boolean): NotesLoader {
  const bridge = getBridge();
  if (bridge) bridge.getFindings = getFindings;
  let requested = false;
  const loaded = () => requested || !!(globalThis as Record<string, unknown>)[NOTES_UI_KEY];
  const send = (message: NotesRequest) => browser.runtime.sendMessage(message);

  const load = () => {
    if (loaded() || !enabled()) return;
    requested = true;
    send({ type: 'notes:load-ui' }).catch(() => (requested = false)); // the next selection tries again
  };
  const onSelectionEnd = () => {
    const selection = document.getSelection();
    if (!loaded() && selection && !selection.isCollapsed && selection.toString().trim()) load();
  };
  ctx.addEventListener(document, 'mouseup', onSelectionEnd, { capture: true });
  ctx.addEventListener(document, 'keyup', onSelectionEnd, { capture: true });

  const check = () => {
    if (loaded() || !enabled()) return;
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href || null;
    send({ type: 'notes:has', href: location.href, canonical }).then(
      (has) => has === true && load(),
      () => {},
    );
  };
  ctx.addEventListener(window, 'wxt:locationchange', check);
  return { check };
}
