/**
 * The reader's highlights in a real Chromium: `npx tsx tests/notes-ui/browser-check.ts`.
 * Not part of the unit run (no `.test.ts`); a candidate for tests/e2e once the background answers
 * `notes:has` (without it, step 4, saved notes coming back after a reload, fails).
 *
 * Builds the extension into .output/notes-check (CROSSCHECK_SKIP_BUILD=1 reuses it), serves
 * tests/e2e/pages/news-2021-strike.html from 127.0.0.1, selects text with the real mouse and keyboard,
 * and writes test-results/notes-toolbar.png, notes-editor.png and notes-saved.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtension, launchWithExtension } from '../e2e/support/chromium';
import { ROOT, startServer } from '../e2e/support/server';

const RESULTS = join(ROOT, 'test-results');
const NOTE = '[data-crosscheck-kind="note"]';

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`FAILED: ${what}`);
  console.log(`ok - ${what}`);
}

/** Where `phrase` starts and ends on screen (inside the article). */
async function phraseBox(page: Page, phrase: string) {
  return page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(phrase);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      const a = r.getBoundingClientRect();
      r.setStart(n, i + phrase.length - 1);
      r.setEnd(n, i + phrase.length);
      const b = r.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    throw new Error(`no "${phrase}" in the article`);
  }, phrase);
}

/** Drags the mouse from the start of `from` to the end of `to`. */
async function dragSelect(page: Page, from: string, to: string): Promise<string> {
  await page.mouse.click(2, 2);
  await page.waitForTimeout(600); // not a double click
  const a = await phraseBox(page, from);
  const b = await phraseBox(page, to);
  await page.mouse.move(a.x1, a.y1);
  await page.mouse.down();
  await page.mouse.move(b.x2, b.y2, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

const notesOnPage = (page: Page) =>
  page.locator(NOTE).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-crosscheck-colour')}:${e.textContent}`));

async function main(): Promise<void> {
  const extensionDir = buildExtension(join(ROOT, '.output/notes-check'));
  const server = await startServer();
  const ext = await launchWithExtension({ extensionDir });
  mkdirSync(RESULTS, { recursive: true });
  try {
    const page = await ext.context.newPage();
    const url = server.url('/pages/news-2021-strike.html');
    await page.goto(url);
    await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached' });
    check((await page.locator('crosscheck-notes').count()) === 0, 'no notes UI before the reader selects');
    await page.evaluate(() => document.querySelector('article p:nth-of-type(2)')?.scrollIntoView({ block: 'center' }));

    // 1. A mouse selection: the toolbar, then a green highlight.
    const text = await page.evaluate(() => document.querySelector('article')!.textContent);
    await dragSelect(page, 'bombed a cluster', 'buildings in eastern Syria');
    const highlight = page.getByRole('button', { name: 'Highlight', exact: true });
    await highlight.waitFor({ timeout: 10_000 });
    for (const name of ['Yellow', 'Green', 'Blue', 'Pink', 'Note']) {
      check((await page.getByRole('button', { name, exact: true }).count()) === 1, `the toolbar has a "${name}" button`);
    }
    await page.screenshot({ path: join(RESULTS, 'notes-toolbar.png') });
    await page.getByRole('button', { name: 'Green', exact: true }).click();
    await highlight.click();
    await page.waitForSelector(NOTE);
    const first = (await notesOnPage(page)).join('|');
    check(first === 'green:bombed a cluster of buildings in eastern Syria', `Highlight draws a green note (${first})`);
    check((await highlight.count()) === 0, 'the toolbar closes after saving');

    // 2. Across inline markup, with a note and tags, saved with Ctrl+Enter.
    await dragSelect(page, 'The jets', 'flying from');
    await page.getByRole('button', { name: 'Note', exact: true }).click();
    const noteField = page.getByRole('textbox', { name: 'Note' });
    await noteField.fill('Which base? Check the Pentagon briefing.');
    await page.getByRole('textbox', { name: 'Tags' }).fill('aircraft, to check');
    await page.screenshot({ path: join(RESULTS, 'notes-editor.png') });
    await noteField.press('Control+Enter');
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 4, NOTE);
    check(
      (await notesOnPage(page)).slice(1).join('|') === 'green:The jets, |green:F-15E Strike Eagles|green: flying from',
      'a note across <strong> is drawn in pieces',
    );
    check((await page.evaluate(() => document.querySelector('article')!.textContent)) === text, "the article's text is unchanged");
    await page.mouse.click(2, 2);
    await page.screenshot({ path: join(RESULTS, 'notes-saved.png') });

    // 3. Keyboard: a selection, Tab into the toolbar, Enter on Highlight.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('press secretary');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 'press secretary'.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(r);
        return;
      }
    });
    await highlight.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((e) => e.textContent === 'press secretary'), NOTE);
    check(true, 'Tab reaches the toolbar after a keyboard selection, Enter highlights');

    // 4. Reload: the saved notes come back (notes:has → notes:load-ui → notes:list).
    await page.reload();
    await page.waitForSelector('html[data-crosscheck-ready]', { state: 'attached' });
    await page.waitForSelector(NOTE, { timeout: 10_000 });
    check((await notesOnPage(page)).length === 5, 'saved notes are drawn again after a reload');

    // 5. Click a highlight: the editor; Escape closes it and focus stays on the highlight.
    await page.locator(NOTE).first().click();
    await page.getByRole('dialog', { name: 'Edit highlight' }).waitFor();
    await page.keyboard.press('Escape');
    check((await page.getByRole('dialog', { name: 'Edit highlight' }).count()) === 0, 'Escape closes the editor');
    check((await page.evaluate(() => document.activeElement?.getAttribute('data-crosscheck-kind'))) === 'note', 'focus is back on the highlight');

    // 6. Enter on it: the editor; Delete asks, Delete again removes it.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 4, NOTE);
    check(true, 'a highlight is deleted after confirming');
    check((await page.evaluate(() => document.querySelector('article')!.textContent)) === text, "the article's text is still unchanged");
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
