import { describe, expect, it } from 'vitest';
import { extractFromPlainText, splitParagraphs } from '../../lib/article/from-text';
import { corpus } from '../../scripts/reference/corpus';
import { sources } from '../../lib/reference/sources';
import { blockTexts } from './helpers';

// Real paragraphs and debris lines, copied from the seed articles.
const P1 =
  'The US military launched an airstrike against an Iranian-backed paramilitary base in Syria on Thursday. Multiple targets were attacked by an airstrike that President Biden approved.';
const H1 = 'Biden ordered US airstrike against Syria';
const P2 =
  'A top US official told Fox News that the strike was a defensive tactic intended to stop and prevent possible rocket attacks by the militia group that recently struck Baghdad and Erbil.';
const READ_ALSO =
  "Read also: China Celebrates the 'Human Miracle,' Claims of Ending Extreme Poverty Among 100 Million Chinese";
const P3 =
  'On February 15, three 107 mm rockets targeted the Iraqi airbase in Irbil, where US troops are stationed, killing one U.S.-led coalition contractor and wounding US service members and others.';
const CAPTION =
  "US soldiers patrol the town of al-Qahtaniyah in Syria's northeastern Hasakeh province near the Turkish border on March 14, 2022. (Photo by Delil souleiman / AFP) DELIL SOULEIMAN/AFP via Getty Images";
const H2 = 'US Strikes Iranian-Backed Militias in Self-Defense Near Boukamal';
const P4 =
  '“The Iranians didn’t realize that Biden is not [former President Barack] Obama and that if they will continue down this road of miscalculation, they will eventually get hit,” said the Israeli official.';
const COPYRIGHT = '@ 2018 HNGN, All rights reserved. Do not reproduce without permission.';
const NEWSLETTER = 'Get Newsi In Your Inbox';
const COMMENT = 'Leave a comment';
const REQUIRED = 'Your email address will not be published. Required fields are marked *';

describe('extractFromPlainText', () => {
  const source = [P1, H1, P2, READ_ALSO, P3, H2, CAPTION, P4, COPYRIGHT, NEWSLETTER, COMMENT, REQUIRED].join('\n\n') + '\n';

  it('keeps the real paragraphs in order and drops the debris', () => {
    const a = extractFromPlainText(source);
    expect(blockTexts(a)).toEqual([P1, H1, P2, P3, H2, P4]);
    expect(a.text).toBe([P1, H1, P2, P3, H2, P4].join('\n\n'));
    for (const junk of ['Read also', 'Photo by', 'Getty', 'All rights reserved', 'Inbox', 'Leave a comment', 'Required fields']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('marks short unpunctuated lines as headings', () => {
    const a = extractFromPlainText(source);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it('gives blocks whose offsets index the text, separated by blank lines', () => {
    const a = extractFromPlainText(source);
    for (let i = 0; i < a.blocks.length; i++) {
      const b = a.blocks[i]!;
      expect(b.end).toBeGreaterThan(b.start);
      if (i > 0) expect(a.text.slice(a.blocks[i - 1]!.end, b.start)).toBe('\n\n');
    }
    expect(a.blocks[0]!.start).toBe(0);
    expect(a.blocks.at(-1)!.end).toBe(a.text.length);
  });

  it('collapses whitespace inside a paragraph, handles CRLF and whitespace-only separator lines', () => {
    const a = extractFromPlainText('  Rockets hit\tthe base\u00a0 at\r\n 6 p.m.  \r\n   \r\n\r\nTwo people   were hurt.\n');
    expect(a.text).toBe('Rockets hit the base at 6 p.m.\n\nTwo people were hurt.');
    expect(a.blocks).toHaveLength(2);
  });

  it('splits on single newlines when the text has no blank line', () => {
    const a = extractFromPlainText(`${P1}\n${READ_ALSO}\n${P2}\n${P3}`);
    expect(blockTexts(a)).toEqual([P1, P2, P3]);
  });

  it('does not split on single newlines when blank lines exist (hard-wrapped text)', () => {
    const a = extractFromPlainText('The strike hit\na depot near\nthe border.\n\nNo one was hurt.');
    expect(blockTexts(a)).toEqual(['The strike hit a depot near the border.', 'No one was hurt.']);
  });

  it('takes a headline on the first line as the title, and keeps it as a heading', () => {
    const a = extractFromPlainText(`${H2}\n\n${P1}\n\n${P2}`);
    expect(a.title).toBe(H2);
    expect(a.blocks[0]!.kind).toBe('heading');
    expect(a.text.startsWith(H2)).toBe(true);
  });

  it('has no title when the first paragraph is prose', () => {
    expect(extractFromPlainText(source).title).toBeNull();
  });

  it('handles empty input', () => {
    expect(extractFromPlainText('')).toEqual({ text: '', blocks: [], title: null });
    expect(extractFromPlainText('\n\n  \n')).toEqual({ text: '', blocks: [], title: null });
  });
});

// The five seed articles, as the reference bundles them.
const seedTexts = sources.map((s) => corpus[s.id] ?? '');

describe('seed articles', () => {
  // Per seed, in file order: paragraphs kept, the debris that must go, the headings expected.
  const expected: Array<{ kept: number; gone: string[]; headings: string[] }> = [
    { kept: 15, gone: [], headings: [] },
    { kept: 7, gone: [], headings: ['First known military action directed by Biden'] },
    {
      kept: 10,
      gone: ['Read also:', 'All rights reserved', 'Do not reproduce'],
      headings: ['Biden ordered US airstrike against Syria'],
    },
    {
      kept: 16,
      gone: ['Photo by', 'Getty Images', 'erroneous mention', 'Read Also:'],
      headings: ['US Strikes Iranian-Backed Militias in Self-Defense Near Boukamal', 'Iran-Linked Sites Amid Escalation Concerns'],
    },
    { kept: 11, gone: ['Inbox', 'Leave a comment', 'Required fields'], headings: [] },
  ];

  it.each(seedTexts.map((text, i) => [sources[i]?.id, i] as const))('source %s', (_id, i) => {
    const raw = seedTexts[i] ?? '';
    const a = extractFromPlainText(raw);
    const want = expected[i]!;
    expect(a.blocks).toHaveLength(want.kept);
    for (const g of want.gone) expect(a.text).not.toContain(g);
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(want.headings);
    // Every kept block is a paragraph of the source, in source order.
    const paragraphs = splitParagraphs(raw);
    let from = 0;
    for (const t of blockTexts(a)) {
      const at = paragraphs.indexOf(t, from);
      expect(at, t).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(paragraphs.length - a.blocks.length).toBe(
      { 0: 0, 1: 0, 2: 4, 3: 2, 4: 3 }[i as 0 | 1 | 2 | 3 | 4],
    );
  });
});

describe('invisible characters in plain text', () => {
  it('leaves soft hyphens, zero-width characters, word joiners and byte order marks out', () => {
    const article = extractFromPlainText('\uFEFFStrike in Syria\n\nThe monitor said 2\u00AD2 fighters, 1\u200B7 civilians and 3\u2060\u200D0 others were killed.');
    expect(blockTexts(article)).toEqual(['Strike in Syria', 'The monitor said 22 fighters, 17 civilians and 30 others were killed.']);
    expect(article.title).toBe('Strike in Syria');
  });

  it('does not read a byte order mark inside a number as a space', () => {
    expect(extractFromPlainText('About 1\uFEFF000 people were there.').text).toBe('About 1000 people were there.');
  });
});
