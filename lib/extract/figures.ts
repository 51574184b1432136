/**
 * All figures in a text: counts, dates, relative dates, times, aircraft, calibres and weights.
 *
 * Each recognizer runs on its own; overlaps are then resolved so that the more specific mention
 * wins: any other kind beats a count ("Feb. 15" is a date, "F-15E" an aircraft, "107 mm" a calibre,
 * "two days later" a relative date), and among the rest the longer mention wins ("about 6 PM East
 * Standard Time Thursday afternoon" is one time, not a time plus a date). Mentions touching a URL,
 * an e-mail address or a phone number are dropped.
 */
import type { FigureMention, Span } from './types';
import { findAircraft } from './aircraft';
import { findCalibres } from './calibres';
import { findCounts } from './counts';
import { findDates } from './dates';
import { findExcludedSpans } from './exclusions';
import { findRelativeDates } from './relative';
import { findTimes } from './times';
import { findWeights } from './weights';

function rank(m: FigureMention): number {
  return m.value.type === 'count' ? 0 : 1;
}

/** Sorted, overlapping spans merged into disjoint ones. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end, text: '' };
    } else out.push(s);
  }
  return out;
}

/** Whether `m` overlaps one of `spans` (disjoint and sorted): binary search for the last span starting before m.end. */
function touchesAny(m: Span, spans: Span[]): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < m.end) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo - 1];
  return s !== undefined && s.end > m.start;
}

/**
 * Keep the best of overlapping mentions: any other kind beats a count, then the longer mention wins,
 * then the earlier one. Returns the kept mentions sorted by start.
 */
export function resolveOverlaps(mentions: FigureMention[]): FigureMention[] {
  const sorted = mentions
    .slice()
    .sort((a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  let size = 0;
  for (const m of mentions) size = Math.max(size, m.end);
  const taken = new Uint8Array(size);
  const out: FigureMention[] = [];
  for (const m of sorted) {
    let free = true;
    for (let k = m.start; k < m.end; k++) {
      if (taken[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Every figure but the counts, overlaps resolved among them, with the spans no figure may touch. Counts
 * never displace another kind (see resolveOverlaps), so what is found here stays whatever counts come
 * later: the event decision reads only these, and an article about no event never looks for its counts.
 */
export interface FiguresButCounts {
  text: string;
  mentions: FigureMention[];
  excluded: Span[];
}

function notExcluded(mentions: FigureMention[], excluded: Span[]): FigureMention[] {
  return excluded.length === 0 ? mentions : mentions.filter((m) => !touchesAny(m, excluded));
}

export function findFiguresButCounts(text: string): FiguresButCounts {
  const dates = findDates(text);
  const candidates = [
    ...findTimes(text, dates),
    ...dates,
    ...findRelativeDates(text),
    ...findAircraft(text),
    ...findCalibres(text),
    ...findWeights(text),
  ];
  const excluded = merge(findExcludedSpans(text));
  return { text, mentions: resolveOverlaps(notExcluded(candidates, excluded)), excluded };
}

/** All the figures: those found so far, and the counts that overlap none of them nor each other. */
export function withCounts(found: FiguresButCounts): FigureMention[] {
  return resolveOverlaps([...found.mentions, ...notExcluded(findCounts(found.text), found.excluded)]);
}

/** Non-overlapping figure mentions in `text`, sorted by start. */
export function findFigures(text: string): FigureMention[] {
  return withCounts(findFiguresButCounts(text));
}
