// @vitest-environment happy-dom
/**
 * The content script's lazy loaders act on the reader's own input only, and ask the background a
 * bounded number of questions however the page behaves.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lazyNotes } from '../../entrypoints/content/notes-loader';
import { lazyPopovers } from '../../entrypoints/content/popover-loader';
import { getBridge, NOTES_UI_KEY, setBridge, type PageBridge } from '../../utils/page-bridge';
import { PageContext } from '../../utils/page-context';

const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** An event as the browser makes it for the reader's input (happy-dom has no isTrusted: every event is the page's). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let ctx: PageContext;
let sent: Array<{ type: string; href?: string }>;
let hasNotes: boolean;

beforeEach(() => {
  document.body.innerHTML =
    '<article><p>A war monitor said <crosscheck-mark data-crosscheck-kind="figure" data-crosscheck-id="m1" tabindex="0">22</crosscheck-mark> people were killed.</p></article>';
  sent = [];
  hasNotes = false;
  fakeBrowser.runtime.sendMessage = (async (message: { type: string }) => {
    sent.push(message);
    return message.type === 'notes:has' ? hasNotes : true;
  }) as never;
  ctx = new PageContext('content-test');
});
afterEach(() => {
  ctx.abort();
  document.getSelection()?.removeAllRanges();
  delete (globalThis as Record<string, unknown>)[NOTES_UI_KEY];
  fakeBrowser.reset();
});

const mark = () => document.querySelector<HTMLElement>('crosscheck-mark')!;
const selectWords = () => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  document.getSelection()!.addRange(range);
};

describe('the popover loader', () => {
  it('ignores a page’s synthetic hover, focus and click on a highlight', async () => {
    lazyPopovers(ctx, () => undefined);
    mark().dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark().dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    mark().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    mark().click();
    await wait();
    expect(sent).toEqual([]);
  });

  it('asks for the popover UI once when the reader hovers a highlight', async () => {
    lazyPopovers(ctx, () => undefined);
    mark().dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
    mark().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    await wait();
    expect(sent).toEqual([{ type: 'load-popover-ui' }]);
  });

  it('opens the hovered highlight once the UI is there, also when the intro card was loading it', async () => {
    // The first article in a profile asks for the intro card as its pass ends; a reader who rests the
    // pointer on a highlight before the UI arrives gets the card and the popover, not the card alone.
    for (const withIntro of [false, true]) {
      const controller = lazyPopovers(ctx, () => undefined);
      if (withIntro) controller.intro!();
      const el = mark();
      const underPointer = { value: true };
      el.matches = ((selector: string) => (selector === ':hover' ? underPointer.value : Element.prototype.matches.call(el, selector))) as never;
      el.dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
      const calls: string[] = [];
      getBridge()!.ready({
        open: (id) => calls.push(`open ${id}`),
        close: () => calls.push('close'),
        intro: () => calls.push('intro'),
        dwellOn: (on, rest) => calls.push(`dwell ${on.getAttribute('data-crosscheck-id')} ${rest ? 'from the hover' : ''}`),
      });
      expect(calls).toEqual(withIntro ? ['dwell m1 from the hover', 'intro'] : ['dwell m1 from the hover']);
      ctx.abort();
      ctx = new PageContext('content-test');
    }
  });

  it('tells the UI where and since when the pointer has rested, a drift past the slop starting the rest again', () => {
    lazyPopovers(ctx, () => undefined);
    const el = mark();
    el.matches = ((selector: string) => (selector === ':hover' ? true : Element.prototype.matches.call(el, selector))) as never;
    const move = (type: string, x: number) => el.dispatchEvent(trusted(new MouseEvent(type, { bubbles: true, clientX: x, clientY: 50 })));
    move('mouseover', 100);
    const hoveredAt = performance.now();
    move('mousemove', 104); // within the slop: still the same rest
    let seen: { x: number; since: number } | undefined;
    const controller = { open: () => {}, close: () => {}, dwellOn: (_: HTMLElement, rest?: { x: number; since: number }) => (seen = rest) };
    getBridge()!.ready(controller);
    expect(seen!.x).toBe(100);
    expect(seen!.since).toBeLessThanOrEqual(hoveredAt);

    ctx.abort();
    ctx = new PageContext('content-test');
    lazyPopovers(ctx, () => undefined);
    move('mouseover', 100);
    move('mousemove', 130); // drifted off: resting from here
    // A page's synthetic move counts for nothing.
    el.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 300, clientY: 50 }));
    getBridge()!.ready(controller);
    expect(seen!.x).toBe(130);
  });

  it('does not open a highlight the pointer left before the UI arrived', async () => {
    const controller = lazyPopovers(ctx, () => undefined);
    controller.intro!();
    const el = mark();
    el.matches = ((selector: string) => (selector === ':hover' ? false : Element.prototype.matches.call(el, selector))) as never;
    el.dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
    const calls: string[] = [];
    getBridge()!.ready({ open: () => calls.push('open'), close: () => {}, intro: () => calls.push('intro'), dwellOn: () => calls.push('dwell') });
    expect(calls).toEqual(['intro']);
  });

  it('stops listening when its context ends', async () => {
    lazyPopovers(ctx, () => undefined);
    ctx.abort();
    mark().dispatchEvent(trusted(new MouseEvent('mouseover', { bubbles: true })));
    await wait();
    expect(sent).toEqual([]);
  });
});

describe('the notes loader', () => {
  it('ignores a selection a page script made and announced with synthetic mouseup and keyup', async () => {
    lazyNotes(ctx, () => null, () => true);
    selectWords();
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    await wait();
    expect(sent).toEqual([]);
  });

  it('asks for the notes UI when the reader finishes a selection', async () => {
    lazyNotes(ctx, () => null, () => true);
    selectWords();
    document.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
    document.dispatchEvent(trusted(new KeyboardEvent('keyup', { bubbles: true })));
    await wait();
    expect(sent).toEqual([{ type: 'notes:load-ui' }]);
  });

  it('asks whether the page has notes once per address, and at most 50 addresses', async () => {
    const loader = lazyNotes(ctx, () => null, () => true);
    loader.check();
    loader.check();
    await wait();
    expect(sent.map((m) => m.type)).toEqual(['notes:has']);
    const start = location.href;
    for (let i = 0; i < 200; i++) {
      history.replaceState(null, '', `?page=${i}`);
      loader.check();
    }
    history.replaceState(null, '', start);
    await wait();
    expect(sent.filter((m) => m.type === 'notes:has')).toHaveLength(50);
    expect(new Set(sent.map((m) => m.href)).size).toBe(50);
  });

  it('loads the notes UI when the page has notes', async () => {
    hasNotes = true;
    lazyNotes(ctx, () => null, () => true).check();
    await wait();
    expect(sent.map((m) => m.type)).toEqual(['notes:has', 'notes:load-ui']);
  });

  it('shows the toolbar for a selection the reader made while the notes UI was loading for saved notes', async () => {
    const bridge: PageBridge = { getMark: () => undefined, ready: () => {} };
    setBridge(bridge);
    hasNotes = true;
    lazyNotes(ctx, () => null, () => true).check();
    await wait();
    expect(sent.map((m) => m.type)).toEqual(['notes:has', 'notes:load-ui']);
    expect(bridge.notesForSelection).toBe(false);
    // A page script's selection counts for nothing; the reader's own does, without a second request.
    selectWords();
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(bridge.notesForSelection).toBe(false);
    document.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
    await wait();
    expect(bridge.notesForSelection).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(['notes:has', 'notes:load-ui']);
  });

  it("tells the notes UI, through the isolated world's bridge, when the reader's own selection loaded it", async () => {
    // Each test's bridge is its own: lazyPopovers sets a new one wherever it runs.
    const bridge: PageBridge = { getMark: () => undefined, ready: () => {} };
    setBridge(bridge);
    lazyNotes(ctx, () => null, () => true);
    selectWords();
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await wait();
    expect(bridge.notesForSelection).toBeUndefined();
    document.dispatchEvent(trusted(new MouseEvent('mouseup', { bubbles: true })));
    await wait();
    expect(sent).toEqual([{ type: 'notes:load-ui' }]);
    expect(bridge.notesForSelection).toBe(true);

    // Loaded because the page has saved notes: no selection to show a toolbar for.
    ctx.abort();
    ctx = new PageContext('content-test');
    hasNotes = true;
    lazyNotes(ctx, () => null, () => true).check();
    await wait();
    expect(sent.map((m) => m.type)).toEqual(['notes:load-ui', 'notes:has', 'notes:load-ui']);
    expect(bridge.notesForSelection).toBe(false);
  });
});

describe('the popover loader and focus', () => {
  it('ignores focus a page script gave a highlight (trusted, but no key pressed), and loads on focus after Tab', async () => {
    lazyPopovers(ctx, () => undefined);
    mark().dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    await wait();
    expect(sent).toEqual([]);
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { bubbles: true, key: 'Tab' })));
    mark().dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true })));
    await wait();
    expect(sent).toEqual([{ type: 'load-popover-ui' }]);
  });
});
