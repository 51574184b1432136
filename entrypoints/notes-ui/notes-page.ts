/**
 * The reader's highlights on one page: finding the saved ones again and drawing them, the toolbar
 * beside a selection, the editor for a highlight, and the answers to the popup and the background.
 *
 * It runs in the page's isolated world (injected by the background, see ./index.ts). Everything it
 * listens to goes through `ctx`, so it all stops when the script is invalidated.
 *
 * Offsets are always offsets in the article text as lib/article extracts it now: the article is
 * extracted again whenever the document has changed since the last extraction (a MutationObserver
 * says so), because drawing highlights splits text nodes and the page may re-render.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, type Placement, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NoteEditor, type NoteDraft } from '../../components/NoteEditor';
import { NoteToolbar } from '../../components/NoteToolbar';
import type { NotesReply, NotesRequest, NotesTabRequest, PageNotesState } from '../../lib/annotations/messages';
import { HIGHLIGHT_COLOURS, type HighlightColour, type PageFindings, type ReaderAnnotation } from '../../lib/annotations/model';
import { anchor, describeRange } from '../../lib/annotations/selectors';
import { normaliseUrl } from '../../lib/annotations/url';
import { extractFromDocument, type DomArticle } from '../../lib/article/from-dom';
import type { Findings } from '../../lib/engine/findings';
import { FINDING_SELECTOR, MARK_TAG } from '../../lib/page/highlights';
import { mountFloatingHost } from '../shared/floating-host';
import { NOTES_CSS } from './css';
import { drawNotes, noteIdOf, NOTE_SELECTOR, removeNotes, styleNote, type NoteToDraw } from './draw';
import { articleOffsetsFor, type ArticleSpan } from './range-offsets';

export const HOST = 'crosscheck-notes';
/** After the page's own content changes, wait this long for it to settle before finding notes again. */
const SETTLE_MS = 600;
/** Keyboard selections (Shift+arrows) settle this long before the toolbar appears. */
const SELECTION_SETTLE_MS = 300;
const ACTIVE_OUTLINE = '2px solid currentColor';

export const SAVE_FAILED = 'Crosscheck could not save this highlight. Try again.';
export const DELETE_FAILED = 'Crosscheck could not delete this highlight. Try again.';

type Send = <T extends NotesRequest>(request: T) => Promise<NotesReply[T['type']]>;

export interface NotesPageOptions {
  /** A request to the background (browser.runtime.sendMessage in the extension; a fake in tests). */
  send: Send;
  /** Crosscheck's findings on the page, when the content script has any. */
  getFindings?(): Findings | null;
  /** The colour the reader chose last, and where to keep their new choice. */
  colour?: { get(): Promise<HighlightColour>; set(colour: HighlightColour): Promise<void> };
  /** Whether Crosscheck may run on this page (the reader can turn it off for a site). */
  enabled?: boolean;
}

export interface NotesPage {
  /** Answers a tab message (NotesTabRequest); undefined for any other message. */
  handleMessage(message: unknown): Promise<unknown> | undefined;
  pageState(): PageNotesState;
  /** Scrolls to a note and opens its editor; false when it is not on the page. */
  reveal(id: string): boolean;
  /** Highlights the current selection in the current colour; false when it is not in the article. */
  highlightSelection(): Promise<boolean>;
  /** Asks the background for the page's notes again and redraws them. */
  reload(): Promise<void>;
  /** Turns the notes on or off on this page (the site setting). */
  setEnabled(enabled: boolean): void;
}

/** A selection in the article, kept while the toolbar or the new-note editor is open. */
interface Selected {
  range: Range;
  span: ArticleSpan;
  /** The article text the span is in. */
  text: string;
}

type View =
  | { kind: 'toolbar'; selected: Selected }
  | { kind: 'new'; selected: Selected; key: number }
  | { kind: 'edit'; id: string; anchor: HTMLElement; key: number };

function isTabRequest(message: unknown): message is NotesTabRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'notes:page-state' || type === 'notes:reveal' || type === 'notes:highlight-selection';
}

function isAnnotation(value: unknown): value is ReaderAnnotation {
  const a = value as Partial<ReaderAnnotation> | null;
  return !!a && typeof a.id === 'string' && typeof a.quote?.exact === 'string' && typeof a.colour === 'string';
}

/** The page's URL as notes are kept (lib/annotations/url.ts): canonical link honoured on the same site. */
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

/** Nodes Crosscheck wrote: highlights (its own and the reader's) and its UI hosts. */
function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.tagName.toLowerCase() === MARK_TAG || el.closest(`${MARK_TAG}, [data-crosscheck-ui]`) !== null);
}

function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/** The box around every piece of a highlight. */
function unionRect(pieces: readonly Element[]) {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const piece of pieces) {
    for (const r of Array.from(piece.getClientRects())) {
      left = Math.min(left, r.left);
      top = Math.min(top, r.top);
      right = Math.max(right, r.right);
      bottom = Math.max(bottom, r.bottom);
    }
  }
  if (left === Infinity) left = top = right = bottom = 0;
  return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top };
}

export async function startNotesPage(ctx: ContentScriptContext, options: NotesPageOptions): Promise<NotesPage> {
  const doc = document;
  const { send } = options;
  let enabled = options.enabled ?? true;
  let url = pageUrl(doc);
  let colour: HighlightColour = 'yellow';
  const notes = new Map<string, ReaderAnnotation>();
  /** Pieces drawn for each note found on the page, in reading order. */
  let drawn = new Map<string, HTMLElement[]>();
  const missing = new Set<string>();
  /** The article text the notes were last drawn in. */
  let drawnText: string | null = null;

  let view: View | null = null;
  let status: string | null = null;
  let busy = false;
  let dirty = false;
  let keys = 0;
  /** Where focus was before Tab moved it into the toolbar. */
  let returnFocus: HTMLElement | null = null;
  let pointerDown = false;

  // ------------------------------------------------------------------------------------------
  // The article, extracted again after any change to the document.

  let article: DomArticle | null = null;
  let settleTimer: number | undefined;
  const onRecords = (records: MutationRecord[]) => {
    if (records.length === 0) return;
    article = null;
    const pageChanged = records.some((r) => !isOurs(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOurs));
    if (pageChanged) {
      clearTimeout(settleTimer);
      settleTimer = ctx.setTimeout(recheck, SETTLE_MS);
    }
  };
  const observer = new MutationObserver(onRecords);
  const observe = () => {
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };
  const getArticle = (): DomArticle => {
    onRecords(observer.takeRecords());
    return (article ??= extractFromDocument(doc));
  };
  /** Our own writes to the page: the observer does not report them as page changes. */
  const ownWrite = <T>(write: () => T): T => {
    onRecords(observer.takeRecords());
    try {
      return write();
    } finally {
      observer.takeRecords();
      article = null;
    }
  };

  // ------------------------------------------------------------------------------------------
  // Drawing.

  function toDraw(note: ReaderAnnotation, span: ArticleSpan): NoteToDraw {
    return { id: note.id, start: span.start, end: span.end, colour: note.colour, hasNote: note.note.trim() !== '' };
  }

  /** Removes every note highlight, then finds each note in the article again and draws it. */
  function redrawAll(): void {
    ownWrite(() => {
      removeNotes(doc);
      drawn = new Map();
      missing.clear();
      if (!enabled) {
        drawnText = null;
        return;
      }
      const current = extractFromDocument(doc);
      const found: Array<{ note: ReaderAnnotation; span: ArticleSpan }> = [];
      for (const note of notes.values()) {
        const at = anchor(current.text, note.quote, note.position);
        if (at && at.end > at.start) found.push({ note, span: at });
        else missing.add(note.id);
      }
      found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
      const pieces = drawNotes(doc, current, found.map(({ note, span }) => toDraw(note, span)));
      for (const { note } of found) {
        const els = pieces.get(note.id);
        if (els) drawn.set(note.id, els);
        else missing.add(note.id);
      }
      drawnText = current.text;
    });
    // An open editor follows its highlight to its new pieces, or closes when it is gone.
    if (view?.kind === 'edit') {
      const pieces = drawn.get(view.id);
      if (pieces?.[0]) {
        view = { ...view, anchor: pieces[0] };
        setActive(pieces, true);
        paint();
      } else close();
    }
  }

  function drawOne(note: ReaderAnnotation, span: ArticleSpan): void {
    ownWrite(() => {
      const current = extractFromDocument(doc);
      const pieces = drawNotes(doc, current, [toDraw(note, span)]).get(note.id);
      if (pieces) {
        drawn.set(note.id, pieces);
        missing.delete(note.id);
        // Keep reading order for the popup.
        drawn = new Map([...drawn].sort(([a], [b]) => (notes.get(a)?.position.start ?? 0) - (notes.get(b)?.position.start ?? 0)));
      } else missing.add(note.id);
      drawnText = current.text;
    });
  }

  function allConnected(): boolean {
    for (const pieces of drawn.values()) if (!pieces.every((el) => el.isConnected)) return false;
    return true;
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
    if (getArticle().text === drawnText && allConnected()) return;
    redrawAll();
  }

  async function reload(): Promise<void> {
    const asked = url;
    let list: ReaderAnnotation[] = [];
    try {
      const reply: unknown = await send({ type: 'notes:list', url: asked });
      if (Array.isArray(reply)) list = reply.filter(isAnnotation);
    } catch {
      // The background did not answer: no saved notes to draw (new ones can still be made).
    }
    if (asked !== url || ctx.isInvalid) return;
    const before = [...notes.values()].map((n) => `${n.id}@${n.modified}`).sort().join();
    const after = list.map((n) => `${n.id}@${n.modified}`).sort().join();
    if (before === after && drawnText !== null) return;
    notes.clear();
    for (const note of list) notes.set(note.id, note);
    redrawAll();
  }

  // ------------------------------------------------------------------------------------------
  // The toolbar and the editor, in one shadow-root host at the end of <body>.

  // Typing a note must not trigger the page's keyboard shortcuts.
  const { host, shadow, float, ensureMounted } = await mountFloatingHost(ctx, { name: HOST, css: NOTES_CSS, isolateEvents: true });

  // Mouse presses on the toolbar's buttons must not take the selection away.
  float.addEventListener('mousedown', (event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !target.closest('input, textarea')) event.preventDefault();
  });

  let stopPlacing = () => {};

  function reference(): VirtualElement | null {
    if (!view) return null;
    if (view.kind === 'edit') {
      const pieces = drawn.get(view.id) ?? [view.anchor];
      return { getBoundingClientRect: () => unionRect(pieces), contextElement: view.anchor };
    }
    const range = view.selected.range;
    const context = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    return {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: context ?? undefined,
    };
  }

  function place(): void {
    stopPlacing();
    const ref = reference();
    if (!ref || !view) return;
    const toolbar = view.kind === 'toolbar';
    // A note on one of Crosscheck's own highlights: the finding's popover opens below it, so the editor goes above.
    const onFinding = view.kind === 'edit' && (drawn.get(view.id) ?? []).some((el) => el.closest(FINDING_SELECTOR) || el.querySelector(FINDING_SELECTOR));
    const placement: Placement = toolbar ? 'top' : onFinding ? 'top-start' : 'bottom-start';
    const update = async () => {
      const { x, y, middlewareData } = await computePosition(ref, float, {
        strategy: 'fixed',
        placement,
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 }), hide()],
      });
      float.style.left = `${x}px`;
      float.style.top = `${y}px`;
      // The toolbar hides while its selection is scrolled away; the editor stays (focus is in it).
      float.style.visibility = toolbar && middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    };
    stopPlacing = autoUpdate(ref, float, () => void update());
  }

  function paint(): void {
    const v = view;
    if (!v) {
      stopPlacing();
      render(null, float);
      float.hidden = true;
      return;
    }
    ensureMounted();
    float.hidden = false;
    if (v.kind === 'toolbar') {
      render(
        h(NoteToolbar, {
          colour,
          busy,
          status,
          onColour: (c: HighlightColour) => {
            colour = c;
            void options.colour?.set(c).catch(() => {});
            paint();
          },
          onHighlight: () => void create(v.selected, { colour, note: '', tags: [] }),
          onNote: () => openNew(v.selected),
        }),
        float,
      );
    } else {
      const note = v.kind === 'edit' ? notes.get(v.id) : undefined;
      const initial: NoteDraft = note ? { colour: note.colour, note: note.note, tags: note.tags } : { colour, note: '', tags: [] };
      const quote = note ? note.quote.exact : v.kind === 'new' ? v.selected.text.slice(v.selected.span.start, v.selected.span.end) : '';
      render(
        h(NoteEditor, {
          key: v.key,
          mode: v.kind === 'edit' ? 'edit' : 'new',
          quote,
          initial,
          busy,
          status,
          onDirty: (d: boolean) => {
            dirty = d;
          },
          onCancel: () => close(true),
          onSave: (draft: NoteDraft) => void (v.kind === 'new' ? create(v.selected, draft) : update(v.id, draft)),
          onDelete: v.kind === 'edit' ? () => void remove(v.id) : undefined,
        }),
        float,
      );
    }
    place();
  }

  function setActive(pieces: readonly HTMLElement[] | undefined, on: boolean): void {
    for (const piece of pieces ?? []) {
      if (on) {
        piece.style.setProperty('outline', ACTIVE_OUTLINE, 'important');
        piece.style.setProperty('outline-offset', '1px', 'important');
        piece.setAttribute('aria-expanded', 'true');
      } else {
        piece.style.removeProperty('outline');
        piece.style.removeProperty('outline-offset');
        piece.removeAttribute('aria-expanded');
      }
    }
  }

  const focusInUi = () => shadow.activeElement !== null;

  /** Closes the toolbar or editor; `restoreFocus`: back to the highlight, or to where Tab came from. */
  function close(restoreFocus = false): void {
    const was = view;
    if (!was) return;
    const hadFocus = focusInUi();
    view = null;
    status = null;
    busy = false;
    dirty = false;
    paint();
    if (was.kind === 'edit') {
      setActive(drawn.get(was.id), false);
      if ((restoreFocus || hadFocus) && was.anchor.isConnected) was.anchor.focus({ preventScroll: true });
    } else if ((restoreFocus || hadFocus) && returnFocus?.isConnected) {
      returnFocus.focus({ preventScroll: true });
    }
    if (was.kind !== 'edit') returnFocus = null;
  }

  function showToolbar(selected: Selected): void {
    const same = view?.kind === 'toolbar' && view.selected.span.start === selected.span.start && view.selected.span.end === selected.span.end;
    if (same && view?.kind === 'toolbar') {
      view.selected = selected;
      return;
    }
    close();
    view = { kind: 'toolbar', selected };
    paint();
  }

  /** From the toolbar's Note button (returnFocus is kept: closing goes back to where Tab came from). */
  function openNew(selected: Selected): void {
    view = { kind: 'new', selected, key: ++keys };
    status = null;
    dirty = false;
    paint();
  }

  function openEditor(id: string, at?: HTMLElement): boolean {
    const pieces = drawn.get(id);
    if (!notes.has(id) || !pieces?.[0]) return false;
    if (view?.kind === 'edit' && view.id === id) return true;
    close();
    view = { kind: 'edit', id, anchor: at && pieces.includes(at) ? at : pieces[0], key: ++keys };
    setActive(pieces, true);
    paint();
    return true;
  }

  // ------------------------------------------------------------------------------------------
  // The selection.

  /** The current selection, when it covers article text outside our UI and editable fields. */
  function currentSelection(): Selected | null {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (isEditable(range.startContainer) || isEditable(range.endContainer)) return null;
    if (host.contains(range.commonAncestorContainer) || range.commonAncestorContainer === host) return null;
    const current = getArticle();
    const span = articleOffsetsFor(current, range);
    return span ? { range: range.cloneRange(), span, text: current.text } : null;
  }

  function checkSelection(): void {
    if (!enabled || view?.kind === 'new' || view?.kind === 'edit' || focusInUi()) return;
    const selected = currentSelection();
    if (selected) showToolbar(selected);
    else if (view?.kind === 'toolbar') close();
  }

  // ------------------------------------------------------------------------------------------
  // Saving, editing, deleting.

  function pageTitle(current: DomArticle): string {
    return doc.title.replace(/\s+/g, ' ').trim() || current.title || url;
  }

  function fail(message: string): void {
    busy = false;
    status = message;
    paint();
  }

  async function create(selected: Selected, draft: NoteDraft): Promise<boolean> {
    if (busy) return false;
    const current = getArticle();
    // The page may have changed since the selection was made: the range still says what was chosen.
    let span: ArticleSpan | null = selected.span;
    if (current.text !== selected.text) span = selected.range.collapsed ? null : articleOffsetsFor(current, selected.range);
    if (!span) {
      fail(SAVE_FAILED);
      return false;
    }
    const { quote, position } = describeRange(current.text, span.start, span.end);
    const now = new Date().toISOString();
    const annotation: ReaderAnnotation = {
      id: newId(),
      url,
      title: pageTitle(current),
      quote,
      position,
      colour: draft.colour,
      note: draft.note,
      tags: draft.tags,
      created: now,
      modified: now,
    };
    busy = true;
    if (view) paint();
    let saved: ReaderAnnotation = annotation;
    try {
      const reply: unknown = await send({ type: 'notes:save', annotation });
      if (!reply) throw new Error('no reply');
      if (isAnnotation(reply)) saved = reply;
    } catch {
      fail(SAVE_FAILED);
      return false;
    }
    busy = false;
    notes.set(saved.id, saved);
    if (draft.colour !== colour) {
      colour = draft.colour;
      void options.colour?.set(colour).catch(() => {});
    }
    drawOne(saved, span);
    // The selection would hide the new highlight's colour.
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) selection.removeAllRanges();
    close(true);
    recordFindings(current);
    return true;
  }

  async function update(id: string, draft: NoteDraft): Promise<void> {
    const note = notes.get(id);
    if (!note || busy) return;
    const changed: ReaderAnnotation = { ...note, colour: draft.colour, note: draft.note, tags: draft.tags, modified: new Date().toISOString() };
    busy = true;
    paint();
    let saved = changed;
    try {
      const reply: unknown = await send({ type: 'notes:save', annotation: changed });
      if (!reply) throw new Error('no reply');
      if (isAnnotation(reply)) saved = reply;
    } catch {
      fail(SAVE_FAILED);
      return;
    }
    busy = false;
    notes.set(id, saved);
    const pieces = drawn.get(id);
    if (pieces) styleNote(pieces, saved.colour, saved.note.trim() !== '');
    close(true);
  }

  async function remove(id: string): Promise<void> {
    if (busy) return;
    busy = true;
    paint();
    try {
      const reply: unknown = await send({ type: 'notes:delete', id });
      if (reply === undefined) throw new Error('no reply');
    } catch {
      fail(DELETE_FAILED);
      return;
    }
    busy = false;
    close();
    notes.delete(id);
    missing.delete(id);
    drawn.delete(id);
    ownWrite(() => removeNotes(doc, new Set([id])));
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
    send({ type: 'notes:record-findings', page }).catch(() => {});
  }

  // ------------------------------------------------------------------------------------------
  // Listeners, all through ctx.

  const inUi = (event: Event) => event.composedPath().includes(host);
  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    ctx.addEventListener(doc, type, handler, { capture: true });
  const noteOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(NOTE_SELECTOR) : null;

  listen('pointerdown', (event) => {
    if (inUi(event)) return;
    pointerDown = true;
    if (view?.kind === 'toolbar') close();
    // An editor with unsaved words stays open; one without closes (a click on a highlight opens its own).
    else if (view && !dirty && !busy) close();
  });
  listen('pointerup', (event) => {
    pointerDown = false;
    if (inUi(event)) return;
    // Let the browser settle the selection (a click inside a selection collapses it after mouseup).
    ctx.setTimeout(checkSelection, 0);
  });
  let selectionTimer: number | undefined;
  listen('selectionchange', () => {
    if (pointerDown) return;
    clearTimeout(selectionTimer);
    selectionTimer = ctx.setTimeout(checkSelection, SELECTION_SETTLE_MS);
  });

  listen('click', (event) => {
    if (!enabled || inUi(event)) return;
    const el = noteOf(event.target);
    const id = el ? noteIdOf(el) : null;
    if (!el || !id) return;
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return; // a selection, not a click
    openEditor(id, el);
  });

  listen('keydown', (event) => {
    if (!enabled) return;
    const inside = inUi(event);
    if (event.key === 'Escape') {
      // The editor handles its own Escape (it may be asking about a delete).
      if (view && !(inside && view.kind !== 'toolbar')) {
        event.stopPropagation();
        close(inside || view.kind === 'edit');
      }
      return;
    }
    if (event.key === 'Enter' && !inside && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const el = noteOf(event.target);
      const id = el && el === event.target ? noteIdOf(el) : null;
      if (el && id && openEditor(id, el)) event.preventDefault();
      return;
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || !view) return;
    if (!inside) {
      // From the page, Tab goes into the toolbar first: the keyboard way to it after selecting.
      if (view.kind === 'toolbar' && !event.shiftKey) {
        const first = shadow.querySelector<HTMLElement>('button');
        if (!first) return;
        event.preventDefault();
        returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
        first.focus();
      }
      return;
    }
    // Inside: the toolbar hands focus back to the page at either end; the editor keeps it.
    const focusable = Array.from(shadow.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, input'));
    const at = focusable.indexOf(shadow.activeElement as HTMLElement);
    const atEnd = event.shiftKey ? at <= 0 : at === focusable.length - 1;
    if (!atEnd) return;
    event.preventDefault();
    if (view.kind === 'toolbar') close(true);
    else focusable[event.shiftKey ? focusable.length - 1 : 0]?.focus();
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(recheck, 100);
  });
  // Back from the popup or another tab: notes may have been edited, deleted or imported there.
  ctx.addEventListener(window, 'focus', () => {
    if (!view) void reload();
  });

  ctx.onInvalidated(() => {
    observer.disconnect();
    stopPlacing();
    clearTimeout(settleTimer);
    clearTimeout(selectionTimer);
  });

  // ------------------------------------------------------------------------------------------
  // Start: the reader's colour, the page's notes, then the selection that brought us here.

  try {
    const saved = await options.colour?.get();
    if (saved && HIGHLIGHT_COLOURS.includes(saved)) colour = saved;
  } catch {
    // Yellow.
  }
  observe();
  await reload();
  if (drawnText === null) drawnText = enabled ? getArticle().text : null;
  checkSelection();

  const api: NotesPage = {
    pageState: () => ({ url, anchored: [...drawn.keys()], missing: [...missing] }),
    reveal(id) {
      if (!enabled) return false;
      const first = drawn.get(id)?.[0];
      if (!first?.isConnected) return false;
      first.scrollIntoView({ block: 'center' });
      first.focus({ preventScroll: true });
      return openEditor(id, first);
    },
    async highlightSelection() {
      if (!enabled) return false;
      const selected = view?.kind === 'toolbar' ? view.selected : currentSelection();
      if (!selected) return false;
      return create(selected, { colour, note: '', tags: [] });
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
      if (message.type === 'notes:page-state') return Promise.resolve(api.pageState());
      if (message.type === 'notes:reveal') return Promise.resolve(api.reveal(message.id));
      return api.highlightSelection();
    },
  };
  return api;
}
