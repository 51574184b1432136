/**
 * The reader's notes on demand: the notes UI (entrypoints/notes-ui) is injected by the background only
 * when this page needs it, so pages that are only read stay light. It is needed when the reader first
 * selects text here, or when the page has saved notes (the background, which keeps them, says which:
 * it normalises the address itself, so no URL code loads on every page).
 */
import type { Findings } from '../../lib/engine/findings';
import { getBridge, NOTES_UI_KEY } from '../../utils/page-bridge';
import type { PageContext } from '../../utils/page-context';
import { sendToBackground } from '../../utils/messaging';

/**
 * Addresses asked about per page: a page that rewrites its address in a loop must not turn into a
 * stream of requests to the background.
 */
const MAX_ADDRESSES = 50;

export interface NotesLoader {
  /**
   * Loads the notes UI if this page (its current address) has saved notes. Each address is asked
   * about once, and at most MAX_ADDRESSES of them.
   */
  check(): void;
}

export function lazyNotes(ctx: PageContext, getFindings: () => Findings | null, enabled: () => boolean): NotesLoader {
  const bridge = getBridge();
  if (bridge) bridge.getFindings = getFindings;
  let requested = false;
  const running = () => !!(globalThis as Record<string, unknown>)[NOTES_UI_KEY];
  const loaded = () => requested || running();

  /** `forSelection`: the reader's own selection asks, and the notes UI shows its toolbar once loaded. */
  const load = (forSelection: boolean) => {
    if (loaded() || !enabled()) return;
    requested = true;
    if (bridge) bridge.notesForSelection = forSelection;
    sendToBackground({ type: 'notes:load-ui' }).catch(() => (requested = false)); // the next selection tries again
  };
  const onSelectionEnd = () => {
    if (running()) return; // the notes UI reads the reader's selections itself
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.toString().trim()) return;
    // On its way for the page's saved notes: it shows its toolbar for this selection too when it arrives.
    if (requested && bridge) bridge.notesForSelection = true;
    else load(true);
  };
  // Only the reader's own mouse and keys: a page's script can select text and dispatch these, untrusted.
  ctx.onTrusted(document, 'mouseup', onSelectionEnd, { capture: true });
  ctx.onTrusted(document, 'keyup', onSelectionEnd, { capture: true });

  const asked = new Set<string>();
  const check = () => {
    if (loaded() || !enabled() || asked.has(location.href) || asked.size >= MAX_ADDRESSES) return;
    asked.add(location.href);
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href || null;
    sendToBackground({ type: 'notes:has', href: location.href, canonical }).then(
      (has) => has === true && load(false),
      () => {},
    );
  };
  return { check };
}
