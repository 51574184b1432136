/** The background's engine handler: answers an article from a content script, and nothing else. */
import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { answerAnnotate, MAX_ARTICLE_CHARS } from '../../entrypoints/background/annotate';
import { wireArticle } from '../../lib/engine/findings-wire';

const TEXT = `US strike in Syria kills militia fighters

The United States carried out an airstrike in eastern Syria on Thursday against facilities used by Iran-backed militias, the Pentagon said.

The Syrian Observatory for Human Rights said at least 22 fighters were killed. Kataib Hezbollah said one of its members died.

Pentagon spokesman John Kirby said the strike destroyed multiple facilities at a border control point.`;

describe('the background’s engine handler', () => {
  const article = wireArticle(extractFromPlainText(TEXT));

  it('answers an article with the engine’s findings and the event’s title', () => {
    const wire = answerAnnotate({ article: structuredClone(article) });
    expect(wire?.event).toMatch(/^2021-02-25/);
    expect(wire?.eventTitle).toBeTruthy();
    expect(wire?.bodies.some((b) => b.fact === 'strike.killed')).toBe(true);
  });

  it('answers null to anything that is not an article it can read', () => {
    for (const bad of [
      undefined,
      'text',
      { ...article, text: 42 },
      { ...article, blocks: 'all' },
      { ...article, blocks: [{ start: 0, end: article.text.length + 10, kind: 'paragraph' }] },
      { ...article, blocks: [{ start: 5, end: 2, kind: 'paragraph' }] },
      { ...article, blocks: [{ start: 0, end: 10, kind: 'script' }] },
      { ...article, text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) },
    ]) {
      expect(answerAnnotate({ article: bad })).toBeNull();
    }
  });
});
