/**
 * Two editors of one note (two tabs, a tab and the popup): a three-way merge of what the reader can
 * edit (colour, note, tags), from the version the editor started from (`EditBase`), the stored note
 * (what the other edit left) and the edit being saved. A field only one side changed takes that side;
 * a field both sides changed to different values is a conflict, and nothing is written: an edit is
 * never silently reverted.
 */
import type { EditBase } from './notes-wire';
import type { ReaderAnnotation } from './model';

export const EDITABLE_FIELDS = ['colour', 'note', 'tags'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const CONFLICT_MESSAGE =
  'This note was changed in another tab or window while you edited it. Your change was not saved: the note now shows the other version.';

export type EditMerge =
  /** `annotation` is what to store; `merged` says another edit's fields were kept in it. */
  | { ok: true; annotation: ReaderAnnotation; merged: boolean }
  | { ok: false; conflicting: EditableField[] };

function same(field: EditableField, a: Pick<ReaderAnnotation, EditableField>, b: Pick<ReaderAnnotation, EditableField>): boolean {
  if (field !== 'tags') return a[field] === b[field];
  return a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);
}

/**
 * `edited` merged over `stored` from `base`. Fields other than the editable ones (quote, position,
 * title…) come from `edited`, which the editor re-read from the page.
 */
export function mergeEdit(stored: ReaderAnnotation, edited: ReaderAnnotation, base: EditBase): EditMerge {
  const result: ReaderAnnotation = { ...edited, tags: [...edited.tags] };
  const conflicting: EditableField[] = [];
  let merged = false;
  for (const field of EDITABLE_FIELDS) {
    const mine = !same(field, edited, base);
    const theirs = !same(field, stored, base);
    if (mine && theirs && !same(field, edited, stored)) conflicting.push(field);
    else if (!mine && theirs) {
      if (field === 'tags') result.tags = [...stored.tags];
      else if (field === 'colour') result.colour = stored.colour;
      else result.note = stored.note;
      merged = true;
    }
  }
  if (conflicting.length > 0) return { ok: false, conflicting };
  return { ok: true, annotation: result, merged };
}
