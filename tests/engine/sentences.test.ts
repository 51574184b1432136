import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { splitSentences } from '../../lib/engine/sentences';

const sentencesOf = (text: string) => {
  const article = extractFromPlainText(text);
  return splitSentences(article).map((s) => article.text.slice(s.start, s.end));
};

describe('sentences', () => {
  it('ends a sentence at its stop, not at an abbreviation or an initial', () => {
    expect(sentencesOf('Gen. Frank McKenzie spoke on Friday. The U.S. jets were back by 6 p.m. local time.')).toEqual([
      'Gen. Frank McKenzie spoke on Friday.',
      'The U.S. jets were back by 6 p.m. local time.',
    ]);
  });

  it('keeps an item’s number with its words: "1. Coronavirus", "3. The strike…"', () => {
    expect(sentencesOf('1. Coronavirus')).toEqual(['1. Coronavirus']);
    expect(sentencesOf('3. The strike hit two sites. Both were empty.')).toEqual(['3. The strike hit two sites.', 'Both were empty.']);
    // A sentence ending on a number still ends there.
    expect(sentencesOf('The toll rose to 22. Kirby gave none.')).toEqual(['The toll rose to 22.', 'Kirby gave none.']);
  });
});
