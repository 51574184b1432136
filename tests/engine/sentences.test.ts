import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { headlineBlock, splitSentences } from '../../lib/engine/sentences';

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

  it('ends a sentence at a stop that lost its space, between a word and a capitalised one', () => {
    expect(sentencesOf('The raid came on Thursday in Iraq.According to the port, it hit a depot.')).toEqual([
      'The raid came on Thursday in Iraq.',
      'According to the port, it hit a depot.',
    ]);
    // Not inside "U.S.Army", nor after an abbreviation.
    expect(sentencesOf('The U.S.Army said so.')).toEqual(['The U.S.Army said so.']);
    expect(sentencesOf('It came in Sept.The raid followed.')).toEqual(['It came in Sept.The raid followed.']);
  });

  it('keeps an item’s number with its words: "1. Coronavirus", "3. The strike…"', () => {
    expect(sentencesOf('1. Coronavirus')).toEqual(['1. Coronavirus']);
    expect(sentencesOf('3. The strike hit two sites. Both were empty.')).toEqual(['3. The strike hit two sites.', 'Both were empty.']);
    // A sentence ending on a number still ends there.
    expect(sentencesOf('The toll rose to 22. Kirby gave none.')).toEqual(['The toll rose to 22.', 'Kirby gave none.']);
  });
});

describe('headlineBlock', () => {
  const headlineOf = (...blocks: string[]) => {
    const article = extractFromPlainText(blocks.join('\n\n'));
    return headlineBlock(article.text, splitSentences(article));
  };
  it('is the first block, or the second under a section label or a trail of links', () => {
    expect(headlineOf('US raid hits depots', 'The raid came at night.')).toBe(0);
    expect(headlineOf('Middle East', 'US raid hits depots', 'The raid came at night.')).toBe(1);
    expect(headlineOf('Home / News / World News', 'US raid hits depots', 'The raid came at night.')).toBe(1);
    expect(headlineOf('World › Middle East', 'US raid hits depots', 'The raid came at night.')).toBe(1);
    // A label holds no figure and the headline no stop.
    expect(headlineOf('Day 21', 'US raid hits depots', 'The raid came at night.')).toBe(0);
    expect(headlineOf('Middle East', 'The raid came at night.', 'More followed.')).toBe(0);
    expect(headlineOf('US raid hits depots in the border town', 'Officials said more raids may follow')).toBe(0);
  });
});
