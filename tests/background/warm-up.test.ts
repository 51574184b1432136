import { describe, expect, it, vi } from 'vitest';
import { warmEngine } from '../../entrypoints/background/warm-up';
import { warmUpSteps } from '../../lib/engine/warm-up-article';
import { getReference } from '../../lib/engine/reference';

/** A `later` that keeps what it is given, to be run by the test one task at a time. */
function taskQueue() {
  const queue: Array<() => void> = [];
  return { queue, later: (run: () => void) => void queue.push(run) };
}

describe('warming the engine', () => {
  it('runs its steps one by one, each later and in a task of its own, against the reference it is given', async () => {
    const { queue, later } = taskQueue();
    const WARM_UP_STEPS = warmUpSteps().length;
    const reference = vi.fn(async () => getReference());
    warmEngine(reference, later);
    expect(reference).not.toHaveBeenCalled();
    for (let answers = 1; answers <= WARM_UP_STEPS; answers++) {
      expect(queue).toHaveLength(1);
      queue.shift()!();
      await vi.waitFor(() => expect(reference).toHaveBeenCalledTimes(answers));
      // The next answer is only asked for once this one is done.
      if (answers < WARM_UP_STEPS) await vi.waitFor(() => expect(queue).toHaveLength(1));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queue).toHaveLength(0);
    expect(WARM_UP_STEPS).toBeGreaterThan(1);
  });

  it('keeps quiet, and stops, when the reference cannot be had', async () => {
    const { queue, later } = taskQueue();
    const reference = vi.fn(async () => {
      throw new Error('no sources');
    });
    warmEngine(reference, later);
    queue.shift()!();
    await vi.waitFor(() => expect(reference).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(queue).toHaveLength(0);
  });
});
