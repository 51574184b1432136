/**
 * The editor for one of the reader's highlights: its colour, a note and tags. For a new highlight it
 * saves or cancels; for a saved one it can also delete it, after asking. Ctrl+Enter (⌘+Enter) saves
 * from anywhere in it; Escape cancels.
 */
import type { JSX, RefObject, TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { HighlightColour } from '../lib/annotations/model';
import { NoteColours } from './NoteColours';

export interface NoteDraft {
  colour: HighlightColour;
  note: string;
  tags: string[];
}

export interface NoteEditorProps {
  /** A new highlight (from a selection) or a saved one. */
  mode: 'new' | 'edit';
  /** The highlighted text. */
  quote: string;
  initial: NoteDraft;
  onSave(draft: NoteDraft): void;
  onCancel(): void;
  /** Saved highlights only: delete it (the editor has asked the reader first). */
  onDelete?(): void;
  /** Whether the reader has changed anything since the editor opened. */
  onDirty?(dirty: boolean): void;
  /** A problem to tell the reader (saving failed). */
  status?: string | null;
  busy?: boolean;
  /** The save was refused: the stored note was changed elsewhere (another tab, the popup) since it opened. */
  conflict?: NoteConflict | null;
}

/** Both versions side by side: the reader chooses, nothing is reverted silently. */
export interface NoteConflict {
  /** The stored note as the other edit left it. */
  theirs: NoteDraft;
  /** Save the reader's version over it: the fields as they are now (shown as "Yours"). */
  onKeepMine(mine: NoteDraft): void;
  /** Drop the reader's changes and keep the stored note. */
  onKeepTheirs(): void;
}

/** "war, Syria,, casualties " → ["war", "Syria", "casualties"]: commas separate, blanks and repeats go. */
export function parseTags(input: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.split(',')) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** At most `max` characters of the quote on one line, cut at a word. */
export function shortQuote(quote: string, max = 140): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function saveKeys(): string {
  const platform = typeof navigator === 'undefined' ? '' : navigator.platform || navigator.userAgent;
  return /Mac|iPhone|iPad/.test(platform) ? '⌘+Enter' : 'Ctrl+Enter';
}

function DraftSummary({ title, draft }: { title: string; draft: NoteDraft }): JSX.Element {
  return (
    <div class="cc-version">
      <p class="cc-label">
        <span class={`cc-dot cc-swatch-${draft.colour}`} aria-hidden="true" /> {title}
      </p>
      <p class="cc-version-note">{draft.note.trim() ? draft.note : '(no note)'}</p>
      {draft.tags.length > 0 && <p class="cc-version-tags">{draft.tags.map((t) => `#${t}`).join(' ')}</p>}
    </div>
  );
}

/** The note and the tags, as typed (tags are parsed on save). */
function NoteFields(props: { id: string; noteRef: RefObject<HTMLTextAreaElement | null>; note: string; tags: string; onNote(v: string): void; onTags(v: string): void }): JSX.Element {
  const { id, noteRef, note, tags, onNote, onTags } = props;
  return (
    <>
      <label class="cc-label" for={`${id}-note`}>
        Note
      </label>
      <textarea
        id={`${id}-note`}
        ref={noteRef}
        class="cc-field cc-note"
        rows={3}
        value={note}
        onInput={(event) => onNote(event.currentTarget.value)}
      />
      <label class="cc-label" for={`${id}-tags`}>
        Tags
      </label>
      <input
        id={`${id}-tags`}
        class="cc-field"
        type="text"
        value={tags}
        placeholder="separated, by, commas"
        onInput={(event) => onTags(event.currentTarget.value)}
      />
    </>
  );
}

/** Both versions side by side, and the reader's choice between them. */
function ConflictChoice(props: { theirs: NoteDraft; yours: NoteDraft; busy?: boolean; onKeepTheirs(): void; onKeepMine(): void }): JSX.Element {
  const { theirs, yours, busy, onKeepTheirs, onKeepMine } = props;
  return (
    <div class="cc-conflict" role="group" aria-label="Changed elsewhere">
      <p class="cc-status" role="alert">
        This note was changed elsewhere while you edited it. Which version do you keep?
      </p>
      <DraftSummary title="Saved elsewhere" draft={theirs} />
      <DraftSummary title="Yours" draft={yours} />
      <div class="cc-actions">
        <button type="button" class="cc-button" disabled={busy} onClick={onKeepTheirs}>
          Keep theirs
        </button>
        <button type="button" class="cc-button cc-primary" disabled={busy} onClick={onKeepMine}>
          Keep mine
        </button>
      </div>
    </div>
  );
}

/** The delete, asked first: Keep (focused) or Delete. */
function DeleteConfirm(props: { hasNote: boolean; keepRef: RefObject<HTMLButtonElement | null>; busy?: boolean; onKeep(): void; onDelete(): void }): JSX.Element {
  const { hasNote, keepRef, busy, onKeep, onDelete } = props;
  return (
    <div class="cc-actions cc-confirm" role="group" aria-label="Delete this highlight?">
      <span class="cc-confirm-text">{`Delete this highlight${hasNote ? ' and its note' : ''}?`}</span>
      <button type="button" class="cc-button" ref={keepRef} onClick={onKeep}>
        Keep
      </button>
      <button type="button" class="cc-button cc-danger" disabled={busy} onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}

/** Delete (saved highlights only), Cancel and Save (the form's submit). */
function EditorButtons({ canDelete, busy, onAskDelete, onCancel }: { canDelete: boolean; busy?: boolean; onAskDelete(): void; onCancel(): void }): JSX.Element {
  return (
    <div class="cc-actions">
      {canDelete && (
        <button type="button" class="cc-button cc-danger-quiet" onClick={onAskDelete}>
          Delete
        </button>
      )}
      <span class="cc-spacer" />
      <button type="button" class="cc-button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" class="cc-button cc-primary" disabled={busy}>
        Save
      </button>
    </div>
  );
}

export function NoteEditor({ mode, quote, initial, onSave, onCancel, onDelete, onDirty, status, busy, conflict }: NoteEditorProps): JSX.Element {
  const id = useId();
  const [colour, setColour] = useState(initial.colour);
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [confirming, setConfirming] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);

  const dirty = colour !== initial.colour || note !== initial.note || parseTags(tags).join('\n') !== initial.tags.join('\n');
  useEffect(() => onDirty?.(dirty), [dirty]);
  useEffect(() => noteRef.current?.focus(), []);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const draft = (): NoteDraft => ({ colour, note: note.trim() ? note : '', tags: parseTags(tags) });
  const save = () => {
    if (!busy) onSave(draft());
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (confirming) setConfirming(false);
      else onCancel();
    }
  };
  const label = mode === 'new' ? 'New note' : 'Edit highlight';

  return (
    <div class="cc-editor" role="dialog" aria-modal="false" aria-label={label} onKeyDown={onKeyDown}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <p class="cc-quote">“{shortQuote(quote)}”</p>
        <NoteColours colour={colour} onChange={setColour} />
        <NoteFields id={id} noteRef={noteRef} note={note} tags={tags} onNote={setNote} onTags={setTags} />
        {status && (
          <p class="cc-status" role="alert">
            {status}
          </p>
        )}
        {conflict && (
          <ConflictChoice
            theirs={conflict.theirs}
            yours={{ colour, note, tags: parseTags(tags) }}
            busy={busy}
            onKeepTheirs={conflict.onKeepTheirs}
            onKeepMine={() => conflict.onKeepMine(draft())}
          />
        )}
        {conflict ? null : confirming ? (
          <DeleteConfirm hasNote={!!initial.note} keepRef={keepRef} busy={busy} onKeep={() => setConfirming(false)} onDelete={() => onDelete?.()} />
        ) : (
          <EditorButtons canDelete={mode === 'edit' && !!onDelete} busy={busy} onAskDelete={() => setConfirming(true)} onCancel={onCancel} />
        )}
        <p class="cc-hint">{saveKeys()} saves · Esc closes</p>
      </form>
    </div>
  );
}
