import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportFile, exportJson, exportMarkdown, slugify } from '../../lib/annotations/export';
import { autolink, escapeBlock, escapeInline, escapeLine } from '../../lib/annotations/markdown-escape';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { ANNOTATIONS, DEPOT, FINDINGS, GENERATED, HOSTILE, MARKETS, TOLL } from './fixtures';

/** The golden files are the spec: written by hand and checked by eye, compared byte for byte. */
function golden(name: string): string {
  return readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');
}

describe('exportJson', () => {
  it('writes the golden W3C AnnotationCollection, with findings', () => {
    expect(exportJson(ANNOTATIONS, FINDINGS, GENERATED)).toBe(golden('export.json'));
  });

  it('leaves findings out when none are given, and is otherwise the same', () => {
    const withFindings = JSON.parse(golden('export.json')) as Record<string, unknown>;
    delete withFindings['crosscheck:findings'];
    const json = exportJson(ANNOTATIONS, null, GENERATED);
    expect(json).not.toContain('crosscheck:findings');
    expect(JSON.parse(json)).toEqual(withFindings);
  });

  it('does not depend on the order notes are given in', () => {
    expect(exportJson([...ANNOTATIONS].reverse(), [...FINDINGS].reverse(), GENERATED)).toBe(golden('export.json'));
  });

  it('writes an empty collection', () => {
    const json = JSON.parse(exportJson([], null, GENERATED)) as { total: number; first: { items: unknown[] } };
    expect(json.total).toBe(0);
    expect(json.first.items).toEqual([]);
  });
});

describe('exportMarkdown', () => {
  it('writes the golden Markdown, with findings', () => {
    expect(exportMarkdown(ANNOTATIONS, FINDINGS, GENERATED)).toBe(golden('export.md'));
  });

  it('writes the golden Markdown, notes only', () => {
    expect(exportMarkdown(ANNOTATIONS, null, GENERATED)).toBe(golden('export-notes-only.md'));
  });

  it('never writes a raw link, tag, heading, HTML tag or list from the reader’s text', () => {
    const md = exportMarkdown([HOSTILE, MARKETS], null, GENERATED);
    const lines = md.split('\n');
    // Our own structure only: the title, headings per article, blockquotes.
    expect(lines.filter((l) => /^#/.test(l))).toEqual([
      '# Crosscheck notes',
      '## Strike near Bukamal kills at least 22',
      '## =HYPERLINK("`http://evil.example`","Markets") slide',
    ]);
    expect(lines.filter((l) => /^\s*([-+*]|\d+[.)])\s/.test(l))).toEqual([]);
    expect(md).not.toMatch(/(^|[^\\])<(?!https?:\/\/[^>]+>)/m); // the only unescaped < open our autolinks
    expect(md).not.toMatch(/(^|[^\\`])\[/m);
    expect(md).not.toMatch(/(^|\s)#[^\s#]/m);
    expect(md).not.toMatch(/(^|[^`])javascript:/m);
  });

  it('shows only http(s) page addresses as links', () => {
    const note: ReaderAnnotation = { ...TOLL, url: 'javascript:alert(1)' };
    const md = exportMarkdown([note], null, GENERATED);
    expect(md).not.toContain('javascript:');
    expect(md).toContain('Address not shown: it is not a web address.');
  });

  it('names an untitled page by its host', () => {
    const md = exportMarkdown([{ ...TOLL, title: '  ' }], null, GENERATED);
    expect(md).toContain('## news.example\n');
  });
});

describe('markdown escaping', () => {
  it.each([
    ['#tag', '\\#tag'],
    ['a #tag and ##two', 'a \\#tag and \\#\\#two'],
    ['C# and x#y', 'C# and x#y'],
    ['(#tag)', '(\\#tag)'],
    ['[x](javascript:alert(1))', '\\[x\\](`javascript:alert(1))`'],
    ['![img](http://evil.example/a.png)', '!\\[img\\](`http://evil.example/a.png)`'],
    ['[[wiki link]]', '\\[\\[wiki link\\]\\]'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['<https://evil.example>', '\\<`https://evil.example`\\>'],
    ['&lt;b&gt;', '\\&lt;b\\&gt;'],
    ['*a* _b_ **c** __d__', '\\*a\\* \\_b\\_ \\*\\*c\\*\\* \\_\\_d\\_\\_'],
    ['`code` ~~s~~ $m$ a|b', '\\`code\\` \\~\\~s\\~\\~ \\$m\\$ a\\|b'],
    ['back\\slash', 'back\\\\slash'],
    ['see www.evil.example or a@b.example', 'see `www.evil.example` or `a@b.example`'],
    ['line\nbreak', 'line break'],
    ['Key data: 14 dead, file: closed', 'Key data: 14 dead, file: closed'],
    ['javascript:void(0) and JavaScript:alert(1)', '`javascript:void(0)` and `JavaScript:alert(1)`'],
    ['%%hidden comment%%', '\\%\\%hidden comment\\%\\%'],
    ['==highlighted== text', '\\=\\=highlighted\\=\\= text'],
    ['100% sure, x = 1, a %%% b', '100% sure, x = 1, a \\%\\%\\% b'],
  ])('escapeInline(%j) = %j', (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['* item', '\\* item'],
    ['1. item', '1\\. item'],
    ['12) item', '12\\) item'],
    ['# Heading', '\\# Heading'],
    ['> quote', '\\> quote'],
    ['===', '\\=\\=\\='],
    ['= one', '\\= one'],
    ['---', '\\---'],
    ['    indented code', 'indented code'],
    ['2026. A year', '2026\\. A year'],
    ['plain 1. text', 'plain 1. text'],
  ])('escapeLine(%j) = %j', (input, expected) => {
    expect(escapeLine(input)).toBe(expected);
  });

  it('keeps line and paragraph breaks of a note', () => {
    expect(escapeBlock('one\r\ntwo\n\n\n- three\n')).toEqual(['one\\', 'two', '', '\\- three']);
    expect(escapeBlock('')).toEqual([]);
  });

  it('makes autolinks of http(s) addresses only', () => {
    expect(autolink('https://news.example/a?b=1')).toBe('<https://news.example/a?b=1>');
    expect(autolink('javascript:alert(1)')).toBeNull();
    expect(autolink('https://news.example/a b')).toBeNull();
    expect(autolink('https://news.example/a>b')).toBeNull();
  });
});

describe('exportCsv', () => {
  it('writes the golden CSV, notes only', () => {
    expect(exportCsv(ANNOTATIONS, null, GENERATED)).toBe(golden('export-notes-only.csv'));
  });

  it('writes the golden CSV with a row_type column, with findings', () => {
    expect(exportCsv(ANNOTATIONS, FINDINGS, GENERATED)).toBe(golden('export.csv'));
  });

  it('reads back, cell for cell, through a CSV parser', () => {
    const parsed = Papa.parse<string[]>(exportCsv(ANNOTATIONS, null, GENERATED).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(['id', 'url', 'title', 'quote', 'note', 'tags', 'colour', 'created', 'modified']);
    expect(rows.map((r) => r[0])).toEqual([DEPOT.id, TOLL.id, HOSTILE.id, MARKETS.id]);
    expect(rows[2]?.[4]).toBe(HOSTILE.note);
    expect(rows[2]?.[5]).toBe('#hostile, x]y');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil.example")\nsecond line'])(
    'makes a cell starting %j text, not a formula',
    (danger) => {
      const note = { ...TOLL, note: danger, title: danger, tags: [danger] };
      const [, row] = Papa.parse<string[]>(exportCsv([note], null, GENERATED).replace(/^\uFEFF/, '')).data;
      expect(row?.[2]).toBe(`'${danger}`);
      expect(row?.[4]).toBe(`'${danger}`);
      expect(row?.[5]).toBe(`'${danger}`);
    },
  );

  it('leaves other cells as they are', () => {
    const note = { ...TOLL, note: 'a = b, and -1 is "negative"', tags: [] };
    const [, row] = Papa.parse<string[]>(exportCsv([note], null, GENERATED).replace(/^\uFEFF/, '')).data;
    expect(row?.[4]).toBe('a = b, and -1 is "negative"');
  });
});

describe('exportFile', () => {
  it('names and types each format', () => {
    expect(exportFile('json', 'all', ANNOTATIONS, null, GENERATED)).toMatchObject({
      filename: 'crosscheck-notes-2026-11-22.json',
      mime: 'application/ld+json',
    });
    expect(exportFile('markdown', 'all', ANNOTATIONS, null, GENERATED)).toMatchObject({
      filename: 'crosscheck-notes-2026-11-22.md',
      mime: 'text/markdown',
    });
    expect(exportFile('csv', 'all', ANNOTATIONS, null, GENERATED)).toMatchObject({
      filename: 'crosscheck-notes-2026-11-22.csv',
      mime: 'text/csv',
    });
  });

  it('writes the same content as the format’s exporter', () => {
    expect(exportFile('json', 'all', ANNOTATIONS, FINDINGS, GENERATED).content).toBe(golden('export.json'));
    expect(exportFile('markdown', 'all', ANNOTATIONS, FINDINGS, GENERATED).content).toBe(golden('export.md'));
    expect(exportFile('csv', 'all', ANNOTATIONS, null, GENERATED).content).toBe(golden('export-notes-only.csv'));
  });

  it('exports one page: its notes and findings only, named after its title', () => {
    const file = exportFile('markdown', { url: 'https://news.example/world/bukamal-strike#top' }, ANNOTATIONS, FINDINGS, GENERATED);
    expect(file.filename).toBe('crosscheck-notes-2026-11-22-strike-near-bukamal-kills-at-least-22.md');
    expect(file.content).toContain('## Strike near Bukamal kills at least 22');
    expect(file.content).not.toContain('paper.example');
    expect(file.content).not.toContain('Monitor: toll rises');
    expect(file.content).toContain('3 notes on 1 article');
    const json = JSON.parse(exportFile('json', { url: TOLL.url }, ANNOTATIONS, FINDINGS, GENERATED).content) as {
      total: number;
      'crosscheck:findings': unknown[];
    };
    expect(json.total).toBe(3);
    expect(json['crosscheck:findings']).toHaveLength(1);
  });

  it('names a page without a usable title after its host', () => {
    const untitled = { ...MARKETS, title: '東京' };
    const file = exportFile('csv', { url: MARKETS.url }, [untitled], null, GENERATED);
    expect(file.filename).toBe('crosscheck-notes-2026-11-22-paper-example.csv');
    const www = exportFile('csv', { url: 'https://www.paper.example/x' }, [], null, GENERATED);
    expect(www.filename).toBe('crosscheck-notes-2026-11-22-paper-example.csv');
  });

  it('uses the UTC date of the export', () => {
    expect(exportFile('json', 'all', [], null, new Date('2026-11-22T23:59:59.999Z')).filename).toBe('crosscheck-notes-2026-11-22.json');
    expect(exportFile('json', 'all', [], null, new Date('2026-11-23T00:00:00.000Z')).filename).toBe('crosscheck-notes-2026-11-23.json');
  });
});

describe('slugify', () => {
  it.each([
    ['Strike near Bukamal kills at least 22', 'strike-near-bukamal-kills-at-least-22'],
    ['Zürich: “Crise” à l’ONU — 14 morts', 'zurich-crise-a-l-onu-14-morts'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>', 'script'],
    ['東京', ''],
    [
      'A very long headline about the strike that goes on and on well past fifty characters',
      'a-very-long-headline-about-the-strike-that-goes-on',
    ],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});
