/** The middle value of `values` (the upper middle of an even count), NaN for none: the bench's one summary of repeated timings. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}
