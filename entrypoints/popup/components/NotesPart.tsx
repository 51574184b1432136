/** One of the popup's notes tools (export, import): a titled section that ends with its status line. */
import type { ComponentChildren, JSX } from 'preact';
import { NotesStatus, type NotesStatusMessage } from '../../../components/NotesStatus';

export interface NotesPartProps {
  /** The section heading's id. */
  titleId: string;
  title: string;
  status: NotesStatusMessage;
  children: ComponentChildren;
}

export function NotesPart({ titleId, title, status, children }: NotesPartProps): JSX.Element {
  return (
    <section class="notes-part" aria-labelledby={titleId}>
      <h3 id={titleId} class="notes-subtitle">
        {title}
      </h3>
      {children}
      <NotesStatus status={status} />
    </section>
  );
}
