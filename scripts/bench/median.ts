/** The middle value of `values` (the upper middle of an even count), NaN for none: the bench's one summary of repeated timings. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

/** How long a warm-up lasts: at least this many calls and this long. */
export interface WarmUp {
  calls: number;
  ms: number;
}

/**
 * Median of `runs` timings of `fn` after a warm-up, so that V8 has optimised the code at this size and one
 * GC pause does not decide. One call of warm-up was not enough: with the synthetic reference, a 1k article
 * measured 4.7× the real one after one call and about 1.5× after thirty.
 */
export function warmMedian(fn: () => void, runs: number, warmUp: WarmUp): number {
  const warmStart = performance.now();
  for (let i = 0; i < warmUp.calls || performance.now() - warmStart < warmUp.ms; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
