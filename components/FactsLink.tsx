/** The popup's way to facts.html: "Compare every fact", the page the reader came from marked there. */
import type { JSX } from 'preact';
import type { EventId } from '../lib/reference/types';
import { factsPath } from './facts-path';

/** A link that opens the table in a new tab (an extension page's own link: no permission needed). */
export function CompareEveryFact({ event, from }: { event: EventId; from?: string | null }): JSX.Element {
  return (
    <p class="compare-every-fact">
      <a href={factsPath(event, from)} target="_blank" rel="noopener">
        Compare every fact
      </a>{' '}
      <span class="hint">across every outlet, in a table</span>
    </p>
  );
}
