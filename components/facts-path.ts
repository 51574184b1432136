/**
 * facts.html's address for an event, with the page the reader came from (`from`: a page URL or a source id)
 * so its column is marked. Plain TypeScript: the background imports it too, without Preact.
 */
import type { EventId } from '../lib/reference/types';

/** facts.html's path for `event`, relative to the extension's root. */
export function factsPath(event: EventId, from?: string | null): string {
  const query = new URLSearchParams({ event });
  if (from) query.set('from', from);
  return `facts.html?${query.toString()}`;
}
