import { describe, expect, it } from 'vitest';
import { median, warmMedian } from '../../scripts/bench/median';

describe("the bench's median", () => {
  it('takes the middle of an odd count and the upper middle of an even one, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  it('leaves its input as it was, and is NaN for no values', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
  });
});

describe("the bench's warm-up", () => {
  it('calls the function at least the warm-up count, then once for each timing', () => {
    let calls = 0;
    const result = warmMedian(() => void calls++, 5, { calls: 3, ms: 0 });
    expect(calls).toBe(8);
    expect(Number.isFinite(result)).toBe(true);
  });
});
