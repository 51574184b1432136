import { describe, expect, it } from 'vitest';
import { datelineEnd, opensTimelineEntry } from '../../lib/engine/dateline';

const dateline = (paragraph: string) => {
  const end = datelineEnd(paragraph, 0);
  return end < 0 ? null : paragraph.slice(0, end);
};

describe('a dateline', () => {
  it('runs from the place to its colon or dash, with a region, a day, an hour or a wire on the way', () => {
    expect(dateline('BAGHDAD: Rockets hit the airport.')).toBe('BAGHDAD:');
    expect(dateline('ERBIL, Iraq (AP) — Rockets hit the airport.')).toBe('ERBIL, Iraq (AP) —');
    expect(dateline('Washington, March 2: The port reopened.')).toBe('Washington, March 2:');
    expect(dateline('DAMASCUS, Feb. 26 (Xinhua) -- A storm hit.')).toBe('DAMASCUS, Feb. 26 (Xinhua) --');
    expect(dateline('BEIRUT, LEBANON (1:00 P.M.) – Jets flew over.')).toBe('BEIRUT, LEBANON (1:00 P.M.) –');
    expect(dateline('Damascus, (City News - 26th Feb, 2021 ) :State media said.')).toBe('Damascus, (City News - 26th Feb, 2021 ) :');
    // A wire's bracket alone ends it, when the place is in capitals or the bracket holds the filing date.
    expect(dateline('LONDON (Wire Service - 3rd March, 2021) The port reopened.')).toBe('LONDON (Wire Service - 3rd March, 2021) ');
    expect(dateline('Moscow (Newswire - 3 March 2021) The port reopened.')).toBe('Moscow (Newswire - 3 March 2021) ');
    expect(dateline('CAIRO (AP) The port reopened.')).toBe('CAIRO (AP) ');
  });

  it('is not a sentence that only happens to hold a colon or a dash', () => {
    expect(dateline('Storms hit Washington, March 2: the worst in years.')).toBeNull();
    expect(dateline('ISIS-K fighters crossed the border.')).toBeNull();
    expect(dateline('The toll: 22 dead.')).toBeNull();
    expect(dateline('Kataib Hezbollah (KH) Denied any losses.')).toBeNull();
    expect(dateline('Officials in Baghdad (Iraq) Said nothing.')).toBeNull();
  });

  it('opens a paragraph, never the middle of one', () => {
    const text = 'A first line.\nBAGHDAD: Rockets hit.';
    expect(datelineEnd(text, text.indexOf('BAGHDAD'))).toBe(text.indexOf(' Rockets'));
    expect(datelineEnd('He said BAGHDAD: no.', 8)).toBe(-1);
  });
});

describe('a timeline’s entry', () => {
  it('opens with its day and a dash or colon, as the paragraph before or after it does', () => {
    const timeline = 'Timeline\nFebruary 15 – Rockets hit Erbil airport.\n\nFeb. 22: Rockets hit the Green Zone.\n15 February 2021 — Another attack.';
    expect(opensTimelineEntry(timeline, timeline.indexOf('February 15'))).toBe(true);
    expect(opensTimelineEntry(timeline, timeline.indexOf('Feb. 22'))).toBe(true);
    expect(opensTimelineEntry(timeline, timeline.indexOf('15 February'))).toBe(true);
  });

  it('is not a dispatch’s date, which opens one paragraph', () => {
    const story = 'US strikes Syria\nFeb. 26, 2021 – The United States struck on Thursday.\nThe Pentagon said two groups were hit.';
    expect(opensTimelineEntry(story, story.indexOf('Feb. 26'))).toBe(false);
    expect(opensTimelineEntry('He said February 15 – and again Feb. 22 – rockets hit.', 8)).toBe(false);
  });
});
