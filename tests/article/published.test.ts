import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import { parseDateStamp, publishedFromDocument, publishedFromText } from '../../lib/article/published';

const doc = (html: string) => parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document;
const body = '<p>American jets struck sites in eastern Syria, officials said, in a story long enough to be an article.</p>';

describe('publication date of a page of several posts', () => {
  const post = (day: string) => `<article class="post"><header><span class="byline"><time datetime="${day}">x</time></span></header>${body}</article>`;
  const page = doc(`<body><main>${post('2021-02-26')}${post('2019-12-30')}</main></body>`);

  it('takes the first post’s stamp of those a byline marks, in the page’s order', () => {
    expect(publishedFromDocument(page)).toMatchObject({ year: 2021, month: 2, day: 26, from: 'time' });
  });

  it('takes the stamp of the story read, when another post is read', () => {
    const second = page.querySelectorAll('article')[1]!;
    expect(publishedFromDocument(page, second)).toMatchObject({ year: 2019, month: 12, day: 30, from: 'time' });
  });
});

describe('publication date of a page', () => {
  it('reads article:published_time, keeping the writer’s day when the stamp has an offset', () => {
    const d = doc(`<head><meta property="article:published_time" content="2021-02-25T22:14:00-05:00"></head><body>${body}</body>`);
    expect(publishedFromDocument(d)).toEqual({ year: 2021, month: 2, day: 25, utc: false, instant: Date.UTC(2021, 1, 26, 3, 14), from: 'meta' });
  });

  it('keeps the moment of publication when the stamp gives a time and a zone, and only then', () => {
    expect(parseDateStamp('2023-10-26T22:41:00-04:00')?.instant).toBe(Date.UTC(2023, 9, 27, 2, 41));
    expect(parseDateStamp('2023-10-27T05:41+0300')?.instant).toBe(Date.UTC(2023, 9, 27, 2, 41));
    expect(parseDateStamp('2023-10-27T02:41:00Z')?.instant).toBe(Date.UTC(2023, 9, 27, 2, 41));
    expect(parseDateStamp('2023-10-26T22:41:00')?.instant).toBeUndefined();
    expect(parseDateStamp('2023-10-26')?.instant).toBeUndefined();
  });

  it('reads a plain "date" meta, as German news sites write it', () => {
    const d = doc(`<head><meta name="date" content="2021-02-26T03:58:00+01:00"></head><body>${body}</body>`);
    expect(publishedFromDocument(d)).toMatchObject({ year: 2021, month: 2, day: 26, from: 'meta' });
  });

  it('flags a day read off a UTC instant, which may be the writer’s day before', () => {
    const d = doc(`<head><meta property="article:published_time" content="2021-02-26T03:14:00Z"></head><body>${body}</body>`);
    expect(publishedFromDocument(d)).toMatchObject({ year: 2021, month: 2, day: 26, utc: true });
  });

  it('reads schema.org datePublished from JSON-LD, inside a @graph, past a broken block', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'ImageObject', datePublished: '2019-01-01' }, { '@type': 'NewsArticle', datePublished: '2023-10-28' }] });
    const d = doc(`<head><script type="application/ld+json">{ not json</script><script type="application/ld+json">${ld}</script></head><body>${body}</body>`);
    expect(publishedFromDocument(d)).toMatchObject({ year: 2023, month: 10, day: 28, from: 'json-ld' });
  });

  it('reads microdata datePublished', () => {
    const d = doc(`<body><article itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="datePublished" content="2021-03-01">March 1</span>${body}</article></body>`);
    expect(publishedFromDocument(d)).toMatchObject({ year: 2021, month: 3, day: 1, from: 'microdata' });
  });

  it('reads a <time datetime> in the article but not one in the comments', () => {
    const d = doc(`<body><article><div class="comments"><time datetime="2024-02-03">Feb 3</time></div><p class="meta">By A. Writer <time datetime="2021-02-26T09:00:00+00:00">Feb. 26</time></p>${body}</article></body>`);
    expect(publishedFromDocument(d)).toMatchObject({ year: 2021, month: 2, day: 26, from: 'time' });
  });

  it('reads a byline written out when the page has no machine-readable stamp', () => {
    const d = doc(`<body><article><div class="byline">By Jane Roe | Feb. 26, 2021 | 10:14 a.m.</div>${body}</article></body>`);
    expect(publishedFromDocument(d)).toMatchObject({ year: 2021, month: 2, day: 26, from: 'byline' });
  });

  it('reads the day in the page’s address when the page states none, and only then', () => {
    const at = (address: string, head = '') => publishedFromDocument(doc(`<head>${head}<link rel="canonical" href="${address}"></head><body>${body}</body>`));
    expect(at('https://example.com/world/2023/oct/28/strikes-syria')).toMatchObject({ year: 2023, month: 10, day: 28, from: 'address' });
    expect(at('https://example.com/2021/02/26/us-strike.html')).toMatchObject({ year: 2021, month: 2, day: 26, from: 'address' });
    expect(at('https://example.com/news/2021-02-27/strike')).toMatchObject({ year: 2021, month: 2, day: 27 });
    // A stamp the page gives goes first; an address with no full day, or an archive's capture stamp, gives none.
    expect(at('https://example.com/2023/10/28/x', '<meta property="article:published_time" content="2023-10-27">')).toMatchObject({ day: 27, from: 'meta' });
    expect(at('https://example.com/2023/10/strikes-syria')).toBeNull();
    expect(at('https://web.archive.org/web/20210226120000/https://example.com/strike')).toBeNull();
  });

  it('reads a byline or a <time> that writes its date in figures, day first where the day cannot be a month', () => {
    const byline = (line: string) => publishedFromDocument(doc(`<body><article><div class="byline">${line}</div>${body}</article></body>`));
    expect(byline('Staff Reporter | Friday, 26/02/2021')).toMatchObject({ year: 2021, month: 2, day: 26, from: 'byline' });
    expect(byline('Agency desk · 26.02.2021 · 11:05')).toMatchObject({ year: 2021, month: 2, day: 26 });
    expect(byline('NewsDesk 27-Feb-2021')).toMatchObject({ year: 2021, month: 2, day: 27 });
    expect(byline('Posted: 2021-02-27 09:30')).toMatchObject({ year: 2021, month: 2, day: 27 });
    // Both numbers could be a month: the US order, as before.
    expect(byline('By Jane Roe 02/03/2021')).toMatchObject({ year: 2021, month: 2, day: 3 });
    // A stamp that is only a short date, when the day is over 12: "02.26.21" (senate.gov), "26/02/21".
    expect(parseDateStamp('02.26.21')).toMatchObject({ year: 2021, month: 2, day: 26 });
    expect(parseDateStamp('26/02/21')).toMatchObject({ year: 2021, month: 2, day: 26 });
    expect(parseDateStamp('02.03.21')).toBeNull();
    expect(parseDateStamp('Vol. 12.26.21 of the series')).toBeNull();
    const time = doc(`<body><article><p class="byline">A. Writer <time>27/10/2023</time></p>${body}</article></body>`);
    expect(publishedFromDocument(time)).toMatchObject({ year: 2023, month: 10, day: 27, from: 'time' });
  });

  it('takes an archive’s capture stamp for no publication date, and reads the story’s own', () => {
    const archived = (site: string) =>
      doc(
        `<head><meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2024-06-28T14:02:11Z"></head>` +
          `<body><article><p class="byline">By Jane Roe, October 28, 2023</p>${body}</article></body>`,
      );
    expect(publishedFromDocument(archived('archive.ph'))).toMatchObject({ year: 2023, month: 10, day: 28, from: 'byline' });
    expect(publishedFromDocument(archived('The Daily Courier'))).toMatchObject({ year: 2024, month: 6, day: 28, from: 'meta' });
  });

  it('reads a plain stamp line right under the headline of a text-only page', () => {
    const d = doc(`<body><h1>Jets strike militia sites</h1><p>By Jane Roe</p><p>Friday, February 26, 2021 • 5:06 AM EST</p>${body}</body>`);
    expect(publishedFromDocument(d)).toMatchObject({ year: 2021, month: 2, day: 26, from: 'byline' });
  });

  it('says nothing for a page with no date of its own', () => {
    expect(publishedFromDocument(doc(`<body><article>${body}<p>The attack on Feb. 15, 2021 killed a contractor.</p></article></body>`))).toBeNull();
  });

  it('is carried on the extracted article', () => {
    const d = doc(`<head><meta property="article:published_time" content="2023-10-27"></head><body><article>${body}</article></body>`);
    expect(extractFromDocument(d).published).toMatchObject({ year: 2023, month: 10, day: 27 });
  });
});

describe('publication date of a plain text', () => {
  it('reads a stamp line near the top', () => {
    const text = 'Jets hit militia sites in Syria\n\nBy Jane Roe\nPublished 1 March 2021\n\nThe Pentagon on Monday said the strike last week destroyed nine facilities.';
    expect(publishedFromText(text)).toMatchObject({ year: 2021, month: 3, day: 1, from: 'byline' });
    expect(publishedFromText('Jets hit militia sites in Syria\n\nBy Jane Roe | 27.02.2021\n\nThe strike destroyed nine facilities.')).toMatchObject({ year: 2021, month: 2, day: 27 });
  });

  it('reads a dateline opening the story', () => {
    const text = 'WASHINGTON, Feb. 26, 2021 — U.S. jets bombed facilities in eastern Syria last night, the Pentagon said, in a long opening paragraph of a wire story.';
    expect(publishedFromText(text)).toMatchObject({ year: 2021, month: 2, day: 26, from: 'dateline' });
  });

  it('does not take a date inside a sentence of the story for the page’s date', () => {
    const text = 'U.S. jets bombed facilities in eastern Syria after a rocket attack on Erbil on February 15, 2021 killed a contractor and wounded several American service members.';
    expect(publishedFromText(text)).toBeNull();
  });
});

describe('date stamps', () => {
  it('refuses impossible days and years no news page carries', () => {
    expect(parseDateStamp('2021-02-30')).toBeNull();
    expect(parseDateStamp('0001-01-01')).toBeNull();
    expect(parseDateStamp('February 26, 2021')).toEqual({ year: 2021, month: 2, day: 26, utc: false });
    expect(parseDateStamp('26 Feb 2021')).toEqual({ year: 2021, month: 2, day: 26, utc: false });
  });
});
