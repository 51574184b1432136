// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import type { Findings } from '../../lib/engine/findings';
import { draftAnnotation, newId, pageFindingsFor, pageTitle, pageUrl } from '../../entrypoints/notes-ui/note-drafts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.title = '';
});

const page = { url: 'https://news.example/strike', title: 'Strike' };

describe('a new note', () => {
  it('is a highlight with no note yet: its quote and position in the article text, a fresh id, the time', () => {
    const text = 'The jets struck at 6 p.m., officials said.';
    const start = text.indexOf('6 p.m.');
    const now = new Date('2024-05-01T10:00:00Z');
    const a = draftAnnotation(text, { start, end: start + 6 }, page, 'green', now);
    expect(a).toMatchObject({ url: page.url, title: 'Strike', colour: 'green', note: '', tags: [], created: now.toISOString(), modified: now.toISOString() });
    expect(a.quote.exact).toBe('6 p.m.');
    expect(a.quote.prefix.endsWith('struck at ')).toBe(true);
    expect(a.position).toEqual({ type: 'TextPositionSelector', start, end: start + 6 });
    expect(draftAnnotation(text, { start, end: start + 6 }, page, 'green', now).id).not.toBe(a.id);
  });

  it('makes version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 20 }, newId));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the page a note is kept for', () => {
  it('is titled by the document, else by the article heading, else by its address', () => {
    document.body.innerHTML = '<article><h1>Jets strike compound</h1><p>A war monitor said 22 people were killed in the strike.</p></article>';
    const article = extractFromDocument(document);
    document.title = '  Strike \n news ';
    expect(pageTitle(document, article, page.url)).toBe('Strike news');
    document.title = '';
    expect(pageTitle(document, article, page.url)).toBe(article.title || page.url);
    expect(pageTitle(document, { ...article, title: '' }, page.url)).toBe(page.url);
  });

  it('is addressed by its canonical link when that is on its own host', () => {
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = `${location.origin}/canonical-story`;
    document.head.append(link);
    expect(pageUrl(document)).toBe(`${location.origin}/canonical-story`);
  });
});

describe('the findings kept beside the notes', () => {
  it('are what each highlight says and what the others reported, or null when the page matched no event', () => {
    const findings = {
      event: 'strike-2021',
      marks: [{ text: '22', kind: 'figure', fact: 'strike.killed', status: 'differs', others: [{ label: 'outlet a', value: '17', attribution: 'a monitor', source: 's' }] }],
    } as unknown as Findings;
    const now = new Date('2024-05-01T10:00:00Z');
    expect(pageFindingsFor(findings, page, now)).toEqual({
      url: page.url,
      title: 'Strike',
      event: 'strike-2021',
      findings: [{ text: '22', kind: 'figure', fact: 'strike.killed', status: 'differs', others: [{ outlet: 'outlet a', value: '17', attribution: 'a monitor' }] }],
      recorded: now.toISOString(),
    });
    expect(pageFindingsFor({ ...findings, event: null } as unknown as Findings, page)).toBeNull();
    expect(pageFindingsFor(null, page)).toBeNull();
  });
});
