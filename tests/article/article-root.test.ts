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

describe('a page of several full stories', () => {
  const story = (cls: string, headline: string, sentence: string, times: number) =>
    `<article class="${cls}"><header><h2 class="entry-title">${headline}</h2><time class="entry-date published" datetime="${times > 6 ? '2019-12-30' : '2021-02-26'}">x</time></header><div class="entry-content">${`<p>${sentence}</p>`.repeat(times)}</div></article>`;
  const page = (title: string, first: string, second: string) =>
    parseHTML(`<html><head><meta property="og:title" content="${title}"></head><body><main>${first}${second}</main></body></html>`).document as unknown as Document;
  const first = story('story', 'Jets strike a border crossing in Syria', 'Jets struck the border crossing on Thursday, officials said.', 4);
  const next = story('story', 'Strikes hit militia sites in Iraq last year', 'Strikes hit militia sites in Iraq and Syria, officials said then.', 7);

  it('reads the story whose headline is the page’s title, though the one loaded below runs longer', () => {
    const root = chooseRoot(page('Jets strike a border crossing in Syria', first, next));
    expect(root.textContent).toContain('border crossing on Thursday');
    expect(root.textContent).not.toContain('Iraq and Syria, officials said then');
  });

  it('reads the longest when no headline is the page’s title', () => {
    expect(chooseRoot(page('World news', first, next)).textContent).toContain('officials said then');
  });

  it('reads an index’s posts, whose headlines link to their own pages, as stories of their own, not one story’s parts', () => {
    const linked = (headline: string) => `<a href="/${headline.length}/">${headline}</a>`;
    const doc = page('Tag: Middle East', first.replace('Jets strike a border crossing in Syria', linked('Jets strike')), next.replace('Strikes hit militia sites in Iraq last year', linked('Strikes hit')));
    expect(chooseRoot(doc).tagName.toLowerCase()).toBe('article');
    // Unlinked, alike and without an <h1>, they are a live blog's entries, read together.
    expect(chooseRoot(page('Tag: Middle East', first, next)).tagName.toLowerCase()).toBe('main');
  });

  it('reads every page of a story told in custom elements of one tag (an AMP story), not its longest page', () => {
    const storyPage = (text: string) => `<amp-story-page><amp-story-grid-layer template="vertical"><p>${text}</p></amp-story-grid-layer></amp-story-page>`;
    const doc = parseHTML(`<html><body><amp-story>
      <amp-story-page id="cover"><amp-story-grid-layer><h1>Jets strike two sites in eastern Syria</h1></amp-story-grid-layer></amp-story-page>
      ${storyPage('Two jets carried out the strikes on Friday near the border, an official said.')}
      ${storyPage('The official said there was no information on casualties yet.')}
      ${storyPage('A monitor said ambulances raced to the area. It was unclear whether anyone was hurt, and whether the sites were empty.')}
    </amp-story></body></html>`).document as unknown as Document;
    const text = chooseRoot(doc).textContent ?? '';
    expect(text).toContain('Two jets carried out the strikes on Friday');
    expect(text).toContain('no information on casualties');
    expect(text).toContain('ambulances raced');
  });
});
