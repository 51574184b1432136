/** A popover's "All facts", from inside a page: the background opens the table (entrypoints/background/open-facts.ts). */
import type { EventId } from '../lib/reference/types';
import { sendToBackground } from '../utils/messaging';

/**
 * Asks for the facts table of `event`, `source` being the bundled source the page was recognised as (or null);
 * a refusal or a background that is gone changes nothing on the page.
 */
export function requestFactsPage(event: EventId, source: string | null = null): void {
  void sendToBackground({ type: 'open-facts', event, source }).catch(() => undefined);
}
