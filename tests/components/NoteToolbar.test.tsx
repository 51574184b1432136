// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteToolbar } from '../../components/NoteToolbar';
import { buttonNamed, click, mount, type Rendered } from '../support/ui';
import { key } from './note-events';

let view: Rendered | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

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
