/**
 * The root's choice in steps (lib/article/article-root.ts): measuring a long page's paragraphs yields to
 * the page, and the choice is the one made at once.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chooseRoot, chooseRootInSteps } from '../../lib/article/article-root';

const PAGE = `<html><body>
  <aside><p>Most read: a story about something else.</p></aside>
  <main><article class="story">${'<p>Officials said the strike hit two buildings near the border.</p>'.repeat(1000)}</article></main>
</body></html>`;

describe('choosing the root in steps', () => {
  it('yields while it measures the paragraphs, and chooses as it does at once', () => {
    const { document } = parseHTML(PAGE);
    const doc = document as unknown as Document;
    const steps = chooseRootInSteps(doc, () => true);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 1,000 paragraphs, a question to pause() every 64 of them.
    expect(yields).toBe(15);
    expect(step.value).toBe(chooseRoot(doc));
    expect(step.value.tagName.toLowerCase()).toBe('article');
  });

  it('does not yield when the page need not have its thread back', () => {
    const { document } = parseHTML(PAGE);
    const steps = chooseRootInSteps(document as unknown as Document, () => false);
    expect(steps.next().done).toBe(true);
  });
});
