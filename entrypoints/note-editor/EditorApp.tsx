/**
 * The note editor page: what the frame inside the article shows. It claims its session from the
 * background (the token is in its address's fragment), shows the quote and the fields, saves with the
 * version it started from (`base`) so a concurrent edit is merged or shown as a conflict, deletes, and
 * reports what happened (and its height) to the notes UI in the page, through the background.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { NoteEditor, type NoteConflict, type NoteDraft } from '../../components/NoteEditor';
import type { EditBase, EditorReport, EditorSession, SaveResult } from '../../lib/annotations/notes-wire';
import type { BackgroundMessage } from '../../lib/messages';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { toSaveResult } from '../notes-ui/note-store';
import { useEditorSession, useFrameHeight, useFrameKeys, type EditorState } from './frame-hooks';

export { cycleTab } from './frame-hooks';

export const SAVE_FAILED = 'Crosscheck could not save this note. Try again.';
export const DELETE_FAILED = 'Crosscheck could not delete this highlight. Try again.';
/** How the reader gets rid of an editor with nothing in it: its own reports would be refused. */
const HOW_TO_CLOSE = 'Click the article and press Escape to close it, then open the highlight again.';
export const SESSION_GONE = `This note editor has expired and cannot show the note. ${HOW_TO_CLOSE}`;
export const NO_SESSION = `This note editor was opened without a note to show. ${HOW_TO_CLOSE}`;

export type EditorSend = (request: BackgroundMessage) => Promise<unknown>;

export interface EditorAppProps {
  /** The session token from the page's fragment ('' when there is none). */
  token: string;
  send: EditorSend;
  /** The clock (tests fix it). */
  now?: () => Date;
}

export function baseOf(note: ReaderAnnotation): EditBase {
  return { modified: note.modified, colour: note.colour, note: note.note, tags: [...note.tags] };
}

const draftOf = (note: ReaderAnnotation): NoteDraft => ({ colour: note.colour, note: note.note, tags: note.tags });

type State = EditorState;

/** The request that saves `draft` over `base`: a new note is stored as created now, an edit names the version it started from. */
export function saveRequest(session: EditorSession, draft: NoteDraft, base: ReaderAnnotation, now: Date): BackgroundMessage<'notes:save'> {
  const stamp = now.toISOString();
  const annotation: ReaderAnnotation = { ...base, colour: draft.colour, note: draft.note, tags: draft.tags, modified: stamp };
  if (session.mode === 'new') return { type: 'notes:save', annotation: { ...annotation, created: stamp } };
  return { type: 'notes:save', annotation, base: baseOf(base) };
}

/** What the editor says while it has no note to show. */
function EditorMessage({ state }: { state: Exclude<State, { kind: 'open' }> }): JSX.Element {
  if (state.kind === 'loading') return <p class="cc-message">Loading…</p>;
  return (
    <p class="cc-message" role="alert">
      {state.message}
    </p>
  );
}

export function EditorApp({ token, send, now = () => new Date() }: EditorAppProps): JSX.Element {
  const [state, setState] = useState<State>(token ? { kind: 'loading' } : { kind: 'unavailable', message: NO_SESSION });
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  /** The stored note another edit left, when a save was refused: shown beside the reader's fields. */
  const [theirs, setTheirs] = useState<ReaderAnnotation | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const report = (r: EditorReport) => send({ type: 'notes:editor-report', token, report: r }).catch(() => false);

  useEditorSession(token, send, setState, SESSION_GONE);
  useFrameKeys(rootRef, report, token);
  useFrameHeight(rootRef, report);

  const fail = (message: string) => {
    setBusy(false);
    setStatus(message);
  };

  /** Saves `draft` over `base` (an edit), or as the new note. */
  async function save(draft: NoteDraft, base: ReaderAnnotation): Promise<void> {
    if (state.kind !== 'open' || busy) return;
    const request = saveRequest(state.session, draft, base, now());
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
  if (state.kind === 'open') {
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
  } else body = <EditorMessage state={state} />;
  return <div ref={rootRef}>{body}</div>;
}
