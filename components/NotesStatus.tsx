/** The line under a notes tool that says what it last did or what went wrong, announced politely. */
import type { JSX } from 'preact';

/** What to say; `error` shows it as an error. Null says nothing (the line stays, empty, for the next word). */
export type NotesStatusMessage = { text: string; error?: boolean } | null;

export function NotesStatus({ status }: { status: NotesStatusMessage }): JSX.Element {
  return (
    <p class={status?.error ? 'notes-status notes-error' : 'notes-status'} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );
}
