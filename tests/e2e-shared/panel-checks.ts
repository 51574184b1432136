/**
 * What both browsers' panel suites (tests/e2e/panel.e2e.test.ts: Chromium's side panel;
 * tests/e2e-firefox/panel.e2e.test.ts: the sidebar's page in a tab) check the same way: the panel lists
 * the article's findings grouped by status, and the keyboard reaches a finding and shows it in the article.
 * How each browser opens the panel stays in its suite.
 */
import { expect } from 'vitest';
import { until } from '../e2e/support/hostile';
import type { ProbePage } from '../e2e/support/page-checks';
import { articleFindings, articleFocus, focusedFindingId, panelState, STATUS_ORDER, type PanelState } from '../e2e/support/panel';
import { runProbe } from '../e2e/support/probes';

/** An extension page the keyboard drives (Playwright's and puppeteer's Page both fit). */
export interface KeyedPage extends ProbePage {
  keyboard: { press(key: string): Promise<void> };
  focus(selector: string): Promise<void>;
}

/** The panel lists the article's findings, each in the group of its status, differences first and open. */
export async function expectFindingsListed(panel: ProbePage, article: ProbePage): Promise<PanelState> {
  const state = await runProbe(panel, panelState);
  const statuses = state.groups.map((g) => g.status);
  expect(statuses[0]).toBe('differs');
  // Calm by default: the differences are listed, the other groups folded.
  expect(state.groups.map((g) => g.shown)).toEqual(state.groups.map((_, i) => i === 0));
  expect(statuses).toEqual(STATUS_ORDER.filter((s) => statuses.includes(s)));
  // The same findings as the article's highlights, each in the group of its status.
  const onPage = await runProbe(article, articleFindings);
  const listed = state.groups.flatMap((g) => g.findings.map((f) => ({ id: f.id, status: g.status })));
  expect(listed.map((f) => f.id).sort()).toEqual(onPage.map((f) => f.id).sort());
  for (const f of listed) expect(onPage.find((p) => p.id === f.id)?.status).toBe(f.status);
  // A difference names the other outlets' values: something besides this page's own.
  expect(state.groups[0]!.findings.every((f) => f.others.startsWith('Others:') && f.others.length > 'Others: '.length)).toBe(true);
  expect(state.notesHeading).toBe(true);
  return state;
}

const FOLDED = '.group-toggle[aria-expanded="false"]';
const foldedCount = (panel: ProbePage) => panel.evaluate(`document.querySelectorAll(${JSON.stringify(FOLDED)}).length`) as Promise<number>;

/**
 * Keyboard only: Tab from the top of the panel to the first finding; open the folded groups with Enter; then
 * Enter on the last finding, which must take the focus in the article, scrolled into view. Returns its id.
 */
export async function enterOnLastFinding(panel: KeyedPage, article: ProbePage): Promise<string> {
  let id: string | null = null;
  for (let presses = 0; presses < 10 && !id; presses++) {
    await panel.keyboard.press('Tab');
    id = await runProbe(panel, focusedFindingId);
  }
  expect(id).not.toBeNull();
  const state = await runProbe(panel, panelState);
  expect(state.groups[0]!.findings[0]!.id).toBe(id);
  // The last finding is further down the article: it must be scrolled to.
  const last = state.groups.flatMap((g) => g.findings).at(-1)!.id;
  // The groups after the differences start folded: open them with the keyboard.
  for (let left = await foldedCount(panel), tries = 0; left > 0 && tries < 10; left = await foldedCount(panel), tries++) {
    await panel.focus(FOLDED);
    await panel.keyboard.press('Enter');
  }
  expect(await foldedCount(panel)).toBe(0);
  await panel.focus(`button[data-id="${last}"]`);
  await panel.keyboard.press('Enter');
  const focus = await until(() => runProbe(article, articleFocus), (f) => f.id === last, `focus on highlight ${last}`);
  expect(focus.inView).toBe(true);
  return last;
}
