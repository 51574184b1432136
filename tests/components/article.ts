/** A small article written for these tests; the engine and the reference supply its findings. */
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import type { Mark } from '../../lib/engine/findings';

export const ARTICLE = `US strikes Iranian-backed militia sites in Syria

WASHINGTON — US warplanes struck buildings used by Iranian-backed militias in eastern Syria on Thursday, the first military action ordered by President Joe Biden.

Two F-15E jets bombed a border crossing near Albu Kamal, Pentagon spokesman Jon Kirby said.

A war monitor said 22 people were killed in the strike.
`;

export const findings = annotate(extractFromPlainText(ARTICLE));

export function markFor(text: string): Mark {
  const mark = findings.marks.find((m) => m.text === text);
  if (!mark) throw new Error(`no mark for ${text}: ${findings.marks.map((m) => m.text).join(', ')}`);
  return mark;
}
