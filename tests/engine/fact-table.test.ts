import { describe, expect, it } from 'vitest';
import { buildFactTable, type FactTable, type TableClaim, type TableSource } from '../../lib/engine/fact-table';
import { getReference } from '../../lib/engine/reference';
import { STRIKE_2021, STRIKE_2023 } from '../../lib/reference/events';

const reference = getReference();

function rowOf(table: FactTable, key: string) {
  const row = table.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

function cellOf(table: FactTable, key: string, source: string) {
  return rowOf(table, key).cells[table.columns.findIndex((c) => c.id === source)] ?? null;
}

describe('fact table, against the reference', () => {
  for (const event of reference.events) {
    describe(event.id, () => {
      const table = buildFactTable(reference, event.id)!;

      it('has one column per source of the event, in the reference’s order', () => {
        expect(table.columns.map((c) => c.id)).toEqual(reference.sources.filter((s) => s.event === event.id).map((s) => s.id));
        expect(table.columns.every((c) => !c.byReader && !c.current)).toBe(true);
      });

      it('has one row per fact of the event and per name its sources report', () => {
        const columnIds = new Set(table.columns.map((c) => c.id));
        const names = new Set(reference.claims.filter((c) => columnIds.has(c.source) && c.fact.startsWith('name.')).map((c) => c.fact));
        const figures = reference.facts.filter((f) => f.event === event.id).map((f) => f.key);
        expect(table.rows.map((r) => r.key).sort()).toEqual([...figures, ...names].sort());
        expect(new Set(table.rows.map((r) => r.key)).size).toBe(table.rows.length);
      });

      it('fills a cell exactly where the source reports the fact, with every claim as written', () => {
        for (const row of table.rows) {
          row.cells.forEach((cell, i) => {
            const source = table.columns[i]!.id;
            const claims = reference.claims.filter((c) => c.source === source && c.fact === row.key);
            if (claims.length === 0) expect(cell).toBeNull();
            else expect(cell?.claims.map((c) => [c.text, c.attribution, c.quote])).toEqual(claims.map((c) => [c.text, c.attribution, c.quote]));
          });
        }
      });

      it('gives statuses that agree with each other: differing and agreeing are mutual, unique means no match', () => {
        for (const row of table.rows) {
          for (const cell of row.cells) {
            if (!cell) continue;
            for (const other of cell.differsFrom) expect(cellOf(table, row.key, other)?.differsFrom).toContain(cell.source);
            for (const other of cell.agreesWith) expect(cellOf(table, row.key, other)?.agreesWith).toContain(cell.source);
            const expected = cell.differsFrom.length > 0 ? 'differs' : cell.agreesWith.length > 0 ? 'agrees' : 'unique';
            expect(cell.status).toBe(expected);
            // Each claim says whom it differs from or agrees with; the cell is their union.
            for (const claim of cell.claims) {
              expect(claim.status).toBe(claim.differsFrom.length > 0 ? 'differs' : claim.agreesWith.length > 0 ? 'agrees' : 'unique');
            }
            expect(new Set(cell.claims.flatMap((c) => c.differsFrom))).toEqual(new Set(cell.differsFrom));
            expect(new Set(cell.claims.flatMap((c) => c.agreesWith))).toEqual(new Set(cell.agreesWith));
          }
          expect(row.contested).toBe(row.cells.filter((c) => c?.status === 'differs').length);
        }
      });

      it('puts figures before names and the most contested figures first', () => {
        const kinds = table.rows.map((r) => r.kind);
        expect(kinds.indexOf('name') === -1 || kinds.lastIndexOf('figure') < kinds.indexOf('name')).toBe(true);
        const contested = table.rows.filter((r) => r.kind === 'figure').map((r) => r.contested);
        expect(contested).toEqual([...contested].sort((a, b) => b - a));
      });
    });
  }

  it('2021: the outlets that give different exact death tolls differ on strike.killed, which is among the first rows', () => {
    const table = buildFactTable(reference, STRIKE_2021)!;
    const killed = reference.claims.filter((c) => c.fact === 'strike.killed' && c.value.type === 'count' && c.value.qualifier === 'exact');
    const tolls = new Set(killed.map((c) => (c.value.type === 'count' ? c.value.n : null)));
    expect(tolls.size).toBeGreaterThan(1);
    for (const claim of killed) expect(cellOf(table, 'strike.killed', claim.source)?.status).toBe('differs');
    const row = rowOf(table, 'strike.killed');
    expect(row.contested).toBeGreaterThanOrEqual(2);
    expect(table.rows.slice(0, table.rows.indexOf(row)).every((r) => r.contested >= row.contested)).toBe(true);
    expect(table.rows.slice(table.rows.indexOf(row)).every((r) => r.contested <= row.contested)).toBe(true);
  });

  it('2023: one source, so every cell it fills is unique and nothing is contested', () => {
    const table = buildFactTable(reference, STRIKE_2023)!;
    expect(table.columns).toHaveLength(1);
    const cells = table.rows.flatMap((r) => r.cells).filter((c) => c !== null);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.status === 'unique')).toBe(true);
    expect(table.rows.every((r) => r.contested === 0)).toBe(true);
  });

  it('gives null for an event the reference does not have', () => {
    expect(buildFactTable(reference, '1999-01-01-nothing')).toBeNull();
  });
});

describe('fact table, with the reader’s sources', () => {
  const mine: TableSource = { id: 'reader:1', label: 'Example News', outlet: 'Example News', published: '2021-02-26', url: 'https://news.example/strike', byReader: true };
  const killed = (value: number | null, text: string): TableClaim => ({
    source: mine.id,
    fact: 'strike.killed',
    value: value === null ? { type: 'count', n: null, qualifier: 'several' } : { type: 'count', n: value, qualifier: 'exact' },
    text,
    attribution: 'a monitor',
    quote: `The strike killed ${text} fighters, a monitor said.`,
  });
  const tollOf = (source: string) => {
    const claim = reference.claims.find((c) => c.source === source && c.fact === 'strike.killed');
    return claim && claim.value.type === 'count' && claim.value.qualifier === 'exact' ? claim.value.n : null;
  };
  const bundledTolls = reference.sources.filter((s) => s.event === STRIKE_2021 && tollOf(s.id) !== null).map((s) => [s.id, tollOf(s.id)!] as const);

  it('adds them as columns after the bundled ones, compared like any source, and marks the page the reader came from', () => {
    const [agreeing, toll] = bundledTolls[0]!;
    const table = buildFactTable(reference, STRIKE_2021, { readerSources: [mine], readerClaims: [killed(toll, String(toll))], from: `${mine.url}#top` })!;
    expect(table.columns.at(-1)).toMatchObject({ id: mine.id, byReader: true, current: true });
    expect(table.fromMatched).toBe(true);
    const cell = cellOf(table, 'strike.killed', mine.id)!;
    expect(cell.agreesWith).toEqual([agreeing]);
    expect(cell.differsFrom).toEqual(bundledTolls.filter(([, n]) => n !== toll).map(([id]) => id));
    expect(cell.status).toBe('differs');
    expect(cellOf(table, 'strike.killed', agreeing)?.agreesWith).toContain(mine.id);
  });

  it('a vague count neither agrees nor differs with numbers', () => {
    const table = buildFactTable(reference, STRIKE_2021, { readerSources: [mine], readerClaims: [killed(null, 'dozens of')] })!;
    const cell = cellOf(table, 'strike.killed', mine.id)!;
    expect(cell).toMatchObject({ status: 'unique', differsFrom: [], agreesWith: [] });
    expect(table.fromMatched).toBe(false);
  });

  it('marks a bundled source as current by its id', () => {
    const id = bundledTolls[0]![0];
    const table = buildFactTable(reference, STRIKE_2021, { from: id })!;
    expect(table.columns.filter((c) => c.current).map((c) => c.id)).toEqual([id]);
  });
});
