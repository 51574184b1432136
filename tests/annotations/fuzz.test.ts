/**
 * Property tests (fast-check) on random and adversarial input: the import never throws and either
 * refuses with a sentence or gives valid notes; anchoring never throws and finds a described passage
 * again in the unchanged text; Markdown and CSV exports of any reader text stay text.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../lib/annotations/export-csv';
import { exportJson } from '../../lib/annotations/export-json';
import { escapeBlock, escapeInline } from '../../lib/annotations/markdown-escape';
import { parseImport } from '../../lib/annotations/import';
import { LIMITS } from '../../lib/annotations/import-schema';
import { HIGHLIGHT_COLOURS, type ReaderAnnotation } from '../../lib/annotations/model';
import { sortAnnotations } from '../../lib/annotations/order';
import { anchor, describeRange } from '../../lib/annotations/selectors';
import { isWebUrl, normaliseUrl } from '../../lib/annotations/url';

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 200) };

/** Text with what trips parsers and renderers: markup, quotes, surrogates, controls, long runs. */
const nastyText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.stringMatching(/^[%=#*_`\[\]<>|~$&\\!()+\-.:\/@\s\w"',;\r\n\t]{0,60}$/),
  fc.constantFrom('%%', '==', '=cmd|" /C calc"!A0', '@SUM(1)', '+1', '-1', '\t=1', '\r=1', '<script>', '[x](javascript:1)', '#tag', '\uD800', '\u202E', '\u0000'),
);

const uuid = fc.uuid();
const isoDate = fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

const validAnnotation: fc.Arbitrary<ReaderAnnotation> = fc.record({
  id: uuid,
  url: fc.webUrl({ validSchemes: ['http', 'https'] }),
  title: nastyText,
  quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: nastyText.filter((s) => s.length > 0), prefix: nastyText, suffix: nastyText }),
  position: fc.tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 1000 })).map(([start, len]) => ({ type: 'TextPositionSelector' as const, start, end: start + len })),
  colour: fc.constantFrom(...HIGHLIGHT_COLOURS),
  note: nastyText,
  tags: fc.array(nastyText.filter((t) => t.trim().length > 0 && t.length <= 100), { maxLength: 5 }),
  created: isoDate,
  modified: isoDate,
});

function checkParsed(result: ReturnType<typeof parseImport>): void {
  if (!result.ok) {
    // One sentence the reader can act on.
    expect(result.error).toMatch(/^This file (is not a Crosscheck export|cannot be imported): .+\.$/s);
    return;
  }
  for (const a of result.annotations) {
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(isWebUrl(a.url)).toBe(true);
    expect(HIGHLIGHT_COLOURS).toContain(a.colour);
    expect(a.quote.exact.length).toBeGreaterThan(0);
    expect(a.quote.exact.length).toBeLessThanOrEqual(LIMITS.quote);
    expect(a.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(a.note.length).toBeLessThanOrEqual(LIMITS.note);
    expect(a.tags.length).toBeLessThanOrEqual(LIMITS.tags);
    expect(a.position.start).toBeLessThanOrEqual(a.position.end);
    expect(Number.isNaN(Date.parse(a.created))).toBe(false);
    expect(Number.isNaN(Date.parse(a.modified))).toBe(false);
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
  }
}

describe('parseImport under fuzzing', () => {
  it('never throws on random strings, and refuses them with a sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        checkParsed(parseImport(text));
      }),
      RUNS,
    );
  });

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        checkParsed(parseImport(JSON.stringify(value)));
      }),
      RUNS,
    );
  });

  it('reads back every export of valid notes, unchanged', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validAnnotation, { maxLength: 8, selector: (a) => a.id }), (notes) => {
        const result = parseImport(exportJson(notes, null, new Date('2025-01-01T00:00:00Z')));
        checkParsed(result);
        // In the export's order (by page and position).
        expect(result.ok && result.annotations).toEqual(sortAnnotations(notes).map((n) => ({ ...n, url: normaliseUrl(n.url) })));
      }),
      RUNS,
    );
  });

  it('mutated exports (a field replaced by a random value, hostile keys, deep nesting) never throw', () => {
    const base = JSON.parse(exportJson([], null, new Date('2025-01-01T00:00:00Z'))) as Record<string, unknown>;
    const fields = ['type', 'id', 'created', 'modified', 'body', 'target', 'crosscheck:title', 'crosscheck:colour', 'motivation', '__proto__', 'constructor'];
    fc.assert(
      fc.property(validAnnotation, fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 4 }), fc.nat({ max: 40 }), (note, field, value, depth) => {
        const file = JSON.parse(exportJson([note], null, new Date('2025-01-01T00:00:00Z'))) as { first: { items: Array<Record<string, unknown>> } };
        const item = file.first.items[0]!;
        let json = JSON.stringify({ ...base, first: { ...file.first, items: [item] } });
        const poisoned = `"${field}":${JSON.stringify(value)}`;
        json = json.replace('"type":"Annotation"', `${poisoned},"type":"Annotation"`);
        json = json.replace('"items":[', `"items":[${'['.repeat(depth)}${']'.repeat(depth)}${depth ? ',' : ''}`);
        checkParsed(parseImport(json));
      }),
      RUNS,
    );
  });
});

describe('anchoring under fuzzing', () => {
  const article = fc.oneof(
    fc.string({ minLength: 1, maxLength: 400 }),
    fc.array(fc.constantFrom('22 ', 'killed ', 'the ', 'strike ', 'in ', 'Syria', '. ', '\n', 'F-15E ', 'seven '), { minLength: 1, maxLength: 120 }).map((w) => w.join('')),
  );

  it('finds a described passage again at the same span in the unchanged text', () => {
    fc.assert(
      fc.property(article, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const { quote, position } = describeRange(text, start, end);
        const found = anchor(text, quote, position);
        expect(found).toMatchObject({ start, end });
      }),
      RUNS,
    );
  });

  it('never throws, whatever the quote, context and position', () => {
    fc.assert(
      fc.property(
        article,
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: -10, max: 10_000 }),
        fc.integer({ min: -10, max: 10_000 }),
        (text, exact, prefix, suffix, start, end) => {
          const found = anchor(text, { type: 'TextQuoteSelector', exact, prefix, suffix }, { type: 'TextPositionSelector', start, end });
          if (found) {
            expect(found.start).toBeGreaterThanOrEqual(0);
            expect(found.end).toBeLessThanOrEqual(text.length);
            expect(found.start).toBeLessThanOrEqual(found.end);
          }
        },
      ),
      RUNS,
    );
  });
});

/** Markdown text outside code spans where every construct a renderer or notes app acts on is escaped. */
function unescapedConstruct(markdown: string): string | null {
  const text = markdown;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\') {
      i += 1; // an escaped character
      continue;
    }
    // A code span (an address) opens on an unescaped backtick and is shown as it is, up to its closing one.
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) return `\` at ${i}`;
      i = close;
      continue;
    }
    if ('*_[]<>|~$&'.includes(c)) return `${c} at ${i}`;
    if ((c === '%' || c === '=') && text[i + 1] === c) return `${c}${c} at ${i}`;
    if (c === '#' && (i === 0 || !/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, i - 2), i)))) return `# at ${i}`;
  }
  return null;
}

describe('exports of random reader text', () => {
  it('Markdown: no unescaped construct in a line or a block of reader text', () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        expect(unescapedConstruct(escapeInline(text))).toBeNull();
        for (const line of escapeBlock(text)) {
          expect(unescapedConstruct(line)).toBeNull();
          expect(line).not.toMatch(/^(\s{4}|[-+=]|\d{1,9}[.)])/);
        }
      }),
      RUNS,
    );
  });

  it('CSV: every cell reads back as written, a formula start guarded by a quote mark', () => {
    fc.assert(
      fc.property(validAnnotation, (note) => {
        const csv = exportCsv([note], null, new Date('2025-01-01T00:00:00Z'));
        const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
        const row = parsed.data[1]!;
        const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(row).toEqual([note.id, note.url, note.title, note.quote.exact, note.note, note.tags.join(', '), note.colour, note.created, note.modified].map(guard));
        for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      RUNS,
    );
  });
});
