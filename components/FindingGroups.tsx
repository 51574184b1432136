/**
 * The side panel's findings: one group per status, differences first, each finding with the others' values.
 * Calm by default: the differences are listed; the groups that agree or stand alone are folded behind a
 * "Show" button (unless nothing differs), so the reader's notes and the legend stay close.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Status } from '../lib/engine/findings';
import type { SummaryMark } from '../lib/messages';
import { groupTitle, STATUS_ORDER } from './finding-words';
import { FindingButton } from './FindingsList';

export interface FindingGroupsProps {
  marks: SummaryMark[];
  onReveal: (id: string) => void;
}

export interface FindingGroup {
  status: Status;
  marks: SummaryMark[];
}

/** The marks of each status, page order kept; statuses with none are left out. */
export function groupByStatus(marks: readonly SummaryMark[]): FindingGroup[] {
  return STATUS_ORDER.map((status) => ({ status, marks: marks.filter((m) => m.status === status) })).filter((g) => g.marks.length > 0);
}

/** Which groups start open: the differences, or the first group when nothing differs. */
export function openAtFirst(groups: readonly FindingGroup[]): Set<Status> {
  const first = groups[0];
  return new Set(first ? [first.status] : []);
}

export function FindingGroups({ marks, onReveal }: FindingGroupsProps): JSX.Element {
  const groups = groupByStatus(marks);
  const [open, setOpen] = useState<Set<Status>>(() => openAtFirst(groups));
  const toggle = (status: Status) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(status)) next.add(status);
      return next;
    });
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" class="section-title">
        Findings
      </h2>
      <p class="hint" id="findings-hint">
        Choose one to show it in the article.
      </p>
      {groups.map(({ status, marks: inGroup }) => {
        const shown = open.has(status);
        return (
          <section key={status} class="finding-group" data-status={status} aria-labelledby={`group-${status}`}>
            <div class="group-head">
              <h3 id={`group-${status}`} class="group-title">
                <span class={`cc-status cc-status-${status}`}>{inGroup.length}</span> {groupTitle(status)}
              </h3>
              <button
                type="button"
                class="cc-link-button group-toggle"
                aria-expanded={shown}
                aria-controls={`group-list-${status}`}
                aria-describedby={`group-${status}`}
                onClick={() => toggle(status)}
              >
                {shown ? 'Hide' : 'Show'}
              </button>
            </div>
            <ul id={`group-list-${status}`} class="cc-stack-list findings-list" aria-describedby="findings-hint" hidden={!shown}>
              {inGroup.map((mark) => (
                <li key={mark.id}>
                  <FindingButton mark={mark} onReveal={onReveal} withStatus={false} withOthers />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
