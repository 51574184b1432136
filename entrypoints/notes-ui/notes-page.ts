/**
 * The reader's highlights on one page: the coordinator over small parts, read top to bottom.
 *
 *   ArticleCache      the article text, extracted again after the page changes   ./article-cache.ts
 *   DrawnNotes        the page's notes, where each is drawn, the redraw           ./drawn-notes.ts
 *   NoteStore         requests to the background, which keeps the notes           ./note-store.ts
 *   watchSelection    the reader's own selections (trusted input only)            ./selection-watcher.ts
 *   placePanel        the floating box beside a selection or highlight            ./floating-panel.ts
 *   EditorFrame       the note editor: an extension page in a frame               ./editor-frame.ts
 *
 * It runs in the page's isolated world (injected by the background, see ./index.ts). Its UI is in the
 * floating host's shadow root (closed when shipped); note text and tags are typed only in the editor
 * frame, of the extension's origin, where the page cannot listen. Only the reader's trusted input acts:
 * nothing a page script dispatches or selects shows the toolbar or changes a note.
 */
import { h, render } from 'preact';
import { NoteToolbar } from '../../components/NoteToolbar';
import type { EditorTarget, NotesTabRequest, PageNotesState } from '../../lib/annotations/messages';
import { HIGHLIGHT_COLOURS, type HighlightColour, type PageFindings, type ReaderAnnotation } from '../../lib/annotations/model';
import { describeRange } from '../../lib/annotations/selectors';
import { normaliseUrl } from '../../lib/annotations/url';
import { extractFromDocument, type DomArticle } from '../../lib/article/from-dom';
import type { Findings } from '../../lib/engine/findings';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { mountFloatingHost } from '../shared/floating-host';
import type { PageContext } from '../shared/page-context';
import { ArticleCache } from './article-cache';
import { NOTES_CSS } from './css';
import { noteIdOf, NOTE_SELECTOR } from './draw';
import { DrawnNotes } from './drawn-notes';
import { EditorFrame, type FinalReport } from './editor-frame';
import { piecesReference, placePanel, rangeReference } from './floating-panel';
import { NoteStore, type Send } from './note-store';
import { articleOffsetsFor, type ArticleSpan } from './range-offsets';
import { browserInput, type ReaderInput } from './reader-input';
import { watchSelection } from './selection-watcher';

/** What the host holds: its `data-crosscheck-ui` value (its element name is random). */
export const HOST_NAME = 'notes';
/** After the page's own content changes, wait this long for it to settle before finding notes again. */
const SETTLE_MS = 600;

export const SAVE_FAILED = 'Crosscheck could not save this highlight. Try again.';

export interface NotesPageOptions {
  /** A request to the background (browser.runtime.sendMessage in the extension; a fake in tests). */
  send: Send;
  /** The note editor page's address for a session token. */
  editorUrl(token: string): string;
  /** Crosscheck's findings on the page, when the content script has any. */
  getFindings?(): Findings | null;
  /** The colour the reader chose last, and where to keep their new choice. */
  colour?: { get(): Promise<HighlightColour>; set(colour: HighlightColour): Promise<void> };
  /** Whether Crosscheck may run on this page (the reader can turn it off for a site). */
  enabled?: boolean;
  /** How the reader's own input is told apart (tests replace it: happy-dom makes no trusted events). */
  input?: ReaderInput;
  /**
   * Loaded for the reader's own selection (the content script saw their trusted mouseup or keyup):
   * the toolbar shows for the selection once ready, however long loading took.
   */
  forSelection?: boolean;
}

export interface NotesPage {
  /** Answers a tab message (NotesTabRequest); undefined for any other message. */
  handleMessage(message: unknown): Promise<unknown> | undefined;
  pageState(): PageNotesState;
  /** Scrolls to a note and opens its editor; false when it is not on the page. */
  reveal(id: string): Promise<boolean>;
  /** Highlights the current selection in the current colour; false when it is not in the article. */
  highlightSelection(): Promise<boolean>;
  /** Asks the background for the page's notes again and redraws them. */
  reload(): Promise<void>;
  /** Turns the notes on or off on this page (the site setting). */
  setEnabled(enabled: boolean): void;
}

/** A selection in the article, kept while the toolbar or a new note's editor is open. */
interface Selected {
  range: Range;
  span: ArticleSpan;
  /** The article text the span is in. */
  text: string;
}

type View =
  | { kind: 'toolbar'; selected: Selected }
  | { kind: 'new'; selected: Selected }
  | { kind: 'edit'; id: string; anchor: HTMLElement };

const TAB_REQUESTS: ReadonlySet<string> = new Set<NotesTabRequest['type']>(['notes:page-state', 'notes:reveal', 'notes:highlight-selection', 'notes:editor-event']);

export function isTabRequest(message: unknown): message is NotesTabRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && TAB_REQUESTS.has(type);
}

/** The page's URL as notes are kept (lib/annotations/url.ts). */
export function pageUrl(doc: Document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return normaliseUrl(doc.location?.href ?? '', canonical?.href || null);
}

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and a content script
 * on a plain-http page is not one; `getRandomValues` works everywhere.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

export async function startNotesPage(ctx: PageContext, options: NotesPageOptions): Promise<NotesPage> {
  const doc = document;
  const input = options.input ?? browserInput;
  const store = new NoteStore(options.send);
  let enabled = options.enabled ?? true;
  let url = pageUrl(doc);
  let colour: HighlightColour = 'yellow';
  let view: View | null = null;
  let status: string | null = null;
  let busy = false;
  /** Where focus was before Tab moved it into the toolbar. */
  let returnFocus: HTMLElement | null = null;

  // ── The article and the notes drawn in it ─────────────────────────────────────────────────────

  let settleTimer: number | undefined;
  const scheduleRecheck = (ms: number) => {
    window.clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(recheck, ms);
  };
  const article = new ArticleCache(doc, () => scheduleRecheck(SETTLE_MS));
  const notes = new DrawnNotes({ doc, article: () => extractFromDocument(doc), write: (change) => article.write(change) });

  function redrawAll(): void {
    notes.redrawAll(enabled);
    // An open editor follows its highlight to its new pieces, or closes when it is gone.
    if (view?.kind !== 'edit') return;
    const pieces = notes.pieces(view.id);
    if (!pieces?.[0]) return close();
    view = { ...view, anchor: pieces[0] };
    notes.setActive(view.id, true);
    paint();
  }

  /** After the page changed: a new address means other notes; a changed article means finding them again. */
  function recheck(): void {
    const now = pageUrl(doc);
    if (now !== url) {
      url = now;
      void reload();
      return;
    }
    if (!enabled || notes.size === 0) return;
    if (article.get().text === notes.drawnText && notes.allConnected()) return;
    redrawAll();
  }

  async function reload(): Promise<void> {
    const asked = url;
    const list = await store.list(asked);
    if (asked !== url || ctx.isInvalid) return;
    if (notes.versions(list) === notes.versions() && notes.drawnText !== null) return;
    notes.replaceAll(list);
    redrawAll();
  }

  // ── The floating box: the toolbar or the editor frame ─────────────────────────────────────────

  const { host, shadow, float, ensureMounted } = await mountFloatingHost(ctx, { name: HOST_NAME, css: NOTES_CSS });
  const bar = doc.createElement('div');
  const frameBox = doc.createElement('div');
  float.append(bar, frameBox);
  const editor = new EditorFrame({ container: frameBox, frameUrl: options.editorUrl, store });

  // Mouse presses on the toolbar's buttons must not take the selection away.
  ctx.addEventListener(bar, 'mousedown', (event) => event.preventDefault());

  let stopPlacing = () => {};

  function place(): void {
    stopPlacing();
    if (!view) return;
    if (view.kind === 'edit') {
      const pieces = notes.pieces(view.id) ?? [view.anchor];
      // A note on one of Crosscheck's findings: the finding's popover opens below it, so the editor goes above.
      const onFinding = pieces.some((el) => el.closest(FINDING_SELECTOR) || el.querySelector(FINDING_SELECTOR));
      stopPlacing = placePanel(piecesReference(pieces), float, { placement: onFinding ? 'top-start' : 'bottom-start', hideWhenAway: false });
    } else {
      const toolbar = view.kind === 'toolbar';
      stopPlacing = placePanel(rangeReference(view.selected.range), float, { placement: toolbar ? 'top' : 'bottom-start', hideWhenAway: toolbar });
    }
  }

  function paint(): void {
    if (!view) {
      stopPlacing();
      render(null, bar);
      float.hidden = true;
      return;
    }
    ensureMounted();
    float.hidden = false;
    const v = view;
    bar.hidden = v.kind !== 'toolbar';
    frameBox.hidden = v.kind === 'toolbar';
    if (v.kind === 'toolbar') {
      render(
        h(NoteToolbar, {
          colour,
          busy,
          status,
          accept: input.isTrusted,
          onColour: (c: HighlightColour) => {
            colour = c;
            void options.colour?.set(c).catch(() => {});
            paint();
          },
          onHighlight: () => void create(v.selected),
          onNote: () => void openNew(v.selected),
        }),
        bar,
      );
    } else render(null, bar);
    place();
  }

  /** Closes the toolbar or editor; `restoreFocus`: back to the highlight, or to where Tab came from. */
  function close(restoreFocus = false): void {
    const was = view;
    if (!was) return;
    const hadFocus = shadow.activeElement !== null || doc.activeElement === host;
    view = null;
    status = null;
    busy = false;
    editor.close();
    paint();
    if (was.kind === 'edit') {
      notes.setActive(was.id, false);
      if ((restoreFocus || hadFocus) && was.anchor.isConnected) was.anchor.focus({ preventScroll: true });
    } else if ((restoreFocus || hadFocus) && returnFocus?.isConnected) {
      returnFocus.focus({ preventScroll: true });
    }
    if (was.kind !== 'edit') returnFocus = null;
  }

  function showToolbar(selected: Selected): void {
    if (view?.kind === 'toolbar' && view.selected.span.start === selected.span.start && view.selected.span.end === selected.span.end) {
      view.selected = selected;
      return;
    }
    close();
    view = { kind: 'toolbar', selected };
    paint();
  }

  // ── The reader's selection ────────────────────────────────────────────────────────────────────

  /** The current selection, when it covers article text outside our UI and editable fields. */
  function currentSelection(): Selected | null {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (isEditable(range.startContainer) || isEditable(range.endContainer)) return null;
    if (host.contains(range.commonAncestorContainer) || range.commonAncestorContainer === host) return null;
    const current = article.get();
    const span = articleOffsetsFor(current, range);
    return span ? { range: range.cloneRange(), span, text: current.text } : null;
  }

  /** Called only after the reader's own input (see watchSelection). */
  function onReaderSelection(): void {
    if (!enabled || view?.kind === 'new' || view?.kind === 'edit' || shadow.activeElement !== null) return;
    const selected = currentSelection();
    if (selected) showToolbar(selected);
    else if (view?.kind === 'toolbar') close();
  }

  const inUi = (event: Event) => event.composedPath().includes(host);
  watchSelection(ctx, doc, {
    input,
    isInUi: inUi,
    onSelectionEnd: onReaderSelection,
    onPointerDown: () => {
      // The editor stays open (the reader may have typed in it); a click on a highlight opens its own.
      if (view?.kind === 'toolbar') close();
    },
  });

  // ── Saving a highlight, opening the editor, and what the editor reports ──────────────────────

  function pageTitle(current: DomArticle): string {
    return doc.title.replace(/\s+/g, ' ').trim() || current.title || url;
  }

  /** The new annotation for a selection, as the article is now; null when its text is gone. */
  function draftFor(selected: Selected, colourNow: HighlightColour): { annotation: ReaderAnnotation; span: ArticleSpan } | null {
    const current = article.get();
    // The page may have changed since the selection was made: the range still says what was chosen.
    let span: ArticleSpan | null = selected.span;
    if (current.text !== selected.text) span = selected.range.collapsed ? null : articleOffsetsFor(current, selected.range);
    if (!span) return null;
    const { quote, position } = describeRange(current.text, span.start, span.end);
    const now = new Date().toISOString();
    const annotation: ReaderAnnotation = {
      id: newId(),
      url,
      title: pageTitle(current),
      quote,
      position,
      colour: colourNow,
      note: '',
      tags: [],
      created: now,
      modified: now,
    };
    return { annotation, span };
  }

  /** Draws a note that was just saved, and tidies up after it. */
  function drawSaved(saved: ReaderAnnotation, selected: Selected): void {
    const current = article.get();
    const span = current.text === selected.text ? selected.span : articleOffsetsFor(current, selected.range);
    if (span) notes.add(saved, span);
    if (saved.colour !== colour) {
      colour = saved.colour;
      void options.colour?.set(colour).catch(() => {});
    }
    // The selection would hide the new highlight's colour.
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) selection.removeAllRanges();
    recordFindings(current);
  }

  async function create(selected: Selected): Promise<boolean> {
    if (busy) return false;
    const draft = draftFor(selected, colour);
    const fail = () => {
      busy = false;
      status = SAVE_FAILED;
      if (view) paint();
      return false;
    };
    if (!draft) return fail();
    busy = true;
    if (view) paint();
    const saved = await store.create(draft.annotation);
    if (!saved) return fail();
    busy = false;
    drawSaved(saved, selected);
    close(true);
    return true;
  }

  async function openNew(selected: Selected): Promise<void> {
    const draft = draftFor(selected, colour);
    if (!draft) {
      status = SAVE_FAILED;
      return paint();
    }
    view = { kind: 'new', selected };
    paint();
    if (!(await editor.open({ kind: 'new', annotation: draft.annotation }, { focus: true }))) close();
  }

  function openEditor(id: string, at?: HTMLElement): boolean {
    const pieces = notes.pieces(id);
    if (!notes.get(id) || !pieces?.[0]) return false;
    if (view?.kind === 'edit' && view.id === id) return true;
    close();
    view = { kind: 'edit', id, anchor: at && pieces.includes(at) ? at : pieces[0] };
    notes.setActive(id, true);
    paint();
    void editor.open({ kind: 'edit', id }, { focus: true }).then((opened) => {
      if (!opened && view?.kind === 'edit' && view.id === id) close(true);
    });
    return true;
  }

  function onEditorDone(target: EditorTarget, report: FinalReport): void {
    const was = view;
    if (report.kind === 'saved') {
      if (target.kind === 'new' && was?.kind === 'new') drawSaved(report.annotation, was.selected);
      else notes.update(report.annotation);
    } else if (report.kind === 'deleted') {
      close();
      notes.remove(report.id);
      return;
    }
    close(true);
  }

  /** Keeps Crosscheck's findings beside the notes, for exports. */
  function recordFindings(current: DomArticle): void {
    const findings = options.getFindings?.();
    if (!findings?.event) return;
    const page: PageFindings = {
      url,
      title: pageTitle(current),
      event: findings.event,
      findings: findings.marks.map((m) => ({
        text: m.text,
        kind: m.kind,
        fact: m.fact,
        status: m.status,
        others: m.others.map((o) => ({ outlet: o.label, value: o.value, attribution: o.attribution })),
      })),
      recorded: new Date().toISOString(),
    };
    store.recordFindings(page);
  }

  // ── The reader's clicks and keys on the page (trusted only) ───────────────────────────────────

  const onTrusted = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) =>
    ctx.addEventListener<E>(target, type, (event) => {
      if (input.isTrusted(event)) handler(event);
    }, { capture: true });
  const noteOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(NOTE_SELECTOR) : null);

  onTrusted<MouseEvent>(doc, 'click', (event) => {
    if (!enabled || inUi(event)) return;
    const el = noteOf(event.target);
    const id = el ? noteIdOf(el) : null;
    if (!el || !id) return;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return; // a selection, not a click
    openEditor(id, el);
  });

  onTrusted<KeyboardEvent>(doc, 'keydown', (event) => {
    if (!enabled) return;
    const inside = inUi(event);
    if (event.key === 'Escape') {
      // Inside the frame, the editor handles its own Escape (it may be asking about a delete).
      if (view && !editor.hasFocus()) {
        event.stopPropagation();
        close(inside || view.kind !== 'toolbar');
      }
      return;
    }
    if (event.key === 'Enter' && !inside && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const el = noteOf(event.target);
      const id = el && el === event.target ? noteIdOf(el) : null;
      if (el && id && openEditor(id, el)) event.preventDefault();
      return;
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || view?.kind !== 'toolbar') return;
    if (!inside) {
      // From the page, Tab goes into the toolbar first: the keyboard way to it after selecting.
      const first = shadow.querySelector<HTMLElement>('button');
      if (event.shiftKey || !first) return;
      event.preventDefault();
      returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      first.focus();
      return;
    }
    // Inside the toolbar, Tab past either end hands focus back to the page.
    const buttons = Array.from(shadow.querySelectorAll<HTMLElement>('button:not([disabled])'));
    const at = buttons.indexOf(shadow.activeElement as HTMLElement);
    if (event.shiftKey ? at <= 0 : at === buttons.length - 1) {
      event.preventDefault();
      close(true);
    }
  });

  ctx.onLocationChange(() => scheduleRecheck(100));
  // Back from the popup or another tab: notes may have been edited, deleted or imported there.
  ctx.addEventListener(window, 'focus', () => {
    if (!view) void reload();
  });
  ctx.onInvalidated(() => {
    article.stop();
    stopPlacing();
    editor.close();
    window.clearTimeout(settleTimer);
  });

  // ── Start: the reader's colour, the page's notes, then the selection that brought us here ─────

  try {
    const saved = await options.colour?.get();
    if (saved && HIGHLIGHT_COLOURS.includes(saved)) colour = saved;
  } catch {
    // Yellow.
  }
  article.start();
  await reload();
  if (notes.drawnText === null) notes.drawnText = enabled ? article.get().text : null;
  // Loaded by the reader's first selection: show its toolbar. The content script saw their trusted
  // mouseup or keyup (`forSelection`): transient activation alone is not proof enough this late, as it
  // lapses (5 s), a page can consume it (window.open) and WebDriver clears it. Loaded otherwise, only a
  // reader who has just acted gets one (a selection a page script made while nobody touched shows nothing).
  if (options.forSelection || input.hasActivation()) onReaderSelection();

  const api: NotesPage = {
    pageState: () => notes.state(url),
    async reveal(id) {
      if (!enabled) return false;
      const first = notes.pieces(id)?.[0];
      if (!first?.isConnected) return false;
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
      return openEditor(id, first);
    },
    async highlightSelection() {
      if (!enabled) return false;
      const selected = view?.kind === 'toolbar' ? view.selected : currentSelection();
      return selected ? create(selected) : false;
    },
    reload,
    setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      close();
      redrawAll();
    },
    handleMessage(message) {
      if (!isTabRequest(message)) return undefined;
      switch (message.type) {
        case 'notes:page-state':
          return Promise.resolve(api.pageState());
        case 'notes:reveal':
          return api.reveal(message.id);
        case 'notes:highlight-selection':
          return api.highlightSelection();
        case 'notes:editor-event': {
          const done = editor.handle(message.token, message.report);
          if (done) onEditorDone(done.target, done.report);
          return Promise.resolve(true);
        }
      }
    },
  };
  return api;
}
