/**
 * What both browsers' reading suites (tests/e2e/reading.e2e.test.ts, tests/e2e-firefox/reading.e2e.test.ts)
 * check the same way: each finding is one button that a screen reader hears with its status. The rest of
 * each suite stays its own: Chromium compares Tab stops with a browser without the extension and changes
 * the display setting from the service worker, which the Firefox suite does not.
 */
import { expect, it } from 'vitest';
import { runProbe } from '../e2e/support/probes';
import { drawnFindingIds, focusableHighlights } from '../e2e/support/reading';
import type { DriverPage } from './driver';

/** The differing death toll, as a Tab stop. */
export const KILLED = '[data-crosscheck-kind="figure"][data-crosscheck-fact="strike.killed"][data-crosscheck-status="differs"][tabindex="0"]';
/** What a screen reader hears of a highlight (its accessible description). */
export const DESCRIPTION = /^(figure|name), (differs from \d+ other outlets?|agrees with \d+ other outlets?|also named by \d+ other outlets?|reported only here|a vaguer count than \d+ other outlets?'|(?:a number|the day) where \d+ other outlets? gives? none|only the month, where \d+ other outlets? gives? the day)$/;

/** The word of the description that names a highlight's status. */
const statusWord = (kind: string, status: string): string =>
  status === 'differs' ? 'differs' : status === 'agrees' ? (kind === 'name' ? 'also named' : 'agrees') : 'only here';

/** Registers the test; `open` gives the news page with its highlights drawn. */
export function oneButtonPerFindingCheck(open: () => Promise<DriverPage>): void {
  it('makes each finding one button, with its status as an accessible description', async () => {
    const page = await open();
    try {
      const highlights = await runProbe(page, focusableHighlights);
      expect(highlights.map((h) => h.id).sort()).toEqual((await runProbe(page, drawnFindingIds)).sort());
      for (const h of highlights) {
        expect(h.role, h.text).toBe('button');
        expect(h.description, h.text).toMatch(DESCRIPTION);
        expect(h.description!.startsWith(`${h.kind}, `)).toBe(true);
        expect(h.description!.includes(statusWord(h.kind, h.status))).toBe(true);
        expect(h.expanded).toBeNull();
      }
    } finally {
      await page.close();
    }
  });
}
