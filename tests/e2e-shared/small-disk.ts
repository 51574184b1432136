/**
 * A small file system of its own for a browser profile (a tmpfs), as on a reader's nearly full disk: for the
 * storage suites of both browsers. Mounting needs root (CAP_SYS_ADMIN); without it there is no small disk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const mounts: string[] = [];

/** A folder on a tmpfs of `megabytes`, or null where mounting is not allowed. */
export function smallDisk(megabytes: number, prefix = 'crosscheck-small-disk-'): string | null {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  mounts.push(dir);
  return dir;
}

/** Unmounts and removes every small disk made so far (in afterAll, once the browsers on them are closed). */
export function removeSmallDisks(): void {
  for (const m of mounts.splice(0)) {
    try {
      execFileSync('umount', [m], { stdio: 'pipe' });
      rmSync(m, { recursive: true, force: true });
    } catch {
      // Left for the system to clean up; nothing else uses it.
    }
  }
}
