/**
 * Closing Chromium with a deadline. Playwright's close of a persistent context waits, with no limit, for the
 * browser process to exit; in CI that wait hung now and then on a reused profile (the restart test in
 * notes.e2e, 2 runs in 6), and the suite then failed on vitest's 60 s limit. Here a close that has not ended in
 * time is finished by killing the processes that run on the profile folder. What the extension stored is already
 * written by then: IndexedDB and storage.local hand each write to the OS when the transaction completes.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CLOSE_DEADLINE_MS = 10_000;

/** Runs `close`; if it has not finished within the deadline, kills every process using `profileDir`. */
export async function closeWithDeadline(close: () => Promise<void>, profileDir: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closed = close().then(() => 'closed' as const, () => 'closed' as const);
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), CLOSE_DEADLINE_MS);
  });
  const outcome = await Promise.race([closed, late]);
  clearTimeout(timer);
  if (outcome === 'closed') return;
  const killed = killProcessesUsing(profileDir);
  console.warn(`e2e: Chromium had not closed after ${CLOSE_DEADLINE_MS} ms; killed ${killed.length} process(es) on ${profileDir}`);
  // Playwright's own close ends once the process has gone; give it a moment, never more.
  await Promise.race([closed, new Promise((r) => setTimeout(r, 2_000))]);
  // A killed Chromium leaves its lock behind; the next launch on this profile must not take it for a live one.
  for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) rmSync(join(profileDir, lock), { force: true });
}

/** The pids whose command line names `--user-data-dir=<profileDir>`, killed with SIGKILL (Linux /proc). */
function killProcessesUsing(profileDir: string): number[] {
  const prefix = '--user-data-dir=';
  const wanted = resolve(profileDir);
  const usesProfile = (arg: string) => arg.startsWith(prefix) && resolve(arg.slice(prefix.length)) === wanted;
  const killed: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended while the list was read
    }
    if (!args.some(usesProfile)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed.push(Number(entry));
    } catch {
      // already gone
    }
  }
  return killed;
}
