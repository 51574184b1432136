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
 * Pure: time and timers come from outside, so tests drive it with fake timers.
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

export class RepassScheduler {
  private readonly policy: RepassPolicy;
  private timer: number | undefined;
  /** When the timer is due; the timer may fire earlier and find it must wait longer. */
  private timerAt = Infinity;
  /** The first change since the last pass, and the latest one; null when no pass is pending. */
  private firstChangeAt: number | null = null;
  private lastChangeAt = -Infinity;
  /** A pass asked for a fixed time (navigation, settings) rather than after the page settles. */
  private askedAt: number | null = null;
  private lastPassAt = -Infinity;
  private undoneAt: number[] = [];
  private halted = false;
  /** When a new address last made the scheduler forget the page's undoing. */
  private forgivenAt = -Infinity;

  constructor(
    private readonly pass: () => PassReport,
    private readonly timers: Timers,
    policy: Partial<RepassPolicy> = {},
  ) {
    this.policy = { ...DEFAULT_REPASS_POLICY, ...policy };
  }

  /** True once the page has undone our work too often: changes are ignored until `restart`. */
  get stopped(): boolean {
    return this.halted;
  }

  /** Runs a pass now, whatever is pending (the first pass on a page). */
  runNow(): void {
    this.cancelTimer();
    this.run();
  }

  /** The page's content changed: pass once it settles (bounded, throttled, backed off). */
  changed(): void {
    if (this.halted) return;
    const now = this.timers.now();
    if (this.firstChangeAt === null) this.firstChangeAt = now;
    this.lastChangeAt = now;
    this.arm();
  }

  /**
   * Something other than the page's content asks for a pass in `delayMs`, and passes stay `minGapMs`
   * apart. The reader (a settings change) makes the scheduler forget the page's history of undoing our
   * work; a new address does too, but at most once per `undoWindowMs`, since the page itself can
   * change its address as often as it likes.
   */
  restart(delayMs: number, by: 'reader' | 'address' = 'reader'): void {
    const now = this.timers.now();
    if (by === 'reader' || now - this.forgivenAt >= this.policy.undoWindowMs) {
      if (by === 'address') this.forgivenAt = now;
      this.halted = false;
      this.undoneAt = [];
    }
    if (this.halted) return;
    const at = now + delayMs;
    this.askedAt = this.askedAt === null ? at : Math.min(this.askedAt, at);
    this.arm();
  }

  dispose(): void {
    this.cancelTimer();
    this.halted = true;
  }

  /** The gap after the last pass: doubled for each undone pass in the window. */
  private gap(now: number): number {
    this.undoneAt = this.undoneAt.filter((t) => now - t < this.policy.undoWindowMs);
    return this.policy.minGapMs * 2 ** this.undoneAt.length;
  }

  /** When the pending pass should run, or null when none is pending. */
  private dueAt(now: number): number | null {
    const { settleMs, maxWaitMs } = this.policy;
    let due: number | null = null;
    if (this.firstChangeAt !== null) due = Math.min(this.lastChangeAt + settleMs, this.firstChangeAt + maxWaitMs);
    if (this.askedAt !== null) due = due === null ? this.askedAt : Math.min(due, this.askedAt);
    return due === null ? null : Math.max(due, this.lastPassAt + this.gap(now));
  }

  /**
   * Sets the timer for the due time. A timer already set for earlier is kept: when it fires it finds
   * the pass due later and waits again, so a page that changes every few milliseconds costs one timer
   * per wait, not one per change.
   */
  private arm(): void {
    const now = this.timers.now();
    const due = this.dueAt(now);
    if (due === null || this.timerAt <= due) return;
    this.cancelTimer();
    this.timerAt = due;
    this.timer = this.timers.setTimeout(() => this.fire(), Math.max(0, due - now));
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const due = this.dueAt(this.timers.now());
    if (due === null) return;
    if (due > this.timers.now()) this.arm();
    else this.run();
  }

  private run(): void {
    const now = this.timers.now();
    this.firstChangeAt = null;
    this.askedAt = null;
    this.lastPassAt = now;
    const report = this.pass();
    if (!report.undone) return;
    this.undoneAt.push(now);
    if (this.undoneAt.filter((t) => now - t < this.policy.undoWindowMs).length >= this.policy.maxUndone) {
      this.halted = true;
      this.cancelTimer();
      this.firstChangeAt = null;
    }
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }
}
