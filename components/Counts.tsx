/** How many findings differ, agree, or are unique, each with its words. */
import type { JSX } from 'preact';
import type { Status } from '../lib/engine/findings';
import { countPhrase, STATUS_ORDER } from './finding-words';

export interface CountsProps {
  counts: Record<Status, number>;
}

export function Counts({ counts }: CountsProps): JSX.Element {
  return (
    <ul class="cc-stack-list counts" aria-label="Findings by status">
      {STATUS_ORDER.map((status) => {
        const n = counts[status] ?? 0;
        return (
          <li key={status} class="count" data-status={status}>
            <span class={`count-n cc-status cc-status-${status}`}>{n}</span> <span class="count-words">{countPhrase(status, n)}</span>
          </li>
        );
      })}
    </ul>
  );
}
