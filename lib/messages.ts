/**
 * Typed messages between the extension's parts. Types only: sending is the entry points' job.
 *
 *   content → background   'page-summary'    after each pass (the badge shows the differing count)
 *   popup   → content      'get-summary'     the page's findings, for the popup's list
 *   popup   → content      'reveal-mark'     scroll to a finding and open its popover
 *   content → background   'load-popover-ui' inject the popover UI into the sender's frame, on first use
 *   content → background   'annotate'        the engine's answer (findings-wire.ts) for the article the page read, once the gate passes
 *   popup   → content      'get-page-claims' what the page offers for "Add to comparison" (lib/annotations/page-review.ts)
 *   background → content   'sources-changed' the reader's sources changed: the page is compared again
 *
 * Settings are not messages: every part reads and watches them in the extension's storage.
 */
import type { ArticleText } from './article/types';
import type { MarkKind, Status } from './engine/findings';
import type { EventId, FactKey } from './reference/types';

/** One finding as the popup lists it. */
export interface SummaryMark {
  id: string;
  kind: MarkKind;
  text: string;
  status: Status;
  fact: FactKey | null;
  /** "people killed in the strike", or the entity's name. */
  label: string | null;
  /** What the other sources report for the same fact, for the side panel's one-line comparison. */
  others?: SummaryOther[];
}

/** Another source's report, as the side panel lists it. */
export interface SummaryOther {
  /** The outlet, or the neutral label shown where the source names none. */
  who: string;
  /** As that source wrote it. */
  value: string;
  relation: 'same' | 'different' | 'less-specific';
}

/** What the content script found on its page. */
export interface PageSummary {
  url: string;
  /** Why nothing is shown, when nothing is: the reader can tell "off here" from "nothing to check". */
  state: 'matched' | 'no-event' | 'disabled' | 'off';
  event: EventId | null;
  eventTitle: string | null;
  counts: Record<Status, number>;
  marks: SummaryMark[];
}

export type Message =
  | { type: 'page-summary'; summary: PageSummary }
  | { type: 'get-summary' }
  | { type: 'reveal-mark'; id: string }
  | { type: 'load-popover-ui' }
  | { type: 'annotate'; article: ArticleText }
  | { type: 'get-page-claims' }
  | { type: 'sources-changed' };
