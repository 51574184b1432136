// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPendingAction } from '../../entrypoints/popover-ui/pending-action';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createPendingAction', () => {
  it('runs what is scheduled once its time has passed', () => {
    const pending = createPendingAction();
    const open = vi.fn();
    pending.schedule(open, 350);
    vi.advanceTimersByTime(349);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('keeps one action at a time: scheduling another replaces the first', () => {
    const pending = createPendingAction();
    const open = vi.fn();
    const close = vi.fn();
    pending.schedule(open, 350);
    pending.schedule(close, 300);
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const pending = createPendingAction();
    const open = vi.fn();
    pending.schedule(open, 350);
    pending.cancel();
    vi.advanceTimersByTime(1000);
    expect(open).not.toHaveBeenCalled();
  });
});
