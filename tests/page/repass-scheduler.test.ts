import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepassScheduler, type PassReport } from '../../lib/page/repass-scheduler';

/** A scheduler on vitest's fake clock, recording when each pass ran. */
function setup(undone: (n: number) => boolean = () => false) {
  const passes: number[] = [];
  const scheduler = createRepassScheduler(
    (): PassReport => {
      passes.push(Date.now());
      return { undone: undone(passes.length) };
    },
    {
      now: () => Date.now(),
      setTimeout: (cb, ms) => setTimeout(cb, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    },
  );
  return { scheduler, passes };
}

/** Calls `fn` every `everyMs` for `forMs`, advancing the fake clock. */
function repeat(fn: () => void, everyMs: number, forMs: number): void {
  for (let t = 0; t < forMs; t += everyMs) {
    fn();
    vi.advanceTimersByTime(everyMs);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('the re-pass scheduler', () => {
  it('waits for a quiet page: one change, one pass after it settles', () => {
    const { scheduler, passes } = setup();
    vi.advanceTimersByTime(5000);
    scheduler.changed();
    vi.advanceTimersByTime(399);
    expect(passes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(passes).toEqual([5400]);
    vi.advanceTimersByTime(10_000);
    expect(passes).toHaveLength(1);
  });

  it('runs a pending pass within 1.5 s however often the page changes (a 250 ms clock)', () => {
    const { scheduler, passes } = setup();
    vi.advanceTimersByTime(5000);
    repeat(() => scheduler.changed(), 250, 1600);
    expect(passes).toEqual([6500]);
  });

  it('never passes more than once a second under sustained change', () => {
    const { scheduler, passes } = setup();
    scheduler.runNow();
    repeat(() => scheduler.changed(), 10, 20_000);
    expect(passes.length).toBeGreaterThan(10);
    for (let i = 1; i < passes.length; i++) expect(passes[i]! - passes[i - 1]!).toBeGreaterThanOrEqual(1000);
    // Bounded, not starved: every pending change is read within 1.5 s of the last pass.
    for (let i = 1; i < passes.length; i++) expect(passes[i]! - passes[i - 1]!).toBeLessThanOrEqual(1500);
  });

  it('keeps to the gap after a pass even when the page changes right after it', () => {
    const { scheduler, passes } = setup();
    scheduler.runNow();
    scheduler.changed();
    vi.advanceTimersByTime(999);
    expect(passes).toEqual([0]);
    vi.advanceTimersByTime(1);
    expect(passes).toEqual([0, 1000]);
  });

  it('backs off exponentially when the page keeps undoing the highlights, then stops', () => {
    // Every pass after the first finds its predecessor's highlights removed.
    const { scheduler, passes } = setup((n) => n > 1);
    scheduler.runNow();
    // The page removes the highlights as soon as they appear: one change right after each pass.
    let seen = 0;
    for (let t = 0; t < 60_000; t += 50) {
      if (passes.length > seen) scheduler.changed();
      seen = passes.length;
      vi.advanceTimersByTime(50);
    }
    // Gaps of 1, 2, 4 s (the first change waits out the first gap), then no more passes.
    expect(passes).toEqual([0, 1000, 3000, 7000]);
    expect(scheduler.stopped).toBe(true);
  });

  it('forgets a page’s undoing when the reader changes a setting or the address changes', () => {
    const { scheduler, passes } = setup((n) => n > 1);
    scheduler.runNow();
    repeat(() => scheduler.changed(), 100, 20_000);
    expect(scheduler.stopped).toBe(true);
    const stoppedAt = passes.length;
    scheduler.restart(0);
    expect(scheduler.stopped).toBe(false);
    vi.advanceTimersByTime(0);
    expect(passes.length).toBe(stoppedAt + 1);
  });

  it('lets a new address forgive the page’s undoing at most once a window, so a page cannot reset it by changing its address', () => {
    const { scheduler, passes } = setup((n) => n > 1);
    scheduler.runNow();
    repeat(() => scheduler.changed(), 100, 20_000);
    expect(scheduler.stopped).toBe(true);
    scheduler.restart(100, 'address');
    expect(scheduler.stopped).toBe(false);
    // The page keeps undoing and keeps changing its address: after the one reprieve, passes stop for good.
    repeat(() => {
      scheduler.changed();
      scheduler.restart(100, 'address');
    }, 100, 40_000);
    expect(scheduler.stopped).toBe(true);
    const count = passes.length;
    repeat(() => scheduler.restart(100, 'address'), 100, 10_000);
    expect(passes.length).toBe(count);
    // A minute after the reprieve, a new address is a new chance.
    vi.advanceTimersByTime(30_000);
    scheduler.restart(100, 'address');
    vi.advanceTimersByTime(100);
    expect(passes.length).toBe(count + 1);
  });

  it('does not count undone passes outside the window', () => {
    // Undone every time, but the page undoes only once a minute.
    const { scheduler, passes } = setup((n) => n > 1);
    scheduler.runNow();
    for (let i = 0; i < 6; i++) {
      vi.advanceTimersByTime(61_000);
      scheduler.changed();
      vi.advanceTimersByTime(2000);
    }
    expect(passes).toHaveLength(7);
    expect(scheduler.stopped).toBe(false);
  });

  it('runs a restart at its delay, but not sooner than a second after the last pass', () => {
    const { scheduler, passes } = setup();
    scheduler.runNow();
    vi.advanceTimersByTime(200);
    scheduler.restart(100);
    vi.advanceTimersByTime(700);
    expect(passes).toEqual([0]);
    vi.advanceTimersByTime(100);
    expect(passes).toEqual([0, 1000]);
    vi.advanceTimersByTime(5000);
    scheduler.restart(100);
    vi.advanceTimersByTime(100);
    expect(passes).toEqual([0, 1000, 6100]);
  });

  it('sets one timer per wait, not one per change', () => {
    const { scheduler } = setup();
    const spy = vi.spyOn(globalThis, 'setTimeout');
    repeat(() => scheduler.changed(), 1, 1000);
    // 1000 changes; the pass runs at 1.5 s at the latest: a handful of timers, not a thousand.
    expect(spy.mock.calls.length).toBeLessThan(1000 / 50);
    spy.mockRestore();
  });

  it('does nothing once disposed', () => {
    const { scheduler, passes } = setup();
    scheduler.changed();
    scheduler.dispose();
    vi.advanceTimersByTime(5000);
    scheduler.changed();
    vi.advanceTimersByTime(5000);
    expect(passes).toEqual([]);
  });
});
