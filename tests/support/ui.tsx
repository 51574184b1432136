/** Shared test helpers for the extension's UI: a summary to render, and a tiny Preact renderer. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { PageSummary, SummaryMark, SummaryWire } from '../../lib/messages';
import { packSummary } from '../../lib/page/summary-wire';

export const MARKS: SummaryMark[] = [
  { id: 'm1', kind: 'figure', text: '22', status: 'differs', fact: 'strike.killed', label: 'people killed in the strike' },
  { id: 'm2', kind: 'name', text: 'Kirby', status: 'agrees', fact: null, label: 'John Kirby' },
  { id: 'm3', kind: 'figure', text: 'seven', status: 'unique', fact: 'strike.bombs', label: 'bombs dropped' },
  { id: 'm4', kind: 'figure', text: 'two F-15E', status: 'differs', fact: 'strike.aircraft', label: 'aircraft used' },
];

export function summary(overrides: Partial<PageSummary> = {}): PageSummary {
  return {
    url: 'https://news.example.org/world/strike',
    state: 'matched',
    event: '2021-02-25-us-strike-eastern-syria',
    eventTitle: "Biden's first strike in eastern Syria, 25 February 2021",
    counts: { differs: 2, agrees: 1, unique: 1 },
    marks: MARKS,
    ...overrides,
  };
}

/** A summary as the content script sends it ('page-summary', 'get-summary'). */
export const wireSummary = (overrides: Partial<PageSummary> = {}): SummaryWire => packSummary(summary(overrides));

/** The text as a reader meets it: separate nodes joined by a space, runs of space collapsed. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface Rendered {
  container: HTMLElement;
  text: () => string;
  unmount: () => void;
}

export function mount(node: ComponentChild): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(node, container);
  });
  return {
    container,
    text: () => visibleText(container),
    unmount: () => {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Retry an assertion while effects, storage and timers settle. */
export async function eventually(assertion: () => void | Promise<void>, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
      await assertion();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
    }
  }
}

export function byLabel(container: HTMLElement, label: string): HTMLInputElement {
  const labelEl = Array.from(container.querySelectorAll('label')).find((l) => l.textContent?.trim() === label);
  if (!labelEl) throw new Error(`No label “${label}”`);
  const input = container.querySelector<HTMLInputElement>(`#${labelEl.htmlFor}`);
  if (!input) throw new Error(`No control for “${label}”`);
  return input;
}

export function buttonNamed(container: HTMLElement, name: string): HTMLButtonElement {
  const button = Array.from(container.querySelectorAll('button')).find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name,
  );
  if (!button) throw new Error(`No button “${name}”`);
  return button;
}

export function click(element: HTMLElement): void {
  act(() => {
    element.click();
  });
}
