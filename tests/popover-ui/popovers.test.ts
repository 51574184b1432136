// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachPopovers } from '../../entrypoints/popover-ui/popovers';
import type { PopoverController } from '../../utils/page-bridge';
import { PageContext } from '../../utils/page-context';
import { findings, markFor } from '../components/article';

const killed = markFor('22');

let ctx: PageContext;
let popovers: PopoverController;
let pieces: HTMLElement[];
let link: HTMLAnchorElement;

// Whose input the events are. happy-dom has no `isTrusted` at all; in a browser it is an unforgeable own
// property, true only for what the user agent dispatched (the reader's input, focus moves), false for what
// a page script made. Here, every event reads this flag, and an event may carry its own.
let readerInput = true;
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: true, get: () => readerInput });
/** An event as a page script makes it: never trusted, whatever the flag. */
const forged = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: false });

const host = () => document.querySelector<HTMLElement>('[data-crosscheck-ui="popover"]')!;
const dialog = () => host().shadowRoot!.querySelector<HTMLElement>('[role="dialog"]');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(async () => {
  readerInput = true;
  // A test build, whose shadow roots are open so tests can read them (utils/test-hooks.ts).
  vi.stubGlobal('__CROSSCHECK_TEST_HOOKS__', true);
  // A highlight split over inline markup, inside a link, and something focusable after it.
  document.body.innerHTML = `<article><p>A monitor said <a href="#story"><crosscheck-mark data-crosscheck-kind="figure" data-crosscheck-status="differs" data-crosscheck-id="${killed.id}" tabindex="0">2</crosscheck-mark><b><crosscheck-mark data-crosscheck-kind="figure" data-crosscheck-status="differs" data-crosscheck-id="${killed.id}" tabindex="0">2</crosscheck-mark></b></a> people were killed. <a id="after" href="#after">More</a></p></article>`;
  pieces = [...document.querySelectorAll<HTMLElement>('crosscheck-mark')];
  // happy-dom does no layout: give the viewport a size and the highlight a place on screen.
  Object.defineProperty(document.documentElement, 'clientWidth', { value: 1024, configurable: true });
  Object.defineProperty(document.documentElement, 'clientHeight', { value: 768, configurable: true });
  pieces.forEach((piece, i) => {
    const rect = DOMRect.fromRect({ x: 100 + 8 * i, y: 100, width: 8, height: 18 });
    piece.getClientRects = () => [rect] as unknown as DOMRectList;
    piece.getBoundingClientRect = () => rect;
  });
  link = document.querySelector('a')!;
  const after = document.getElementById('after')!;
  after.getClientRects = () => [DOMRect.fromRect({ x: 200, y: 100, width: 30, height: 18 })] as unknown as DOMRectList;
  ctx = new PageContext('popover-ui');
  popovers = await attachPopovers(ctx, { getMark: (id) => findings.marks.find((m) => m.id === id) });
});
afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('attachPopovers', () => {
  it('mounts one host at the end of the body, outside the article, under a name the page cannot know', () => {
    expect(document.querySelectorAll('[data-crosscheck-ui]')).toHaveLength(1);
    expect(host().localName).toMatch(/^crosscheck-ui-[a-z0-9]{8,}$/);
    expect(host().parentElement).toBe(document.body);
    expect(host().closest('article')).toBeNull();
    expect(host().shadowRoot).not.toBeNull();
    expect(dialog()).toBeNull();
  });

  const key = (target: EventTarget, k: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
  };
  const hint = () => host().shadowRoot!.querySelector<HTMLElement>('.cc-hint')!;

  it('on keyboard focus shows only a small hint; Enter opens it with focus inside, every piece expanded', () => {
    key(document, 'Tab');
    pieces[0]!.focus();
    expect(dialog()).toBeNull();
    expect(hint().hidden).toBe(false);
    expect(hint().textContent).toMatch(/Enter/);
    expect(key(pieces[0]!, 'Enter').defaultPrevented).toBe(true);
    expect(dialog()?.getAttribute('aria-label')).toContain('people killed in the strike');
    expect(host().shadowRoot!.activeElement).toBe(dialog());
    expect(hint().hidden).toBe(true);
    for (const piece of pieces) {
      expect(piece.getAttribute('aria-expanded')).toBe('true');
      expect(piece.getAttribute('aria-controls')).toBe(host().id);
      expect(piece.style.getPropertyPriority('outline')).toBe('important');
    }
  });

  it('closes on Escape from inside, puts focus back on the highlight, and Enter opens it again', () => {
    pieces[0]!.focus();
    key(pieces[0]!, 'Enter');
    key(dialog()!, 'Escape');
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(pieces[0]);
    expect(pieces[0]!.hasAttribute('aria-expanded')).toBe(false);
    key(pieces[0]!, 'Enter');
    expect(dialog()).not.toBeNull();
  });

  it('opens on Space too, without letting it scroll the page', () => {
    pieces[0]!.focus();
    expect(key(pieces[0]!, ' ').defaultPrevented).toBe(true);
    expect(dialog()).not.toBeNull();
  });

  it('moves Tab from the popover’s last button on to what follows the highlight, and Shift+Tab from its start back to the highlight', () => {
    pieces[0]!.focus();
    key(pieces[0]!, 'Enter');
    const buttons = [...host().shadowRoot!.querySelectorAll<HTMLElement>('button')];
    buttons[buttons.length - 1]!.focus();
    expect(key(buttons[buttons.length - 1]!, 'Tab').defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('after');
    expect(dialog()).toBeNull();

    pieces[0]!.focus();
    key(pieces[0]!, 'Enter');
    expect(key(dialog()!, 'Tab', { shiftKey: true }).defaultPrevented).toBe(true);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(pieces[0]);
  });

  it('places the popover beside the highlight, not over it, and closes when it scrolls out of view', async () => {
    popovers.open(killed.id, pieces[0]);
    await wait(20);
    const float = host().shadowRoot!.querySelector<HTMLElement>('.cc-float')!;
    expect(float.hidden).toBe(false);
    // The highlight spans y 100–118; the popover starts below it.
    expect(float.style.top).toBe('124px');
    expect(float.style.left).toBe('100px');
    for (const piece of pieces) {
      const rect = DOMRect.fromRect({ x: 100, y: -200, width: 8, height: 18 });
      piece.getClientRects = () => [rect] as unknown as DOMRectList;
    }
    window.dispatchEvent(new Event('scroll'));
    await wait(20);
    expect(dialog()).toBeNull();
  });

  it('opens on click without stopping the link', () => {
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    pieces[1]!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(dialog()).not.toBeNull();
    expect(link.contains(pieces[1]!)).toBe(true);
    // A click elsewhere closes it.
    document.querySelector('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(dialog()).toBeNull();
  });

  it('opens when the pointer rests on a highlight, and closes when the pointer leaves', async () => {
    pieces[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 104, clientY: 108 }));
    await wait(200);
    expect(dialog()).toBeNull();
    await wait(250);
    expect(dialog()).not.toBeNull();
    // Over the popover: stays open.
    document.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    dialog()!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    await wait(400);
    expect(dialog()).not.toBeNull();
    document.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await wait(400);
    expect(dialog()).toBeNull();
  });

  it('does not open for a pointer that only crosses a highlight on its way elsewhere', async () => {
    pieces[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 100, clientY: 108 }));
    // Still moving across it: each move restarts the wait.
    for (let x = 100; x < 116; x += 8) {
      await wait(150);
      pieces[0]!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x + 8, clientY: 108 }));
    }
    await wait(150);
    expect(dialog()).toBeNull();
    // And on past it before resting.
    document.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await wait(500);
    expect(dialog()).toBeNull();
  });

  it('counts the dwell from the hover the content script saw, so a first popover opens no later than any other', async () => {
    // The pointer has rested since before the UI arrived, for longer than a dwell: it opens at once.
    popovers.dwellOn!(pieces[0]!, { x: 104, y: 108, since: performance.now() - 1000 });
    await wait(20);
    expect(dialog()).not.toBeNull();
    popovers.close();
    // Resting only just now: it waits out the dwell as for any hover.
    document.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    popovers.dwellOn!(pieces[0]!, { x: 104, y: 108, since: performance.now() });
    await wait(200);
    expect(dialog()).toBeNull();
    await wait(250);
    expect(dialog()).not.toBeNull();
  });

  it('opens and closes through the controller', () => {
    popovers.open(killed.id);
    expect(dialog()).not.toBeNull();
    popovers.close();
    expect(dialog()).toBeNull();
    popovers.open('no-such-id');
    expect(dialog()).toBeNull();
  });

  it('removes the popover when the script is invalidated', () => {
    popovers.open(killed.id);
    ctx.abort();
    expect(document.querySelector('[data-crosscheck-ui]')).toBeNull();
    expect(pieces[0]!.hasAttribute('aria-expanded')).toBe(false);
  });

  it('gives the highlights an aria-controls that names the host, and each page its own name', async () => {
    pieces[0]!.focus();
    key(pieces[0]!, 'Enter');
    expect(document.getElementById(pieces[0]!.getAttribute('aria-controls')!)).toBe(host());
    const first = host().localName;
    ctx.abort();
    ctx = new PageContext('popover-ui');
    await attachPopovers(ctx, { getMark: (id) => findings.marks.find((m) => m.id === id) });
    expect(host().localName).not.toBe(first);
  });
});

describe('a page script', () => {
  it('cannot open it with synthetic focus, click, hover or Enter', async () => {
    readerInput = false;
    pieces[0]!.focus();
    pieces[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    pieces[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    pieces[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await wait(200);
    expect(dialog()).toBeNull();
    expect(pieces[0]!.hasAttribute('aria-expanded')).toBe(false);
  });

  it('cannot close it or move focus out of it with synthetic keys, clicks or hovers', async () => {
    pieces[0]!.focus();
    popovers.open(killed.id, pieces[0]);
    expect(dialog()).not.toBeNull();
    document.dispatchEvent(forged(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    document.querySelector('p')!.dispatchEvent(forged(new MouseEvent('click', { bubbles: true })));
    document.querySelector('p')!.dispatchEvent(forged(new MouseEvent('mouseover', { bubbles: true })));
    const tab = forged(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    pieces[0]!.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    await wait(400);
    expect(dialog()).not.toBeNull();
    expect(document.activeElement).toBe(pieces[0]);
    // The reader's own Escape still closes it.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
  });

  it('cannot stop it by defining the element names Crosscheck used to use', async () => {
    ctx.abort();
    const constructed: string[] = [];
    for (const name of ['crosscheck-popover', 'crosscheck-ui']) {
      customElements.define(
        name,
        class extends HTMLElement {
          constructor() {
            super();
            constructed.push(name);
            this.attachShadow({ mode: 'open' });
          }
        },
      );
    }
    ctx = new PageContext('popover-ui');
    popovers = await attachPopovers(ctx, { getMark: (id) => findings.marks.find((m) => m.id === id) });
    popovers.open(killed.id);
    expect(dialog()?.getAttribute('aria-label')).toContain('people killed in the strike');
    expect(constructed).toEqual([]);
  });
});

describe('in a shipped build', () => {
  it('renders in a closed shadow root that nothing on the host leads to', async () => {
    ctx.abort();
    vi.unstubAllGlobals();
    ctx = new PageContext('popover-ui');
    popovers = await attachPopovers(ctx, { getMark: (id) => findings.marks.find((m) => m.id === id) });
    popovers.open(killed.id);
    expect(host()).not.toBeNull();
    expect(host().shadowRoot).toBeNull();
    expect(Object.keys(host())).toEqual([]);
    expect(document.body.textContent).not.toContain('people killed in the strike');
    // It is open all the same: its highlight says so.
    expect(pieces[0]!.getAttribute('aria-expanded')).toBe('true');
  });
});
