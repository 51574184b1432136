import { describe, expect, it } from 'vitest';
import { insideQuotation } from '../../lib/engine/quotation';
import { splitSentences } from '../../lib/engine/sentences';
import { extractFromPlainText } from '../../lib/article/from-text';

function inside(text: string, word: string): boolean {
  const article = extractFromPlainText(text);
  return insideQuotation(article.text, splitSentences(article), article.text.indexOf(word));
}

describe('insideQuotation', () => {
  it('finds a place inside curly quotes, and not after them', () => {
    expect(inside('Kirby said: “Forces earlier this evening struck.” Later that evening he left.', 'this evening')).toBe(true);
    expect(inside('Kirby said: “Forces struck.” Later that evening he left.', 'that evening')).toBe(false);
  });

  it('follows a quotation across the sentences of its paragraph, and not into the next paragraph', () => {
    expect(inside('He said: “We acted. We struck tonight.”', 'tonight')).toBe(true);
    expect(inside('He said: “We acted.\n\nWe struck tonight.', 'tonight')).toBe(false);
  });

  it('looks for a quotation’s opening only a few sentences back, as a paragraph may be a whole text', () => {
    const long = Array.from({ length: 60 }, () => 'The jets flew over the river valley that night.').join(' ');
    expect(inside(`He said: “We struck. ${long} We struck tonight.`, 'tonight')).toBe(false);
    expect(inside(`${long} He said: “We struck. We struck tonight.`, 'tonight')).toBe(true);
  });

  it('counts straight quotes in pairs', () => {
    expect(inside('He said "we struck tonight" and left.', 'tonight')).toBe(true);
    expect(inside('He said "we struck" and left tonight.', 'tonight')).toBe(false);
  });
});
