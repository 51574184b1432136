import { describe, expect, it } from 'vitest';
import { datelineEnd } from '../../lib/engine/dateline';

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
