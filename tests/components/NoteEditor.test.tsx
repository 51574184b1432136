// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor, parseTags, type NoteDraft } from '../../components/NoteEditor';
import { buttonNamed, click, mount, type Rendered } from '../support/ui';
import { key, labelled, type } from './note-events';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

describe('NoteEditor', () => {
  const initial: NoteDraft = { colour: 'yellow', note: '', tags: [] };

  it('is a dialog with the quote, colours, a note field and a tags field, the note focused', () => {
    view = mount(<NoteEditor mode="new" quote="22 people were killed" initial={initial} onSave={() => {}} onCancel={() => {}} />);
    const dialog = view.container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('New note');
    expect(dialog.textContent).toContain('“22 people were killed”');
    expect(labelled(view.container, 'Note').tagName).toBe('TEXTAREA');
    expect(labelled(view.container, 'Tags').tagName).toBe('INPUT');
    expect(document.activeElement).toBe(labelled(view.container, 'Note'));
    expect(() => buttonNamed(view!.container, 'Delete')).toThrow(); // only for saved highlights
  });

  it('saves the colour, note and tags', () => {
    const onSave = vi.fn();
    view = mount(<NoteEditor mode="new" quote="q" initial={initial} onSave={onSave} onCancel={() => {}} />);
    click(buttonNamed(view.container, 'Blue'));
    type(labelled(view.container, 'Note'), 'Check against SOHR.');
    type(labelled(view.container, 'Tags'), 'casualties, Syria ,, casualties');
    click(buttonNamed(view.container, 'Save'));
    expect(onSave).toHaveBeenCalledWith({ colour: 'blue', note: 'Check against SOHR.', tags: ['casualties', 'Syria'] });
  });

  it('saves with Ctrl+Enter and with ⌘+Enter, and cancels with Escape or Cancel', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    view = mount(<NoteEditor mode="new" quote="q" initial={initial} onSave={onSave} onCancel={onCancel} />);
    const note = labelled(view.container, 'Note');
    type(note, 'first');
    key(note, { key: 'Enter', ctrlKey: true });
    key(labelled(view.container, 'Tags'), { key: 'Enter', metaKey: true });
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave).toHaveBeenLastCalledWith({ colour: 'yellow', note: 'first', tags: [] });
    key(note, { key: 'Escape' });
    click(buttonNamed(view.container, 'Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('reports whether anything changed', () => {
    const onDirty = vi.fn();
    view = mount(<NoteEditor mode="edit" quote="q" initial={{ colour: 'pink', note: 'n', tags: ['a'] }} onSave={() => {}} onCancel={() => {}} onDirty={onDirty} />);
    expect(onDirty).toHaveBeenLastCalledWith(false);
    type(labelled(view.container, 'Note'), 'n2');
    expect(onDirty).toHaveBeenLastCalledWith(true);
    type(labelled(view.container, 'Note'), 'n');
    expect(onDirty).toHaveBeenLastCalledWith(false);
  });

  it('edits a saved highlight and deletes it only after asking', () => {
    const onDelete = vi.fn();
    const onSave = vi.fn();
    view = mount(
      <NoteEditor mode="edit" quote="q" initial={{ colour: 'green', note: 'old', tags: ['x', 'y'] }} onSave={onSave} onCancel={() => {}} onDelete={onDelete} />,
    );
    expect(view.container.querySelector('[role="dialog"]')!.getAttribute('aria-label')).toBe('Edit highlight');
    expect(labelled(view.container, 'Note').value).toBe('old');
    expect(labelled(view.container, 'Tags').value).toBe('x, y');
    expect(buttonNamed(view.container, 'Green').getAttribute('aria-pressed')).toBe('true');
    click(buttonNamed(view.container, 'Delete'));
    expect(onDelete).not.toHaveBeenCalled();
    expect(view.text()).toContain('Delete this highlight and its note?');
    expect(document.activeElement).toBe(buttonNamed(view.container, 'Keep'));
    click(buttonNamed(view.container, 'Keep'));
    expect(() => buttonNamed(view!.container, 'Keep')).toThrow();
    click(buttonNamed(view.container, 'Delete'));
    click(buttonNamed(view.container, 'Delete'));
    expect(onDelete).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('parseTags', () => {
  it('splits on commas, trims, drops blanks and repeats (ignoring case)', () => {
    expect(parseTags(' war,  Syria ,,war, SYRIA , two  words ')).toEqual(['war', 'Syria', 'two words']);
    expect(parseTags('')).toEqual([]);
  });
});
