/** The reader's sources travel with the notes: the JSON export has them, the import restores them once. */
import { afterEach, describe, expect, it } from 'vitest';
import { exportNotes, handleNotesRequest } from '../../entrypoints/background/notes';
import { handleSourcesRequest } from '../../entrypoints/background/reader-sources';
import { importResultText } from '../../components/notes-view';
import { parseImport } from '../../lib/annotations/import';
import type { ImportResult } from '../../lib/annotations/notes-wire';
import { annotation, dropAll, EXTENSION_ORIGIN, freshDb, fromPopup, storeOptions, uid } from '../support/notes-db';
import { draft, saved } from '../support/reader-sources';

afterEach(dropAll);

const NOW = new Date('2026-03-02T09:00:00Z');
const sourcesOptions = { extensionOrigin: EXTENSION_ORIGIN, now: () => NOW };

describe('reader sources in export and import', () => {
  it('exports them in the JSON file and restores them in a fresh database once, with the notes', async () => {
    const db = freshDb();
    await db.annotations.put(annotation({ id: uid('t-note') }));
    const result = await handleSourcesRequest(db, { type: 'sources:save', source: draft() }, fromPopup, sourcesOptions);
    const source = result.ok ? result.source : null;
    const file = await exportNotes(db, 'all', 'json', false, NOW);
    expect(JSON.parse(file.content)['crosscheck:sources']).toEqual([source]);

    const fresh = freshDb();
    const first = (await handleNotesRequest(fresh, { type: 'notes:import', json: file.content }, fromPopup, storeOptions())) as ImportResult;
    expect(first).toMatchObject({ ok: true, added: 1, sources: { added: 1, unchanged: 0 } });
    expect(importResultText(first)).toBe('Imported 1 note. Sources added to your comparison: 1.');
    expect(await fresh.sources.toArray()).toEqual([source]);

    const again = (await handleNotesRequest(fresh, { type: 'notes:import', json: file.content }, fromPopup, storeOptions())) as ImportResult;
    expect(again).toMatchObject({ ok: true, added: 0, sources: { added: 0, unchanged: 1 } });
    expect(await fresh.sources.count()).toBe(1);
  });

  it('keeps the reader’s own source of the same page rather than adding a second one', async () => {
    const other = freshDb();
    await other.sources.put(saved());
    const file = await exportNotes(other, 'all', 'json', false, NOW);
    const db = freshDb();
    await db.sources.put(saved({ id: 'reader-aaaaaaaaaaaaaaaa', outlet: 'Mine' }));
    const result = (await handleNotesRequest(db, { type: 'notes:import', json: file.content }, fromPopup, storeOptions())) as ImportResult;
    expect(result).toMatchObject({ ok: true, sources: { added: 0, unchanged: 1 } });
    expect((await db.sources.toArray()).map((s) => s.outlet)).toEqual(['Mine']);
  });

  it('lists them in the Markdown export, escaped, and leaves the CSV as it was', async () => {
    const db = freshDb();
    await db.sources.put(saved({ outlet: 'The *Harbour* Gazette' }));
    const md = (await exportNotes(db, 'all', 'markdown', false, NOW)).content;
    expect(md).toContain('## Your sources\n\n### The \\*Harbour\\* Gazette\n\n<https://harbour-gazette.example/world/syria-strike>');
    expect(md).toContain('- strike.killed: 31 (credited to a monitoring group)');
    const csv = (await exportNotes(db, 'all', 'csv', false, NOW)).content;
    expect(csv).not.toContain('Harbour');
  });

  it('refuses a file whose reader source is malformed, saying which one', () => {
    const json = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [] },
      'crosscheck:sources': [saved(), { ...saved(), id: 'reader-bbbbbbbbbbbbbbbb', url: 'file:///etc/passwd' }],
    });
    const parsed = parseImport(json);
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/reader source 2: .*not a web page/) });
  });

  it('reads an export without reader sources (an older one) as having none', () => {
    const json = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [] } });
    expect(parseImport(json)).toEqual({ ok: true, annotations: [], sources: [] });
  });
});
