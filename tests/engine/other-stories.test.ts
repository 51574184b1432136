import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';

/** A wire digest: the strike story, then short stories of their own, each under a headline and a dateline. */
function digest(lastStory: string): string {
  return [
    'Biden says the Syria strike was a warning',
    'WASHINGTON (Wire) — U.S. F-15E jets struck militia buildings near Al Bukamal in eastern Syria late Thursday, Feb. 25, 2021, Pentagon spokesman John Kirby said.',
    'The strike answered the Feb. 15 rocket attack on Erbil.',
    'Panel backs a one-dose vaccine',
    'WASHINGTON (Wire) — Health advisers on Friday backed a one-dose vaccine after a day of debate.',
    'The panel voted 22-0 in favour.',
    'House passes the relief bill',
    'WASHINGTON (Wire) — The House passed the relief bill early Saturday after a long night.',
    'The vote split along party lines.',
    'Singer’s stolen dogs returned',
    lastStory,
    'Police said the dogs were unharmed.',
  ].join('\n\n');
}

const dayMark = (text: string, day: string) => annotate(extractFromPlainText(text)).marks.find((m) => m.kind === 'figure' && m.text === day);

describe('a page of short stories', () => {
  it('ties no figure of a story filed under its own dateline that names no strike, attack or known name', () => {
    const text = digest('LOS ANGELES (Wire) — Two dogs stolen from a singer’s walker were handed to police Friday evening, two days after the attack.');
    expect(annotate(extractFromPlainText(text)).event).toBe('2021-02-25-us-strike-eastern-syria');
    expect(dayMark(text, 'Friday evening')?.fact ?? null).toBeNull();
    expect(dayMark(text, 'late Thursday, Feb. 25, 2021')?.fact).toBe('strike.date');
  });

  it('still reads a story of its own that names the attacks', () => {
    const attacks = digest('BAGHDAD (Wire) — Militiamen who fired rockets at Erbil on Feb. 15 have not been found, officials said.');
    expect(dayMark(attacks, 'Feb. 15')?.fact).toBe('erbil.date');
  });

  it('ties no figure of a newsletter’s numbered item that names no strike, attack or known name', () => {
    const newsletter = (third: string) =>
      [
        '4 things to know for February 26',
        '1. Vaccines',
        'The country has now given 60 million doses, officials said.',
        '2. Syria',
        'US jets carried out air strikes on a site in Syria used by two militia groups backed by Iran, in the first known military action under Biden.',
        `${third}. Weather`,
        'A storm is set to bring snow to the plains over the weekend.',
        '4. Sport',
        'A former swimming coach died on Thursday, hours after he was charged with assault, state police said.',
      ].join('\n\n');
    const dayOf = (third: string) => {
      const findings = annotate({ ...extractFromPlainText(newsletter(third)), published: { year: 2021, month: 2, day: 26, utc: false, from: 'meta' } });
      expect(findings.event).toBe('2021-02-25-us-strike-eastern-syria');
      return findings.marks.find((m) => m.kind === 'figure' && m.text === 'Thursday')?.fact ?? null;
    };
    expect(dayOf('3')).toBeNull();
    // Headings not numbered one after another are a story's subheads: its day is read as ever.
    expect(dayOf('7')).toBe('strike.date');
  });
});
