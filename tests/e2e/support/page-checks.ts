/**
 * The checks both browser suites make of a page, written once for any driver that can evaluate a script
 * in the page (Playwright's Page in tests/e2e, puppeteer-core's over BiDi in tests/e2e-firefox): waiting
 * for a state (until, from hostile.ts), the popover as the probes see it, each highlight against CONTRACT.md §1, and the checks
 * every page case gets (pageCaseChecks).
 */
import { expect, it } from 'vitest';
import type { PageCase } from './cases';
import { until } from './hostile';
import { checkTexts, domSignature, findPopovers, runProbe, type HighlightPiece, type PopoverInfo } from './probes';

/** What the checks need of a page: to evaluate a script in it (both drivers' Page and Frame can). */
export interface ProbePage {
  evaluate(expression: string): Promise<unknown>;
}

/** A page as the content script left it: its body's text and the shape of its DOM without our wrappers. */
export interface PageContent {
  text: string;
  signature: string;
}

/** Polling for a state, written once for both browsers (hostile.ts's: 10 s unless told otherwise). */
export { until };

export const visiblePopover = (page: ProbePage): Promise<PopoverInfo | undefined> =>
  until(
    async () => (await runProbe(page, findPopovers)).find((p) => p.visible),
    (p) => p !== undefined,
    'a visible popover (role dialog or tooltip in the open shadow root of a [data-crosscheck-ui] host, or a [popover] element)',
  );

export const noVisiblePopover = (page: ProbePage) =>
  until(
    async () => (await runProbe(page, findPopovers)).filter((p) => p.visible),
    (open) => open.length === 0,
    'the popover to close',
  );

/** Highlights Crosscheck draws from the reference (not the reader's own notes). */
export function findings(all: HighlightPiece[]): HighlightPiece[] {
  return all.filter((p) => p.kind !== 'note');
}

/** Each highlight piece against CONTRACT.md §1. */
export function expectContractAttributes(all: HighlightPiece[]): void {
  const problems: string[] = [];
  const byId = new Map<string, HighlightPiece[]>();
  for (const p of all) {
    const label = `"${p.text}" <${p.tag}>`;
    if (!p.tag.includes('-')) problems.push(`${label}: not a custom element (page CSS for mark/span would reach it)`);
    if (!['figure', 'name', 'note'].includes(p.kind ?? '')) problems.push(`${label}: data-crosscheck-kind="${p.kind}"`);
    if (p.kind !== 'note' && !['differs', 'agrees', 'unique'].includes(p.status ?? '')) problems.push(`${label}: data-crosscheck-status="${p.status}"`);
    if (p.fact !== null && !/^[a-z0-9_-]+\.[a-z0-9_.-]+$/.test(p.fact)) problems.push(`${label}: data-crosscheck-fact="${p.fact}"`);
    if (!p.id) problems.push(`${label}: no data-crosscheck-id`);
    else byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
    if (p.text.trim() === '') problems.push(`${label}: empty highlight`);
  }
  for (const [id, group] of byId) {
    const first = group[0]!;
    if (group.some((p) => p.kind !== first.kind || p.status !== first.status || p.fact !== first.fact)) {
      problems.push(`pieces of highlight ${id} disagree: ${JSON.stringify(group.map((p) => [p.text, p.kind, p.status, p.fact]))}`);
    }
    if (!group.some((p) => p.tabindex === '0')) problems.push(`highlight ${id} ("${group.map((p) => p.text).join('')}") is not focusable (tabindex="0")`);
  }
  expect(problems).toEqual([]);
}

/** The page's content as the content script left it. */
export async function pageContent(page: ProbePage): Promise<PageContent> {
  return { text: await runProbe(page, () => document.body.textContent ?? ''), signature: await runProbe(page, domSignature) };
}

/** What pageCaseChecks needs of the suite: the open page, its highlights, and the page without the extension. */
export interface PageCaseAccess {
  page(): ProbePage;
  all(): HighlightPiece[];
  untouched(path: string): Promise<PageContent>;
}

const htmlAttribute = (page: ProbePage, name: string) => runProbe(page, (n: string) => document.documentElement.getAttribute(n), name);

/** The checks every page case gets in both browsers; call inside the case's describe, after its page is open. */
export function pageCaseChecks(c: PageCase, access: PageCaseAccess): void {
  it(c.event ? 'is marked ready and names its event on <html>' : 'is marked ready and names no event on <html>', async () => {
    expect(await htmlAttribute(access.page(), 'data-crosscheck-ready')).not.toBeNull();
    const event = await htmlAttribute(access.page(), 'data-crosscheck-event');
    if (c.event) expect(event).toMatch(c.event);
    else expect(event).toBeNull();
  });

  it(c.event ? 'draws highlights with the contract attributes' : 'draws no highlight', () => {
    const all = access.all();
    if (!c.event) {
      expect(findings(all).map((p) => `${p.kind}/${p.status} "${p.text}"`)).toEqual([]);
      return;
    }
    expect(findings(all).length).toBeGreaterThan(0);
    expectContractAttributes(all);
  });

  it.runIf(c.marks.length > 0)('highlights the expected figures and names with their fact and status', async () => {
    const { missing } = await runProbe(access.page(), checkTexts, { marks: c.marks, unmarked: [] });
    expect(missing).toEqual([]);
  });

  it('highlights nothing in page chrome', async () => {
    const inChrome = access.all().filter((p) => p.chrome !== null).map((p) => `"${p.text}" inside ${p.chrome}`);
    const { marked } = await runProbe(access.page(), checkTexts, { marks: [], unmarked: c.unmarked });
    expect([...inChrome, ...marked]).toEqual([]);
  });

  it("leaves the page's content as it was, apart from the highlight wrappers", async () => {
    const before = await access.untouched(c.path);
    const after = await pageContent(access.page());
    expect(after.text).toBe(before.text);
    expect(after.signature).toBe(before.signature);
  });

  it('records its pass as a crosscheck:pass User Timing measure', async () => {
    const measures = await runProbe(access.page(), () =>
      performance.getEntriesByName('crosscheck:pass').map((e) => ({ type: e.entryType, duration: e.duration })),
    );
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => m.type === 'measure' && Number.isFinite(m.duration))).toBe(true);
  });
}
