/**
 * The names that say what a story is about, for the incidents and the event decision. A place opening a
 * paragraph as its dateline ("BAGHDAD: An American contractor died…", "ERBIL, Iraq (AP) —") says where the
 * story was filed; a place after "north of" ("Balad air base north of Baghdad") only says where another one is.
 * Both stay highlighted as names; neither says which attack a figure belongs to.
 */
import type { NameMention } from '../extract/names';
import { inDateline } from './dateline';

const LOCATOR_BEFORE = /\b(?:(?:north|south|east|west)(?:east|west)?|outside|kilometres|kilometers|km|miles)\s+(?:of|from)\s+$/i;

export function storyNames(text: string, names: readonly NameMention[]): NameMention[] {
  return names.filter((n) => {
    return !inDateline(text, n.start, n.start) && !LOCATOR_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start));
  });
}
