/** The popup's words for statuses, counts, kinds and states. */
import type { MarkKind, Status } from '../../lib/engine/findings';
import type { UnavailableReason } from './page';

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
