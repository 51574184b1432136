import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../lib/annotations/export';
import { mergeImport, parseImport } from '../../lib/annotations/import';
import type { ReaderAnnotation } from '../../lib/annotations/model';
import { sortAnnotations } from '../../lib/annotations/order';
import { ANNOTATIONS, DEPOT, FINDINGS, GENERATED, HOSTILE, TOLL } from './fixtures';

const EXPORT = exportJson(ANNOTATIONS, FINDINGS, GENERATED);

/** The export with its first annotation changed by `edit`. */
function withFirstItem(edit: (item: Record<string, any>) => void): string {
  const file = JSON.parse(EXPORT) as { first: { items: Array<Record<string, any>> } };
  edit(file.first.items[0]!);
  return JSON.stringify(file);
}

function parsed(json: string): ReaderAnnotation[] {
  const result = parseImport(json);
  if (!result.ok) throw new Error(result.error);
  return result.annotations;
}

function rejection(json: string): string {
  const result = parseImport(json);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

const SENTENCE = /^This file (is not a Crosscheck export|cannot be imported): [^\n]+\.$/;

describe('parseImport: round trip', () => {
  it('reads back exactly the notes that were exported', () => {
    expect(parsed(EXPORT)).toEqual(sortAnnotations(ANNOTATIONS));
  });

  it('reads the golden export file', () => {
    const golden = readFileSync(new URL('./golden/export.json', import.meta.url), 'utf8');
    expect(parsed(golden)).toEqual(sortAnnotations(ANNOTATIONS));
  });

  it('round-trips an export of the import', () => {
    const again = exportJson(parsed(EXPORT), FINDINGS, GENERATED);
    expect(again).toBe(EXPORT);
  });

  it('keeps unicode, empty notes and hostile text as they are', () => {
    const odd: ReaderAnnotation = {
      ...HOSTILE,
      id: 'b0000000-0000-4000-8000-00000000000a',
      quote: { type: 'TextQuoteSelector', exact: '東京で 😀 «Zürich»', prefix: '', suffix: '\n\n' },
      title: '',
      note: '',
      tags: ['  spaced  ', 'ünï'],
    };
    expect(parsed(exportJson([odd], null, GENERATED))).toEqual([odd]);
  });

  it('accepts bare UUIDs, a byte-order mark, and a file without Crosscheck’s own fields', () => {
    const json = withFirstItem((item) => {
      item.id = 'A3B1C2D4-0000-4000-8000-0000000000FF';
      delete item['crosscheck:colour'];
      delete item['crosscheck:title'];
    });
    const [first] = parsed(`\uFEFF${json}`);
    expect(first).toMatchObject({ id: 'A3B1C2D4-0000-4000-8000-0000000000FF', colour: 'yellow', title: '' });
  });

  it('accepts the selectors in either order and normalises the page address', () => {
    const json = withFirstItem((item) => {
      item.target.selector.reverse();
      item.target.source = 'https://NEWS.example/world/bukamal-strike?utm_source=x#top';
    });
    expect(parsed(json)[0]).toEqual(DEPOT);
  });

  it('ignores the findings and anything else it does not know', () => {
    const file = JSON.parse(EXPORT) as Record<string, unknown>;
    file['crosscheck:findings'] = 'not even a list';
    file.extra = { nested: [1, 2, 3] };
    expect(parsed(JSON.stringify(file))).toEqual(sortAnnotations(ANNOTATIONS));
  });

  it('reads an empty export', () => {
    expect(parsed(exportJson([], null, GENERATED))).toEqual([]);
  });
});

describe('parseImport: rejections', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', 'hello, world', /it is not valid JSON/],
    ['an empty file', '', /it is empty/],
    ['a truncated file', EXPORT.slice(0, EXPORT.length / 2), /it is not valid JSON/],
    ['a JSON list', '[1, 2, 3]', /it is not a collection of annotations/],
    ['JSON null', 'null', /it is not a collection of annotations/],
    ['a JSON string', '"AnnotationCollection"', /it is not a collection of annotations/],
    ['no @context', EXPORT.replace(/"@context": \[[^\]]*\],/, ''), /it has no @context/],
    ['another @context', EXPORT.replace('http://www.w3.org/ns/anno.jsonld', 'https://schema.org/'), /not a W3C Web Annotation file/],
    ['another type', EXPORT.replace('"AnnotationCollection"', '"Collection"'), /it is not a collection of annotations/],
    ['no page', JSON.stringify({ ...JSON.parse(EXPORT), first: undefined }), /it has no page of annotations/],
    ['a page without items', EXPORT.replace('"items"', '"things"'), /it has no list of annotations/],
    ['an item that is not an annotation', withFirstItem((i) => (i.type = 'Note')), /annotation 1 is not an annotation/],
    ['an item that is a string', EXPORT.replace(/"items": \[/, '"items": ["hello", '), /annotation 1 is not an annotation/],
    ['a missing id', withFirstItem((i) => delete i.id), /annotation 1 has no id/],
    ['an id that is not a UUID', withFirstItem((i) => (i.id = 'urn:uuid:1234')), /annotation 1 has an id that is not a UUID/],
    ['an id with a path', withFirstItem((i) => (i.id = '../../a3b1c2d4-0000-4000-8000-000000000002')), /annotation 1 has an id that is not a UUID/],
    ['a missing target', withFirstItem((i) => delete i.target), /annotation 1 has no target/],
    ['a missing page address', withFirstItem((i) => delete i.target.source), /annotation 1 has no page address/],
    [
      'a javascript: URL',
      withFirstItem((i) => (i.target.source = 'javascript:alert(document.cookie)')),
      /annotation 1 has a page address that is not a web \(http or https\) address/,
    ],
    ['a data: URL', withFirstItem((i) => (i.target.source = 'data:text/html,<script>alert(1)</script>')), /not a web \(http or https\) address/],
    ['a file: URL', withFirstItem((i) => (i.target.source = 'file:///etc/passwd')), /not a web \(http or https\) address/],
    ['no selectors', withFirstItem((i) => delete i.target.selector), /annotation 1 has no selectors/],
    ['no quote selector', withFirstItem((i) => i.target.selector.shift()), /annotation 1 does not have exactly one quote selector/],
    ['two quote selectors', withFirstItem((i) => i.target.selector.push(i.target.selector[0])), /exactly one quote selector/],
    ['an unknown selector', withFirstItem((i) => (i.target.selector[1].type = 'XPathSelector')), /annotation 1 has a selector Crosscheck does not know/],
    ['a missing quote', withFirstItem((i) => delete i.target.selector[0].exact), /annotation 1 has no quote/],
    ['an empty quote', withFirstItem((i) => (i.target.selector[0].exact = '')), /annotation 1 has an empty quote/],
    ['a negative position', withFirstItem((i) => (i.target.selector[1].start = -1)), /annotation 1 has a negative position/],
    ['a fractional position', withFirstItem((i) => (i.target.selector[1].end = 72.5)), /not a whole number/],
    ['a position as text', withFirstItem((i) => (i.target.selector[1].end = '72')), /not a number/],
    ['a backwards position', withFirstItem((i) => (i.target.selector[1].start = 99)), /ends before it starts/],
    ['a missing creation time', withFirstItem((i) => delete i.created), /annotation 1 has no creation time/],
    ['a date that does not exist', withFirstItem((i) => (i.created = '2026-02-31T08:00:00.000Z')), /creation time that is not a real date/],
    ['a page that is a list', JSON.stringify({ ...JSON.parse(EXPORT), first: [] }), /it has no page of annotations/],
    ['an annotation without a type', withFirstItem((i) => delete i.type), /annotation 1 is not an annotation/],
    ['a date that is not ISO', withFirstItem((i) => (i.modified = 'yesterday')), /modification time that is not an ISO 8601 date/],
    ['a colour the model lacks', withFirstItem((i) => (i['crosscheck:colour'] = 'red')), /has a colour Crosscheck does not have/],
    ['a title that is not text', withFirstItem((i) => (i['crosscheck:title'] = { toString: 1 })), /page title that is not text/],
    ['a body that is not a list', withFirstItem((i) => (i.body = 'note')), /has a body that is not a list/],
    [
      'a body of unknown purpose',
      withFirstItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'replying', value: 'x' }])),
      /body that is neither a note nor a tag/,
    ],
    [
      'two notes',
      withFirstItem(
        (i) =>
          (i.body = [
            { type: 'TextualBody', purpose: 'commenting', value: 'a' },
            { type: 'TextualBody', purpose: 'commenting', value: 'b' },
          ]),
      ),
      /annotation 1 has more than one note/,
    ],
    ['an empty tag', withFirstItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'tagging', value: '' }])), /has an empty tag/],
    ['a note as HTML', withFirstItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'commenting', value: '<b>x</b>', format: 'text/html' }])), /not plain text/],
  ];

  it.each(cases)('refuses %s, in one clear sentence', (_, json, message) => {
    const error = rejection(json);
    expect(error).toMatch(SENTENCE);
    expect(error).toMatch(message);
  });

  it('says which annotation is wrong', () => {
    const file = JSON.parse(EXPORT) as { first: { items: Array<Record<string, any>> } };
    file.first.items[2]!.target.source = 'javascript:void(0)';
    expect(rejection(JSON.stringify(file))).toBe(
      'This file is not a Crosscheck export: annotation 3 has a page address that is not a web (http or https) address.',
    );
  });
});

describe('parseImport: limits', () => {
  it('refuses a note over 50,000 characters', () => {
    const json = withFirstItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(50_001) }]));
    expect(rejection(json)).toBe('This file cannot be imported: annotation 1 has a note longer than 50,000 characters.');
    const fits = withFirstItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(50_000) }]));
    expect(parsed(fits)[0]?.note).toHaveLength(50_000);
  });

  it('refuses a quote over 10,000 characters', () => {
    const json = withFirstItem((i) => (i.target.selector[0].exact = 'q'.repeat(10_001)));
    expect(rejection(json)).toBe('This file cannot be imported: annotation 1 has a quote longer than 10,000 characters.');
  });

  it('refuses more than 50 tags, and tags over 100 characters', () => {
    const tag = (value: string) => ({ type: 'TextualBody', purpose: 'tagging', value });
    const many = withFirstItem((i) => (i.body = Array.from({ length: 51 }, (_, n) => tag(`t${n}`))));
    expect(rejection(many)).toMatch(/^This file (cannot be imported|is not a Crosscheck export): annotation 1 has more than 50 tags\.$/);
    const fifty = withFirstItem((i) => (i.body = Array.from({ length: 50 }, (_, n) => tag(`t${n}`))));
    expect(parsed(fifty)[0]?.tags).toHaveLength(50);
    const long = withFirstItem((i) => (i.body = [tag('t'.repeat(101))]));
    expect(rejection(long)).toBe('This file cannot be imported: annotation 1 has a tag longer than 100 characters.');
  });

  it('refuses a page address over 8,192 characters', () => {
    const json = withFirstItem((i) => (i.target.source = `https://news.example/${'a'.repeat(8_200)}`));
    expect(rejection(json)).toMatch(/^This file cannot be imported: annotation 1 has a page address longer than 8,192 characters\.$/);
  });

  it('refuses more than 20,000 annotations before reading any', () => {
    const file = JSON.parse(exportJson([TOLL], null, GENERATED)) as { first: { items: unknown[] } };
    file.first.items = Array.from({ length: 20_001 }, () => 0);
    expect(rejection(JSON.stringify(file))).toBe('This file cannot be imported: it has more than 20,000 annotations.');
  });

  it('refuses a file over 20 MB without parsing it', () => {
    const huge = `{"pad": "${'x'.repeat(20 * 1024 * 1024)}"}`;
    expect(rejection(huge)).toBe('This file cannot be imported: it is larger than 20 MB.');
  });

  it('refuses 10 MB of nested arrays without parsing them', () => {
    const deep = `${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}`;
    const t0 = performance.now();
    expect(rejection(deep)).toBe('This file is not a Crosscheck export: its data is nested far more deeply than in an export.');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('does not count brackets inside strings as nesting', () => {
    const json = withFirstItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'commenting', value: '[[[[{{{{'.repeat(100) + '\\"' }]));
    expect(parsed(json)[0]?.note).toBe(`${'[[[[{{{{'.repeat(100)}\\"`);
  });
});

describe('parseImport: prototype pollution', () => {
  it.each([
    ['at the top', `{"__proto__": {"polluted": true}, ${EXPORT.trim().slice(1)}`, '__proto__'],
    ['in an annotation', EXPORT.replace('"type": "Annotation",', '"type": "Annotation", "__proto__": {"polluted": true},'), '__proto__'],
    ['escaped', EXPORT.replace('"type": "Annotation",', '"type": "Annotation", "\\u005f_proto__": {"polluted": true},'), '__proto__'],
    ['as constructor.prototype', EXPORT.replace('"label"', '"constructor": {"prototype": {"polluted": true}}, "label"'), 'prototype'],
  ])('refuses a __proto__ or constructor key %s and pollutes nothing', (_, json, key) => {
    const error = rejection(json);
    expect(error).toBe(`This file is not a Crosscheck export: it contains the forbidden key "${key}".`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseImport never throws', () => {
  it('on anything thrown at it', () => {
    const inputs: unknown[] = [undefined, null, 42, {}, [], '{', '{"@context":', '\u0000', '{"a":1}'.repeat(3)];
    // Cut and corrupt the export at many places.
    for (let i = 0; i < EXPORT.length; i += 97) {
      inputs.push(EXPORT.slice(0, i));
      inputs.push(EXPORT.slice(0, i) + EXPORT.slice(i + 13));
      inputs.push(EXPORT.slice(0, i) + '"' + EXPORT.slice(i));
    }
    for (const input of inputs) {
      const result = parseImport(input as string);
      if (!result.ok) expect(result.error).toMatch(SENTENCE);
    }
  });
});

describe('mergeImport', () => {
  const all = sortAnnotations(ANNOTATIONS);

  it('adds everything to an empty store', () => {
    expect(mergeImport([], all)).toEqual({ toWrite: all, added: 4, updated: 0, unchanged: 0 });
  });

  it('creates nothing when the same file is imported twice', () => {
    const incoming = parsed(EXPORT);
    const first = mergeImport([], incoming);
    expect(first.added).toBe(4);
    const second = mergeImport(first.toWrite, parsed(EXPORT));
    expect(second).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 4 });
  });

  it('updates a note whose import is newer, keeps one whose import is older', () => {
    const newer = { ...TOLL, note: 'Edited on the laptop', modified: '2026-11-22T08:00:00.000Z' };
    const older = { ...DEPOT, colour: 'blue' as const, modified: '2026-11-20T08:04:00.000Z' };
    const result = mergeImport(all, [newer, older, HOSTILE]);
    expect(result).toEqual({ toWrite: [newer], added: 0, updated: 1, unchanged: 2 });
  });

  it('keeps the reader’s version when the times are equal but the content differs', () => {
    const same = { ...TOLL, note: 'conflict' };
    expect(mergeImport([TOLL], [same])).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 1 });
  });

  it('compares times as instants, not as text', () => {
    const offset = { ...TOLL, note: 'later in Paris', modified: '2026-11-21T11:00:00+01:00' }; // 10:00Z, after 09:30Z
    expect(mergeImport([TOLL], [offset]).updated).toBe(1);
  });

  it('counts an id listed twice in a file once, the latest version winning', () => {
    const v1 = { ...TOLL, id: 'c0000000-0000-4000-8000-000000000001', modified: '2026-11-21T09:00:00.000Z', note: 'v1' };
    const v2 = { ...v1, modified: '2026-11-21T10:00:00.000Z', note: 'v2' };
    expect(mergeImport([], [v2, v1])).toEqual({ toWrite: [v2], added: 1, updated: 0, unchanged: 0 });
    expect(mergeImport([], [v1, v2])).toEqual({ toWrite: [v2], added: 1, updated: 0, unchanged: 0 });
  });

  it('treats tags in another order as a change', () => {
    const reordered = { ...TOLL, tags: ['syria', 'casualties'], modified: '2026-11-22T00:00:00.000Z' };
    expect(mergeImport([TOLL], [reordered]).updated).toBe(1);
  });
});
