/**
 * The events the decision weighs (event-candidates.ts): every article of the corpus and of the warm-up, with
 * its own page date, without one and with others, against the real reference and against one a hundred times
 * larger, decides as weighing every event does; an event left out never scores above 2. And each lookup on
 * its own, on small references made for the test.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedDate } from '../../lib/article/published';
import type { ArticleText } from '../../lib/article/types';
import { eventEvidenceOf } from '../../lib/engine/annotate';
import { decideEvent } from '../../lib/engine/event';
import { candidateEvents, indexEvents, type CandidateEvidence } from '../../lib/engine/event-candidates';
import type { Clue } from '../../lib/engine/event-evidence';
import { getReference, type Reference } from '../../lib/engine/reference';
import { warmUpArticles } from '../../lib/engine/warm-up-article';
import type { Event, EventId } from '../../lib/reference/types';
import type { DateValue } from '../../lib/reference/values';
import { HUNDRED_TIMES, syntheticReference } from '../../scripts/bench/synthetic-reference';
import { extractArticle, readCorpus } from '../corpus/load';

const on = (year: number, month: number, day: number): PublishedDate => ({ year, month, day, utc: false, from: 'meta' });

/** The article with its own page date, with none, and dated a day, three days and a week after each event. */
function datings(article: ArticleText, reference: Reference): ArticleText[] {
  const after = (e: Event, days: number) => {
    const d = new Date(Date.UTC(e.day.year, e.day.month - 1, e.day.day + days));
    return on(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  };
  const real = getReference().events.filter((e) => reference.event(e.id));
  return [article, { ...article, published: null }, ...real.flatMap((e) => [1, 3, 7].map((n) => ({ ...article, published: after(e, n) })))];
}

describe('the events the decision weighs', () => {
  const articles = [...readCorpus().map(extractArticle), ...warmUpArticles()];
  const references: Array<[string, Reference]> = [
    ['the real reference', getReference()],
    ['a reference of 100 events', syntheticReference(HUNDRED_TIMES)],
  ];

  for (const [name, reference] of references) {
    it(`decide as weighing every event does, and leave out only events that score 2 or less: ${name}`, () => {
      let weighed = 0;
      let all = 0;
      for (const article of articles) {
        for (const dated of datings(article, reference)) {
          const input = eventEvidenceOf(dated, reference);
          const full = decideEvent(reference, input, true);
          const quick = decideEvent(reference, input, false);
          expect(quick.event).toBe(full.event);
          const kept = new Set(quick.scores.map((s) => s.event));
          for (const s of full.scores) {
            if (kept.has(s.event)) expect(quick.scores.find((q) => q.event === s.event)?.score).toBe(s.score);
            else expect(s.score, `${s.event} left out: ${s.reasons.join('; ')}`).toBeLessThanOrEqual(2);
          }
          weighed += quick.scores.length;
          all += full.scores.length;
        }
      }
      // With many events, most are never weighed.
      if (reference.events.length > 10) expect(weighed).toBeLessThan(all / 2);
      // Every article under several datings, weighed twice against 100 events: seconds on a busy two-core machine.
    }, 30_000);
  }
});

describe('looking up the events an article may be about', () => {
  const base = getReference().events[0]!;
  const event = (id: EventId, year: number, month: number, day: number, extra: Partial<Event> = {}): Event => ({
    ...base,
    id,
    day: { year, month, day },
    anchors: [],
    signatures: [],
    incidents: [],
    markers: { groups: [], places: [], precededBy: [] },
    ...extra,
  });
  // 25 February 2021 and 26 October 2023 were Thursdays; 2 March 2021 a Tuesday; 8 November 2023 a Wednesday.
  const events = [
    event('2021-02-25-thu', 2021, 2, 25),
    event('2021-03-02-tue', 2021, 3, 2),
    event('2023-10-26-thu', 2023, 10, 26, { markers: { groups: ['kataib-hezbollah'], places: [], precededBy: [] } }),
    event('2023-11-08-wed', 2023, 11, 8, { incidents: [{ id: 'x', label: 'x', isStrike: false, entities: [], dates: [{ month: 11, day: 1 }] }] }),
  ];
  const index = indexEvents(events, new Map([['2023-10-26-thu', new Set(['F-16'])]]));
  const date = (d: Partial<DateValue>): DateValue => ({ type: 'date', year: null, month: null, day: null, weekday: null, part: null, zone: null, ...d });
  const strikeDay = (d: Partial<DateValue>): Clue => ({ kind: 'strike-day', text: '', at: 0, date: date(d), relative: null, lede: true, nearAttacks: false });
  const ids = (evidence: Partial<CandidateEvidence>) =>
    candidateEvents(index, events, { published: null, clues: [], dates: [], mentioned: new Set(), ...evidence }).map((e) => e.id);

  it('finds none when nothing in the article points at an event', () => {
    expect(ids({})).toEqual([]);
  });

  it('reads a weekday without a page date near every event: the events of that weekday and the three days before', () => {
    expect(ids({ clues: [strikeDay({ weekday: 5 })] })).toEqual(['2021-02-25-thu', '2021-03-02-tue', '2023-10-26-thu', '2023-11-08-wed']);
    expect(ids({ clues: [strikeDay({ weekday: 3 })] })).toEqual(['2021-03-02-tue', '2023-11-08-wed']);
    expect(ids({ clues: [strikeDay({ weekday: 1 })] })).toEqual([]);
  });

  it('reads a month and day without a year in every year, and a full date in its own', () => {
    expect(ids({ clues: [strikeDay({ month: 2, day: 26 })] })).toEqual(['2021-02-25-thu']);
    expect(ids({ clues: [strikeDay({ month: 3, day: 2 })] })).toEqual(['2021-02-25-thu', '2021-03-02-tue']);
    expect(ids({ clues: [strikeDay({ year: 2023, month: 10, day: 27 })] })).toEqual(['2023-10-26-thu']);
  });

  it('reads a weekday and "last night" against the page date', () => {
    expect(ids({ published: on(2023, 10, 27), clues: [strikeDay({ weekday: 4 })] })).toEqual(['2023-10-26-thu']);
    const lastNight: Clue = { kind: 'strike-day', text: 'last night', at: 0, date: null, relative: [-1, 0], lede: true, nearAttacks: false };
    expect(ids({ published: on(2021, 3, 3), clues: [lastNight] })).toEqual(['2021-02-25-thu', '2021-03-02-tue']);
    expect(ids({ clues: [lastNight] })).toEqual([]);
  });

  it('finds an event published within days of the page, and by its groups, its aircraft and the days of the attacks before it', () => {
    expect(ids({ published: on(2023, 11, 10) })).toEqual(['2023-11-08-wed']);
    expect(ids({ published: on(2023, 10, 29) })).toEqual(['2023-10-26-thu']);
    // Up to four days after, and a day more for a UTC stamp (event.ts, WITHIN_DAYS); not six.
    expect(ids({ published: on(2023, 10, 31) })).toEqual(['2023-10-26-thu']);
    expect(ids({ published: on(2023, 11, 1) })).toEqual([]);
    expect(ids({ mentioned: new Set(['kataib-hezbollah']) })).toEqual(['2023-10-26-thu']);
    expect(ids({ clues: [{ kind: 'aircraft', text: 'F-16s', at: 0, family: 'F-16' }] })).toEqual(['2023-10-26-thu']);
    expect(ids({ dates: [{ month: 11, day: 1 }] })).toEqual(['2023-11-08-wed']);
  });

  it('always weighs an event with wordings of its own', () => {
    const withWording = [...events, event('2019-12-29-worded', 2019, 12, 29, { signatures: ['\\bsome wording\\b'] })];
    const worded = indexEvents(withWording, new Map());
    expect(candidateEvents(worded, withWording, { published: null, clues: [], dates: [], mentioned: new Set() }).map((e) => e.id)).toEqual(['2019-12-29-worded']);
  });
});
