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
import { isAnnotation, toSaveResult } from '../notes-ui/note-store';
import type { ReaderAnnotation } from '../../lib/annotations/model';

export const SAVE_FAILED = 'Crosscheck could not save this note. Try again.';
export const DELETE_FAILED = 'Crosscheck could not delete this highlight. Try again.';
export const SESSION_GONE = 'This editor has expired. Close it and open the highlight again.';

export type EditorSend = (request: NotesRequest | EditorRequest) => Promise<unknown>;

export interface EditorAppProps {
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
  | { kind: 'gone' }
  | { kind: 'open'; session: EditorSession; base: ReaderAnnotation };

export function EditorApp({ token, send, now = () => new Date() }: EditorAppProps): JSX.Element {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ theirs: ReaderAnnotation; mine: NoteDraft } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const report = (r: EditorReport) => send({ type: 'notes:editor-report', token, report: r }).catch(() => false);

  useEffect(() => {
    send({ type: 'notes:editor-session', token }).then(
      (reply) => setState(isSession(reply) ? { kind: 'open', session: reply, base: reply.annotation } : { kind: 'gone' }),
      () => setState({ kind: 'gone' }),
    );
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

  async function save(draft: NoteDraft, base: ReaderAnnotation | null): Promise<void> {
    if (state.kind !== 'open' || busy) return;
    const { session } = state;
    const stamp = now().toISOString();
    const annotation: ReaderAnnotation =
      session.mode === 'new'
        ? { ...session.annotation, ...draft, created: stamp, modified: stamp }
        : { ...(base ?? session.annotation), colour: draft.colour, note: draft.note, tags: draft.tags, modified: stamp };
    setBusy(true);
    setStatus(null);
    let result: SaveResult | null = null;
    try {
      const request: NotesRequest =
        session.mode === 'new' ? { type: 'notes:save', annotation } : { type: 'notes:save', annotation, base: baseOf(base ?? session.annotation) };
      result = toSaveResult(await send(request));
    } catch {
      result = null;
    }
    if (!result) return fail(SAVE_FAILED);
    if (!result.ok) {
      // Another tab or the popup changed it: show both, let the reader choose.
      setBusy(false);
      setConflict({ theirs: result.conflict, mine: draft });
      return;
    }
    setConflict(null);
    await report({ kind: 'saved', annotation: result.annotation });
  }

  async function remove(): Promise<void> {
    if (state.kind !== 'open' || busy) return;
    setBusy(true);
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
  else if (state.kind === 'gone') {
    body = (
      <p class="cc-message" role="alert">
        {SESSION_GONE}
      </p>
    );
  } else {
    const { session } = state;
    const shownConflict: NoteConflict | null = conflict && {
      theirs: draftOf(conflict.theirs),
      // Saving again over the version seen now: the reader chose theirs away knowingly.
      onKeepMine: () => void save(conflict.mine, conflict.theirs),
      onKeepTheirs: () => void report({ kind: 'saved', annotation: conflict.theirs }),
    };
    body = (
      <NoteEditor
        mode={session.mode}
        quote={session.annotation.quote.exact}
        initial={draftOf(session.annotation)}
        busy={busy}
        status={status}
        conflict={shownConflict}
        onSave={(draft) => void save(draft, session.mode === 'edit' ? state.base : null)}
        onCancel={() => void report({ kind: 'closed' })}
        onDelete={session.mode === 'edit' ? () => void remove() : undefined}
      />
    );
  }
  return (
    <div ref={rootRef} onKeyDown={(event) => rootRef.current && cycleTab(event as unknown as KeyboardEvent, rootRef.current)}>
      {body}
    </div>
  );
}
