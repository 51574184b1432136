/**
 * The note editor page: what the frame inside the article shows. It claims its session from the
 * background (the token is in its address's fragment), shows the quote and the fields, saves with the
 * version it started from (`base`) so a concurrent edit is merged or shown as a conflict, deletes, and
 * reports what happened (and its height) to the notes UI in the page, through the background.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteEditor, type NoteConflict, type NoteDraft } from '../../components/NoteEditor';
import type { EditBase, EditorReport, EditorRequest, EditorSession, NotesRequest, SaveResult } from '../../lib/annotations/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { isAnnotation, toSaveResult } from '../notes-ui/note-store';

export const SAVE_FAILED = 'Crosscheck could not save this note. Try again.';
export const DELETE_FAILED = 'Crosscheck could not delete this highlight. Try again.';
/** How the reader gets rid of an editor with nothing in it: its own reports would be refused. */
const HOW_TO_CLOSE = 'Click the article and press Escape to close it, then open the highlight again.';
export const SESSION_GONE = `This note editor has expired and cannot show the note. ${HOW_TO_CLOSE}`;
export const NO_SESSION = `This note editor was opened without a note to show. ${HOW_TO_CLOSE}`;

export type EditorSend = (request: NotesRequest | EditorRequest) => Promise<unknown>;

export interface EditorAppProps {
  /** The session token from the page's fragment ('' when there is none). */
  token: string;
  send: EditorSend;
  /** The clock (tests fix it). */
  now?: () => Date;
}

function isSession(value: unknown): value is EditorSession {
  const s = value as Partial<EditorSession> | null;
  return !!s && (s.mode === 'new' || s.mode === 'edit') && isAnnotation(s.annotation);
}

export function baseOf(note: ReaderAnnotation): EditBase {
  return { modified: note.modified, colour: note.colour, note: note.note, tags: [...note.tags] };
}

const draftOf = (note: ReaderAnnotation): NoteDraft => ({ colour: note.colour, note: note.note, tags: note.tags });

/** Tab and Shift+Tab go round the editor's controls: the frame keeps focus until it is closed. */
export function cycleTab(event: KeyboardEvent, root: ParentNode): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const focusable = Array.from(root.querySelectorAll<HTMLElement>('button:not([disabled]), textarea, input, select')).filter((el) => !el.hidden);
  if (focusable.length === 0) return;
  const at = focusable.indexOf(document.activeElement as HTMLElement);
  const atEnd = event.shiftKey ? at <= 0 : at === focusable.length - 1;
  if (!atEnd) return;
  event.preventDefault();
  focusable[event.shiftKey ? focusable.length - 1 : 0]!.focus();
}

type State =
  | { kind: 'loading' }
  /** No token in the address, or the background refused it (expired, claimed, another tab's). */
  | { kind: 'unavailable'; message: string }
  /** `base`: the stored version this editor's next save started from. */
  | { kind: 'open'; session: EditorSession; base: ReaderAnnotation };

export function EditorApp({ token, send, now = () => new Date() }: EditorAppProps): JSX.Element {
  const [state, setState] = useState<State>(token ? { kind: 'loading' } : { kind: 'unavailable', message: NO_SESSION });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  /** The stored note another edit left, when a save was refused: shown beside the reader's fields. */
  const [theirs, setTheirs] = useState<ReaderAnnotation | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const report = (r: EditorReport) => send({ type: 'notes:editor-report', token, report: r }).catch(() => false);

  useEffect(() => {
    if (!token) return;
    const gone: State = { kind: 'unavailable', message: SESSION_GONE };
    send({ type: 'notes:editor-session', token }).then(
      (reply) => setState(isSession(reply) ? { kind: 'open', session: reply, base: reply.annotation } : gone),
      () => setState(gone),
    );
  }, [token]);

  // The whole frame's keys, wherever focus is in it (also on its body): Tab stays inside, and an
  // Escape the editor did not take (it takes the one that cancels a delete) closes it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        void report({ kind: 'closed' });
      } else if (rootRef.current) cycleTab(event, rootRef.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [token]);

  // The frame is sized to what it shows.
  useEffect(() => {
    const el = rootRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      void report({ kind: 'resize', height });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const fail = (message: string) => {
    setBusy(false);
    setStatus(message);
  };

  /** Saves `draft` over `base` (an edit), or as the new note. */
  async function save(draft: NoteDraft, base: ReaderAnnotation): Promise<void> {
    if (state.kind !== 'open' || busy) return;
    const { session } = state;
    const stamp = now().toISOString();
    const annotation: ReaderAnnotation = { ...base, colour: draft.colour, note: draft.note, tags: draft.tags, modified: stamp };
    const request: NotesRequest =
      session.mode === 'new'
        ? { type: 'notes:save', annotation: { ...annotation, created: stamp } }
        : { type: 'notes:save', annotation, base: baseOf(base) };
    setBusy(true);
    setStatus(null);
    let result: SaveResult | null;
    try {
      result = toSaveResult(await send(request));
    } catch {
      result = null;
    }
    if (!result) return fail(SAVE_FAILED);
    if (!result.ok) {
      // Another tab or the popup changed it: show both, let the reader choose.
      setBusy(false);
      setTheirs(result.conflict);
      return;
    }
    setTheirs(null);
    await report({ kind: 'saved', annotation: result.annotation });
  }

  async function remove(): Promise<void> {
    if (state.kind !== 'open' || busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const reply = await send({ type: 'notes:delete', id: state.session.annotation.id });
      if (reply === undefined || reply === null) throw new Error('no reply');
    } catch {
      return fail(DELETE_FAILED);
    }
    await report({ kind: 'deleted', id: state.session.annotation.id });
  }

  let body: JSX.Element;
  if (state.kind === 'loading') body = <p class="cc-message">Loading…</p>;
  else if (state.kind === 'unavailable') {
    body = (
      <p class="cc-message" role="alert">
        {state.message}
      </p>
    );
  } else {
    const { session, base } = state;
    const shownConflict: NoteConflict | null = theirs && {
      theirs: draftOf(theirs),
      // The reader's fields over the version they have now seen: they chose theirs away knowingly.
      onKeepMine: (mine) => void save(mine, theirs),
      onKeepTheirs: () => void report({ kind: 'saved', annotation: theirs }),
    };
    body = (
      <NoteEditor
        mode={session.mode}
        quote={session.annotation.quote.exact}
        initial={draftOf(session.annotation)}
        busy={busy}
        status={status}
        conflict={shownConflict}
        onSave={(draft) => void save(draft, base)}
        onCancel={() => void report({ kind: 'closed' })}
        onDelete={session.mode === 'edit' ? () => void remove() : undefined}
      />
    );
  }
  return <div ref={rootRef}>{body}</div>;
}
