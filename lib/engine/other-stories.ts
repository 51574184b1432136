/**
 * On a page of short stories (a wire digest, a live blog, a newsletter: story-ledes.ts), the stories that say
 * nothing of a strike or an attack on US forces, nor any name the reference knows, and are filed under a dateline of
 * their own. "LOS ANGELES (AP) — Two French bulldogs … were turned in to a police station Friday evening, two days
 * after the attack" sits under the digest's strike story, and its day and its counts are its own.
 */
import type { NameMention } from '../extract/names';
import { datelineEnd } from './dateline';
import type { Cue } from './incidents';
import type { Sentence } from './sentences';
import { spanIndexAt } from './spans';
import { ITEM_NUMBER, storyBlocks } from './story-ledes';

// A dateline's place set in capitals ("LOS ANGELES (AP) —"), not a label ("Details:").
const PLACE_IN_CAPITALS = /^[A-Z]{3}/;

/** Whether sentence `i` stands in another story than the strike's; false on a page that is one story. */
export function otherStoryReader(text: string, sentences: readonly Sentence[], generic: readonly Cue[][], names: readonly NameMention[]): (i: number) => boolean {
  const stories = storyBlocks(text, sentences);
  if (stories.length === 0) return () => false;
  // Each sentence's story (-1 before the first: the page's opening story), in one pass as both run in order.
  const storyOf: number[] = [];
  let k = -1;
  for (const s of sentences) {
    while (k + 1 < stories.length && s.block >= stories[k + 1]!.first) k++;
    storyOf.push(k >= 0 && s.block < stories[k]!.end ? k : -1);
  }
  const about = new Set<number>();
  for (const n of names) if (n.entity) about.add(storyOf[spanIndexAt(sentences, n.start)] ?? -1);
  generic.forEach((cues, i) => {
    if (cues.length > 0) about.add(storyOf[i] ?? -1);
  });
  // A story of its own files from somewhere: a paragraph opening on its dateline ("LOS ANGELES (AP) —"), or is one of
  // a newsletter's numbered items ("5 things to know": "1. Coronavirus" … "5. Gymnastics"). Without either, a
  // subhead's section or a fact box under the strike story is still the strike's, whatever its words.
  const filed = new Set<number>(numberedItems(text, sentences, stories) ? stories.keys() : []);
  sentences.forEach((s, i) => {
    if ((storyOf[i] ?? -1) >= 0 && PLACE_IN_CAPITALS.test(text.slice(s.start, s.start + 4)) && datelineEnd(text, s.start) > s.start) filed.add(storyOf[i]!);
  });
  return (i) => (storyOf[i] ?? -1) >= 0 && !about.has(storyOf[i]!) && filed.has(storyOf[i]!);
}

/** Whether every story opens on its number, counting up from 1: a newsletter's items, each a story of its own. */
function numberedItems(text: string, sentences: readonly Sentence[], stories: ReadonlyArray<{ first: number }>): boolean {
  const firstOf = new Map<number, Sentence>();
  for (const s of sentences) if (!firstOf.has(s.block)) firstOf.set(s.block, s);
  return stories.every((story, k) => {
    const opening = firstOf.get(story.first);
    const m = opening ? ITEM_NUMBER.exec(text.slice(opening.start, opening.start + 8)) : null;
    return m !== null && Number(m[1]) === k + 1;
  });
}
