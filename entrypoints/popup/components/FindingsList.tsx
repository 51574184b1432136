/** The page's findings, those that differ first; each one is a button that shows it on the page. */
import type { JSX } from 'preact';
import type { SummaryMark } from '../../../lib/messages';
import { kindWord, statusWord, STATUS_ORDER } from '../wording';

export interface FindingsListProps {
  marks: SummaryMark[];
  onReveal: (id: string) => void;
}

/** Differs, then agrees, then unique; page order within each. */
export function orderFindings(marks: SummaryMark[]): SummaryMark[] {
  return marks
    .map((mark, index) => ({ mark, index }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.mark.status) - STATUS_ORDER.indexOf(b.mark.status) || a.index - b.index)
    .map(({ mark }) => mark);
}

/** "Figure: people killed in the strike", "Name: John Kirby", or just the kind. */
export function describeFinding(mark: SummaryMark): string {
  const kind = kindWord(mark.kind);
  const label = mark.label?.trim();
  if (!label || label.toLowerCase() === mark.text.trim().toLowerCase()) return kind;
  return `${kind}: ${label}`;
}

export function FindingsList({ marks, onReveal }: FindingsListProps): JSX.Element {
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" class="section-title">
        Findings
      </h2>
      <p class="hint" id="findings-hint">
        Choose one to show it on the page.
      </p>
      <ul class="findings-list" aria-describedby="findings-hint">
        {orderFindings(marks).map((mark) => {
          const what = describeFinding(mark);
          const status = statusWord(mark.status);
          return (
            <li key={mark.id}>
              <button
                type="button"
                class="finding"
                data-id={mark.id}
                data-status={mark.status}
                aria-label={`${mark.text}, ${what}, ${status}`}
                onClick={() => onReveal(mark.id)}
              >
                <span class="finding-main">
                  <span class="finding-text">{mark.text}</span>
                  <span class="finding-what">{what}</span>
                </span>
                <span class={`cc-status cc-status-${mark.status}`}>{status}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
