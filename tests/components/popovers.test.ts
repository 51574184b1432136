// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { attachPopovers, type PopoverController } from '../../entrypoints/content/popovers';
import { findings, markFor } from './article';

const killed = markFor('22');

let ctx: ContentScriptContext;
let popovers: PopoverController;
let pieces: HTMLElement[];
let link: HTMLAnchorElement;

const host = () => document.querySelector<HTMLElement>('crosscheck-popover')!;
const dialog = () => host().shadowRoot!.querySelector<HTMLElement>('[role="dialog"]');
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(async () => {
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
  ctx = new ContentScriptContext('content');
  popovers = await attachPopovers(ctx, { getMark: (id) => findings.marks.find((m) => m.id === id) });
});
afterEach(() => {
  ctx.abort();
  document.body.innerHTML = '';
});

describe('attachPopovers', () => {
  it('mounts one open shadow root at the end of the body, outside the article', () => {
    expect(document.querySelectorAll('crosscheck-popover')).toHaveLength(1);
    expect(host().parentElement).toBe(document.body);
    expect(host().closest('article')).toBeNull();
    expect(host().shadowRoot).not.toBeNull();
    expect(dialog()).toBeNull();
  });

  it('opens on focus, marks every piece expanded, and closes on Escape', () => {
    pieces[0]!.focus();
    expect(dialog()?.getAttribute('aria-label')).toContain('people killed in the strike');
    for (const piece of pieces) {
      expect(piece.getAttribute('aria-expanded')).toBe('true');
      expect(piece.getAttribute('aria-controls')).toBe('crosscheck-popover');
      expect(piece.style.getPropertyPriority('outline')).toBe('important');
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog()).toBeNull();
    expect(pieces[0]!.hasAttribute('aria-expanded')).toBe(false);
    expect(pieces[0]!.style.getPropertyValue('outline')).toBe('');
  });

  it('moves Tab from the highlight to the close button, and Escape from there back to the highlight', () => {
    pieces[0]!.focus();
    pieces[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    const close = host().shadowRoot!.querySelector<HTMLElement>('button')!;
    expect(host().shadowRoot!.activeElement).toBe(close);
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(pieces[0]);
  });

  it('moves Tab from the close button on to what follows the highlight', () => {
    pieces[0]!.focus();
    pieces[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    const close = host().shadowRoot!.querySelector<HTMLElement>('button')!;
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true });
    close.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('after');
    expect(dialog()).toBeNull();
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

  it('opens on hover after a short delay and closes when the pointer leaves', async () => {
    pieces[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(dialog()).toBeNull();
    await wait(200);
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
    expect(document.querySelector('crosscheck-popover')).toBeNull();
    expect(pieces[0]!.hasAttribute('aria-expanded')).toBe(false);
  });
});
