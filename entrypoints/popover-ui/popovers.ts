/**
 * One popover for all highlights: a floating host at the end of <body> (closed shadow root, see
 * utils/floating-host.ts), placed beside the highlight with Floating UI (placement.ts). This module
 * wires the parts together:
 * - popover-panel.ts: what is open, opening and closing;
 * - pointer-intent.ts: it opens when the pointer rests on a highlight, not when it only crosses one;
 * - keyboard-focus.ts and tab-out.ts: a highlight is one Tab stop with a hint (focus-hint.ts); Enter or
 *   Space opens the popover with focus inside it; Escape closes it and puts focus back;
 * - tone.ts: light or dark after the page's own background behind the highlight.
 * Listeners are delegated on `document` through `ctx` (reader-input.ts), so they go when the script is
 * invalidated, and only the reader's own input counts: a page script's synthetic events open, close and
 * move nothing.
 */
import { h, render } from 'preact';
import { MarksIntro } from '../../components/MarksIntro';
import { POPOVER_CSS } from '../../components/popover-css';
import type { Mark } from '../../lib/engine/findings';
import { FINDING_SELECTOR } from '../../lib/page/highlights';
import { mountFloatingHost } from '../../utils/floating-host';
import type { PopoverController } from '../../utils/page-bridge';
import type { PageContext } from '../../utils/page-context';
import { createFocusHint } from './focus-hint';
import { watchKeyboard } from './keyboard-focus';
import { createMarkPainter } from './mark-paint';
import { idOf, markOf } from './marks-in-page';
import { createPendingAction } from './pending-action';
import { createPopoverPanel } from './popover-panel';
import { watchPointer } from './pointer-intent';
import { readerInput } from './reader-input';
import { toneAt } from './tone';

export async function attachPopovers(
  ctx: PageContext,
  options: { getMark(id: string): Mark | undefined; openFacts?(): void },
): Promise<PopoverController> {
  const { host, shadow, float, ensureMounted } = await mountFloatingHost(ctx, { name: 'popover', css: POPOVER_CSS });
  // What the highlights' aria-controls point to: random like the host's name, it tells the page nothing.
  host.id = host.localName;
  const hint = createFocusHint(shadow);
  const intro = document.createElement('div');
  shadow.append(intro);
  const paint = createMarkPainter();
  const pending = createPendingAction();
  const panel = createPopoverPanel({ host, shadow, float, ensureMounted, paint, pending, hideHint: hint.hide, ...options });

  const listen = readerInput(ctx);
  const inPopover = (event: Event) => event.composedPath().includes(host);
  const pointer = watchPointer({ listen, panel, paint, pending, inPopover });
  watchKeyboard({ listen, panel, paint, hint, hovered: pointer.hovered, inPopover, host, shadow, float });

  // No preventDefault: a highlight inside a link still follows the link.
  listen('click', (event) => {
    const el = markOf(event.target);
    if (el) panel.open(idOf(el), el, 'click');
    else if (!inPopover(event)) panel.close();
  });

  ctx.onInvalidated(() => {
    pending.cancel();
    panel.close();
    paint.clear();
  });

  // Loaded by a keyboard focus: the highlight that has it shows its hint now.
  const focused = markOf(document.activeElement);
  if (focused) hint.show(focused);

  return {
    open: (id, anchor, focusInside) => panel.open(id, anchor, focusInside ? 'key' : 'api', focusInside),
    close: () => panel.close(),
    dwellOn: pointer.dwellOn,
    intro: () => {
      const tone = toneAt(document.querySelector(FINDING_SELECTOR)?.parentElement ?? document.body);
      render(h(MarksIntro, { tone, onClose: () => render(null, intro) }), intro);
    },
  };
}
