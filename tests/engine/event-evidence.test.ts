/**
 * The event decision on short articles written for these tests, one per kind of real report that used to
 * find no event and one per near miss. Each is in our own words; the facts (aircraft, counts, days,
 * places, officials and their titles) are as the coverage of each strike reported them.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import { extractFromPlainText } from '../../lib/article/from-text';
import { publishedFromText, type PublishedDate } from '../../lib/article/published';
import type { ArticleText } from '../../lib/article/types';
import { annotate, explainEvent } from '../../lib/engine/annotate';

const STRIKE_2021 = '2021-02-25-us-strike-eastern-syria';
const STRIKE_2023 = '2023-10-26-us-strike-boukamal';

function page(head: string, paragraphs: string[]): ArticleText {
  const html = `<!doctype html><html><head>${head}</head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return extractFromDocument(parseHTML(html).document as unknown as Document);
}

function text(paragraphs: string[], published: PublishedDate | null = null): ArticleText {
  return { ...extractFromPlainText(paragraphs.join('\n\n')), published };
}

const on = (iso: string): PublishedDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day, utc: false, from: 'meta' };
};

const eventOf = (article: ArticleText) => annotate(article).event;

describe('reports that gave no day but their own', () => {
  // As the Pentagon's own news service told it: only "last night", the jets and the damage.
  const dodNews = [
    'U.S. warplanes last night hit facilities in eastern Syria used by militias that Iran backs, Pentagon Press Secretary John Kirby said in a statement.',
    'Two F-15E Strike Eagles carried out the mission, and defense officials said nine facilities were destroyed and two more were damaged at a border control point.',
    'The action answered recent attacks on American and coalition personnel in Iraq, Kirby said, and was meant to lower tension in the region.',
  ];

  it('finds the 2021 strike in a Pentagon report dated by its page and saying only "last night"', () => {
    const article = page('<meta property="article:published_time" content="2021-02-26T10:05:00-05:00">', dodNews);
    expect(article.published).toMatchObject({ year: 2021, month: 2, day: 26 });
    expect(eventOf(article)).toBe(STRIKE_2021);
    const decision = explainEvent(article);
    const reasons = decision.scores.find((s) => s.event === STRIKE_2021)?.reasons.join('\n') ?? '';
    expect(reasons).toMatch(/strike day matches \("last night"/);
    expect(reasons).toMatch(/its aircraft \(F-15E/);
  });

  it('still finds it without the page date, from the jets and the spokesman of the time', () => {
    expect(eventOf(text(dodNews))).toBe(STRIKE_2021);
  });

  it('finds the 2021 strike in a broadcaster’s story: F-15s, seven 500-pound bombs, about 1 a.m. Friday', () => {
    const article = text([
      'American F-15 fighter jets dropped seven 500-pound bombs on a cluster of buildings in eastern Syria around 1 a.m. Friday local time, a defense official said.',
      'The targets belonged to Kataib Hezbollah and Kataib Sayyid al-Shuhada, two militias Iran supports, the official added.',
    ]);
    expect(eventOf(article)).toBe(STRIKE_2021);
  });

  it('finds the 2023 strike in a wire follow-up dated 28 October that says only "Friday"', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2023-10-28T14:02:00Z' });
    const article = page(`<script type="application/ld+json">${ld}</script>`, [
      'Two American F-16 jets struck a pair of sites near Boukamal in eastern Syria early Friday, and the Pentagon said they held weapons and ammunition for Iranian-backed groups.',
      'Officials said the strikes were kept apart from the fighting between Israel and Hamas.',
    ]);
    expect(article.published).toMatchObject({ year: 2023, month: 10, day: 28, utc: true });
    expect(eventOf(article)).toBe(STRIKE_2023);
  });

  it('reads "early Friday local time" on a page stamped Thursday night in Washington as the Friday already begun in Syria', () => {
    const article = page('<meta property="article:published_time" content="2023-10-26T22:41:00-04:00">', [
      'Two F-16 jets hit two sites near Boukamal in eastern Syria used by Iran-backed groups, Defense Secretary Lloyd Austin said, after attacks on American troops since Oct. 17.',
      'Officials said the strikes took place early Friday local time.',
    ]);
    const findings = annotate(article);
    expect(findings.event).toBe(STRIKE_2023);
    const friday = findings.marks.find((m) => m.text === 'early Friday local time');
    expect(friday?.value).toMatchObject({ iso: '2023-10-27' });
  });

  it('reads "the Pentagon on Monday said" as a statement, and "last week" against the page date', () => {
    const raw = [
      'Pentagon says Syria strike destroyed militia buildings',
      'By A. Reporter',
      'March 1, 2021',
      'The Pentagon on Monday said the strike carried out last week in eastern Syria destroyed nine facilities used by Kataib Hezbollah and Kataib Sayyid al-Shuhada.',
      'Two F-15E jets dropped seven precision-guided munitions in the raid, officials said.',
    ].join('\n\n');
    const article = { ...extractFromPlainText(raw), published: publishedFromText(raw) };
    expect(article.published).toMatchObject({ year: 2021, month: 3, day: 1 });
    const decision = explainEvent(article);
    expect(decision.event).toBe(STRIKE_2021);
    const monday = decision.clues.find((c) => c.text === 'Monday');
    expect(monday?.kind).toBe('statement-day');
    expect(decision.clues.find((c) => c.text === 'last week')?.kind).toBe('strike-day');
  });
});

describe('a strike day that opens a story written days later', () => {
  it('is its lede: "On February 25th, the Biden Administration carried out an airstrike", on a blog a week later', () => {
    const blog = [
      'Biden’s controversial missile strike in Syria',
      'On February 25th, the Biden Administration carried out an airstrike in Syria against militia facilities.',
      'Critics of the raid call it a return to old habits.',
    ];
    const decision = explainEvent(text(blog, on('2021-03-04')));
    expect(decision.clues.find((c) => c.text === 'February 25th')).toMatchObject({ kind: 'strike-day', lede: true });
    expect(decision.event).toBe(STRIKE_2021);
  });
});

describe('a page written while the strike was news', () => {
  it('finds the 2023 strike on a fact-check of the Monday after, which gives no day of it', () => {
    const factCheck = [
      'Fact check: photos do not show the new US strikes in Syria',
      'AP reported that the U.S. had struck two locations in eastern Syria tied to Iran’s Revolutionary Guard, in answer to a string of drone and missile attacks on U.S. bases.',
      'The photos shared online were taken months earlier.',
    ];
    expect(eventOf(text(factCheck, on('2023-10-30')))).toBe(STRIKE_2023);
    // A week later the same words are no longer enough.
    expect(eventOf(text(factCheck, on('2023-11-03')))).toBeNull();
  });
});

describe('dates after the event', () => {
  it('never counts a date after the page’s own as a later report: "a March 24 article" on a page of November 2023 was last March', () => {
    const page = [
      'Fact check: photos do not show the new US strikes in Syria',
      'US jets struck two facilities near Abu Kamal in eastern Syria on October 26, after attacks on US forces since October 17.',
      'The same photos ran in a March 24 article about an earlier raid.',
    ];
    const reasons = explainEvent(text(page, on('2023-11-09'))).scores.find((x) => x.event === STRIKE_2023)!.reasons;
    expect(reasons.some((r) => r.includes('a later date'))).toBe(false);
    // Dated after the event and before the page, it is one.
    const later = explainEvent(text([...page, 'On November 6 the Pentagon counted more attacks.'], on('2023-11-09'))).scores.find((x) => x.event === STRIKE_2023)!.reasons;
    expect(later.some((r) => r.includes('a later date (November 6)'))).toBe(true);
  });
});

describe('"today" that means nowadays', () => {
  it('reads "X, today the White House press secretary" as no day, and "Today the head of … said" as the page’s day', () => {
    const viewpoint = [
      'Biden follows Trump into Syria',
      'One critic of the 2017 strikes was Jen Psaki, today the White House press secretary, who asked on Twitter what the legal basis was.',
      'US jets struck facilities used by Iran-backed militias in eastern Syria on Thursday, the Pentagon said.',
    ];
    const decision = explainEvent(text(viewpoint, on('2021-02-27')));
    expect(decision.clues.some((c) => c.text.toLowerCase() === 'today')).toBe(false);
    expect(decision.event).toBe(STRIKE_2021);
    const news = explainEvent(text(['Today the head of Central Command said US jets struck militia facilities in eastern Syria.'], on('2021-02-25')));
    expect(news.clues.find((c) => c.text === 'Today')?.kind).toBe('strike-day');
  });
});

describe('the publication date decides what relative days mean', () => {
  const thin = ['U.S. jets struck militia sites in eastern Syria last night, the Pentagon said.'];

  it('gives the 2021 strike for a page of 26 February 2021 and the 2023 strike for one of 27 October 2023', () => {
    expect(eventOf(text(thin, on('2021-02-26')))).toBe(STRIKE_2021);
    expect(eventOf(text(thin, on('2023-10-27')))).toBe(STRIKE_2023);
  });

  it('says nothing for the same words with no page date, or a page published long after both', () => {
    expect(eventOf(text(thin))).toBeNull();
    expect(eventOf(text(thin, on('2022-06-01')))).toBeNull();
  });
});

describe('never the wrong one of the two strikes', () => {
  it('tells the two Thursday-night strikes apart by their aircraft and groups', () => {
    const jets = (aircraft: string, more: string) =>
      text([`U.S. ${aircraft} struck sites in eastern Syria on Thursday that the Pentagon tied to militias backed by Iran.`, more]);
    expect(eventOf(jets('F-16s', 'The sites stored weapons and ammunition, officials said.'))).toBe(STRIKE_2023);
    expect(eventOf(jets('F-15Es', 'The sites were used by Kataib Hezbollah, officials said.'))).toBe(STRIKE_2021);
  });

  it('abstains when the evidence is balanced', () => {
    const article = text([
      'U.S. jets struck sites in eastern Syria on Thursday that the Pentagon tied to militias backed by Iran.',
      'Both F-15E and F-16 jets took part, officials said.',
    ]);
    const decision = explainEvent(article);
    expect(decision.event).toBeNull();
    const [a, b] = decision.scores;
    expect(Math.abs((a?.score ?? 0) - (b?.score ?? 0))).toBeLessThan(2);
  });

  it('counts an official against an event when they did not hold the role then', () => {
    const article = text([
      'National Security Council spokesman John Kirby said U.S. jets had struck sites in eastern Syria on Thursday.',
    ]);
    const reasons = explainEvent(article).scores.find((s) => s.event === STRIKE_2021)?.reasons ?? [];
    expect(reasons.some((r) => /^-3 not National Security Council spokesman then/.test(r))).toBe(true);
  });
});

describe('near misses come out as no event', () => {
  it('the December 2019 strikes on Kataib Hezbollah', () => {
    const article = page('<meta property="article:published_time" content="2019-12-30T08:00:00-05:00">', [
      'American F-15E jets hit five Kataib Hezbollah sites in Iraq and Syria on Sunday, including weapons depots near Abu Kamal, the Pentagon said.',
      'The raids answered a rocket barrage on Friday against a base near Kirkuk that killed a U.S. contractor, Defense Secretary Mark Esper said.',
    ]);
    expect(eventOf(article)).toBeNull();
  });

  it('the June 2021 strikes on the Iraq-Syria border, by the same president and spokesman', () => {
    const article = page('<meta property="article:published_time" content="2021-06-28">', [
      'U.S. F-15E and F-16 jets struck on Sunday evening at facilities that Kataib Hezbollah and Kataib Sayyid al-Shuhada used for drone attacks, Pentagon Press Secretary John Kirby said.',
      'The targets were two sites in Syria and one in Iraq, near the border, President Joe Biden’s administration said.',
    ]);
    expect(eventOf(article)).toBeNull();
  });

  it('the November 2023 strike near Maysalun, in the same war and with the same Defense Secretary', () => {
    const article = page('<meta property="article:published_time" content="2023-11-09">', [
      'Two U.S. F-15 jets struck a weapons storage site near Maysalun in eastern Syria on Wednesday, Defense Secretary Lloyd Austin said.',
      'American forces have been attacked more than 40 times since Oct. 17, as the Israel-Hamas war went on.',
    ]);
    expect(eventOf(article)).toBeNull();
  });

  it('the strikes in Iraq of November 2023, the fourth of that war', () => {
    const article = page('<meta property="article:published_time" content="2023-11-24">', [
      'US forces in Iraq and Syria came under four more attacks on Thursday. That brings the attacks on US and coalition forces since October 17 to 73.',
      'Earlier, US forces struck facilities of the Iranian-backed Kataib Hezbollah group near Jurf al-Sakhar in Iraq. It was the fourth US strike on targets tied to Iran since the attacks began in October.',
      'The attacks began soon after the outbreak of the war between Hamas and Israel.',
    ]);
    expect(eventOf(article)).toBeNull();
  });

  it('the February 2024 strikes after the drone attack in Jordan', () => {
    const article = page('<meta property="article:published_time" content="2024-02-03">', [
      'U.S. B-1 bombers hit 85 targets at seven facilities in Iraq and Syria on Friday, including sites near Boukamal, the Pentagon said.',
      'The strikes followed the drone attack on Tower 22 in Jordan that killed three American soldiers.',
    ]);
    expect(eventOf(article)).toBeNull();
  });
});

describe('officials of other years', () => {
  it('a predecessor recalled with a year, or called "former", is no evidence against the strike', () => {
    const article = text([
      'U.S. F-15E jets struck Kataib Hezbollah sites in eastern Syria on Thursday, Pentagon Press Secretary John Kirby said.',
      'President Donald Trump ordered strikes on the same group in December 2019, and former President Donald Trump has praised them since.',
    ]);
    const decision = explainEvent(article);
    expect(decision.clues.filter((c) => c.kind === 'official').map((c) => c.text)).toEqual(['Pentagon Press Secretary John Kirby']);
    expect(decision.event).toBe(STRIKE_2021);
  });

  it('a president under the title he kept, on a page written after he left office, is no evidence against either', () => {
    const dated = (day: string) =>
      page(`<meta property="article:published_time" content="${day}">`, [
        'Biden wants back into the Iran deal that President Trump walked away from.',
        'U.S. jets struck Kataib Hezbollah sites on the Iraq-Syria border on Thursday.',
      ]);
    const reasons = (day: string) => explainEvent(dated(day)).scores.find((s) => s.event === STRIKE_2021)?.reasons ?? [];
    expect(reasons('2021-02-26').some((r) => /^0 a former president, recalled: President Trump/.test(r))).toBe(true);
    // On a page of his own term, he is its president: the page reports something of then.
    expect(reasons('2019-12-30').some((r) => /^-3 not President then: President Trump/.test(r))).toBe(true);
    // Undated, the page tells it by naming the president of the strike's day.
    const undated = (first: string) =>
      explainEvent(text([first, 'U.S. jets struck Kataib Hezbollah sites on the Iraq-Syria border.'])).scores.find((s) => s.event === STRIKE_2021)?.reasons ?? [];
    expect(undated('President Biden wants back into the Iran deal that President Trump walked away from.').some((r) => /^0 a former president, recalled: President Trump/.test(r))).toBe(true);
    expect(undated('The Iran deal that President Trump walked away from.').some((r) => /^-3 not President then: President Trump/.test(r))).toBe(true);
  });

  it('a president in office at the time of a near miss counts against both events', () => {
    const article = text(['President Donald Trump said U.S. jets had struck Kataib Hezbollah sites in Syria on Sunday.']);
    const reasons = explainEvent(article).scores.flatMap((s) => s.reasons);
    expect(reasons.filter((r) => /^-3 not President then/.test(r))).toHaveLength(2);
  });
});
