// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FactTable } from '../../components/FactTable';
import { CompareEveryFact } from '../../components/FactsLink';
import { factsPath } from '../../components/facts-path';
import { Popover } from '../../components/Popover';
import { SourceText } from '../../components/SourceText';
import { FactsApp } from '../../entrypoints/facts/FactsApp';
import { factTableCsv, factTableMarkdown } from '../../entrypoints/facts/table-export';
import { buildFactTable, type TableClaim, type TableSource } from '../../lib/engine/fact-table';
import { getReference } from '../../lib/engine/reference';
import { STRIKE_2021 } from '../../lib/reference/events';
import { markFor } from './article';

const reference = getReference();
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

function show(node: preact.ComponentChild): void {
  act(() => render(node, root));
}

describe('FactTable', () => {
  const table = buildFactTable(reference, STRIKE_2021, { from: '004' })!;

  it('renders the CONTRACT table: a row per fact, a header per source, a status per filled cell', () => {
    show(<FactTable table={table} sourceHref={(c) => `source.html?id=${c.id}`} />);
    const heads = [...root.querySelectorAll<HTMLElement>('thead th[data-crosscheck-source]')];
    expect(heads.map((th) => th.dataset.crosscheckSource)).toEqual(table.columns.map((c) => c.id));
    expect(heads.map((th) => th.querySelector('a')?.getAttribute('href'))).toEqual(table.columns.map((c) => `source.html?id=${c.id}`));
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-crosscheck-fact]')];
    expect(rows.map((tr) => tr.dataset.crosscheckFact)).toEqual(table.rows.map((r) => r.key));
    rows.forEach((tr, r) => {
      const cells = [...tr.querySelectorAll('td')];
      expect(cells).toHaveLength(table.columns.length);
      cells.forEach((td, c) => {
        const cell = table.rows[r]!.cells[c];
        const button = td.querySelector<HTMLElement>('[data-crosscheck-status]');
        expect(button?.dataset.crosscheckStatus ?? null).toBe(cell?.status ?? null);
        if (cell) expect(button!.textContent).toContain(cell.claims[0]!.text);
        else expect(td.textContent).toContain('not reported');
      });
    });
  });

  it('says each status in words, describes each value by its quote, and marks the reader’s column in words', () => {
    show(<FactTable table={table} sourceHref={() => '#'} />);
    for (const button of root.querySelectorAll<HTMLElement>('[data-crosscheck-status]')) {
      const word = { differs: 'differs', agrees: 'agrees', unique: 'only here' }[button.dataset.crosscheckStatus as 'differs'];
      expect(button.textContent).toContain(word);
      const tip = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      expect(tip?.getAttribute('role')).toBe('tooltip');
      expect(tip?.querySelector('q')?.textContent?.length).toBeGreaterThan(0);
    }
    const current = root.querySelector<HTMLElement>('thead th.is-current');
    expect(current?.dataset.crosscheckSource).toBe('004');
    expect(current?.textContent).toContain('the page you came from');
  });

  it('pins a quote with a click and hides it with Escape', () => {
    show(<FactTable table={table} sourceHref={() => '#'} />);
    const button = root.querySelector<HTMLElement>('[data-crosscheck-status]')!;
    const cell = button.closest('.fact-cell')!;
    act(() => button.click());
    expect(cell.classList.contains('is-pinned')).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    act(() => {
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(cell.classList.contains('is-pinned')).toBe(false);
    expect(cell.classList.contains('is-dismissed')).toBe(true);
  });

  it('labels a reader’s source "added by you"', () => {
    const mine: TableSource = { id: 'reader-abcdef12', label: 'Example News', outlet: 'Example News', published: '2021-02-26', url: 'https://news.example/a', byReader: true };
    const claim: TableClaim = { source: mine.id, fact: 'strike.killed', value: { type: 'count', n: 5, qualifier: 'exact' }, text: 'five', attribution: null, quote: 'five died' };
    const withMine = buildFactTable(reference, STRIKE_2021, { readerSources: [mine], readerClaims: [claim] })!;
    show(<FactTable table={withMine} sourceHref={() => '#'} />);
    const th = root.querySelector<HTMLElement>(`th[data-crosscheck-source="${mine.id}"]`)!;
    expect(th.textContent).toContain('added by you');
    expect(th.textContent).toContain('26 February 2021');
    const killed = root.querySelector(`tr[data-crosscheck-fact="strike.killed"]`)!;
    expect(killed.querySelectorAll('td')[withMine.columns.length - 1]!.querySelector('[data-crosscheck-status]')?.getAttribute('data-crosscheck-status')).toBe('differs');
  });
});

describe('FactsApp', () => {
  it('an unknown event: a message and every known event as a link', () => {
    show(<FactsApp search="?event=nope" loadReaderColumns={async () => ({ sources: [], claims: [] })} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('nope');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(reference.events.map((e) => factsPath(e.id)));
    expect(root.querySelector('table')).toBeNull();
  });

  it('a known event: the table, then the reader’s sources once they arrive', async () => {
    const mine: TableSource = { id: 'reader-0011223344', label: 'Example News', outlet: 'Example News', published: null, url: 'https://news.example/a', byReader: true };
    const load = vi.fn(async () => ({ sources: [mine], claims: [] }));
    show(<FactsApp search={`?${new URLSearchParams({ event: STRIKE_2021, from: mine.url! })}`} loadReaderColumns={load} />);
    expect(load).toHaveBeenCalledWith(STRIKE_2021);
    await act(async () => {
      await Promise.resolve();
    });
    const current = root.querySelector<HTMLElement>('thead th.is-current');
    expect(current?.dataset.crosscheckSource).toBe(mine.id);
    expect(root.textContent).toContain('Export CSV');
  });
});

describe('exports', () => {
  const table = buildFactTable(reference, STRIKE_2021)!;

  it('CSV: one row per claim, formulas defused', () => {
    const evil: TableSource = { id: 'reader-evil0001', label: '=HYPERLINK("x")', outlet: '=HYPERLINK("x")', published: null, url: 'https://e.example/', byReader: true };
    const claim: TableClaim = { source: evil.id, fact: 'strike.killed', value: { type: 'count', n: 3, qualifier: 'exact' }, text: '+3', attribution: '@someone', quote: '-3 died' };
    const withEvil = buildFactTable(reference, STRIKE_2021, { readerSources: [evil], readerClaims: [claim] })!;
    const csv = factTableCsv(withEvil).content;
    const claims = withEvil.rows.flatMap((r) => r.cells.flatMap((c) => c?.claims ?? []));
    expect(csv.trim().split('\r\n')).toHaveLength(claims.length + 1);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"'+3","'@someone",differs,"'-3 died"`);
    expect(csv).not.toMatch(/(^|,)"?[=+@-]/m);
  });

  it('Markdown: a table row per fact and escaped text', () => {
    const md = factTableMarkdown(table).content;
    expect(md.split('\n').filter((l) => l.startsWith('| '))).toHaveLength(table.rows.length + 2);
    expect(md).not.toMatch(/(^|[^\\])\[former/);
  });
});

describe('SourceText', () => {
  it('marks each quote once, bolds the figures inside, and keeps the text whole', () => {
    const text = 'First line with 17 dead.\n\nSecond paragraph: 22 killed, said SOHR. Not a claim.';
    show(
      <SourceText
        text={text}
        claims={[
          { quote: 'First line with 17 dead.', text: '17', label: 'killed' },
          { quote: '22 killed, said SOHR.', text: '22', label: 'killed' },
          { quote: 'said SOHR', text: 'SOHR', label: 'SOHR' },
          { quote: 'absent quote', text: 'x', label: 'none' },
        ]}
      />,
    );
    const marks = [...root.querySelectorAll('mark')];
    expect(marks).toHaveLength(2);
    expect([...root.querySelectorAll('mark strong')].map((s) => s.textContent)).toEqual(['17', '22', 'SOHR']);
    expect(root.querySelectorAll('p')).toHaveLength(2);
    const visible = [...root.querySelectorAll('p')].map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cc-visually-hidden').forEach((n) => n.remove());
      return copy.textContent;
    });
    expect(visible.join('\n\n')).toBe(text);
  });
});

describe('links to the table', () => {
  it('the popup’s link carries the event and the page', () => {
    show(<CompareEveryFact event={STRIKE_2021} from="https://news.example/a?b=1" />);
    const a = root.querySelector('a')!;
    expect(a.textContent).toBe('Compare every fact');
    const url = new URL(a.getAttribute('href')!, 'chrome-extension://x/');
    expect(url.pathname).toBe('/facts.html');
    expect(url.searchParams.get('event')).toBe(STRIKE_2021);
    expect(url.searchParams.get('from')).toBe('https://news.example/a?b=1');
  });

  it('the popover’s "All facts" asks for the table, and is absent without a handler', () => {
    const onOpenFacts = vi.fn();
    show(<Popover mark={markFor('22')} onClose={() => {}} onOpenFacts={onOpenFacts} />);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'All facts')!;
    act(() => button.click());
    expect(onOpenFacts).toHaveBeenCalledTimes(1);
    show(<Popover mark={markFor('22')} onClose={() => {}} />);
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'All facts')).toBe(false);
  });
});
