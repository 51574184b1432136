// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Selected } from '../../entrypoints/notes-ui/article-selection';
import { NotesPanel } from '../../entrypoints/notes-ui/notes-panel';

afterEach(() => {
  document.body.innerHTML = '';
});

function setUp() {
  document.body.innerHTML = '<p>A war monitor said <span id="note" tabindex="0">22 people</span> were killed.</p><button id="before">page</button><div id="host"></div>';
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  const float = document.createElement('div');
  const bar = document.createElement('div');
  const frameBox = document.createElement('div');
  float.append(bar, frameBox);
  shadow.append(float);
  const calls: string[] = [];
  const anchor = document.getElementById('note')!;
  const panel = new NotesPanel({
    doc: document,
    host,
    shadow,
    float,
    bar,
    frameBox,
    ensureMounted: () => calls.push('mounted'),
    toolbar: (selected) => h('button', { type: 'button' }, `Highlight ${selected.span.start}`),
    editor: { close: () => calls.push('editor closed') },
    notes: { pieces: (id) => (id === 'a' ? [anchor] : undefined), setActive: (id, on) => calls.push(`${id} ${on ? 'active' : 'inactive'}`) },
  });
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!.firstChild!);
  const selected = (start: number): Selected => ({ range, span: { start, end: start + 3 }, text: 'article' });
  return { panel, float, bar, frameBox, shadow, calls, anchor, selected };
}

describe('NotesPanel', () => {
  it('shows the toolbar for a selection, and keeps it for the same span with the newer range', () => {
    const { panel, float, bar, frameBox, selected, calls } = setUp();
    expect(float.hidden).toBe(false);
    panel.paint();
    expect(float.hidden).toBe(true);
    const first = selected(4);
    panel.showToolbar(first);
    expect(float.hidden).toBe(false);
    expect(bar.hidden).toBe(false);
    expect(frameBox.hidden).toBe(true);
    expect(bar.textContent).toBe('Highlight 4');
    expect(calls).toContain('mounted');
    const again = selected(4);
    panel.showToolbar(again);
    expect(panel.view).toEqual({ kind: 'toolbar', selected: again });
    panel.showToolbar(selected(9));
    expect(bar.textContent).toBe('Highlight 9');
  });

  it('shows a note’s editor in the frame box, marks the note, and closes back to it', () => {
    const { panel, bar, frameBox, float, anchor, calls } = setUp();
    panel.show({ kind: 'edit', id: 'a', anchor });
    expect(calls).toContain('a active');
    expect(bar.hidden).toBe(true);
    expect(frameBox.hidden).toBe(false);
    expect(bar.textContent).toBe('');
    panel.status = 'failed';
    panel.busy = true;
    panel.close(true);
    expect(panel.view).toBeNull();
    expect(float.hidden).toBe(true);
    expect(calls.slice(-2)).toEqual(['editor closed', 'a inactive']);
    expect(document.activeElement).toBe(anchor);
    expect(panel.status).toBeNull();
    expect(panel.busy).toBe(false);
  });

  it('hands focus back to where Tab came from when the toolbar closes, once', () => {
    const { panel, selected } = setUp();
    const before = document.getElementById('before')!;
    panel.showToolbar(selected(4));
    panel.returnFocus = before;
    panel.close(true);
    expect(document.activeElement).toBe(before);
    expect(panel.returnFocus).toBeNull();
    // Closed without asking for focus, and focus was not in the box: it stays where it is.
    const anchor = document.getElementById('note')!;
    anchor.focus();
    panel.showToolbar(selected(4));
    panel.returnFocus = before;
    panel.close();
    expect(document.activeElement).toBe(anchor);
  });
});
