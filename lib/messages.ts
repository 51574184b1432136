/**
 * Every runtime message between the extension's parts, declared once, grouped by direction: who sends it,
 * who answers, what it carries and what the answer is. On the wire a message is `{ type, ...request }`,
 * and the answer is `reply` (`void`: nobody answers). Types only: utils/messaging.ts sends and listens
 * with them, and the background's table (entrypoints/background/dispatch.ts) answers them; who may send
 * what is entrypoints/background/sender-policy.ts.
 *
 * A map's entry is `'type': { request: {…}; reply: … }`. Settings are not messages: every part reads and
 * watches them in the extension's storage. The notes import, with its progress, goes over a port
 * (IMPORT_PORT in lib/annotations/notes-wire.ts), not a message.
 */
import type { ArticleText } from './article/types';
import type { MarkKind, Status } from './engine/findings';
import type { WireAnswer } from './engine/findings-wire';
import type { AnnotationId, PageFindings, ReaderAnnotation } from './annotations/model';
import type {
  BackupInfo,
  EditBase,
  EditorReport,
  EditorSession,
  EditorTarget,
  ExportFile,
  ExportFormat,
  ImportResult,
  PageNotesState,
  SaveResult,
  SourceSaveResult,
} from './annotations/notes-wire';
import type { PageClaimsInput } from './annotations/page-review';
import type { ReaderSource, ReaderSourceDraft, ReaderSourceId } from './annotations/reader-source';
import type { EventId, FactKey } from './reference/types';

/** One finding as the popup lists it. */
export interface SummaryMark {
  id: string;
  kind: MarkKind;
  text: string;
  status: Status;
  fact: FactKey | null;
  /** "people killed in the strike", or the entity's name. */
  label: string | null;
  /** What the other sources report for the same fact, for the side panel's one-line comparison. */
  others?: SummaryOther[];
}

/** Another source's report, as the side panel lists it. */
export interface SummaryOther {
  /** The outlet, or the neutral label shown where the source names none. */
  who: string;
  /** As that source wrote it. */
  value: string;
  relation: 'same' | 'different' | 'less-specific';
}

/** What the content script found on its page. */
export interface PageSummary {
  url: string;
  /** Why nothing is shown, when nothing is: the reader can tell "off here" from "nothing to check". */
  state: 'matched' | 'no-event' | 'disabled' | 'off';
  event: EventId | null;
  eventTitle: string | null;
  counts: Record<Status, number>;
  marks: SummaryMark[];
}

/** A page summary as 'page-summary' and 'get-summary' carry it: the findings as one string (lib/page/summary-wire.ts). */
export interface SummaryWire extends Omit<PageSummary, 'marks'> {
  marks: string;
}

/** A message's shape in a map: what it carries besides its type, and what it is answered with. */
export interface MessageSpec {
  request: object;
  reply: unknown;
}
type Empty = Record<never, never>;

/**
 * Content script → background. The content script, and the popover UI and notes UI injected beside it
 * in a web page's isolated world: a page may be behind them, so the background checks each one.
 */
export interface ContentToBackground {
  /** After each pass whose summary changed: the badge shows the differing count. The popup and side panel hear it too. */
  'page-summary': { request: { summary: SummaryWire }; reply: void };
  /** The engine's answer (findings-wire.ts) for the article the page read, once the gate passes; null when it holds none. */
  annotate: { request: { article: ArticleText }; reply: WireAnswer | null };
  /** Inject the popover UI into the sender's frame, on the first interaction with a highlight. */
  'load-popover-ui': { request: Empty; reply: boolean };
  /** Inject the notes UI into the sender's frame (first selection, or a page with saved notes). */
  'notes:load-ui': { request: Empty; reply: boolean };
  /**
   * Once a page is read: whether it has saved notes (then it asks for 'notes:load-ui'). The raw address and
   * canonical link: the background normalises them, so the URL code need not load on every page.
   */
  'notes:has': { request: { href: string; canonical: string | null }; reply: boolean };
  /** From the notes UI: open a note editor session for the sender's tab and frame; null when the note is gone. */
  'notes:editor-open': { request: { target: EditorTarget }; reply: { token: string } | null };
  /**
   * A popover's "All facts": the background opens the facts table of a known event in a new tab. `source`:
   * the bundled source the page was recognised as, if any (its column is the one marked).
   */
  'open-facts': { request: { event: EventId; source?: string | null }; reply: boolean };
}

/** Content script or extension page → background: a page's own notes, asked by its notes UI or by the popup and side panel. */
export interface SharedToBackground {
  'notes:list': { request: { url: string }; reply: ReaderAnnotation[] };
  /** Also from the note editor's frame. The page's notes UI sends it too, and the popup and side panel hear it. */
  'notes:save': { request: { annotation: ReaderAnnotation; base?: EditBase }; reply: SaveResult };
  /** Also from the note editor's frame; false when there was no such note. Heard by the popup and side panel too. */
  'notes:delete': { request: { id: AnnotationId }; reply: boolean };
  /** Crosscheck's findings kept beside the notes, for exports. */
  'notes:record-findings': { request: { page: PageFindings }; reply: boolean };
}

/** Extension page → background: the popup, the side panel, the options and facts pages, the note editor's frame. */
export interface ExtensionPageToBackground {
  'notes:search': { request: { query: string }; reply: ReaderAnnotation[] };
  'notes:export': {
    request: { scope: 'all' | { url: string }; format: ExportFormat; includeFindings: boolean };
    reply: ExportFile;
  };
  /** The import without progress (the popup uses the port). */
  'notes:import': { request: { json: string }; reply: ImportResult };
  /** The backups made before a schema upgrade, newest first. */
  'notes:backup-list': { request: Empty; reply: BackupInfo[] };
  /** One backup as a file to download. */
  'notes:backup-get': { request: { id: number }; reply: ExportFile };
  /** The reader's own sources, oldest first; those of one event when given. */
  'sources:list': { request: { event?: EventId }; reply: ReaderSource[] };
  /** Saves the page as a source; a page saved before (same normalised URL) is replaced, keeping its id. */
  'sources:save': { request: { source: ReaderSourceDraft }; reply: SourceSaveResult };
  /** False when there was no such source. */
  'sources:remove': { request: { id: ReaderSourceId }; reply: boolean };
  /** From the note editor's frame, once: the session its fragment names; null for an unknown, claimed or foreign token. */
  'notes:editor-session': { request: { token: string }; reply: EditorSession | null };
  /** From the note editor's frame: tell the notes UI that opened it. 'saved', 'deleted' and 'closed' end the session. */
  'notes:editor-report': { request: { token: string; report: EditorReport }; reply: boolean };
}

/** Extension page → a tab's content script or notes UI (tabs.sendMessage). */
export interface ExtensionPageToContent {
  /** The page's findings, for the popup's and side panel's lists; null before the first pass. */
  'get-summary': { request: Empty; reply: SummaryWire | null };
  /** Scroll to a finding and open its popover; false when it is not drawn. */
  'reveal-mark': { request: { id: string }; reply: boolean };
  /** What the page offers for "Add to comparison" (lib/annotations/page-review.ts); null before a pass found an event. */
  'get-page-claims': { request: Empty; reply: PageClaimsInput | null };
  /** To the notes UI: which saved notes it placed. The background asks it too, to learn whether the notes UI is there. */
  'notes:page-state': { request: Empty; reply: PageNotesState };
  /** To the notes UI: scroll to a note and show it. */
  'notes:reveal': { request: { id: AnnotationId }; reply: boolean };
}

/** Background → a tab's content script or notes UI (tabs.sendMessage). */
export interface BackgroundToContent {
  /** The reader's sources changed: the page is compared again. */
  'sources-changed': { request: Empty; reply: boolean };
  /** The context menu or shortcut: highlight the selection (note-triggers.ts). */
  'notes:highlight-selection': { request: Empty; reply: boolean };
  /** What the note editor frame of session `token` did, passed on to the notes UI that opened it. */
  'notes:editor-event': { request: { token: string; report: EditorReport }; reply: boolean };
}

/** Everything the background answers. */
export type ToBackground = ContentToBackground & SharedToBackground & ExtensionPageToBackground;
/** Everything a tab's content script or notes UI answers. */
export type ToContent = ExtensionPageToContent & BackgroundToContent;

/** A message of map `M` as it travels: its type and what it carries (for a union of types, a union of messages). */
export type MessageOf<M, K extends keyof M> = K extends keyof M ? (M[K] extends MessageSpec ? { type: K } & M[K]['request'] : never) : never;
/** The answer to a message of map `M`. */
export type ReplyOf<M, K extends keyof M> = M[K] extends MessageSpec ? M[K]['reply'] : never;

export type BackgroundType = keyof ToBackground;
export type ContentType = keyof ToContent;
export type BackgroundMessage<K extends BackgroundType = BackgroundType> = MessageOf<ToBackground, K>;
export type BackgroundReply<K extends BackgroundType> = ReplyOf<ToBackground, K>;
export type ContentMessage<K extends ContentType = ContentType> = MessageOf<ToContent, K>;
export type ContentReply<K extends ContentType> = ReplyOf<ToContent, K>;

/**
 * A table of handlers for the messages of map `M`, keyed by type: each gets its own message and returns
 * its own reply (or a promise of it). `C` is what the listener adds (the background: who sent it).
 */
export type HandlerTable<M, C = void> = {
  [K in keyof M]: (message: MessageOf<M, K>, context: C) => ReplyOf<M, K> | Promise<ReplyOf<M, K>>;
};
