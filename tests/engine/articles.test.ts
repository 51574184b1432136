/**
 * The engine on the development corpus (tests/corpus/<slug>/), against each folder's hand-written
 * expected.json, judged by the same rules as `npm run eval` (tests/corpus/score.ts).
 *
 * Articles written for the tests with no real report behind them (`outlet: null`) pin down behaviours the
 * engine already has, so every expectation of theirs must hold here. Articles rebuilt from real reporting
 * measure how far the engine still is from a careful reader: their misses are listed by `npm run eval` and
 * held, as a whole, by the floors in tests/corpus/eval.test.ts; here they must only be read without error.
 */
import { describe, expect, it } from 'vitest';
import { corpusSlugs, readCorpusArticle } from '../corpus/load';
import { runCorpusArticle } from '../corpus/run';
import type { Miss, MissKind } from '../corpus/score';

const lines = (misses: Miss[], kinds: MissKind[]) => misses.filter((m) => kinds.includes(m.kind)).map((m) => m.detail);

const entries = corpusSlugs().map((slug) => readCorpusArticle(slug));
const invented = entries.filter((e) => e.expected.outlet === null);
const real = entries.filter((e) => e.expected.outlet !== null);

describe.each(real.map((e) => [e.slug, e] as const))('%s (a real report: its misses are counted by npm run eval)', (slug, entry) => {
  it('is read and scored', () => {
    const { article, findings, score } = runCorpusArticle(entry);
    expect(score.slug).toBe(slug);
    expect(findings.article).toBe(article.text);
  });
});

describe.each(invented.map((e) => [e.slug, e] as const))('%s (written for the tests: every expectation holds)', (_slug, entry) => {
  const { article, findings, score } = runCorpusArticle(entry);
  const c = entry.expected;

  it(`is about ${c.event ?? 'no event'}`, () => {
    expect(findings.event).toBe(c.event);
    if (c.event === null) expect(findings.marks).toEqual([]);
  });

  it('leaves page chrome out of the article text', () => {
    for (const text of c.articleExcludes) expect(article.text, text).not.toContain(text);
  });

  if (c.marks.length > 0) {
    it('highlights what a careful reader would, with the right fact and status', () => {
      expect(lines(score.misses, ['not-in-article', 'not-found', 'wrong-fact', 'wrong-status'])).toEqual([]);
    });
  }

  if (c.unmarked.length > 0) {
    it('does not highlight chrome, ordinals, years or statement dates', () => {
      expect(lines(score.misses, ['unmarked-highlighted'])).toEqual([]);
    });
  }
});
