/** Reader sources for the tests: a page the reader added about the 2021 strike, with its own figures. */
import type { ReaderClaim, ReaderSource, ReaderSourceDraft } from '../../lib/annotations/reader-source';

export const EVENT_2021 = '2021-02-25-us-strike-eastern-syria' as const;

/** One claim: 31 killed (the bundled sources say 17 or 22). */
export function claim(over: Partial<ReaderClaim> = {}): ReaderClaim {
  return {
    fact: 'strike.killed',
    value: { type: 'count', n: 31, qualifier: 'exact' },
    text: '31',
    quote: 'A monitoring group put the toll at 31 fighters.',
    attribution: 'a monitoring group',
    ...over,
  };
}

export function draft(over: Partial<ReaderSourceDraft> = {}): ReaderSourceDraft {
  return {
    event: EVENT_2021,
    outlet: 'Harbour Gazette',
    url: 'https://harbour-gazette.example/world/syria-strike',
    title: 'US jets hit militia sites in Syria',
    published: '2021-02-26',
    claims: [claim()],
    ...over,
  };
}

export function saved(over: Partial<ReaderSource> = {}): ReaderSource {
  return { ...draft(), id: 'reader-0123456789abcdef', savedAt: '2026-03-01T10:00:00.000Z', ...over };
}
