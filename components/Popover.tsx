/**
 * The popover a reader sees on a highlight: the value on this page, whether other outlets agree,
 * and each other outlet's report with a short quote. Text only: Preact escapes everything.
 */
import type { Mark, OtherReport } from '../lib/engine/findings';
import { shortQuote } from '../lib/present/quote';
import { dialogLabel, headline, otherReportLine, relationWord, reportsHeading, statusLine, statusWord, thisArticleLine } from '../lib/present/wording';

export interface PopoverProps {
  mark: Mark;
  onClose(): void;
}

export function Popover({ mark, onClose }: PopoverProps) {
  const { value, what } = headline(mark);
  const differing = mark.others.filter((o) => o.relation === 'different');
  const agreeing = mark.others.filter((o) => o.relation === 'same');
  const lessSpecific = mark.others.filter((o) => o.relation === 'less-specific');
  const here = thisArticleLine(mark);
  return (
    <div class={`cc-pop cc-${mark.status}`} role="dialog" aria-modal="false" aria-label={dialogLabel(mark)}>
      <div class="cc-head">
        <p class="cc-value">
          <strong>{value}</strong>
          {what && <span class="cc-what"> — {what}</span>}
        </p>
        <button type="button" class="cc-close" aria-label="Close" title="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {here && <p class="cc-here">{here}</p>}
      <p class="cc-status">
        <span class={`cc-badge cc-badge-${mark.status}`}>{statusWord(mark.status)}</span> {statusLine(mark)}
      </p>
      <Reports heading={reportsHeading(mark, 'different')} reports={differing} />
      <Reports heading={reportsHeading(mark, 'same')} reports={agreeing} />
      <Reports heading={reportsHeading(mark, 'less-specific')} reports={lessSpecific} mark={mark} />
    </div>
  );
}

function Reports({ heading, reports, mark }: { heading: string; reports: OtherReport[]; mark?: Mark }) {
  if (reports.length === 0) return null;
  return (
    <section class="cc-reports">
      <h3>{heading}</h3>
      <ul>
        {reports.map((other, i) => (
          <li key={i} class={`cc-report cc-${other.relation}`}>
            <span class={`cc-tag cc-tag-${other.relation}`}>{relationWord(other, mark)}</span>{' '}
            <span class="cc-line">{otherReportLine(other)}</span>
            <span class="cc-quote">“{shortQuote(other.quote, other.value)}”</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
