/**
 * The popover a reader sees on a highlight: the value on this page, the verdict in plain words, then one
 * line per other outlet (its label, whom it cites, its value, why it agrees or how it differs) with its
 * quote behind a disclosure. Text only: Preact escapes everything.
 */
import { useState } from 'preact/hooks';
import type { Mark, OtherReport } from '../lib/engine/findings';
import { shortQuote } from '../lib/present/quote';
import { dialogLabel, headline, otherReportLine, relationNote, reportsHeading, statusWord, thisArticleLine, verdict } from '../lib/present/wording';

/** The page's own colours, light or dark: the popover follows them, not the operating system's scheme. */
export type Tone = 'light' | 'dark';

export interface PopoverProps {
  mark: Mark;
  onClose(): void;
  tone?: Tone;
  /** "All facts": asks the background to open the facts table of the page's event (absent: no such button). */
  onOpenFacts?(): void;
}

let popovers = 0;

export function Popover({ mark, onClose, tone = 'light', onOpenFacts }: PopoverProps) {
  const { value, what } = headline(mark);
  const [ids] = useState(() => `cc-pop-${++popovers}`);
  const here = thisArticleLine(mark);
  const groups: OtherReport['relation'][] = ['different', 'same', 'less-specific'];
  return (
    <div
      class={`cc-pop cc-${mark.status} cc-${tone}`}
      role="dialog"
      aria-modal="false"
      aria-label={dialogLabel(mark)}
      aria-describedby={`${ids}-verdict`}
      tabIndex={-1}
    >
      <div class="cc-head">
        <h2 class="cc-value">
          <strong>{value}</strong>
          {what && <span class="cc-what"> — {what}</span>}
        </h2>
        <button type="button" class="cc-close" aria-label="Close" title="Close (Escape)" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="cc-status" id={`${ids}-verdict`}>
        <span class={`cc-badge cc-badge-${mark.status}`}>{statusWord(mark.status)}</span> {verdict(mark)}
      </p>
      {here && <p class="cc-here">{here}</p>}
      {groups.map((relation) => (
        <Reports
          key={relation}
          id={`${ids}-${relation}`}
          heading={reportsHeading(mark, relation)}
          reports={mark.others.filter((o) => o.relation === relation)}
          mark={mark}
        />
      ))}
      {onOpenFacts && (
        <button type="button" class="cc-all-facts" onClick={onOpenFacts}>
          All facts
        </button>
      )}
    </div>
  );
}

function Reports({ id, heading, reports, mark }: { id: string; heading: string; reports: OtherReport[]; mark: Mark }) {
  if (reports.length === 0) return null;
  return (
    <section class="cc-reports" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul>
        {reports.map((other, i) => (
          <Report key={i} id={`${id}-${i}`} other={other} mark={mark} />
        ))}
      </ul>
    </section>
  );
}

/** One other outlet's report; its quote shows on demand. */
function Report({ id, other, mark }: { id: string; other: OtherReport; mark: Mark }) {
  const [open, setOpen] = useState(false);
  const note = relationNote(mark, other);
  return (
    <li class={`cc-report cc-${other.relation}`}>
      <span class="cc-line">{otherReportLine(other)}</span>
      {note && <span class="cc-note">{note}</span>}
      {other.byReader && other.url && (
        <a class="cc-reader-link" href={other.url} target="_blank" rel="noopener noreferrer">
          Open page
        </a>
      )}
      <button type="button" class="cc-quote-toggle" aria-expanded={open ? 'true' : 'false'} aria-controls={id} onClick={() => setOpen(!open)}>
        Quote
      </button>
      <q class="cc-quote" id={id} hidden={!open}>
        {shortQuote(other.quote, other.value)}
      </q>
    </li>
  );
}
