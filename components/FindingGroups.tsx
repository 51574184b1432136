/** The side panel's findings: one group per status, differences first, each finding with the others' values. */
import type { JSX } from 'preact';
import type { Status } from '../lib/engine/findings';
import type { SummaryMark } from '../lib/messages';
import { groupTitle, STATUS_ORDER } from './finding-words';
import { FindingButton } from './FindingsList';

export interface FindingGroupsProps {
  marks: SummaryMark[];
  onReveal: (id: string) => void;
}

/** The marks of each status, page order kept; statuses with none are left out. */
export function groupByStatus(marks: readonly SummaryMark[]): Array<{ status: Status; marks: SummaryMark[] }> {
  return STATUS_ORDER.map((status) => ({ status, marks: marks.filter((m) => m.status === status) })).filter((g) => g.marks.length > 0);
}

export function FindingGroups({ marks, onReveal }: FindingGroupsProps): JSX.Element {
  const groups = groupByStatus(marks);
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" class="section-title">
        Findings
      </h2>
      <p class="hint" id="findings-hint">
        Choose one to show it in the article.
      </p>
      {groups.map(({ status, marks: inGroup }) => (
        <section key={status} class="finding-group" data-status={status} aria-labelledby={`group-${status}`}>
          <h3 id={`group-${status}`} class="group-title">
            <span class={`cc-status cc-status-${status}`}>{inGroup.length}</span> {groupTitle(status)}
          </h3>
          <ul class="findings-list" aria-describedby="findings-hint">
            {inGroup.map((mark) => (
              <li key={mark.id}>
                <FindingButton mark={mark} onReveal={onReveal} withStatus={false} withOthers />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
