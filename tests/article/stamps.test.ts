import { describe, expect, it } from 'vitest';
import { debrisReason, isBylineOrTimestamp, isReadTimeOrCounter, isStampLine } from '../../lib/article/debris';
import { extractFromDocument } from '../../lib/article/from-dom';
import { extractFromPlainText } from '../../lib/article/from-text';
import { DOMS } from './helpers';

// Lines written for these tests in the shapes news pages stamp themselves with; none is a real page's text.

describe('publication stamps, read times and counters by their shape', () => {
  it.each([
    '3 min read',
    '12-minute read',
    'Reading time: 6 minutes',
    '2,310 reads',
    'Views: 18,402',
    '954 views',
    '37 total views today',
    'Viewed 1,208 times',
    '1,204 ratings',
    'ID: 123456',
    'Story Code: 1091491',
    'News ID 170427',
  ])('a read time or counter on its own line is page metadata: %s', (line) => {
    expect(isReadTimeOrCounter(line)).toBe(true);
    expect(debrisReason(line)).toBe('byline');
  });

  it.each([
    'Mar. 3, 2021 | By Pat Lane , Defense Wire',
    'By Wire Desk · October 28, 2023 · 3,120 reads',
    'No. 4417 · Sat, 10/28/2023 - 09:05 · Author: Regional Agency',
    'Oct. 27, 2023, 8:02 PM EDT / Updated Oct. 28, 2023, 1:15 AM EDT',
    'Sam Ortega · Saturday 28 October 2023 09:40',
    'October. 28, 2023 08:44. by Jun-Ho Lee jhlee@example.com',
    'Permalink https://example.com/p/3xy9Q',
    'Reporting by Sam Ortega in Baghdad; Editing by Jun-Ho Lee',
  ])('a byline line made only of stamps and names is page metadata: %s', (line) => {
    expect(isBylineOrTimestamp(line)).toBe(true);
  });

  it('reads a live blog entry’s writer and time as a stamp', () => {
    expect(isBylineOrTimestamp('Sam Ortega 28 October 2023 10:05')).toBe(true);
  });

  it.each(['Washington/Beirut, February 27, 2021', 'AMMAN, Oct. 28, 2023', 'Erbil, 16 February 2021'])(
    'reads a dispatch’s place and date on a line of their own as a stamp: %s',
    (line) => {
      expect(isBylineOrTimestamp(line)).toBe(true);
    },
  );

  it('reads an embedded post’s credit line as a stamp, not the post itself', () => {
    expect(isBylineOrTimestamp('— Desk Watcher (@deskwatch) October 27, 2023')).toBe(true);
    expect(isBylineOrTimestamp('— Desk Watcher (@deskwatch): 22 killed on October 27, 2023')).toBe(false);
  });

  it.each(['Syria, Iraq and Iran, in 2021, traded blame', 'Kirby, Feb. 26: 22 were killed'])('keeps a sentence that opens on a place or name: %s', (line) => {
    expect(isBylineOrTimestamp(line)).toBe(false);
  });

  it.each([
    // Sentences with figures, even short ones or ones with a separator, are the story.
    'Jets hit two depots on Thursday | officials said 9 were killed',
    'At least 17 fighters were killed · 3 were wounded',
    'The raid on Feb. 25, 2021 killed 22 people.',
    'Iraq - Syria border',
    '7 minutes after the blast, sirens sounded.',
    'Two jets dropped 7 bombs',
    // Only names: a credit line without a stamp is left to the other rules.
    'Pat Lane | Defense Wire',
  ])('is not a stamp: %s', (line) => {
    expect(isStampLine(line)).toBe(false);
    expect(isReadTimeOrCounter(line)).toBe(false);
  });
});

const STORY =
  '<p>American jets struck depots in eastern Syria overnight, officials said on a day of tension, and the raid killed 9 fighters near the border.</p>' +
  '<p>A monitor put the toll higher, at 12, in a report that followed the raid by a few hours.</p>';

describe.each(DOMS)('page chrome around the article ($name)', (dom) => {
  const extract = (body: string, head = '') => {
    const page = dom.parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
    try {
      return extractFromDocument(page.document);
    } finally {
      page.close();
    }
  };

  it('leaves out meta, timestamp, author and time blocks, keeping the story', () => {
    const article = extract(
      `<article><h1>Jets strike depots</h1>` +
        `<div class="post-meta"><span>Wire Desk</span> <span>28 October, 2023</span> <span>3 min read</span></div>` +
        `<div class="timestamp"><time datetime="2023-10-28T01:02:00Z">Oct. 27, 2023, 9:02 PM EDT</time></div>` +
        `<div class="story-author">Sam Ortega · <time>Saturday 28 October 2023 09:40</time></div>` +
        `${STORY}<span class="entry-time">Sam Ortega 28 October 2023 10:05</span></article>`,
    );
    expect(article.text).toContain('killed 9 fighters');
    expect(article.text).toContain('at 12,');
    for (const chrome of ['28 October, 2023', '3 min read', '9:02 PM', 'Sam Ortega', '10:05']) expect(article.text).not.toContain(chrome);
  });

  it('leaves out a stamp line by its shape, whatever its class', () => {
    const article = extract(`<article><h1>Jets strike depots</h1><p class="info">Oct. 28, 2023 | By Pat Lane , Defense Wire</p>${STORY}<p>1,930 reads</p></article>`);
    expect(article.text).not.toContain('Oct. 28, 2023');
    expect(article.text).not.toContain('1,930');
    expect(article.text).toContain('killed 9 fighters');
  });

  it('keeps the publication date as evidence though the stamp is left out of the text', () => {
    const article = extract(
      `<article><h1>Jets strike depots</h1><div class="byline">By Pat Lane | Oct. 28, 2023</div>${STORY}</article>`,
    );
    expect(article.text).not.toContain('Oct. 28, 2023');
    expect(article.published).toMatchObject({ year: 2023, month: 10, day: 28 });
  });

  it('leaves out comments, teasers and most-read lists', () => {
    const article = extract(
      `<main><article><h1>Jets strike depots</h1>${STORY}</article>` +
        `<div class="teaser-list"><p>Earlier: 4 rockets hit a base, the second attack in a week that left people hurt.</p></div>` +
        `<section class="most-viewed"><p>Markets fall 3% as oil climbs on worries over supply from the region.</p></section>` +
        `<div class="comment"><p>Only 9? The real number must be far higher than that, surely.</p></div></main>`,
    );
    expect(article.text).toContain('killed 9 fighters');
    for (const chrome of ['4 rockets', '3%', 'Only 9?']) expect(article.text).not.toContain(chrome);
  });
});

describe('a plain text with its stamps', () => {
  it('leaves the byline and read time out of the text but dates the text by them', () => {
    const text = `Jets strike depots\n\nOct. 28, 2023 | By Pat Lane\n\n4 min read\n\nAmerican jets struck depots in eastern Syria overnight and killed 9 fighters, officials said.`;
    const article = extractFromPlainText(text);
    expect(article.text).not.toContain('Oct. 28, 2023');
    expect(article.text).not.toContain('4 min read');
    expect(article.published).toMatchObject({ year: 2023, month: 10, day: 28 });
  });
});
