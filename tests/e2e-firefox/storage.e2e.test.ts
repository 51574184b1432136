/**
 * The reader's notes under storage failure, in Firefox ESR with the MV2 build: what the Chromium suite
 * (tests/e2e/storage.e2e.test.ts) checks, with the same requests and the same expectations:
 *   1. a nearly full disk (the profile on a small tmpfs, filled up): a large import from the popup is refused
 *      or rolled back with a clear message, a backup of the notes is downloaded first, and every earlier note
 *      is still there, also after Firefox is started again on the same profile with the disk freed;
 *   2. two editors saving the same note from the version they opened: different fields merge, the same field
 *      changed differently is a conflict that overwrites nothing;
 *   3. Firefox killed (SIGKILL) in the middle of a large import: after a restart on the same profile, the
 *      whole import or none of it, and no earlier note lost.
 * Each start installs the same build again into the same profile (support/storage.ts says why that keeps the
 * extension's IndexedDB). Notes are seeded and read through an extension page's runtime messages, as the
 * popup does.
 *
 * Run: CROSSCHECK_OUT_DIR=.output/<you> npx vitest run --config vitest.e2e-firefox.config.ts tests/e2e-firefox/storage.e2e.test.ts
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statfsSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportJson } from '../../lib/annotations/export-json';
import { removeSmallDisks, smallDisk } from '../e2e-shared/small-disk';
import { allNotes, expectAllOrNone, importOverPortUntil, madeUpNotes, seed, twoEditorsCheck, waitForNotes } from '../e2e-shared/notes-store';
import { ROOT } from '../e2e/support/server';
import { launchOnProfile, waitForJsonDownload, type FirefoxOnProfile } from './support/storage';

const RESULTS = join(ROOT, 'test-results');
const UI_TIMEOUT = 30_000;
/** The notes' page: only an address here (nothing is opened), as in the Chromium suite. */
const ARTICLE = 'http://127.0.0.1:1/pages/notes-article.html';

const leftovers: string[] = [];
const running = new Set<FirefoxOnProfile>();

beforeAll(() => {
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  for (const ff of running) await ff.close();
  removeSmallDisks();
  for (const p of leftovers) rmSync(p, { recursive: true, force: true });
});

const MB = 1024 * 1024;

/**
 * Writes `file` until about `leave` bytes are free, a megabyte at a time: Firefox writes to the same disk
 * meanwhile, so one write sized from a single reading of the free space can hit the end of the disk.
 */
function fillDisk(file: string, free: () => number, leave: number): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(MB);
  try {
    while (free() > leave + MB) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function newProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-ff-storage-profile-'));
  leftovers.push(dir);
  return dir;
}

/** The downloads folder of each profile, kept across its starts. */
const downloadDirs = new Map<string, string>();

function downloadDirOf(profileDir: string): string {
  let dir = downloadDirs.get(profileDir);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-ff-storage-downloads-'));
    downloadDirs.set(profileDir, dir);
    leftovers.push(dir);
  }
  return dir;
}

async function launch(profileDir: string): Promise<FirefoxOnProfile> {
  const ff = await launchOnProfile({ extensionDir: inject('firefoxBuilds')!.mv2, profileDir, downloadDir: downloadDirOf(profileDir) });
  running.add(ff);
  return ff;
}

async function quit(ff: FirefoxOnProfile): Promise<void> {
  running.delete(ff);
  await ff.close();
}

/** An extension page in a tab of its own, to send the background what the popup sends. */
const extensionTab = (ff: FirefoxOnProfile): Promise<Page> => ff.openExtensionPage('/popup.html', 'body');

/** The text of the popup's import status line. */
const importStatus = (popup: Page): Promise<string> =>
  popup.evaluate(() => document.getElementById('notes-import-title')?.closest('section')?.querySelector('[role=status]')?.textContent ?? '');

describe('storage under failure (Firefox ESR, MV2)', () => {
  it('a nearly full disk: a large import is refused or rolled back with a clear message, a backup is saved first, and every note stays, also after a restart', { timeout: 120_000 }, async (ctx) => {
    const profileDir = smallDisk(160, 'crosscheck-ff-small-disk-');
    if (!profileDir) {
      ctx.skip('mounting a small tmpfs needs root (CAP_SYS_ADMIN); the refusal and the rollback are unit-tested (tests/background/import-job.test.ts)');
      return;
    }
    let ff = await launch(profileDir);
    const tab = await extensionTab(ff);
    const earlier = madeUpNotes(40, 1, ARTICLE);
    expect(await seed(tab, earlier)).toEqual({ ok: true, added: 40, updated: 0, unchanged: 0 });

    // Fill the disk, leaving about 8 MB. (Firefox sizes its quota when it starts: on this 160 MB disk the
    // estimate gives the extension 16 MB, so the 28 MB import below is refused before anything is written.)
    const filler = join(profileDir, 'filler.bin');
    const free = () => {
      const fs = statfsSync(profileDir);
      return fs.bavail * fs.bsize;
    };
    fillDisk(filler, free, 8 * MB);
    expect(free()).toBeLessThan(10 * MB);
    console.log('storage e2e firefox: estimate on the full disk', JSON.stringify(await tab.evaluate(() => navigator.storage.estimate())), free());

    // Random text: storage compresses what repeats, and this must not fit.
    const bigFile = join(tmpdir(), `crosscheck-ff-storage-big-${process.pid}-${Date.now()}.json`);
    writeFileSync(bigFile, exportJson(madeUpNotes(5000, 2, ARTICLE, () => randomBytes(900).toString('base64')), null, new Date()));
    leftovers.push(bigFile);

    const popup = await ff.openExtensionPage('/popup.html', '#notes-import');
    expect(await popup.$eval('#notes-import-backup', (box) => (box as HTMLInputElement).checked)).toBe(true);
    await ((await popup.$('#notes-import')) as ElementHandle<HTMLInputElement>).uploadFile(bigFile);
    const deadline = Date.now() + 90_000;
    let status = '';
    while (Date.now() < deadline) {
      status = await importStatus(popup);
      if (status && !status.startsWith('Importing')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await popup.screenshot({ path: join(RESULTS, 'storage-firefox-import-refused.png') });
    const why = '(the browser ran out of storage|the browser stopped saving them \\(the disk may be full\\)|the browser has too little storage left for these notes .*)';
    expect(status).toMatch(
      new RegExp(`^(Nothing was imported: ${why}\\. Your notes are as they were before\\.|The import stopped: ${why}\\. Crosscheck will finish undoing it the next time the browser starts; until then some imported notes may show, and none of yours is lost\\.)$`),
    );
    const undoneNow = status.startsWith('Nothing was imported');
    console.log(`storage e2e firefox: on a nearly full disk the popup said: ${status}`);

    // The backup, offered before the import: every earlier note in a re-importable file.
    const backup = await waitForJsonDownload(downloadDirOf(profileDir), /^crosscheck-backup-\d{4}-\d{2}-\d{2}\.json$/, UI_TIMEOUT);
    expect((JSON.parse(backup.content) as { first: { items: unknown[] } }).first.items).toHaveLength(40);

    // Every earlier note as it was (and, when the undo finished, nothing else).
    const after = await allNotes(tab).catch((e: unknown) => {
      console.log(`storage e2e firefox: no answer before the restart (${String(e).slice(0, 200)})`);
      return null;
    });
    if (after) {
      for (const n of earlier) expect(after.get(n.id)).toEqual({ note: n.note, colour: 'yellow' });
      if (undoneNow) expect(after.size).toBe(40);
    }

    // Started again on the same profile, the disk freed: still every note, and nothing of the refused import.
    await quit(ff);
    rmSync(filler);
    ff = await launch(profileDir);
    const again = await waitForNotes(await extensionTab(ff), 40);
    expect([...again.keys()].sort()).toEqual(earlier.map((n) => n.id).sort());
    for (const n of earlier) expect(again.get(n.id)).toEqual({ note: n.note, colour: 'yellow' });
  });

  twoEditorsCheck({
    launch: async () => {
      const ff = await launch(newProfile());
      return { tab: () => extensionTab(ff), close: () => quit(ff) };
    },
    article: () => ARTICLE,
  });

  it('Firefox killed in the middle of a large import: after a restart, all of it or none, and no earlier note lost', { timeout: 120_000 }, async () => {
    const profileDir = newProfile();
    let ff = await launch(profileDir);
    const tab = await extensionTab(ff);
    const earlier = madeUpNotes(30, 4, ARTICLE, (i) => `mine ${i}`);
    expect(await seed(tab, earlier)).toMatchObject({ ok: true, added: 30 });
    // The big file also updates the earlier notes (newer versions), so an undo has rows to put back.
    const updates = earlier.map((n) => ({ ...n, note: `updated ${n.note}`, modified: '2025-02-01T00:00:00.000Z' }));
    const big = exportJson([...updates, ...madeUpNotes(12_000, 5, ARTICLE, (i) => `bulk ${i}`)], null, new Date());

    // Start the import over the port, and kill Firefox once some chunks are written.
    const log = await importOverPortUntil(tab, big, 500, 60_000);
    expect(log.map((m) => m.type), 'the import was still running when Firefox was killed').not.toContain('result');
    process.kill(ff.pid, 'SIGKILL');
    await quit(ff);

    ff = await launch(profileDir);
    const reopened = await extensionTab(ff);
    const after = await waitForNotes(reopened, [30, 30 + 12_000], 45_000);
    console.log(`storage e2e firefox: after the kill and a restart, ${after.size} notes`);
    expectAllOrNone(after, earlier, updates);
    await quit(ff);
  });
});
