import { describe, expect, it, vi } from 'vitest';
import { warmEngine } from '../../entrypoints/background/warm-up';
import { getReference } from '../../lib/engine/reference';

describe('warming the engine', () => {
  it('answers its own article once, later, against the reference it is given', async () => {
    let run: (() => void) | undefined;
    const reference = vi.fn(async () => getReference());
    warmEngine(reference, (later) => (run = later));
    expect(reference).not.toHaveBeenCalled();
    run!();
    await vi.waitFor(() => expect(reference).toHaveBeenCalledTimes(1));
  });

  it('keeps quiet when the reference cannot be had', async () => {
    const reference = vi.fn(async () => {
      throw new Error('no sources');
    });
    warmEngine(reference, (later) => later());
    await vi.waitFor(() => expect(reference).toHaveBeenCalledTimes(1));
  });
});
