/**
 * The reader's highlights on one page: the coordinator over small parts, read top to bottom.
 *
 *   ArticleCache        the article text, extracted again after the page changes   ./article-cache.ts
 *   DrawnNotes          the page's notes, where each is drawn, the redraw           ./drawn-notes.ts
 *   NoteStore           requests to the background, which keeps the notes           ./note-store.ts
 *   watchSelection      the reader's own selections (trusted input only)            ./selection-watcher.ts
 *   selectionInArticle  a selection as a span of the article                        ./article-selection.ts
 *   NotesPanel          the floating box: toolbar or editor, placed, focus back     ./notes-panel.ts
 *   EditorFrame         the note editor: an extension page in a frame               ./editor-frame.ts
 *   watchReaderKeys     clicks and keys on notes, Escape, Tab into the toolbar      ./reader-keys.ts
 *   draftAnnotation     what is sent to be kept: a new note, the page's findings    ./note-drafts.ts
 *
 * It runs in the page's isolated world (injected by the background, see ./index.ts). Its UI is in the
 * floating host's shadow root (closed when shipped); note text and tags are typed only in the editor
 * frame, of the extension's origin, where the page cannot listen. Only the reader's trusted input acts:
 * nothing a page script dispatches or selects shows the toolbar or changes a note.
 */
import { h } from 'preact';
import { NoteToolbar } from '../../components/NoteToolbar';
import type { EditorTarget, PageNotesState } from '../../lib/annotations/notes-wire';
import type { ContentMessage } from '../../lib/messages';
import { HIGHLIGHT_COLOURS, type HighlightColour, type ReaderAnnotation } from '../../lib/annotations/model';
import { extractFromDocument, type DomArticle } from '../../lib/article/from-dom';
import type { Findings } from '../../lib/engine/findings';
import { mountFloatingHost, type FloatingHost } from '../../utils/floating-host';
import type { PageContext } from '../../utils/page-context';
import { ArticleCache } from './article-cache';
import { selectionInArticle, spanNow, type Selected } from './article-selection';
import { NOTES_CSS } from './css';
import { DrawnNotes } from './drawn-notes';
import { EditorFrame, type FinalReport } from './editor-frame';
import { draftAnnotation, pageFindingsFor, pageTitle, pageUrl, type NotedPage } from './note-drafts';
import { NoteStore, type Send } from './note-store';
import { NotesPanel } from './notes-panel';
import { watchReaderKeys } from './reader-keys';
import { browserInput, type ReaderInput } from './reader-input';
import { watchSelection } from './selection-watcher';

export { newId, pageUrl } from './note-drafts';

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

/** The messages a tab's notes UI answers (lib/messages.ts). */
type NotesTabRequest = ContentMessage<'notes:page-state' | 'notes:reveal' | 'notes:highlight-selection' | 'notes:editor-event'>;

const TAB_REQUESTS: ReadonlySet<string> = new Set<NotesTabRequest['type']>(['notes:page-state', 'notes:reveal', 'notes:highlight-selection', 'notes:editor-event']);

export function isTabRequest(message: unknown): message is NotesTabRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && TAB_REQUESTS.has(type);
}

export async function startNotesPage(ctx: PageContext, options: NotesPageOptions): Promise<NotesPage> {
  const url = pageUrl(document);
  const floating = await mountFloatingHost(ctx, { name: HOST_NAME, css: NOTES_CSS });
  const page = new NotesCoordinator(ctx, options, floating, url);
  await page.start();
  return page;
}

class NotesCoordinator implements NotesPage {
  private readonly doc = document;
  private readonly input: ReaderInput;
  private readonly store: NoteStore;
  private readonly article: ArticleCache;
  private readonly notes: DrawnNotes;
  private readonly editor: EditorFrame;
  private readonly panel: NotesPanel;
  private enabled: boolean;
  private colour: HighlightColour = 'yellow';
  private settleTimer: number | undefined;

  constructor(
    private readonly ctx: PageContext,
    private readonly options: NotesPageOptions,
    private readonly floating: FloatingHost,
    private url: string,
  ) {
    const doc = this.doc;
    this.input = options.input ?? browserInput;
    this.store = new NoteStore(options.send);
    this.enabled = options.enabled ?? true;
    this.article = new ArticleCache(doc, () => this.scheduleRecheck(SETTLE_MS));
    this.notes = new DrawnNotes({ doc, article: () => extractFromDocument(doc), write: (change) => this.article.write(change) });
    const bar = doc.createElement('div');
    const frameBox = doc.createElement('div');
    floating.float.append(bar, frameBox);
    this.editor = new EditorFrame({ container: frameBox, frameUrl: options.editorUrl, store: this.store });
    this.panel = new NotesPanel({ ...floating, doc, bar, frameBox, editor: this.editor, notes: this.notes, toolbar: (selected) => this.toolbar(selected) });
    // Mouse presses on the toolbar's buttons must not take the selection away.
    ctx.addEventListener(bar, 'mousedown', (event) => event.preventDefault());
    this.listen();
  }

  // ── The article and the notes drawn in it ─────────────────────────────────────────────────────

  private scheduleRecheck(ms: number): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = this.ctx.setTimeout(() => this.recheck(), ms);
  }

  private redrawAll(): void {
    this.notes.redrawAll(this.enabled);
    // An open editor follows its highlight to its new pieces, or closes when it is gone.
    const view = this.panel.view;
    if (view?.kind !== 'edit') return;
    const pieces = this.notes.pieces(view.id);
    if (!pieces?.[0]) return this.panel.close();
    this.panel.show({ ...view, anchor: pieces[0] });
  }

  /** After the page changed: a new address means other notes; a changed article means finding them again. */
  private recheck(): void {
    const now = pageUrl(this.doc);
    if (now !== this.url) {
      this.url = now;
      void this.reload();
      return;
    }
    if (!this.enabled || this.notes.size === 0) return;
    if (this.article.get().text === this.notes.drawnText && this.notes.allConnected()) return;
    this.redrawAll();
  }

  async reload(): Promise<void> {
    const asked = this.url;
    const list = await this.store.list(asked);
    if (asked !== this.url || this.ctx.isInvalid) return;
    if (this.notes.versions(list) === this.notes.versions() && this.notes.drawnText !== null) return;
    this.notes.replaceAll(list);
    this.redrawAll();
  }

  // ── The reader's selection and the toolbar ────────────────────────────────────────────────────

  private currentSelection(): Selected | null {
    return selectionInArticle(this.doc, this.floating.host, () => this.article.get());
  }

  /** Called only after the reader's own input (see watchSelection). */
  private onReaderSelection(): void {
    const view = this.panel.view;
    if (!this.enabled || view?.kind === 'new' || view?.kind === 'edit' || this.floating.shadow.activeElement !== null) return;
    const selected = this.currentSelection();
    if (selected) this.panel.showToolbar(selected);
    else if (view?.kind === 'toolbar') this.panel.close();
  }

  private toolbar(selected: Selected) {
    const { panel } = this;
    return h(NoteToolbar, {
      colour: this.colour,
      busy: panel.busy,
      status: panel.status,
      accept: this.input.isTrusted,
      onColour: (c: HighlightColour) => {
        this.colour = c;
        void this.options.colour?.set(c).catch(() => {});
        panel.paint();
      },
      onHighlight: () => void this.create(selected),
      onNote: () => void this.openNew(selected),
    });
  }

  // ── Saving a highlight, opening the editor, and what the editor reports ──────────────────────

  private notedPage(current: DomArticle): NotedPage {
    return { url: this.url, title: pageTitle(this.doc, current, this.url) };
  }

  /** The new annotation for a selection, as the article is now; null when its text is gone. */
  private draftFor(selected: Selected): ReaderAnnotation | null {
    const current = this.article.get();
    const span = spanNow(current, selected);
    return span ? draftAnnotation(current.text, span, this.notedPage(current), this.colour) : null;
  }

  /** Draws a note that was just saved, and tidies up after it. */
  private drawSaved(saved: ReaderAnnotation, selected: Selected): void {
    const current = this.article.get();
    const span = spanNow(current, selected);
    if (span) this.notes.add(saved, span);
    if (saved.colour !== this.colour) {
      this.colour = saved.colour;
      void this.options.colour?.set(this.colour).catch(() => {});
    }
    // The selection would hide the new highlight's colour.
    const selection = this.doc.getSelection();
    if (selection && !selection.isCollapsed) selection.removeAllRanges();
    // Crosscheck's findings are kept beside the notes, for exports.
    const findings = pageFindingsFor(this.options.getFindings?.(), this.notedPage(current));
    if (findings) this.store.recordFindings(findings);
  }

  private async create(selected: Selected): Promise<boolean> {
    const { panel } = this;
    if (panel.busy) return false;
    const draft = this.draftFor(selected);
    const fail = () => {
      panel.busy = false;
      panel.status = SAVE_FAILED;
      if (panel.view) panel.paint();
      return false;
    };
    if (!draft) return fail();
    panel.busy = true;
    if (panel.view) panel.paint();
    const saved = await this.store.create(draft);
    if (!saved) return fail();
    panel.busy = false;
    this.drawSaved(saved, selected);
    panel.close(true);
    return true;
  }

  private async openNew(selected: Selected): Promise<void> {
    const draft = this.draftFor(selected);
    if (!draft) {
      this.panel.status = SAVE_FAILED;
      return this.panel.paint();
    }
    this.panel.show({ kind: 'new', selected });
    if (!(await this.editor.open({ kind: 'new', annotation: draft }, { focus: true }))) this.panel.close();
  }

  private openEditor(id: string, at?: HTMLElement): boolean {
    const { panel } = this;
    const pieces = this.notes.pieces(id);
    if (!this.notes.get(id) || !pieces?.[0]) return false;
    if (panel.view?.kind === 'edit' && panel.view.id === id) return true;
    panel.close();
    panel.show({ kind: 'edit', id, anchor: at && pieces.includes(at) ? at : pieces[0] });
    void this.editor.open({ kind: 'edit', id }, { focus: true }).then((opened) => {
      if (!opened && panel.view?.kind === 'edit' && panel.view.id === id) panel.close(true);
    });
    return true;
  }

  private onEditorDone(target: EditorTarget, report: FinalReport): void {
    const was = this.panel.view;
    if (report.kind === 'saved') {
      if (target.kind === 'new' && was?.kind === 'new') this.drawSaved(report.annotation, was.selected);
      else this.notes.update(report.annotation);
    } else if (report.kind === 'deleted') {
      this.panel.close();
      this.notes.remove(report.id);
      return;
    }
    this.panel.close(true);
  }

  // ── Listening: selections, clicks and keys (trusted only), the page's address and focus ───────

  private listen(): void {
    const { ctx, doc, input, panel, floating } = this;
    const isInUi = (event: Event) => event.composedPath().includes(floating.host);
    watchSelection(ctx, doc, {
      input,
      isInUi,
      onSelectionEnd: () => this.onReaderSelection(),
      // The editor stays open (the reader may have typed in it); a click on a highlight opens its own.
      onPointerDown: () => {
        if (panel.view?.kind === 'toolbar') panel.close();
      },
    });
    watchReaderKeys(ctx, doc, {
      input,
      isInUi,
      shadow: floating.shadow,
      enabled: () => this.enabled,
      view: () => panel.view,
      editorHasFocus: () => this.editor.hasFocus(),
      openEditor: (id, at) => this.openEditor(id, at),
      close: (restoreFocus) => panel.close(restoreFocus),
      setReturnFocus: (el) => (panel.returnFocus = el),
    });
    ctx.onLocationChange(() => this.scheduleRecheck(100));
    // Back from the popup or another tab: notes may have been edited, deleted or imported there.
    ctx.addEventListener(window, 'focus', () => {
      if (!panel.view) void this.reload();
    });
    ctx.onInvalidated(() => {
      this.article.stop();
      panel.stop();
      this.editor.close();
      window.clearTimeout(this.settleTimer);
    });
  }

  // ── Start: the reader's colour, the page's notes, then the selection that brought us here ─────

  async start(): Promise<void> {
    try {
      const saved = await this.options.colour?.get();
      if (saved && HIGHLIGHT_COLOURS.includes(saved)) this.colour = saved;
    } catch {
      // Yellow.
    }
    this.article.start();
    await this.reload();
    if (this.notes.drawnText === null) this.notes.drawnText = this.enabled ? this.article.get().text : null;
    // Loaded by the reader's first selection: show its toolbar. The content script saw their trusted
    // mouseup or keyup (`forSelection`): transient activation alone is not proof enough this late, as it
    // lapses (5 s), a page can consume it (window.open) and WebDriver clears it. Loaded otherwise, only a
    // reader who has just acted gets one (a selection a page script made while nobody touched shows nothing).
    if (this.options.forSelection || this.input.hasActivation()) this.onReaderSelection();
  }

  // ── What the extension asks of the page ───────────────────────────────────────────────────────

  pageState(): PageNotesState {
    return this.notes.state(this.url);
  }

  async reveal(id: string): Promise<boolean> {
    if (!this.enabled) return false;
    const first = this.notes.pieces(id)?.[0];
    if (!first?.isConnected) return false;
    first.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
    return this.openEditor(id, first);
  }

  async highlightSelection(): Promise<boolean> {
    if (!this.enabled) return false;
    const view = this.panel.view;
    const selected = view?.kind === 'toolbar' ? view.selected : this.currentSelection();
    return selected ? this.create(selected) : false;
  }

  setEnabled(on: boolean): void {
    if (on === this.enabled) return;
    this.enabled = on;
    this.panel.close();
    this.redrawAll();
  }

  handleMessage(message: unknown): Promise<unknown> | undefined {
    if (!isTabRequest(message)) return undefined;
    switch (message.type) {
      case 'notes:page-state':
        return Promise.resolve(this.pageState());
      case 'notes:reveal':
        return this.reveal(message.id);
      case 'notes:highlight-selection':
        return this.highlightSelection();
      case 'notes:editor-event': {
        const done = this.editor.handle(message.token, message.report);
        if (done) this.onEditorDone(done.target, done.report);
        return Promise.resolve(true);
      }
    }
  }
}
