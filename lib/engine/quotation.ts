/**
 * Whether a place in the text is inside a quotation: words a speaker said at another time than the page's.
 * "US forces earlier this evening conducted airstrikes", quoted on a page of the next day, is the evening
 * of the statement, not of the page.
 */
import type { Sentence } from './sentences';
import { spanIndexAt } from './spans';

const OPEN = '“';
const CLOSE = '”';
const STRAIGHT = '"';

/** How far back a quotation's opening is looked for: a quotation runs a few sentences, and a paragraph may be a whole text. */
export const QUOTATION_REACH = 2000;

/** Whether `at` is inside a quotation opened earlier in its paragraph (curly quotes, or straight ones counted in pairs). */
export function insideQuotation(text: string, sentences: readonly Sentence[], at: number): boolean {
  let k = spanIndexAt(sentences, at);
  const sentence = sentences[k];
  if (sentence === undefined) return false;
  while (k > 0 && sentences[k - 1]!.block === sentence.block && sentences[k - 1]!.start >= at - QUOTATION_REACH) k--;
  const before = text.slice(sentences[k]!.start, at);
  const open = before.lastIndexOf(OPEN);
  if (open >= 0 || before.includes(CLOSE)) return open > before.lastIndexOf(CLOSE);
  let straight = 0;
  for (let i = before.indexOf(STRAIGHT); i >= 0; i = before.indexOf(STRAIGHT, i + 1)) straight++;
  return straight % 2 === 1;
}
