/**
 * The way from a page to facts.html: the popup's "Compare every fact" link, and the address both it and the
 * background's 'open-facts' use (the page the reader came from rides along as `from`, so its column is marked).
 */
import type { JSX } from 'preact';
import type { EventId } from '../lib/reference/types';

/** facts.html's path for `event`, relative to the extension's root. */
export function factsPath(event: EventId, from?: string | null): string {
  const query = new URLSearchParams({ event });
  if (from) query.set('from', from);
  return `facts.html?${query.toString()}`;
}

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
