/**
 * When to pass over a page again after it changes. A page can change all the time (a clock in its
 * header, a live ticker, a script that strips Crosscheck's highlights as soon as they appear); none of
 * that may keep Crosscheck from highlighting an article that arrives late, nor make it burn the
 * reader's CPU:
 *
 * - a change waits for the page to settle (`settleMs` without another), but never longer than
 *   `maxWaitMs` after the first change it is for, so a page that never settles is still read;
 * - passes start at least `minGapMs` apart, however busy the page;
 * - a pass that finds the previous pass's highlights taken away again (the page undoing our work)
 *   doubles that gap, and after `maxUndone` such passes within `undoWindowMs` re-passing stops:
 *   the page stays as the page wants it, until the reader changes a setting or the address changes.
 *
 * Pure: time and timers come from outside, so tests drive it with fake timers. A closure rather than a
 * class: it ships in the script on every page, and the minifier can shorten local names, not properties.
 */

export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface RepassPolicy {
  settleMs: number;
  maxWaitMs: number;
  minGapMs: number;
  undoWindowMs: number;
  maxUndone: number;
}

export const DEFAULT_REPASS_POLICY: RepassPolicy = {
  settleMs: 400,
  maxWaitMs: 1500,
  minGapMs: 1000,
  undoWindowMs: 60_000,
  maxUndone: 3,
};

/** What a pass tells the scheduler. */
export interface PassReport {
  /** The pass found highlights the previous pass drew removed by the page. */
  undone: boolean;
}

export interface RepassScheduler {
  /** True once the page has undone our work too often: changes are ignored until `restart`. */
  readonly stopped: boolean;
  /** Runs a pass now, whatever is pending (the first pass on a page). */
  runNow(): void;
  /** The page's content changed: pass once it settles (bounded, throttled, backed off). */
  changed(): void;
  /**
   * Something other than the page's content asks for a pass in `delayMs`, and passes stay `minGapMs`
   * apart. The reader (a settings change) makes the scheduler forget the page's history of undoing our
   * work; a new address does too, but at most once per `undoWindowMs`, since the page itself can
   * change its address as often as it likes.
   */
  restart(delayMs: number, by?: 'reader' | 'address'): void;
  dispose(): void;
}

export function createRepassScheduler(pass: () => PassReport, timers: Timers, policy: Partial<RepassPolicy> = {}): RepassScheduler {
  const { settleMs, maxWaitMs, minGapMs, undoWindowMs, maxUndone } = { ...DEFAULT_REPASS_POLICY, ...policy };
  /** The first change since the last pass (null when none is pending), and the latest one. */
  let firstChangeAt: number | null = null;
  let lastChangeAt = -Infinity;
  /** A pass asked for at a fixed time (navigation, settings) rather than after the page settles. */
  let askedAt: number | null = null;
  let lastPassAt = -Infinity;
  const undos = createUndoHistory(undoWindowMs, maxUndone);

  /** When the pending pass should run (the gap after the last pass doubled per undone pass), or null. */
  const dueAt = (now: number): number | null => {
    let due = firstChangeAt === null ? null : Math.min(lastChangeAt + settleMs, firstChangeAt + maxWaitMs);
    if (askedAt !== null) due = due === null ? askedAt : Math.min(due, askedAt);
    return due === null ? null : Math.max(due, lastPassAt + minGapMs * 2 ** undos.count(now));
  };

  const arm = () => {
    const now = timers.now();
    const due = dueAt(now);
    if (due !== null) timer.armFor(due, now);
  };

  const timer = createDueTimer(timers, () => {
    const due = dueAt(timers.now());
    if (due !== null && due > timers.now()) arm();
    else if (due !== null) run();
  });

  const run = () => {
    const now = timers.now();
    firstChangeAt = askedAt = null;
    lastPassAt = now;
    if (pass().undone && undos.record(now)) timer.cancel();
  };

  return {
    get stopped() {
      return undos.halted;
    },
    runNow() {
      timer.cancel();
      run();
    },
    changed() {
      if (undos.halted) return;
      const now = timers.now();
      if (firstChangeAt === null) firstChangeAt = now;
      lastChangeAt = now;
      arm();
    },
    restart(delayMs, by = 'reader') {
      const now = timers.now();
      undos.forgive(now, by);
      if (undos.halted) return;
      askedAt = Math.min(askedAt ?? Infinity, now + delayMs);
      arm();
    },
    dispose() {
      timer.cancel();
      undos.halt();
    },
  };
}

/**
 * One timer for the due time. A timer already set for earlier is kept: when it fires it finds the pass
 * due later and waits again, so a page that changes every few milliseconds costs one timer per wait,
 * not one per change.
 */
function createDueTimer(timers: Timers, fire: () => void) {
  let timer: number | undefined;
  /** When the timer is due; the timer may fire earlier and find it must wait longer. */
  let timerAt = Infinity;
  const cancel = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    timerAt = Infinity;
  };
  return {
    cancel,
    armFor(due: number, now: number): void {
      if (timerAt <= due) return;
      cancel();
      timerAt = due;
      timer = timers.setTimeout(() => {
        timer = undefined;
        timerAt = Infinity;
        fire();
      }, Math.max(0, due - now));
    },
  };
}

/** The passes the page undid within the window: each doubles the gap, and too many stop re-passing. */
function createUndoHistory(undoWindowMs: number, maxUndone: number) {
  let undoneAt: number[] = [];
  let halted = false;
  /** When a new address last made the scheduler forget the page's undoing. */
  let forgivenAt = -Infinity;
  /** The undone passes in the window, forgetting older ones. */
  const count = (now: number) => (undoneAt = undoneAt.filter((t) => now - t < undoWindowMs)).length;
  return {
    get halted() {
      return halted;
    },
    count,
    halt() {
      halted = true;
    },
    /** A pass found its work undone at `now`; true when that makes too many, and re-passing stops. */
    record(now: number): boolean {
      undoneAt.push(now);
      if (count(now) < maxUndone) return false;
      halted = true;
      return true;
    },
    /** The reader always, a new address at most once per window, makes the page's undoing forgotten. */
    forgive(now: number, by: 'reader' | 'address'): void {
      if (by !== 'reader' && now - forgivenAt < undoWindowMs) return;
      if (by === 'address') forgivenAt = now;
      halted = false;
      undoneAt = [];
    },
  };
}
