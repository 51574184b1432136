/**
 * In-page probes for issue 12's reading checks, shared by the Chromium and Firefox suites
 * (tests/e2e/reading.e2e.test.ts, tests/e2e-firefox/reading.e2e.test.ts). Each probe is self-contained
 * (it runs in the page through runProbe); AXE_SOURCE is axe-core's own script, evaluated in the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server';

export const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core over the whole document (open shadow roots included: test builds), keeping the serious and
 * critical violations on Crosscheck's own elements: highlights, anything containing one, and its UI hosts.
 */
export async function axeOnCrosscheck(): Promise<AxeProblem[]> {
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { html: string; target: unknown[] }[] }[] }> } }).axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  const problems: AxeProblem[] = [];
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    const ours = v.nodes.filter((n) => /crosscheck/i.test(n.html) || JSON.stringify(n.target).includes('crosscheck'));
    if (ours.length) problems.push({ rule: v.id, impact: v.impact, help: v.help, targets: ours.map((n) => JSON.stringify(n.target)) });
  }
  return problems;
}

export interface HighlightA11y {
  id: string;
  text: string;
  kind: string;
  status: string;
  role: string | null;
  label: string | null;
  description: string | null;
  expanded: string | null;
  look: string | null;
}

/** The highlights that take focus (one per finding), as assistive technology meets them. */
export function focusableHighlights(): HighlightA11y[] {
  return Array.from(document.querySelectorAll('crosscheck-mark[data-crosscheck-kind="figure"], crosscheck-mark[data-crosscheck-kind="name"]'))
    .filter((el) => el.getAttribute('tabindex') === '0')
    .map((el) => ({
      id: el.getAttribute('data-crosscheck-id') ?? '',
      text: el.textContent ?? '',
      kind: el.getAttribute('data-crosscheck-kind') ?? '',
      status: el.getAttribute('data-crosscheck-status') ?? '',
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label'),
      description: el.getAttribute('aria-description'),
      expanded: el.getAttribute('aria-expanded'),
      look: el.getAttribute('data-crosscheck-look'),
    }));
}

/** Finding ids drawn (each finding once, however many pieces). */
export function drawnFindingIds(): string[] {
  const ids = Array.from(document.querySelectorAll('crosscheck-mark[data-crosscheck-kind="figure"], crosscheck-mark[data-crosscheck-kind="name"]'), (el) => el.getAttribute('data-crosscheck-id') ?? '');
  return [...new Set(ids)];
}

/** What has focus now: a highlight (by id), an element of Crosscheck's UI, the page's own element, or nothing. */
export function focusStop(): string {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return 'none';
  if (el.hasAttribute('data-crosscheck-ui')) {
    const inner = el.shadowRoot?.activeElement;
    return `ui:${inner?.getAttribute('role') ?? inner?.localName ?? '?'}`;
  }
  const id = el.getAttribute('data-crosscheck-id');
  if (id) return `highlight:${id}`;
  const path: string[] = [];
  for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
    path.unshift(`${at.localName}:${Array.from(at.parentElement?.children ?? []).indexOf(at)}`);
  }
  return `page:${path.join('/')}`;
}

export interface MarkContrast {
  text: string;
  look: string;
  line: string;
  background: string;
  ratio: number;
}

/** Each highlight's line colour against the colour actually behind it (ancestors' backgrounds painted over white). */
export function markContrasts(): MarkContrast[] {
  const parse = (css: string) => {
    const m = /rgba?\(([^)]*)\)/.exec(css);
    if (!m) return null;
    const [r, g, b, a] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: r!, g: g!, b: b!, a: a === undefined ? 1 : a };
  };
  type C = { r: number; g: number; b: number; a: number };
  const over = (t: C, u: C): C => ({ r: t.r * t.a + u.r * (1 - t.a), g: t.g * t.a + u.g * (1 - t.a), b: t.b * t.a + u.b * (1 - t.a), a: 1 });
  const lum = (c: C) => {
    const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const behind = (el: Element): C => {
    const layers: C[] = [];
    for (let at: Element | null = el.parentElement; at; at = at.parentElement) {
      const c = parse(getComputedStyle(at).backgroundColor);
      if (c && c.a > 0) layers.push(c);
      if (c && c.a >= 1) break;
    }
    let result: C = { r: 255, g: 255, b: 255, a: 1 };
    for (let i = layers.length - 1; i >= 0; i--) result = over(layers[i]!, result);
    return result;
  };
  return Array.from(document.querySelectorAll('crosscheck-mark[data-crosscheck-look]')).map((el) => {
    const s = getComputedStyle(el);
    const bg = behind(el);
    const line = over(parse(s.borderBottomColor)!, bg);
    const [hi, lo] = [lum(line), lum(bg)].sort((a, b) => b - a) as [number, number];
    return { text: el.textContent ?? '', look: el.getAttribute('data-crosscheck-look') ?? '', line: s.borderBottomColor, background: `rgb(${bg.r}, ${bg.g}, ${bg.b})`, ratio: (hi + 0.05) / (lo + 0.05) };
  });
}

/** The popover's box and its Close button's, and whether the popover scrolls inside itself. */
export function popoverBox(): { pop: DOMRect | null; close: DOMRect | null; scrolls: boolean; tone: string } | null {
  const host = document.querySelector('[data-crosscheck-ui="popover"]');
  const pop = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!pop) return null;
  const close = pop.querySelector('.cc-close');
  return {
    pop: pop.getBoundingClientRect().toJSON() as DOMRect,
    close: close ? (close.getBoundingClientRect().toJSON() as DOMRect) : null,
    scrolls: pop.scrollHeight > pop.clientHeight && getComputedStyle(pop).overflowY === 'auto',
    tone: pop.classList.contains('cc-dark') ? 'dark' : 'light',
  };
}

/** Whether the one-time intro is on screen (inside the popover host's open shadow root in test builds). */
export function introShown(): boolean {
  const host = document.querySelector('[data-crosscheck-ui="popover"]');
  return !!host?.shadowRoot?.querySelector('.cc-intro');
}
