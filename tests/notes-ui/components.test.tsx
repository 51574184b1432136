// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor, parseTags, type NoteDraft } from '../../components/NoteEditor';
import { NoteToolbar } from '../../components/NoteToolbar';
import { buttonNamed, click, mount, type Rendered } from '../ui/helpers';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function key(target: Element, init: KeyboardEventInit) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const labelled = (container: HTMLElement, name: string) => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === name)!;
  return container.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[id="${label.htmlFor}"]`)!;
};

describe('NoteToolbar', () => {
  it('is a toolbar with a Highlight button, the four colours and a Note button', () => {
    view = mount(<NoteToolbar colour="green" onColour={() => {}} onHighlight={() => {}} onNote={() => {}} accept={() => true} />);
    const bar = view.container.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute('aria-label')).toBe('Crosscheck highlight');
    const names = [...bar.querySelectorAll('button')].map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim());
    expect(names).toEqual(['Highlight', 'Yellow', 'Green', 'Blue', 'Pink', 'Note']);
    expect(buttonNamed(view.container, 'Green').getAttribute('aria-pressed')).toBe('true');
    expect(buttonNamed(view.container, 'Yellow').getAttribute('aria-pressed')).toBe('false');
    for (const b of bar.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
  });

  it('calls back for Highlight, a colour and Note', () => {
    const onHighlight = vi.fn();
    const onColour = vi.fn();
    const onNote = vi.fn();
    view = mount(<NoteToolbar colour="yellow" onColour={onColour} onHighlight={onHighlight} onNote={onNote} accept={() => true} />);
    click(buttonNamed(view.container, 'Highlight'));
    click(buttonNamed(view.container, 'Pink'));
    click(buttonNamed(view.container, 'Note'));
    expect(onHighlight).toHaveBeenCalledOnce();
    expect(onColour).toHaveBeenCalledWith('pink');
    expect(onNote).toHaveBeenCalledOnce();
  });

  it('ignores clicks and keys it is told are not the reader\'s (a page script\'s)', () => {
    const onHighlight = vi.fn();
    const onColour = vi.fn();
    const onNote = vi.fn();
    const seen: Event[] = [];
    view = mount(
      <NoteToolbar colour="yellow" onColour={onColour} onHighlight={onHighlight} onNote={onNote} accept={(e) => (seen.push(e), false)} />,
    );
    click(buttonNamed(view.container, 'Highlight'));
    click(buttonNamed(view.container, 'Pink'));
    click(buttonNamed(view.container, 'Note'));
    const highlight = buttonNamed(view.container, 'Highlight');
    highlight.focus();
    key(highlight, { key: 'ArrowRight' });
    expect(seen.map((e) => e.type)).toEqual(['click', 'click', 'click', 'keydown']);
    expect([onHighlight, onColour, onNote].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
    expect(document.activeElement).toBe(highlight);
  });

  it('moves focus between its buttons with the arrow keys', () => {
    view = mount(<NoteToolbar colour="yellow" onColour={() => {}} onHighlight={() => {}} onNote={() => {}} accept={() => true} />);
    const highlight = buttonNamed(view.container, 'Highlight');
    highlight.focus();
    key(highlight, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttonNamed(view.container, 'Yellow'));
    key(document.activeElement!, { key: 'ArrowLeft' });
    key(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttonNamed(view.container, 'Note'));
  });

  it('says when saving failed', () => {
    view = mount(<NoteToolbar colour="yellow" onColour={() => {}} onHighlight={() => {}} onNote={() => {}} accept={() => true} status="Could not save." />);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('Could not save.');
  });
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
