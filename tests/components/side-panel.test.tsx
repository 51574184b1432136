// @vitest-environment happy-dom
/** The side panel's and popup's parts: finding groups, the display choice, the legend, the side panel opener. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisplayChoice } from '../../components/DisplayChoice';
import { othersLine } from '../../components/finding-words';
import { FindingGroups, groupByStatus, openAtFirst } from '../../components/FindingGroups';
import { Legend, LEGEND_ROWS } from '../../components/Legend';
import { canOpenSidePanel, openSidePanel } from '../../components/side-panel';
import { pinnedTabId } from '../../components/use-target-tab';
import { noteStyle } from '../../entrypoints/notes-ui/draw';
import type { SummaryMark } from '../../lib/messages';
import { parseColour, WHITE } from '../../lib/page/colours';
import { markStyle, standsOut } from '../../lib/page/mark-look';
import { byLabel, click, MARKS, mount, type Rendered } from '../support/ui';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

const WITH_OTHERS: SummaryMark[] = MARKS.map((m) =>
  m.status === 'differs'
    ? { ...m, others: [{ who: 'Outlet A', value: '17', relation: 'different' }, { who: 'Outlet B', value: '22', relation: 'same' }] }
    : m.status === 'agrees'
      ? { ...m, others: [{ who: 'Outlet B', value: 'John Kirby', relation: 'same' }] }
      : { ...m, others: [] },
);

describe('othersLine', () => {
  it('one entry per value with who reported it, each outlet once', () => {
    expect(
      othersLine([
        { who: 'Outlet A', value: '17', relation: 'different' },
        { who: 'Outlet B', value: '22', relation: 'same' },
        { who: 'Outlet C', value: '22 ', relation: 'same' },
        { who: 'Outlet B', value: '22', relation: 'same' },
      ]),
    ).toBe('17 — Outlet A · 22 — Outlet B; Outlet C');
    expect(othersLine([])).toBe('No other outlet reports it.');
    expect(othersLine(undefined)).toBe('No other outlet reports it.');
  });
});

describe('FindingGroups', () => {
  it('groups by status, differences first, page order kept within a group, empty groups left out', () => {
    const groups = groupByStatus(WITH_OTHERS);
    expect(groups.map((g) => [g.status, g.marks.map((m) => m.id)])).toEqual([
      ['differs', ['m1', 'm4']],
      ['agrees', ['m2']],
      ['unique', ['m3']],
    ]);
    expect(groupByStatus(WITH_OTHERS.filter((m) => m.status !== 'differs')).map((g) => g.status)).toEqual(['agrees', 'unique']);
    expect([...openAtFirst(groupByStatus(WITH_OTHERS.filter((m) => m.status !== 'differs')))]).toEqual(['agrees']);
  });

  it('lists the differences with the others’ values; the other groups open with their button', () => {
    const onReveal = vi.fn();
    rendered = mount(<FindingGroups marks={WITH_OTHERS} onReveal={onReveal} />);
    const { container } = rendered;
    const lists = Array.from(container.querySelectorAll('.finding-group ul'));
    expect(lists.map((ul) => ul.hasAttribute('hidden'))).toEqual([false, true, true]);
    const first = container.querySelector<HTMLButtonElement>('[data-id="m1"]')!;
    expect(first.getAttribute('aria-label')).toBeNull();
    expect(first.textContent!.replace(/\s+/g, ' ').trim()).toBe('22, Figure: people killed in the strike, Others: 17 — Outlet A · 22 — Outlet B');
    click(first);
    expect(onReveal).toHaveBeenCalledWith('m1');
    const toggle = container.querySelector<HTMLButtonElement>('[data-status="agrees"] .group-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide');
    expect(container.querySelector('[data-status="agrees"] ul')!.hasAttribute('hidden')).toBe(false);
    expect(container.querySelector('[data-id="m3"] .finding-others')!.textContent).toContain('No other outlet reports it.');
  });
});

describe('DisplayChoice', () => {
  it('three labelled radios in a named group; the stored choice is checked; a new one is reported', () => {
    const onChange = vi.fn();
    rendered = mount(<DisplayChoice value="figures" onChange={onChange} idPrefix="t" withHelp />);
    const { container } = rendered;
    expect(container.querySelector('fieldset legend')!.textContent).toBe('What stands out on pages');
    expect(Array.from(container.querySelectorAll<HTMLInputElement>('input[type=radio]')).map((r) => [r.value, r.checked])).toEqual([
      ['differences', false],
      ['figures', true],
      ['everything', false],
    ]);
    expect(byLabel(container, 'Differences only').getAttribute('aria-describedby')).toBe('t-differences-help');
    click(byLabel(container, 'Differences only'));
    expect(onChange).toHaveBeenCalledWith('differences');
  });
});

describe('Legend', () => {
  const dark = parseColour('#1c1c21')!;

  it('draws each sample with the article’s own style for that mark, against the given background', () => {
    for (const background of [WHITE, dark]) {
      rendered = mount(<Legend display="differences" background={background} />);
      const rows = Array.from(rendered.container.querySelectorAll<HTMLElement>('.legend-row[data-status]'));
      expect(rows.map((r) => `${r.dataset.kind} ${r.dataset.status}`)).toEqual(LEGEND_ROWS.map((r) => `${r.kind} ${r.status}`));
      rows.forEach((row, i) => {
        const { kind, status } = LEGEND_ROWS[i]!;
        const sample = row.querySelector<HTMLElement>('.legend-mark')!;
        // Compared as the browser reads them (Preact writes style text through cssText, which normalises it).
        const expected = document.createElement('span');
        expected.style.cssText = markStyle(kind, status, { display: 'differences', background }, true);
        expect(sample.style.cssText).toBe(expected.style.cssText);
        expect(sample.getAttribute('aria-hidden')).toBe('true');
      });
      const note = rendered.container.querySelector<HTMLElement>('.legend-row[data-kind="note"] .legend-mark')!;
      const expected = document.createElement('span');
      expected.style.cssText = noteStyle('yellow', true);
      expect(note.style.cssText).toBe(expected.style.cssText);
      rendered.unmount();
      rendered = null;
    }
  });

  it('says which marks stand out with the reader’s display setting', () => {
    for (const display of ['differences', 'figures', 'everything'] as const) {
      rendered = mount(<Legend display={display} background={WHITE} />);
      const said = Array.from(rendered.container.querySelectorAll('.legend-row[data-status] .legend-rest')).map((el) => el.textContent!.trim());
      expect(said).toEqual(LEGEND_ROWS.map((r) => (standsOut(r.kind, r.status, display) ? '(stands out)' : '(quiet)')));
      rendered.unmount();
      rendered = null;
    }
  });
});

describe('the side panel opener', () => {
  it('Firefox: sidebarAction.open(); Chrome: sidePanel.open in the window; neither: refused', async () => {
    const sidebar = { open: vi.fn(async () => {}) };
    const sidePanel = { open: vi.fn(async (_: { windowId: number }) => {}) };
    expect(canOpenSidePanel({ sidebarAction: sidebar })).toBe(true);
    await openSidePanel({ sidebarAction: sidebar }, null);
    expect(sidebar.open).toHaveBeenCalledTimes(1);
    await openSidePanel({ sidePanel }, 7);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    expect(canOpenSidePanel({})).toBe(false);
    await expect(openSidePanel({}, 7)).rejects.toThrow('no side panel');
    await expect(openSidePanel({ sidePanel }, null)).rejects.toThrow();
  });

  it('a page address pins a tab only with a whole number', () => {
    expect(pinnedTabId('?tab=12')).toBe(12);
    expect(pinnedTabId('')).toBeNull();
    expect(pinnedTabId('?tab=12abc')).toBeNull();
    expect(pinnedTabId('?tab=-1')).toBeNull();
  });
});
