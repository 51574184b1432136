import { describe, expect, it } from 'vitest';
import { findCounts } from '../../lib/extract/counts';
import { findFigures } from '../../lib/extract/figures';
import type { CountValue } from '../../lib/reference/values';
import { checked, texts } from './helpers';

/** [span, n, qualifier] for each count in the text. */
function counts(s: string): Array<[string, number | null, string]> {
  return checked(s, findCounts(s)).map((m) => {
    const v = m.value as CountValue;
    expect(v.type).toBe('count');
    return [m.text, v.n, v.qualifier];
  });
}

describe('findCounts: exact numbers', () => {
  it('reads digits and words', () => {
    expect(counts('Iraqi officials said 17 rockets were fired and 1,200 troops are based there.')).toEqual([
      ['17', 17, 'exact'],
      ['1,200', 1200, 'exact'],
    ]);
    expect(counts('Three Katyusha rockets hit the base.')).toEqual([['Three', 3, 'exact']]);
    expect(counts('twenty-two militiamen and twenty two others')).toEqual([
      ['twenty-two', 22, 'exact'],
      ['twenty two', 22, 'exact'],
    ]);
    expect(counts('A war monitor put the toll at 22.')).toEqual([['22', 22, 'exact']]);
  });

  it('keeps "one" when it counts something', () => {
    expect(counts('The attack killed one civilian contractor.')).toEqual([['one', 1, 'exact']]);
    expect(counts('One rocket hit a hangar.')).toEqual([['One', 1, 'exact']]);
    expect(counts('The strike left one dead and two wounded.')).toEqual([
      ['one', 1, 'exact'],
      ['two', 2, 'exact'],
    ]);
  });

  it('reads dozens and scale words', () => {
    // A count in dozens is a round figure: "two dozen" is about 24, unless a qualifier says otherwise.
    expect(counts('a dozen fighters')).toEqual([['a dozen', 12, 'about']]);
    expect(counts('two dozen fighters')).toEqual([['two dozen', 24, 'about']]);
    expect(counts('at least two dozen fighters')).toEqual([['at least two dozen', 24, 'at-least']]);
    expect(counts('nearly two dozen fighters')).toEqual([['nearly two dozen', 24, 'about']]);
    expect(counts('half a dozen trucks')).toEqual([['half a dozen', 6, 'about']]);
    expect(counts('only a single fighter died')).toEqual([['a single', 1, 'exact']]);
    expect(counts('both facilities were destroyed')).toEqual([['both', 2, 'exact']]);
    // "the two" standing for what was named before is no count; "the two fighters" is.
    expect(counts('though the two are close allies')).toEqual([]);
    expect(counts('the line between the two.')).toEqual([]);
    expect(counts('the two fighters died')).toEqual([['two', 2, 'exact']]);
    expect(counts('more than a dozen trucks')).toEqual([['more than a dozen', 12, 'more-than']]);
    expect(counts('a population of 1.2 million people')).toEqual([['1.2 million', 1200000, 'exact']]);
    expect(counts('two hundred and fifty troops')).toEqual([['two hundred and fifty', 250, 'exact']]);
  });
});

describe('findCounts: qualifiers', () => {
  it.each([
    ['The death toll rose to at least 22.', 'at least 22', 22, 'at-least'],
    ['A minimum of 17 were killed.', 'A minimum of 17', 17, 'at-least'],
    ['No fewer than 30 were hurt.', 'No fewer than 30', 30, 'at-least'],
    ['more than 30 fighters', 'more than 30', 30, 'more-than'],
    ['Over 20 people died.', 'Over 20', 20, 'more-than'],
    ['upwards of 40 trucks', 'upwards of 40', 40, 'more-than'],
    ['Some 22 people, most of them fighters, died.', 'Some 22', 22, 'about'],
    ['about 20 people', 'about 20', 20, 'about'],
    ['around 200 troops', 'around 200', 200, 'about'],
    ['approximately 900 US troops', 'approximately 900', 900, 'about'],
    ['approx. 900 US troops', 'approx. 900', 900, 'about'],
    ['roughly 17 fighters', 'roughly 17', 17, 'about'],
    ['nearly 20 killed', 'nearly 20', 20, 'about'],
    ['almost twenty killed', 'almost twenty', 20, 'about'],
    ['an estimated 2,500 fighters', 'an estimated 2,500', 2500, 'about'],
    ['close to 40 people', 'close to 40', 40, 'about'],
    ['up to 30 rockets', 'up to 30', 30, 'up-to'],
    ['as many as 50 people', 'as many as 50', 50, 'up-to'],
    ['put the toll as high as 22', 'as high as 22', 22, 'up-to'],
    ['fewer than 10 people', 'fewer than 10', 10, 'up-to'],
  ])('%s', (s, span, n, qualifier) => {
    expect(counts(s)).toEqual([[span, n, qualifier]]);
  });

  it('reads qualifiers after the number', () => {
    expect(counts('22 or more people')).toEqual([['22 or more', 22, 'at-least']]);
    expect(counts('a dozen or so trucks')).toEqual([['a dozen or so', 12, 'about']]);
    expect(counts('20-odd fighters')).toEqual([['20-odd', 20, 'about']]);
    expect(counts('a 20-plus vehicle convoy')).toEqual([['20-plus', 20, 'at-least']]);
    expect(counts('one or more rockets')).toEqual([['one or more', 1, 'at-least']]);
  });

  it('reads "adding up to" as a sum, not a ceiling', () => {
    expect(counts('drones and rockets, adding up to 19 attacks')).toEqual([['19', 19, 'exact']]);
    expect(counts('it all adds up to 30 trucks')).toEqual([['30', 30, 'exact']]);
    expect(counts('they fired up to 30 rockets')).toEqual([['up to 30', 30, 'up-to']]);
  });

  it('does not take "or more than" as a post-qualifier', () => {
    expect(counts('22 or more than 30')).toEqual([
      ['22', 22, 'exact'],
      ['more than 30', 30, 'more-than'],
    ]);
  });
});

describe('findCounts: vague counts', () => {
  it.each([
    ['Several', 'Several rockets landed.'],
    ['multiple', 'multiple rockets'],
    ['numerous', 'numerous casualties'],
    ['a number of', 'a number of militia members'],
    ['a handful of', 'a handful of fighters'],
    ['dozens', 'dozens of fighters'],
    ['many', 'many of the dead'],
  ])('%s', (span, s) => {
    expect(counts(s)).toEqual([[span, null, 'several']]);
  });

  it('reads vague multiples of hundreds and dozens as one vague count', () => {
    expect(counts('several hundred troops and a few dozen trucks')).toEqual([
      ['several hundred', null, 'several'],
      ['a few dozen', null, 'several'],
    ]);
  });

  it('does not read "how many", "as many" or a multiple-rocket launcher as counts', () => {
    expect(counts('It is unclear how many died.')).toEqual([]);
    expect(counts('twice as many as before')).toEqual([]);
    expect(counts('a multiple rocket launcher')).toEqual([]);
  });

  it('does not emit the article or bare plurals', () => {
    expect(counts('A US contractor was killed and service members were wounded.')).toEqual([]);
    expect(counts('an American was hurt')).toEqual([]);
  });
});

describe('findCounts: what is not a count', () => {
  it('skips ordinals', () => {
    expect(counts('the first strike and the 2nd wave, the 22nd day, the twenty-first century')).toEqual([]);
    expect(counts('the twenty first attack')).toEqual([]);
  });

  it('skips pronoun and idiom uses of "one"', () => {
    for (const s of [
      'one of the rockets',
      'One of them died',
      'They blamed one another.',
      'No one was hurt.',
      'One day the base was hit.',
      'one more attack',
      'the one that hit',
      'one could argue',
      'a one-time payment',
      'that one was hit',
      'the 2001 law and the 2002 one',
      'Whatever one thinks of the raid',
      'One thinks the raid was small.',
      'No raid is welcome, least of all one that killed people.',
      'The raid was simpler than one in Iraq would be.',
    ]) {
      expect(counts(s), s).toEqual([]);
    }
    // "that" as a conjunction before a counted noun: a count.
    expect(counts('The Pentagon said that one militant was killed.')).toEqual([['one', 1, 'exact']]);
  });

  it('reads a number in a title-case headline as a count', () => {
    expect(counts('Pentagon Says One Militant Killed in Syria')).toEqual([['One', 1, 'exact']]);
    expect(counts('US Strike In Syria Kills 17')).toEqual([['17', 17, 'exact']]);
  });

  it('skips bare years but keeps year-like counts with a counting qualifier', () => {
    expect(counts('After 2019, the militia grew; in 2023 it struck again.')).toEqual([]);
    expect(counts('around 2015 the group formed')).toEqual([]);
    expect(counts('more than 2000 troops')).toEqual([['more than 2000', 2000, 'more-than']]);
    expect(counts('2,019 people')).toEqual([['2,019', 2019, 'exact']]);
  });

  it('skips percentages and money', () => {
    expect(counts('a 22% rise, 40 per cent, 12 percent')).toEqual([]);
    expect(counts('$20 million, £500, €3 and 20 dollars, US$5, USD 12')).toEqual([]);
    expect(counts('1.5 million dollars')).toEqual([]);
  });

  it('skips "one" as a pronoun after an article and an adjective: "a narrower one", "the second one"', () => {
    expect(counts('they replaced the old law with a narrower one')).toEqual([]);
    expect(counts('it was the second one this month')).toEqual([]);
    expect(counts('a guard and one driver were hurt')).toEqual([['one', 1, 'exact']]);
    // A noun it counts, past a flag, makes it a number: "during the attacks one US contractor died".
    expect(counts('during the attacks one US contractor died')).toEqual([['one', 1, 'exact']]);
    expect(counts('during the attacks one U.S. contractor died')).toEqual([['one', 1, 'exact']]);
    expect(counts('it was the second one US officials named')).toEqual([]);
  });

  it('reads "over" and "about" after a word they follow as a preposition as no qualifier', () => {
    expect(counts('the jets released their bombs over two sites')).toEqual([['two', 2, 'exact']]);
    expect(counts('the official has talked about one dead')).toEqual([['one', 1, 'exact']]);
    expect(counts('the militias fired over 20 rockets')).toEqual([['over 20', 20, 'more-than']]);
    // Before "times" it counts again: more than a dozen attacks.
    expect(counts('bases were targeted with rockets and drones over a dozen times')).toEqual([['over a dozen', 12, 'more-than']]);
    expect(counts('the strike killed about 20 people')).toEqual([['about 20', 20, 'about']]);
  });

  it('reads a vague count with a quote mark inside it, and "a handful" with no "of"', () => {
    expect(counts('the chief put the number of homes lost at a "handful."')).toEqual([['a "handful', null, 'several']]);
    expect(counts('officials said a handful were hurt')).toEqual([['a handful', null, 'several']]);
    expect(counts('she said "a" and then "handful"')).toEqual([]);
  });

  it('reads "at least" after the count, or after its noun: "seventeen people at least"', () => {
    expect(counts('officials said seventeen people at least were hurt')).toEqual([['seventeen', 17, 'at-least']]);
    expect(counts('the crash left 12 at least injured')).toEqual([['12 at least', 12, 'at-least']]);
    expect(counts('the fire burned 40 homes at least 10 of them new')).toEqual([['40', 40, 'exact'], ['at least 10', 10, 'at-least']]);
  });

  it('reads a range whose first end carries its casualty word: "run from one killed to 22"', () => {
    expect(counts('the reports run from one killed to 22')).toEqual([['one', 1, 'at-least'], ['22', 22, 'up-to']]);
  });

  it('reads "both" as a count only before a plural noun, and "a single night" as no count', () => {
    expect(counts('both depots burned')).toEqual([['both', 2, 'exact']]);
    expect(counts('the mayor and the council both put the cost far lower')).toEqual([]);
    expect(counts('a claim denied by both the council and the mayor')).toEqual([]);
    expect(counts('the river rose more in a single night than in a month')).toEqual([]);
  });

  it('reads "or more" and "or so" after the noun too: "22 people or more"', () => {
    expect(counts('a monitor said 30 people or more were hurt')).toEqual([['30', 30, 'at-least']]);
    expect(counts('about 40 homes or so flooded')).toEqual([['about 40', 40, 'about']]);
    expect(counts('the storm felled 12 trees or so')).toEqual([['12', 12, 'about']]);
    expect(counts('it took 12 trees or more than that')).toEqual([['12', 12, 'exact']]);
  });

  it('reads a range as its bounds: at least its first number, up to its second; a revision stays two counts', () => {
    expect(counts('between 40 and 60 homes flooded')).toEqual([['40', 40, 'at-least'], ['60', 60, 'up-to']]);
    expect(counts('estimates ran anywhere from 40 to 60 homes')).toEqual([['40', 40, 'at-least'], ['60', 60, 'up-to']]);
    expect(counts('other reports have given anything from 17 to 22 dead')).toEqual([['17', 17, 'at-least'], ['22', 22, 'up-to']]);
    expect(counts('40 to 60 homes flooded')).toEqual([['40', 40, 'at-least'], ['60', 60, 'up-to']]);
    expect(counts('somewhere around 40 to 60 homes flooded')).toEqual([['around 40', 40, 'at-least'], ['60', 60, 'up-to']]);
    expect(counts('around 40 homes and 60 shops flooded')).toEqual([['around 40', 40, 'about'], ['60', 60, 'exact']]);
    expect(counts('the count rose from 40 to 60')).toEqual([['40', 40, 'exact'], ['60', 60, 'exact']]);
    expect(counts('40 homes and 60 shops flooded')).toEqual([['40', 40, 'exact'], ['60', 60, 'exact']]);
  });

  it('skips counts of abstractions: "two things", "three reasons", but not "two sites"', () => {
    expect(counts('the raid was meant to achieve two things')).toEqual([]);
    expect(counts('officials gave three reasons for the timing')).toEqual([]);
    // A page's counters.
    expect(counts('203,977 views · 1,204 comments')).toEqual([]);
    expect(counts('the jets hit two sites')).toEqual([['two', 2, 'exact']]);
  });

  it('skips a developing story’s update number: "UPDATE 2:"', () => {
    expect(counts('UPDATE 2: the monitor now says 17 died')).toEqual([['17', 17, 'exact']]);
  });

  it('skips a day and a year of the Hijri or Persian calendar', () => {
    expect(counts('on 14 Rajab 1442 and on Esfand 8, 1399, and on 11 Rabi al-Thani 1445')).toEqual([]);
    expect(counts('14 fighters died in Rajab')).toEqual([['14', 14, 'exact']]);
  });

  it('skips stretches of time: "five weeks ago", "ten days passed", "four or five minutes before"', () => {
    expect(counts('Biden took office five weeks ago; ten days passed; 48 hours later; over two decades')).toEqual([]);
    expect(counts('warned four or five minutes before')).toEqual([]);
    expect(counts('the strikes came only a few hours after, and several days before')).toEqual([]);
    expect(counts('a few fighters died')).toEqual([['a few', null, 'several']]);
    // What is counted over a stretch of time is still a count.
    expect(counts('22 people in two days')).toEqual([['22', 22, 'exact']]);
  });

  it('skips numbers glued to words, designations and measurements', () => {
    expect(counts('COVID-19, G-7, F-15, Su-24, F15E, 107mm, 6pm, the 1990s, the \'90s')).toEqual([]);
    expect(counts('a 22-year-old soldier on a three-day trip, 5 km away, 10 miles out')).toEqual([]);
    expect(counts('500-pound bombs and 2,000 pounds of explosives')).toEqual([]);
  });

  it('skips identifiers and list numbering', () => {
    expect(counts('Flight 752, Resolution 2254, Section 3, paragraph 4, No. 5, Boeing 737, Highway 4')).toEqual([]);
    // A name that ends in digits, inside a sentence: an outlet, a channel.
    expect(counts('He told Kurdistan 24 on Wednesday that the Deir Ezzor 24 site and France 24 agreed.')).toEqual([]);
    expect(counts('ERBIL (Kurdistan 24) - The strike hit a border post used by militias, officials said on Friday.')).toEqual([]);
    // A name ending the line before is no part of the number opening the next: a fact box's rows.
    expect(counts('1 death admitted by Kataib Hezbollah\n\n17 deaths claimed by others')).toEqual([['1', 1, 'exact'], ['17', 17, 'exact']]);
    expect(counts('Air Force One landed; Formula One; the Big Three')).toEqual([]);
    // "number" as a verb after its subject counts: "the dead now number 22"; the house at number 22 does not.
    expect(counts('The dead now number 22 fighters; casualties number 17.')).toEqual([['22', 22, 'exact'], ['17', 17, 'exact']]);
    expect(counts('He lives at number 22 on the street.')).toEqual([]);
    // In a title-case line too: a briefing's heading.
    expect(counts('Press Gaggle by the Press Secretary Aboard Air Force One En Route Houston, Texas')).toEqual([]);
    expect(counts('The President Boards Marine One')).toEqual([]);
    expect(counts('1. The strikes\n2) The response\n(3) Analysis')).toEqual([]);
    expect(counts('24/7 and 9/11, verse 3:16, #6')).toEqual([]);
    expect(counts('At least 17 people were killed.[3] Others died.[12]').map(([text]) => text)).toEqual(['At least 17']);
  });

  it('skips decimals and leading zeros', () => {
    expect(counts('a 1.5 rating, code 007')).toEqual([]);
  });

  it('skips the day in a date and the hour in a time even on its own', () => {
    expect(counts('Feb. 15, Feb 15, February 15, 15 February')).toEqual([]);
    expect(counts('at 6 p.m. and 1 a.m.')).toEqual([]);
  });

  it('skips hyphenated number chains and ranges after identifier words', () => {
    expect(counts('a 9-1-1 call, pages 10-12, chapters 3-4')).toEqual([]);
  });

  it('reads a hyphenated range as its two bounds', () => {
    expect(counts('20-25 people')).toEqual([
      ['20', 20, 'at-least'],
      ['25', 25, 'up-to'],
    ]);
  });
});

describe('findCounts in findFigures', () => {
  it('drops counts inside URLs, e-mail addresses and phone numbers', () => {
    const s = 'See https://example.com/2021/02/25/22-killed, write to desk22@example.org or call +1 202 555 0134.';
    expect(texts(s, findFigures(s))).toEqual([]);
  });

  it('keeps counts around a time and an aircraft', () => {
    const s = 'Two F-15E Strike Eagles dropped seven 500-pound bombs at 1 a.m.';
    expect(texts(s, findFigures(s).filter((m) => m.value.type === 'count'))).toEqual(['Two', 'seven']);
  });
});

describe('findCounts: where a count can start', () => {
  it('reads words that are not number words as nothing, whatever Object.prototype holds', () => {
    expect(counts('The defense constructor said the valueOf toString was several.')).toEqual([['several', null, 'several']]);
  });

  it('reads qualifiers and number words in any case', () => {
    expect(counts('AT LEAST 22 were killed; Some 17 fled.')).toEqual([
      ['AT LEAST 22', 22, 'at-least'],
      ['Some 17', 17, 'about'],
    ]);
  });

  it('does not take a word with an apostrophe for a number word', () => {
    expect(counts("one's own and two others")).toEqual([['two', 2, 'exact']]);
  });

  it('reads the words before a number however far back the last number was', () => {
    const filler = 'The statement gave no further detail about the operation. '.repeat(300);
    expect(counts(`${filler}Flight 752 and ${filler}pages 10-12 and ${filler}at least 9 fighters`)).toEqual([['at least 9', 9, 'at-least']]);
  });

  it('reads a number as long as it goes on', () => {
    const long = `${'one thousand '.repeat(40)}two`;
    const [only] = counts(long);
    expect(only?.[0]).toBe(long);
  });
});
