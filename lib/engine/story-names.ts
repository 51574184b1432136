/**
 * The names that say what a story is about, for the incidents and the event decision. A place opening a
 * paragraph as its dateline ("BAGHDAD: An American contractor died…", "ERBIL, Iraq (AP) —") says where the
 * story was filed; a place after "north of" ("Balad air base north of Baghdad") only says where another one is;
 * a sentence that opens on a month of an earlier year than the page's ("In February 2021, Biden ordered strikes on
 * Kataeb Hezbollah" on a page of 2023) recalls history. All stay highlighted as names; none says which story the
 * page tells.
 */
import type { PublishedDate } from '../article/published';
import type { NameMention } from '../extract/names';
import { MONTH_NAMES } from '../extract/calendar';
import { inDateline } from './dateline';

const LOCATOR_BEFORE = /\b(?:(?:north|south|east|west)(?:east|west)?|outside|kilometres|kilometers|km|miles)\s+(?:of|from)\s+$/i;
// A sentence opening on a month and year: "In February 2021, …", "Back in June 2021, …".
const RECALL_OPENING = new RegExp(String.raw`(?:^|\n|[.!?]["”]?\s+)(?:Back\s+)?[Ii]n\s+(?:${MONTH_NAMES.join('|')})\s+((?:19|20)\d\d)\s*,[^.!?\n]*`, 'g');

export function storyNames(text: string, names: readonly NameMention[], published: PublishedDate | null = null): NameMention[] {
  const recalled = published ? recalledSpans(text, published.year) : [];
  return names.filter((n) => {
    if (recalled.some(([start, end]) => n.start >= start && n.end <= end)) return false;
    return !inDateline(text, n.start, n.start) && !LOCATOR_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start));
  });
}

/** The sentences that open on a month of a year before `year`. */
function recalledSpans(text: string, year: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(RECALL_OPENING)) if (Number(m[1]) < year) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return spans;
}
