import { describe, expect, it } from 'vitest';
import type { PublishedDate } from '../../lib/article/published';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { filedDay } from '../../lib/engine/filed-day';
import type { DateValue } from '../../lib/reference/values';

const stamp = (month: number, day: number): PublishedDate => ({ year: 2021, month, day, utc: false, from: 'meta' });
const dispatch = (month: number, day: number, year: number | null = null): DateValue => ({ type: 'date', year, month, day, weekday: null, part: null, zone: null });

describe('the day a story was filed', () => {
  it('is its dispatch’s day when its page is stamped days later (a repost)', () => {
    expect(filedDay(stamp(3, 8), dispatch(2, 26))).toEqual({ year: 2021, month: 2, day: 26, utc: false, from: 'dateline' });
    // A year-end dispatch on a January page is last year's.
    expect(filedDay({ ...stamp(1, 20), year: 2022 }, dispatch(12, 30))).toMatchObject({ year: 2021, month: 12, day: 30 });
  });

  it('is the day of an update the story opens with, when that is after the stamp', () => {
    expect(filedDay(stamp(10, 25), null, dispatch(10, 27))).toEqual({ year: 2021, month: 10, day: 27, utc: false, from: 'byline' });
    expect(filedDay(stamp(10, 25), null, dispatch(10, 24))).toEqual(stamp(10, 25));
    expect(filedDay(stamp(1, 5), null, dispatch(3, 27))).toEqual(stamp(1, 5));
  });

  it('is the page’s stamp when the dispatch is its day, the day before, or months before', () => {
    expect(filedDay(stamp(2, 26), dispatch(2, 26))).toEqual(stamp(2, 26));
    expect(filedDay(stamp(2, 27), dispatch(2, 26))).toEqual(stamp(2, 27));
    expect(filedDay(stamp(6, 1), dispatch(2, 26, 2021))).toEqual(stamp(6, 1));
    expect(filedDay(null, dispatch(2, 26))).toBeNull();
  });

  it('dates the story’s weekdays, so a repost of a wire story finds its event', () => {
    const text = [
      'U.S. strike kills 22 in eastern Syria: war monitor',
      'DAMASCUS, Feb. 26 (Xinhua) — A war monitor said that at least 22 pro-Iran fighters were killed before daybreak Friday by U.S. military air strikes in eastern Syria.',
      'The Syrian Observatory for Human Rights said the strikes hit a weapons shipment of Kataib Hezbollah near Al Bukamal.',
    ].join('\n\n');
    expect(annotate({ ...extractFromPlainText(text), published: stamp(3, 8) }).event).toBe('2021-02-25-us-strike-eastern-syria');
  });

  it('reads an agency’s dateline closed by a stop and its wire ("MOSCOW, February 26. /TASS/."): the day is no highlight', () => {
    const text = [
      'Moscow criticises US strikes in Syria',
      'MOSCOW, February 26. /TASS/. Russia’s foreign ministry said the US strikes near Al Bukamal late on Thursday, which Pentagon spokesman John Kirby announced, broke international law.',
    ].join('\n\n');
    const marks = annotate({ ...extractFromPlainText(text), published: stamp(2, 26) }).marks;
    expect(marks.map((m) => m.text)).not.toContain('February 26');
    expect(marks.map((m) => m.text)).toContain('late on Thursday');
  });

  it('dates an update’s weekdays, so a page stamped before the strike that opens with it finds its event', () => {
    const text = [
      'A fighter squadron lands in the Middle East',
      'UPDATE, Friday, Oct. 27: Late Thursday night, U.S. time, two F-16 fighter jets bombed a weapons storage site and an ammunition depot near Abu Kamal in eastern Syria used by Iran’s Revolutionary Guard.',
      'Defense Secretary Lloyd Austin said the strikes answered attacks on US forces in Iraq and Syria since October 17.',
    ].join('\n\n');
    const page = { year: 2023, month: 10, day: 25, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(text), published: page }).event).toBe('2023-10-26-us-strike-boukamal');
  });
});
