// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { View } from '../../entrypoints/notes-ui/notes-panel';
import { watchReaderKeys } from '../../entrypoints/notes-ui/reader-keys';
import { PageContext } from '../../utils/page-context';

let ctx: PageContext;
let calls: string[];
let trusted: boolean;
let enabled: boolean;
let view: View | null;
let editorFocus: boolean;
let shadow: ShadowRoot;

beforeEach(() => {
  document.body.innerHTML =
    '<p>A war monitor said <crosscheck-mark data-crosscheck-kind="note" data-crosscheck-id="note-a" tabindex="0">22 people</crosscheck-mark> were killed.</p>' +
    '<button id="page">page</button><div id="host"></div>';
  const host = document.getElementById('host')!;
  shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<button>Highlight</button><button>Note</button>';
  calls = [];
  trusted = true;
  enabled = true;
  view = null;
  editorFocus = false;
  ctx = new PageContext('reader-keys-test');
  watchReaderKeys(ctx, document, {
    input: { isTrusted: () => trusted, hasActivation: () => trusted },
    enabled: () => enabled,
    isInUi: (event) => event.composedPath().includes(host),
    view: () => view,
    shadow,
    editorHasFocus: () => editorFocus,
    openEditor: (id, at) => (calls.push(`open ${id} ${at.textContent}`), true),
    close: (restore) => calls.push(`close ${restore}`),
    setReturnFocus: (el) => calls.push(`return to ${el?.id ?? el?.tagName}`),
  });
});
afterEach(() => {
  ctx.abort();
  document.body.innerHTML = '';
});

const note = () => document.querySelector<HTMLElement>('crosscheck-mark')!;
const key = (target: EventTarget, k: string, extra: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true, ...extra });
  target.dispatchEvent(event);
  return event;
};
const toolbar = (): View => ({ kind: 'toolbar', selected: { range: document.createRange(), span: { start: 0, end: 1 }, text: '' } });

describe('the reader’s clicks and keys', () => {
  it('a click or Enter on a note opens its editor; a script’s, or with the notes off, does nothing', () => {
    note().click();
    expect(calls).toEqual(['open a 22 people']);
    expect(key(note(), 'Enter').defaultPrevented).toBe(true);
    expect(calls).toHaveLength(2);
    key(note(), 'Enter', { ctrlKey: true });
    trusted = false;
    note().click();
    trusted = true;
    enabled = false;
    note().click();
    expect(calls).toHaveLength(2);
  });

  it('Escape closes the box (focus back unless it was the toolbar seen from the page), but not while the editor has focus', () => {
    key(document.body, 'Escape');
    expect(calls).toEqual([]);
    view = toolbar();
    key(document.body, 'Escape');
    view = { kind: 'edit', id: 'a', anchor: note() };
    key(document.body, 'Escape');
    editorFocus = true;
    key(document.body, 'Escape');
    expect(calls).toEqual(['close false', 'close true']);
  });

  it('Tab from the page goes into the toolbar; Tab past its last button goes back out', () => {
    const page = document.getElementById('page')!;
    page.focus();
    expect(key(page, 'Tab').defaultPrevented).toBe(false);
    view = toolbar();
    expect(key(page, 'Tab', { shiftKey: true }).defaultPrevented).toBe(false);
    expect(key(page, 'Tab').defaultPrevented).toBe(true);
    expect(calls).toEqual(['return to page']);
    const [first, last] = [...shadow.querySelectorAll('button')];
    expect(shadow.activeElement).toBe(first);
    expect(key(first!, 'Tab').defaultPrevented).toBe(false);
    last!.focus();
    expect(key(last!, 'Tab').defaultPrevented).toBe(true);
    expect(calls).toEqual(['return to page', 'close true']);
  });
});
