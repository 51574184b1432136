/**
 * Probes for the extension's own pages (the side panel, the popup, the options page), shared by the Chromium
 * and Firefox panel suites: what the side panel lists, axe-core's serious and critical violations, scrollers
 * inside the page, and the article's side of "show this finding". Each probe is a self-contained function run
 * in the page (runProbe in ./probes.ts), so both runners send the same code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server';

/** axe-core's browser build, evaluated in a page to define `axe` there (a dev dependency, 4.14). */
export function axeSource(): string {
  return readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
}

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core on the whole page (it must have been evaluated there first): violations of impact serious or
 * critical, each with a few of its elements.
 */
export async function axeSerious(): Promise<AxeProblem[]> {
  type Result = { violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> };
  const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 4).map((n) => n.target.map(String).join(' ')) }));
}

export interface PanelGroup {
  status: string;
  /** Whether its list is drawn (the groups after the differences start folded). */
  shown: boolean;
  /** Each finding: its id, its visible text, and the others' line. */
  findings: Array<{ id: string; text: string; others: string }>;
}

export interface PanelState {
  title: string;
  groups: PanelGroup[];
  /** The legend's rows: kind/status (or look) and the inline style of their sample. */
  legend: Array<{ key: string; style: string; meaning: string }>;
  notesHeading: boolean;
  text: string;
}

/** What the side panel shows now. */
export function panelState(): PanelState {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const groups = Array.from(document.querySelectorAll<HTMLElement>('.finding-group')).map((group) => ({
    status: group.getAttribute('data-status') ?? '',
    shown: (group.querySelector('ul')?.getClientRects().length ?? 0) > 0,
    findings: Array.from(group.querySelectorAll<HTMLButtonElement>('button[data-id]')).map((b) => ({
      id: b.getAttribute('data-id') ?? '',
      text: clean(b.querySelector('.finding-text')?.textContent),
      others: clean(b.querySelector('.finding-others')?.textContent),
    })),
  }));
  const legend = Array.from(document.querySelectorAll<HTMLElement>('.legend-row')).map((row) => ({
    key: row.dataset.look ?? [row.dataset.kind, row.dataset.status].filter(Boolean).join(' '),
    style: row.querySelector<HTMLElement>('.legend-mark')?.getAttribute('style') ?? '',
    meaning: clean(row.querySelector('.legend-meaning')?.textContent),
  }));
  return {
    title: clean(document.querySelector('.state-title, .event-title')?.textContent),
    groups,
    legend,
    notesHeading: Array.from(document.querySelectorAll('h2')).some((h) => clean(h.textContent) === 'Your notes'),
    // The page may still be loading (the real side panel is read as soon as it appears).
    text: clean(document.body?.innerText),
  };
}

/** Elements other than the page itself that scroll their own content (a scroller inside the scroller). */
export function innerScrollers(): string[] {
  const found: string[] = [];
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
      found.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
  }
  return found;
}

/** Controls a keyboard cannot reach: buttons, inputs and links taken out of the Tab order. */
export function unreachableControls(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('button, input, a[href], select, textarea'))
    .filter((el) => el.tabIndex < 0)
    .map((el) => `${el.tagName.toLowerCase()}#${el.id || el.getAttribute('data-id') || el.textContent?.trim()}`);
}

/** The finding id of the focused button, or null when focus is elsewhere. */
export function focusedFindingId(): string | null {
  return document.activeElement?.getAttribute('data-id') ?? null;
}

export interface ArticleFocus {
  /** The focused element's highlight id, if it is a highlight. */
  id: string | null;
  status: string | null;
  /** Whether the focused element is inside the viewport. */
  inView: boolean;
}

/** In the article tab: which highlight has focus, and whether it was scrolled into view. */
export function articleFocus(): ArticleFocus {
  const el = document.activeElement;
  const id = el?.getAttribute('data-crosscheck-id') ?? null;
  const box = el?.getBoundingClientRect();
  return {
    id,
    status: el?.getAttribute('data-crosscheck-status') ?? null,
    inView: !!box && box.bottom > 0 && box.top < innerHeight && box.height > 0,
  };
}

/** In the article tab: every finding highlight's id, status and look (data-crosscheck-look, where set). */
export function articleFindings(): Array<{ id: string; kind: string; status: string; look: string | null }> {
  const seen = new Set<string>();
  const out: Array<{ id: string; kind: string; status: string; look: string | null }> = [];
  for (const el of Array.from(document.querySelectorAll('[data-crosscheck-id]'))) {
    const kind = el.getAttribute('data-crosscheck-kind') ?? '';
    const id = el.getAttribute('data-crosscheck-id') ?? '';
    if (kind === 'note' || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, kind, status: el.getAttribute('data-crosscheck-status') ?? '', look: el.getAttribute('data-crosscheck-look') });
  }
  return out;
}

/** The statuses in the order the panel must show them: differences first. */
export const STATUS_ORDER = ['differs', 'agrees', 'unique'];

/**
 * How many Tab presses from the top of the page reach the element matching `selector`: focusable controls in
 * document order (none uses a positive tabindex), a radio group counted once, hidden ones left out.
 */
export function tabStopsTo(selector: string): number {
  const target = document.querySelector(selector);
  const groups = new Set<string>();
  let stops = 0;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, input, a[href], select, textarea, [tabindex]'))) {
    if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || el.getClientRects().length === 0) continue;
    const radio = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null;
    if (radio !== null) {
      if (groups.has(radio) && el !== target) continue;
      groups.add(radio);
    }
    stops++;
    if (el === target) return stops;
  }
  return -1;
}
