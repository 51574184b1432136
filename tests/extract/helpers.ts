import { expect } from 'vitest';
import type { FigureMention } from '../../lib/extract/types';

/** Check the span invariants of a list of mentions against its text and return it. */
export function checked(text: string, mentions: FigureMention[]): FigureMention[] {
  let lastEnd = -1;
  for (const m of mentions) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    lastEnd = m.end;
  }
  return mentions;
}

/** The texts of the mentions, after checking the span invariants. */
export function texts(text: string, mentions: FigureMention[]): string[] {
  return checked(text, mentions).map((m) => m.text);
}

/** The one mention whose text is `span`; fails when there is none. */
export function only(text: string, mentions: FigureMention[], span: string): FigureMention {
  const found = checked(text, mentions).filter((m) => m.text === span);
  expect(found.map((m) => m.text), `mentions of ${JSON.stringify(span)} in ${JSON.stringify(text)}`).toEqual([span]);
  return found[0]!;
}
