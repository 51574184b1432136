import { describe, expect, it } from 'vitest';
import { mayStartCount } from '../../lib/extract/count-phrases';
import { findCounts } from '../../lib/extract/counts';
import { tokenEnd } from '../../lib/extract/tokens';

/** mayStartCount at the first token of `text`. */
const startsCount = (text: string) => mayStartCount(text, 0, tokenEnd(text, 0));

describe('mayStartCount', () => {
  it('accepts digits, number words and the whole of a starting phrase, in any case', () => {
    for (const text of ['22 killed', 'twenty-two', 'Seven', 'at least 5', 'AT LEAST five', 'no more than 3', 'a dozen', 'A handful of', 'several', 'half a dozen', 'at\n\nleast 4']) {
      expect(startsCount(text), text).toBe(true);
    }
  });

  it('refuses a phrase word that its phrase does not follow, or follows without a space', () => {
    for (const text of ['at the base', 'a man', 'in the city', 'in excess', 'at-least 5', 'no one', 'more people', 'up the road', 'Kata’ib', 'the 22', '(22)']) {
      expect(startsCount(text), text).toBe(false);
    }
  });

  it('lets through every start findCounts finds a count at', () => {
    const text = 'At least 22 were killed, about 30 wounded, up to a dozen missing; a few dozen fled and no fewer than two hundred and fifty stayed, some 1,200 in all.';
    const counts = findCounts(text);
    expect(counts.length).toBeGreaterThan(5);
    for (const c of counts) expect(mayStartCount(text, c.start, tokenEnd(text, c.start)), c.text).toBe(true);
  });
});
