/** The extension pages' words for statuses, counts, kinds, states and other outlets' reports. */
import type { MarkKind, Status } from '../lib/engine/findings';
import type { SummaryOther } from '../lib/messages';
import type { UnavailableReason } from './page-view';

export const STATUS_ORDER: Status[] = ['differs', 'agrees', 'unique'];

export function statusWord(status: Status): string {
  return { differs: 'Differs', agrees: 'Agrees', unique: 'Unique' }[status];
}

/** "3 differ from other outlets", "1 agrees with other outlets", "2 unique: no other outlet reports them". */
export function countPhrase(status: Status, n: number): string {
  const one = n === 1;
  switch (status) {
    case 'differs':
      return one ? 'differs from other outlets' : 'differ from other outlets';
    case 'agrees':
      return one ? 'agrees with other outlets' : 'agree with other outlets';
    case 'unique':
      return one ? 'unique: no other outlet reports it' : 'unique: no other outlet reports them';
  }
}

/** A heading for one status's group: "Differs from other outlets". */
export function groupTitle(status: Status): string {
  return { differs: 'Differs from other outlets', agrees: 'Agrees with other outlets', unique: 'Only this outlet reports it' }[status];
}

/**
 * The other outlets' reports in one line, one entry per value with who reported it:
 * "17 — Unnamed outlet A · 22 — HNGN; JNS". An outlet that reported a value twice is named once. (Outlet
 * labels may hold commas and brackets themselves, hence the dash and semicolons.)
 */
export function othersLine(others: readonly SummaryOther[] | undefined): string {
  if (!others || others.length === 0) return 'No other outlet reports it.';
  const byValue = new Map<string, string[]>();
  for (const { value, who } of others) {
    const key = value.trim();
    const names = byValue.get(key) ?? [];
    if (!names.includes(who)) names.push(who);
    byValue.set(key, names);
  }
  return [...byValue].map(([value, who]) => `${value} — ${who.join('; ')}`).join(' · ');
}

export function kindWord(kind: MarkKind): string {
  return kind === 'figure' ? 'Figure' : 'Name';
}

export const NO_EVENT_TEXT = "Nothing to check on this page: it is not about an event in Crosscheck's reference.";

export function unavailableText(reason: UnavailableReason): { title: string; body: string } {
  switch (reason) {
    case 'browser-page':
      return {
        title: 'Crosscheck can’t run on this page',
        body: 'Browsers don’t let extensions read their own pages (chrome://, about:, the new tab page), local files or other extensions. Open a news article on the web to check it.',
      };
    case 'store':
      return {
        title: 'Crosscheck can’t run on this page',
        body: 'Extension stores don’t let extensions run on their pages. Open a news article to check it.',
      };
    case 'not-ready':
      return {
        title: 'Crosscheck hasn’t checked this page yet',
        body: 'Reload the page to check it. This happens on tabs that were open before Crosscheck was installed or updated, or while the page is still loading.',
      };
    case 'unknown':
      return {
        title: 'Crosscheck can’t run on this page',
        body: 'Browsers don’t let extensions read their own pages (chrome://, about:, the new tab page), extension stores or local files. If this is a news article, reload the page: tabs opened before Crosscheck was installed or updated need it.',
      };
    case 'no-tab':
      return { title: 'No page to check', body: 'Open a news article in this window, then open Crosscheck again.' };
  }
}

/** Why some findings are not drawn, when the reader turned a kind off in Options; null when none is. */
export function hiddenKindsText(settings: { figures: boolean; names: boolean }): string | null {
  const hidden = [!settings.figures && 'Figures', !settings.names && 'Names'].filter((x): x is string => Boolean(x));
  if (hidden.length === 0) return null;
  return `${hidden.length === 2 ? 'Figures and names are' : `${hidden[0]} are`} turned off in Options, so ${hidden.length === 2 ? 'nothing is' : 'they are not'} highlighted.`;
}
