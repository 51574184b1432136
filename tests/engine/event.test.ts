import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import type { PublishedDate } from '../../lib/article/published';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate, eventEvidenceOf, explainEvent } from '../../lib/engine/annotate';
import { ledeStrike } from '../../lib/engine/lede-side';
import { leadNeeded } from '../../lib/engine/news-peg';
import { events } from '../../lib/reference/events';
import { mightBeAboutAStrike } from '../../lib/engine/gate';
import { linkedomDom } from '../article/helpers';

const eventOf = (text: string) => annotate(extractFromPlainText(text)).event;
/** The event of a page dated by its metadata. */
const eventOfPage = (text: string, year: number, month: number, day: number) =>
  annotate({ ...extractFromPlainText(text), published: { year, month, day, utc: false, from: 'meta' as const } }).event;

describe('a lede that names the US strike in other words', () => {
  it('reads "has used military force" and "US Hits" as the US strike, before the attacks that led to it', () => {
    const text = [
      'Biden Fires a Warning Shot',
      'President Biden has used military force for the first time, after attacks by Iranian-backed militias wounded Americans in Iraq.',
      'F-15 jets struck buildings near Al Bukamal on Thursday, Feb. 25, 2021, Pentagon spokesman John Kirby said.',
    ].join('\n\n');
    expect(annotate(extractFromPlainText(text)).event).toBe('2021-02-25-us-strike-eastern-syria');
    const hits = ['US Hits Iranian Facilities Following Attacks on American Forces', 'Militias have attacked US troops since October 17.', 'On Thursday two F-16s struck two facilities near Boukamal, Defense Secretary Lloyd Austin said on Oct. 26, 2023.'];
    expect(annotate(extractFromPlainText(hits.join('\n\n'))).event).toBe('2023-10-26-us-strike-boukamal');
  });
});

describe('a tabloid’s verbs for a strike', () => {
  it('reads "warplanes blitz" and "jets pounded" as the US strike in the lede, not another side’s attack', () => {
    const text = [
      'US warplanes blitz two militia bases in Syria',
      'AMERICAN fighter jets pounded two Iran-backed militia bases near Boukamal early on Friday, October 27, 2023, in revenge for drone and missile attacks on US troops since October 17.',
      'Defense Secretary Lloyd Austin said two F-16s hit the sites.',
    ].join('\n\n');
    expect(annotate(extractFromPlainText(text)).event).toBe('2023-10-26-us-strike-boukamal');
  });

  it('reads warplanes that "went after" facilities as the US strike, whose day it gives', () => {
    const text = [
      'US hits militia target in Syria',
      'On Thursday, American warplanes went after facilities in eastern Syria that the Pentagon says belong to militias backed by Iran.',
    ].join('\n\n');
    expect(mightBeAboutAStrike(text)).toBe(true);
    const published = { year: 2021, month: 2, day: 26, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(text), published }).event).toBe('2021-02-25-us-strike-eastern-syria');
  });
});

describe('an article about what followed the strike, not the strike', () => {
  const published = { year: 2021, month: 3, day: 3, utc: false, from: 'meta' as const };
  // A statement days after the strike and its year, with the strike recalled far down and by no day of its own.
  const aboutLater = [
    'Pentagon: contractor dies after rockets land near Iraqi base',
    'The Pentagon said on Wednesday that a contractor died of heart failure after rockets struck a base in Iraq.',
    'No one else was hurt, officials said.',
    'The coalition said it was still assessing the damage.',
    'The pope is due to visit the country this week.',
    'Officials said security had been tightened in 2021.',
    'It came days after the US hit back by bombing a border depot in Syria.',
  ];
  it('takes no event when nothing points at the strike itself', () => {
    expect(annotate({ ...extractFromPlainText(aboutLater.join('\n\n')), published }).event).toBeNull();
  });
  it('takes the event once the strike is reported by its day', () => {
    const withDay = [...aboutLater.slice(0, -1), 'It came days after the US hit back on Thursday, Feb. 25, by bombing a border depot in Syria.'];
    expect(annotate({ ...extractFromPlainText(withDay.join('\n\n')), published }).event).toBe('2021-02-25-us-strike-eastern-syria');
  });
});

describe('event decision', () => {
  it('lets through a report that names the US only as Washington', () => {
    expect(mightBeAboutAStrike('Washington said its jets struck a border post in Syria.')).toBe(true);
  });

  it('lets through only articles about a US strike in Syria', () => {
    expect(mightBeAboutAStrike('The Lakers beat the Celtics 112-104 on Thursday.')).toBe(false);
    expect(mightBeAboutAStrike('U.S. warplanes struck targets in eastern Syria.')).toBe(true);
    expect(mightBeAboutAStrike('US warplanes blitz two militia bases in Syria.')).toBe(true);
    expect(mightBeAboutAStrike('US fans pounded the table as Syria scored.')).toBe(false);
    expect(mightBeAboutAStrike('Photos show the damage from the American attack on the Syrian border.')).toBe(true);
    expect(mightBeAboutAStrike('A drone attack on a US base in Syria hurt no one.')).toBe(false);
    // Words between the jets and their verb, and a raid.
    expect(mightBeAboutAStrike('Warplanes of the U.S.-led coalition pounded eastern Syria on Thursday evening.')).toBe(true);
    expect(mightBeAboutAStrike('The US military hit two depots in Syria.')).toBe(true);
    // Syrian and Iranian state media's word for a US strike.
    expect(mightBeAboutAStrike('Iran condemned the US aggression on Syria.')).toBe(true);
    expect(mightBeAboutAStrike('Thursday night’s raid on a militia base in Syria answered a rocket attack, Washington said.')).toBe(true);
  });

  it('recognises the 2021 strike from its day and the attacks that led to it', () => {
    const text = [
      'WASHINGTON — American warplanes bombed buildings in eastern Syria on Thursday evening that the Pentagon said belonged to militias backed by Iran.',
      'The raid answered a Feb. 15 rocket barrage on Irbil that killed a contractor working for the coalition.',
    ].join('\n\n');
    expect(eventOf(text)).toMatch(/^2021-02-25/);
  });

  it('recognises the 2023 strike from its day and the attacks since 17 October', () => {
    const text = [
      'Two U.S. F-16s struck a pair of facilities near Abu Kamal in eastern Syria early Friday, local time, the Pentagon said.',
      'American troops in Iraq and Syria have come under fire at least 19 times since Oct. 17, as the war between Israel and Hamas raged.',
    ].join('\n\n');
    expect(eventOf(text)).toMatch(/^2023-10-26/);
  });

  it('rejects the December 2019 strikes on Kataib Hezbollah', () => {
    const text = [
      'U.S. F-15E jets struck five sites in Iraq and Syria on Sunday, hitting weapons depots of Kataib Hezbollah near Abu Kamal, the Pentagon said.',
      'The strikes followed a Dec. 27 rocket attack on a base near Kirkuk that killed an American contractor. Iraqi officials said 25 fighters died.',
      'Defense Secretary Mark Esper said the strikes of Dec. 29, 2019 were decisive.',
    ].join('\n\n');
    expect(eventOf(text)).toBeNull();
  });

  it('rejects the November 2023 strike even though it shares 17 October, Austin and Hamas', () => {
    const text = [
      'Two U.S. F-15 jets struck a weapons storage facility in eastern Syria on Wednesday, Defense Secretary Lloyd Austin said.',
      'American forces have been attacked more than 40 times since Oct. 17, when the war between Israel and Hamas began to spread. The Nov. 8 strike was the second in two weeks.',
    ].join('\n\n');
    expect(eventOf(text)).toBeNull();
  });

  it('rejects a page dated the day of the November 2023 strike that recalls the October one as its first strike day', () => {
    const text = [
      'US strikes IRGC weapons site in Syria',
      'November 8, 2023',
      'American F-15E jets hit a site in eastern Syria used by Iran’s Revolutionary Guards, Defense Secretary Lloyd Austin said Wednesday, the second such raid in two weeks.',
      'U.S. forces have come under attack at least 40 times since Oct. 17. The United States first struck back with airstrikes on Oct. 26.',
    ].join('\n\n');
    expect(eventOf(text)).toBeNull();
    // The same story dated the day after the October strike is about it.
    expect(eventOf(text.replace('November 8, 2023', 'October 27, 2023').replace('F-15E', 'F-16'))).toMatch(/^2023-10-26/);
  });

  it('rejects the June 2021 strikes on the same militias, ordered by the same president', () => {
    const text = [
      'The United States carried out airstrikes on Sunday against facilities used by Iran-backed militia groups on the Iraq-Syria border, the Pentagon said.',
      'Pentagon press secretary John Kirby said the strikes hit two locations in Syria and one in Iraq used by Kataib Hezbollah near Abu Kamal.',
    ].join('\n\n');
    expect(eventOf(text)).toBeNull();
  });

  it('reads "the second attack on the corps", on a page dated 8 November 2023, as that strike’s wording', () => {
    const page = (second: string) => [
      'US jets strike storage site linked to Iran in eastern Syria',
      'U.S. forces carried out airstrikes on a facility in eastern Syria used by Iran’s Revolutionary Guard, officials said Wednesday.',
      `The strikes by F-15E jets were ${second} in two weeks, in retaliation for attacks on U.S. forces.`,
      'Officials said U.S. forces have been attacked at least 40 times between Oct. 17 and Tuesday.',
      'U.S. forces had responded with airstrikes on Oct. 26, hitting two facilities near Abu Kamal with F-16 jets.',
    ].join('\n\n');
    const published = { year: 2023, month: 11, day: 8, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(page('the second attack on the corps and its proxies')), published }).event).toBeNull();
  });

  it('reads a war roundup whose first day is the day the war began, not a strike day', () => {
    const text = [
      'Gaza toll passes 7,000; US jets hit Iran-linked sites in Syria',
      'US fighter jets struck two facilities in eastern Syria used by Iran’s Revolutionary Guard, the Pentagon said, after a series of attacks on American troops.',
      'The death toll in Gaza has climbed past 7,000 as Israel keeps up its airstrikes in answer to a deadly incursion into southern Israel on Oct. 7.',
      'The Israeli military said one of its strikes killed a planner of the Oct. 7 massacre.',
    ].join('\n\n');
    const published = { year: 2023, month: 10, day: 27, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(text), published }).event).toBe('2023-10-26-us-strike-boukamal');
  });

  it('reads a follow-up a week later: "last Thursday" and the day a report was published', () => {
    const text = [
      'President called off second Syria target when children were spotted',
      'March 5, 2021',
      'The president dropped a second target at the last minute after being told a woman and children were in the courtyard, according to a report a newspaper published on Friday.',
      'The F-15E jets were already airborne when the order came.',
      'Last Thursday, US jets struck buildings at a border crossing in Syria used by Kataib Hezbollah and Kataib Sayyid al-Shuhada.',
    ].join('\n\n');
    expect(eventOf(text)).toMatch(/^2021-02-25/);
  });

  it('says nothing of a report whose lede is another side’s strike or attack, however much it recalls the US strike', () => {
    const recall =
      'Last Thursday, US jets struck a border crossing near Al Bukamal used by Kataib Hezbollah and Kataib Sayyid al-Shuhada, in President Joe Biden’s first military action, after the Feb. 15 rocket attack on Erbil.';
    // The lede, then two more paragraphs of its own story, then the recall.
    const more = ['Air defences were said to have intercepted most of them.', 'There was no word on casualties.', 'Officials gave no further details.'];
    const israeli = ['Israeli missiles hit sites near Damascus', 'February 28, 2021', 'Israeli missiles struck targets south of Damascus overnight, Syrian state media said.', ...more, recall];
    expect(eventOf(israeli.join('\n\n'))).toBeNull();
    const rockets = [
      'Contractor dies as rockets hit Iraqi base',
      'March 3, 2021',
      'About ten rockets struck an Iraqi air base hosting US troops on Wednesday, amid tension between Washington and Tehran.',
      ...more,
      recall,
    ];
    expect(eventOf(rockets.join('\n\n'))).toBeNull();
    // An attack named by its weapon: "a rocket attack on the base".
    const heart = [
      'Contractor dies of heart attack after rocket attack on Iraqi base',
      'March 3, 2021',
      'A civilian contractor died of a heart attack while sheltering during a rocket attack on an air base in western Iraq, the Pentagon said.',
      'Pentagon Press Secretary John Kirby told reporters that no troops were hurt.',
      'Officials gave no further details.',
      'The base has been hit before.',
      'Last week, two F-15E Strike Eagles struck a border crossing near Abu Kamal in Syria used by Kataib Hezbollah, in President Joe Biden’s first military action.',
    ];
    expect(eventOf(heart.join('\n\n'))).toBeNull();
    // The strike as the time of what the lede reports.
    const injuries = [
      'More US troops hurt in militia attacks than first reported',
      'November 7, 2023',
      'The Pentagon said on Monday that about 46 troops were hurt in drone and rocket attacks by Iran-aligned militants on bases in Iraq and Syria.',
      '"All of these injuries came prior to the self-defense strikes we carried out on Oct. 26," Brig. Gen. Pat Ryder told reporters.',
      'Two F-16s struck two facilities near Boukamal that day, officials said.',
    ];
    expect(eventOf(injuries.join('\n\n'))).toBeNull();
    // The same recall under a lede about the US strike is a report of it.
    expect(eventOf(['US jets strike militia sites in Syria', 'February 26, 2021', recall].join('\n\n'))).toMatch(/^2021-02-25/);
  });

  it('reads a bulletin that opens with the militias’ attack and reports the US answer in the paragraphs after', () => {
    const bulletin = (published: string) =>
      [
        'Tension climbs between Iran and the US',
        published,
        'Biden warned Tehran on Wednesday that the US would respond to attacks on its troops.',
        'Iran brushed the warning aside.',
        'On Thursday night a US base in Al-Tanf came under drone attack for the second time in two days.',
        'Another base in western Iraq was also hit.',
        'This time Washington answered. Two US F-16 jets struck two weapons and ammunition storage facilities near Al-Bukamal in eastern Syria, the Pentagon said.',
      ].join('\n\n');
    expect(eventOf(bulletin('October 27, 2023'))).toBe('2023-10-26-us-strike-boukamal');
    // Weeks later, the same opening is a story of the attacks that recalls the strike.
    expect(eventOf(bulletin('December 12, 2023'))).toBeNull();
    // An opinion page may give the attacks a paragraph or two more before the answer.
    const essay = [
      'A war grows longer arms',
      'October 27, 2023',
      'The danger was always there.',
      'The administration had promised to answer, and now it has.',
      'Lately US troops in Syria have come under fire. Officials say Iranian-backed militia groups have attacked US forces in Iraq and Syria at least 16 times this month.',
      'The United States keeps 900 troops in Syria, on a mission to stop a revival of ISIS.',
      'They were never a small target.',
      'Nor were the bases in Iraq.',
      'In reply, the United States struck a weapons storage facility and an ammunition storage facility near Al-Bukamal.',
    ].join('\n\n');
    expect(eventOf(essay)).toBe('2023-10-26-us-strike-boukamal');
  });

  it('reads each labelled item of a newsletter as a lede of its own', () => {
    const items = (label: (name: string) => string) =>
      [
        'The Daily Brief: Friday, October 27, 2023',
        `${label('ISRAEL-HAMAS WAR')}Israeli tanks and infantry struck targets in northern Gaza overnight before pulling back, the army said.`,
        `${label('ISRAEL-HAMAS WAR')}Hamas's armed wing said Israeli strikes had killed dozens of hostages; the claim could not be verified.`,
        `${label('ISRAEL-HAMAS WAR')}Israeli jets struck hundreds of targets in Gaza on Thursday, the army said.`,
        `${label('ISRAEL-HAMAS WAR')}Israeli troops raided a refugee camp in the West Bank, killing two men, health officials said.`,
        `${label('ISRAEL-HAMAS WAR')}Israel's army said its aircraft struck a Hamas command centre in Gaza City.`,
        `${label('U.S. AND SYRIA')}Overnight, on President Joe Biden's orders, two U.S. F-16 fighter jets hit two facilities in eastern Syria used by Iran's Revolutionary Guard, after attacks on US forces since October 17.`,
        `${label('MEXICO')}Hurricane Otis left at least 27 people dead in Acapulco, officials said.`,
      ].join('\n\n');
    expect(eventOf(items((name) => `${name} | `))).toBe('2023-10-26-us-strike-boukamal');
    // Unlabelled, the page leads with Israel's raid, and the veto reads that lede.
    expect(eventOf(items(() => ''))).toBeNull();
  });

  it('reads each story of a live blog as a lede of its own', () => {
    const page = (more: string[]) =>
      [
        'The war on day 21: what we know',
        'October 27, 2023',
        'Israeli tanks raid northern Gaza',
        'Israeli armour and infantry struck targets in the north of the Strip overnight, the army said, before pulling back.',
        'No soldiers were hurt.',
        'It was the second such raid in two nights.',
        ...more,
        'US fighters hit weapons depots in Syria',
        'Two US F-16 jets struck a weapons depot and an ammunition depot used by the IRGC near Abu Kamal early on Friday, the Pentagon said.',
        'Defense Secretary Lloyd Austin said the strikes answered attacks on US forces in Iraq and Syria that began on October 17.',
        ...more,
        'Rockets hit Tel Aviv',
        'Militants fired a barrage at central Israel on Friday; paramedics said three people were hurt.',
        ...more,
        'Gaza ministry raises toll',
        'The health ministry in Gaza said on Thursday that more than 7,000 people had been killed since October 7.',
        ...more,
      ].join('\n\n');
    expect(eventOf(page([]))).toBe('2023-10-26-us-strike-boukamal');
    // Long sections under subheads make an article about Israel's raid, whose lede the veto reads.
    expect(eventOf(page(['Officials gave few details.', 'More could follow, they said.', 'Others were less sure.', 'The region waits.']))).toBeNull();
  });

  it('reads a weekly’s "On Thursday", a week or two before its date, as neither for nor against a Thursday’s strike', () => {
    const page = (published: string, day: string) =>
      extractFromDocument(
        linkedomDom.parse(
          `<html><head><meta property="article:published_time" content="${published}"></head><body><article><h1>Bombs before diplomacy?</h1>` +
            `<p>On ${day}, the Biden administration carried out its first military action, launching airstrikes on militia sites on the Syrian side of the border with Iraq.</p>` +
            '<p>A monitoring group counted at least 22 fighters dead. The Pentagon tied the targets to the groups behind a Feb. 15 rocket attack on Erbil that killed a contractor.</p>' +
            '<p>Spokesman John Kirby called the response proportionate.</p></article></body></html>',
        ).document,
      );
    // A Saturday page: its Thursday is nine days after the strike's, or the strike's own a week before.
    expect(annotate(page('2021-03-06', 'Thursday')).event).toBe('2021-02-25-us-strike-eastern-syria');
    // Its Wednesday can only be that week's, another day than the strike's.
    expect(annotate(page('2021-03-06', 'Wednesday')).event).toBeNull();
  });

  it('rejects a page dated the day of the November 2023 strike and in its words, though it recaps October 26', () => {
    const page = (published: string) =>
      extractFromDocument(
        linkedomDom.parse(
          `<html><head><meta property="article:published_time" content="${published}"></head><body><article><h1>US strikes Iran-backed site in Syria</h1>` +
            '<p>Defense Secretary Lloyd Austin said the strike on a weapons storage facility used by the IRGC was carried out earlier that day at President Joe Biden’s direction.</p>' +
            '<p>This was the second time the US has struck facilities used by Iran-backed groups since attacks on US forces began on October 17, as the Israel-Hamas war raged.</p>' +
            '<p>On October 26, 2023, two F-16 jets struck two facilities tied to the militias in eastern Syria near Abu Kamal.</p></article></body></html>',
        ).document,
      );
    expect(annotate(page('2023-11-09')).event).toBeNull();
    // The same words on a page of the week after the October strike are a recap of it.
    expect(annotate(page('2023-10-28')).event).toBe('2023-10-26-us-strike-boukamal');
  });

  it('rejects the November 2023 strike that its coverage calls the second', () => {
    const text = [
      'US strikes IRGC weapons site in eastern Syria',
      'November 9, 2023',
      'In a statement released on Wednesday, the Pentagon said US jets had struck a weapons facility in eastern Syria used by Iran’s Revolutionary Guards earlier that day.',
      'Wednesday’s strike was the second time the US has hit facilities used by Iran-backed groups since attacks on US forces began on Oct. 17, during the Israel-Hamas war.',
      'On October 26, a US F-15 and two F-16s struck two facilities tied to the same groups, a broadcaster reported.',
    ].join('\n\n');
    expect(eventOf(text)).toBeNull();
  });

  it('rejects the third round of strikes when it counts on from the first one’s date', () => {
    const text = [
      'US strikes Iran-backed militia sites in Syria again',
      'November 13, 2023',
      'US jets struck a training facility near Albu Kamal and a safe house near Mayadin, the Pentagon said in a statement issued on November 12, 2023.',
      'It is the third time since October 26, 2023 that the US military has struck targets in the region after attacks on its troops.',
      'The Pentagon has reinforced the region as tensions rise over the Israel-Hamas war.',
    ].join('\n\n');
    expect(eventOf(text)).toBeNull();
  });

  it('rejects a later round in British or other words: "the third round of such US air strikes", "its second set of strikes"', () => {
    const later = (sentence: string) =>
      eventOf(
        [
          'US hits Iran-linked sites in eastern Syria',
          'Tuesday 14 November 2023',
          `US jets struck a training site near Albu Kamal after attacks on US troops by Iran-backed groups. ${sentence}`,
          'Hamas and the groups backed by Iran have vowed to keep up the pressure, the Syrian Observatory said.',
        ].join('\n\n'),
      );
    expect(later('This is the third round of such US air strikes since 26 October.')).toBeNull();
    expect(later('It was the military’s second set of strikes in two weeks.')).toBeNull();
  });

  it('reads no strike day in a day supposed or asked about: "had Trump been president today", "…today?"', () => {
    const column = (line: string) => [
      'The silence of the doves',
      'President Biden bombed militia sites in eastern Syria this week, and Democrats barely blinked.',
      line,
    ];
    const published = { year: 2021, month: 2, day: 27, utc: false, from: 'meta' as const };
    // The day the page was written is two days after the strike: as a strike day it would count against it.
    const againstToday = (line: string) =>
      explainEvent({ ...extractFromPlainText(column(line).join('\n\n')), published }).scores.find((s) => s.event.startsWith('2021'))?.reasons.some((r) => r.includes('"today"'));
    expect(againstToday('Where are the tweets about sovereignty today?')).toBe(false);
    expect(againstToday('But had Trump been president today, they would call him a warmonger.')).toBe(false);
    expect(againstToday('The tweets about sovereignty stopped today.')).toBe(true);
  });

  it('reads the two targets as the Pentagon detailed them as the 2023 strike’s wording, and not a recap of them', () => {
    const undated = ['What the jets were saying', 'Analysts weighed the message the raid sent to Tehran.', 'U.S. F-16s hit one weapons storage facility and one ammunition storage facility in Syria.'];
    expect(eventOf(undated.join('\n\n'))).toBe('2023-10-26-us-strike-boukamal');
    const recap = ['What the jets were saying', 'Analysts weighed the message the raid sent to Tehran.', 'U.S. F-16s hit weapons and ammunition storage facilities in Syria.'];
    expect(eventOf(recap.join('\n\n'))).toBeNull();
  });

  it('reads "the first military action taken under U.S. President Joe Biden" as the 2021 strike’s wording', () => {
    const text = ['Strikes in Syria', 'On Thursday the United States struck a border post in Syria. The strikes, the first military action taken under U.S. President Joe Biden, answered a rocket attack.'];
    expect(eventOf(text.join('\n\n'))).toBe('2021-02-25-us-strike-eastern-syria');
    // "Biden … his first air strike", on a letter two weeks later whose day comes late.
    const letter = [
      'Letters: war without a vote',
      'Congress has handed its war powers to the White House for twenty years.',
      'Both parties have let it happen.',
      'President Joe Biden did not wait long to order his first air strike in Syria, on Feb. 25, 2021.',
    ];
    const published = { year: 2021, month: 3, day: 11, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(letter.join('\n\n')), published }).event).toBe('2021-02-25-us-strike-eastern-syria');
  });

  it('rejects a tally of "three separate air strikes", the third round’s', () => {
    const text = [
      'US troops hit 55 times since October',
      'Militias backed by Iran have attacked US troops 55 times since Oct. 17, 2023, and the US has answered with three separate air strikes, the latest near Abu Kamal.',
      'Hamas and its allies have vowed to keep up the attacks.',
    ];
    expect(eventOf(text.join('\n\n'))).toBeNull();
  });

  it('rejects a page dated weeks after the event that gives none of its days', () => {
    const text = (dated: string) =>
      [
        'US jets strike Iran-linked depots in Syria',
        dated,
        'US F-16 jets struck depots near Al-Bukamal used by groups that Iran backs, after drone and rocket attacks on US troops since October 17, 2023.',
      ].join('\n\n');
    expect(eventOf(text('27 October 2023'))).toBe('2023-10-26-us-strike-boukamal');
    expect(eventOf(text('20 November 2023'))).toBeNull();
  });

  it('counts a page stamped long after the event once, not again as a later year: a scraper’s fresh copy of the story', () => {
    const story = (year: string) =>
      extractFromPlainText(
        [
          'US jets strike Iran-linked depots in Syria',
          `US F-16 jets struck two depots near Abu Kamal used by Iran’s Revolutionary Guard and groups it backs, after drone and rocket attacks on U.S. forces in Iraq and Syria since Oct. 17${year}.`,
          'The attacks began soon after the Israel-Hamas war broke out, Defense Secretary Lloyd Austin said.',
        ].join('\n\n'),
      );
    const published = { year: 2024, month: 12, day: 23, utc: false, from: 'meta' as const };
    const reasons = (year: string) => explainEvent({ ...story(year), published }).scores.find((x) => x.event === '2023-10-26-us-strike-boukamal')!.reasons;
    expect(reasons('').some((r) => /published long after/.test(r))).toBe(true);
    expect(reasons('').some((r) => /later year|earlier years/.test(r))).toBe(false);
    expect(annotate({ ...story(''), published }).event).toBe('2023-10-26-us-strike-boukamal');
    // A later year the text itself names still counts.
    expect(reasons(', and again in 2024').some((r) => /a later year is named/.test(r))).toBe(true);
  });

  it('reads follow-ups weeks later: "Last week" opening a sentence, forces that "hit", a second strike called off', () => {
    const opEd = ['Was the Syria strike lawful?', 'March 2, 2021', 'Last week President Biden ordered a U.S. air strike on militia groups backed by Iran in Syria.'];
    expect(eventOf(opEd.join('\n\n'))).toMatch(/^2021-02-25/);
    const un = ['Russia calls US strike in Syria unlawful', 'October 31, 2023', 'On October 26, US military forces hit two targets near the city of Abu Kamal, used by Iran’s Revolutionary Guard, amid the war between Israel and Hamas.'];
    expect(eventOf(un.join('\n\n'))).toMatch(/^2023-10-26/);
    // "a second airstrike" is the November 2023 strike's wording only on pages after it.
    const calledOff = [
      'Biden called off second Syria strike',
      'March 5, 2021',
      'Last month President Joe Biden cancelled a second airstrike in Syria after women and children were spotted near the target, officials said.',
      'The first strike hit a border crossing used by Kataib Hezbollah, in retaliation for a Feb. 15 rocket attack on Erbil.',
    ];
    expect(eventOf(calledOff.join('\n\n'))).toMatch(/^2021-02-25/);
    // Nor, on a page with no date, is a strike called off: the later strike was carried out.
    const undated = [
      'The strike in Syria',
      'On Thursday, Feb. 25, President Joe Biden ordered airstrikes on buildings used by Iran-backed militias in eastern Syria.',
      'Biden also called off a second airstrike in Syria after women and children were spotted near the target.',
    ];
    expect(eventOf(undated.join('\n\n'))).toMatch(/^2021-02-25/);
  });

  it('reads "last month" as some day of the month before the page’s, and "earlier this month" as a day of its own', () => {
    const column = (when: string) =>
      extractFromPlainText(
        [
          'Congress should vote on the war in Syria',
          `${when} President Biden ordered an airstrike on Iranian-backed militia groups in eastern Syria, answering rocket attacks on US personnel in Iraq.`,
          'Critics say the strike was unlawful because Congress never approved it.',
        ].join('\n\n'),
      );
    const dated = (month: number, day: number) => ({ year: 2021, month, day, utc: false, from: 'meta' as const });
    expect(annotate({ ...column('Last month'), published: dated(3, 4) }).event).toBe('2021-02-25-us-strike-eastern-syria');
    expect(annotate({ ...column('Earlier this month'), published: dated(2, 28) }).event).toBe('2021-02-25-us-strike-eastern-syria');
    // In July, last month is June: another strike's month.
    expect(annotate({ ...column('Last month'), published: dated(7, 6) }).event).toBeNull();
  });

  it('reads "the American attack" in a lede as the US strike, whose day "today (Saturday)" is not', () => {
    const text = [
      'Satellite photos show the damage of the US attack in Syria',
      'February 27, 2021',
      'Pictures released today (Saturday) by a satellite company show the damage from the American attack on the Syrian-Iraqi border, which killed at least one pro-Iranian fighter and wounded others.',
      'The pictures show that the attack hit a lot beside the border crossing, which Kataib Hezbollah militias use to move arms.',
    ];
    expect(eventOf(text.join('\n\n'))).toMatch(/^2021-02-25/);
  });

  it('reads a law’s year as part of its name, not as a year the article reports', () => {
    const interview = (law: string) =>
      [
        'A lawmaker on the Syria strike',
        `He objected at once when President Joe Biden ordered air strikes on Iranian-backed militias in Syria on February 25. He says ${law} gives the president no such power.`,
      ].join('\n\n');
    expect(eventOf(interview('the 2001 AUMF'))).toMatch(/^2021-02-25/);
    expect(eventOf(interview('the War Powers Resolution of 1973'))).toMatch(/^2021-02-25/);
    expect(eventOf(interview('a vote taken in 2001'))).toBeNull();
  });

  it('says nothing when the evidence is thin', () => {
    expect(eventOf('The United States carried out a strike in Syria, officials said.')).toBeNull();
  });
});

describe('ledes whose days and attacks are not the strike’s', () => {
  it('reads the first paragraph after a standfirst as the lede, and weighs one later day once however it is named', () => {
    const text = [
      'The Syria bombing was meant to deter. It did not.',
      'A week on, the border strike has been answered with more rockets.',
      'On February 25, President Joe Biden had US jets drop seven bombs on militia sites on the Syrian side of the border with Iraq, reportedly killing 22 people.',
      'Six days later came the reply: on March 3, about ten rockets hit Ain al-Asad air base, and a contractor died.',
      'Kataib Hezbollah said it lost one fighter; Pentagon press secretary John Kirby called the strike proportionate.',
    ].join('\n\n');
    const published = { year: 2021, month: 3, day: 5, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(text), published }).event).toBe('2021-02-25-us-strike-eastern-syria');
  });

  it('reads a lede dated the day of another known strike as that strike’s story, its first day named past a month', () => {
    const text = [
      'June 2021 American air raids on the Iraq–Syria border',
      'On 28 June 2021, President Biden had US jets bomb depots used by Iran-backed militias on both sides of the Iraq–Syria border.',
      'Background. On 25 February 2021 Biden’s first strike had hit a border post near Abu Kamal used by Kataib Hezbollah and Kataib Sayyid al-Shuhada, after the 15 February rockets on Erbil, Pentagon press secretary John Kirby said.',
    ].join('\n\n');
    expect(eventOf(text)).toBeNull();
    // The same page with no month in its title still reads its lede's day.
    expect(eventOf(text.replace('June 2021 American', 'American'))).toBeNull();
  });

  it('weighs a later strike the reference knows once, by its day, and no tally’s day: a follow-up on the October strike recalls it', () => {
    const text = [
      'Biden tells Congress why he ordered the Syria strikes',
      'President Joe Biden wrote to congressional leaders on Friday, as the War Powers Resolution requires, about the strikes he ordered against facilities used by Iran’s Revolutionary Guard.',
      'He said the drone and rocket attacks on U.S. forces in Iraq and Syria since Oct. 17 by groups backed by Iran had left several Americans hurt.',
      'On the night of October 26, 2023, two U.S. F-16 fighter jets struck a weapons storage facility and an ammunition storage facility near Abu Kamal, Defense Secretary Lloyd Austin said at the time.',
      'The attacks went on: by Nov. 9, the Pentagon counted 46. On Wednesday, Nov. 8, two U.S. F-15 jets bombed a weapons depot near Maysalun.',
    ].join('\n\n');
    const published = { year: 2023, month: 11, day: 10, utc: false, from: 'meta' as const };
    const reasons = explainEvent({ ...extractFromPlainText(text), published }).scores.find((s) => s.event === '2023-10-26-us-strike-boukamal')?.reasons ?? [];
    expect(reasons.filter((r) => /Nov\. 8|Maysalun/.test(r))).toEqual([
      '-3 a strike day of the strike near Maysalun of 8 November 2023',
      '-3 only the strike near Maysalun of 8 November 2023 had "Maysalun"',
    ]);
    // A tally's day ("by Nov. 9") is no strike's.
    expect(reasons.some((r) => r.includes('Nov. 9'))).toBe(false);
  });

  const strike2023 = 'On October 26, U.S. Air Force F-16s struck IRGC facilities near Al-Bukamal, after drone and rocket attacks on U.S. troops since October 17.';

  it('reads a US promise to keep answering attacks as no other side’s report', () => {
    const text = [
      'US will keep answering proxy attacks "as needed"',
      'The U.S. military will keep responding to attacks by Iran-backed militant groups in Iraq and Syria whenever it must, a defense official said.',
      strike2023,
    ].join('\n\n');
    expect(eventOf(text)).toBe('2023-10-26-us-strike-boukamal');
    const lede = (...paragraphs: string[]) => ledeStrike(eventEvidenceOf(extractFromPlainText(paragraphs.join('\n\n'))));
    expect(lede('The U.S. military will keep responding to attacks by Iran-backed militant groups in Iraq and Syria.')).toBeNull();
    // Another state answering attacks is still another side's strike.
    expect(lede('Israeli jets responded to attacks from Syria by striking near Damascus.')).toBe('other');
    // The militia named as who was killed, and the US strike in other words.
    expect(lede('According to a war monitor, the bombing killed 22 fighters from Iraqi Hezbollah.')).toBeNull();
    expect(lede('An Israeli strike killed 22 fighters from Hezbollah.')).toBe('other');
    expect(lede('Senator warns Biden attack on Syria starts a new war')).toBe('us');
    // A roundup's headline joins its stories with a semicolon: the US strike is one of them.
    expect(lede('Israeli airstrikes killed 50 hostages, says Hamas; US strikes Syria')).toBe('us');
    expect(lede('Israeli airstrikes killed 50 hostages, says Hamas')).toBe('other');
    expect(lede('Iran condemned the US aggression carried out on Thursday evening near the border, comparing it to the Israeli entity’s attacks.')).toBe('us');
    expect(lede('A day after President Joe Biden sent U.S. warplanes against Iran-backed militants in Syria, critics spoke up.')).toBe('us');
    // Americans as the target of another side's bombing; "America's" airstrikes.
    expect(lede('Armed factions said they were behind a bombing that targeted the American "Harir" base in Erbil.')).toBe('other');
    expect(lede('America’s latest airstrikes in Syria suggest a harder line on Iran.')).toBe('us');
    expect(lede('The Pentagon confirmed 21 troops were hurt in drone strikes that hit bases housing U.S. troops.')).toBe('other');
    expect(lede('After drone strikes on bases that house U.S. troops since Oct. 16, the Pentagon confirmed 21 American troops were hurt.')).toBe('other');
    expect(lede('US occupation troops in Syria face near-daily drone strikes, while Washington rushes in more weapons.')).toBe('other');
    // Another state told of the US strike is no striker.
    expect(lede('The United States let Russia know of its strike in Syria only minutes before, Lavrov said.')).toBe('us');
    expect(lede('The injuries came from strikes on al-Tanf garrison and al-Asad air base, a Pentagon spokesman said.')).toBe('other');
    // A tally kept of the strikes reports none.
    expect(lede('Central Command is still compiling a full tally of the strikes, U.S. officials said.')).toBeNull();
    // An adverb set off by commas between the warplanes and their verb.
    expect(lede('Israeli tanks pushed into Gaza. U.S. warplanes, meanwhile, hit targets in eastern Syria following attacks on U.S. forces.')).toBe('us');
    // A running count of attacks since a start is the run-up's tally; an attack on a day is a report.
    expect(lede('With that, the Islamic Resistance in Iraq has carried out 16 attacks since the war began.')).toBeNull();
    expect(lede('The Islamic Resistance in Iraq attacked a US base with drones on Thursday.')).toBe('other');
    // The war the attacks grew out of, in a clause of its own, is background.
    expect(lede('Iran said Washington had stoked the violence since Hamas militants killed some 1,400 people in their attack on Israel.')).toBeNull();
    expect(lede('Hamas militants killed some 1,400 people in their attack on Israel.')).toBe('other');
    // An attack after "after" is why the lede's news happened, not the news.
    expect(lede('Crude bounced back after Israeli forces mounted their biggest ground attack on Gaza overnight.')).toBeNull();
    expect(lede('Israeli jets struck Damascus after rockets were fired from Syria.')).toBe('other');
    // So is one after ", as": the news is the clause before it.
    expect(lede('The Pentagon is sending 300 more troops to the region, as drone attacks on bases that house U.S. forces have become almost daily.')).toBeNull();
    expect(lede('Drone attacks on bases that house U.S. forces have become almost daily.')).toBe('other');
    // The militias' attacks as the news, the US strike only after "after": another side's report.
    expect(lede('Rocket strikes resume after Biden authorized retaliation on pro-Iran militia in Syria last week.')).toBe('other');
    expect(lede('Biden warns Iran after ordering airstrikes on militia sites in Syria.')).toBe('us');
    expect(lede('US jets strike militia sites in Syria after rocket strikes on Erbil.')).toBe('us');
    // "The attack comes after a US airstrike": the strike only came before the news; "Six of the attacks came after the US
    // launched airstrikes" reports the strike.
    expect(lede('Rockets landed on an air base in Iraq on Wednesday. The attack comes after a US airstrike on a militia in eastern Syria.')).toBe('other');
    expect(lede('Four of the attacks came after the US launched airstrikes in Syria on Thursday.')).toBe('us');
    expect(lede('Rockets landed on an air base in Iraq on Wednesday. Attack came after Biden bombed a militia in Syria')).toBe('other');
    expect(lede('Rockets landed on an air base in Iraq on Wednesday. The rocket fire follows a US airstrike on a militia in Syria.')).toBe('other');
    // A blast that struck a ship amid friction with the United States is no US strike; the strike only came before it.
    expect(lede('An explosion struck a cargo ship in the Gulf late on Thursday, amid friction between the United States and Iran.')).not.toBe('us');
    expect(lede('Rockets hit a ship on Thursday. The attack on the ship came only a few hours after the United States launched airstrikes in Syria.')).toBe('other');
    // A rocket strike is the militias'; "the first such strike since the U.S. bombed…" only dates the news.
    expect(lede('U.S. worker dies of heart attack after rocket strike on Iraq base used by American troops')).not.toBe('us');
    expect(lede('Rockets landed on an air base in Iraq on Wednesday. It was the first such strike since the U.S. bombed two sites in Syria last week.')).toBe('other');
    // A state the US spoke to is not who struck.
    expect(lede('US warned Russia of Syria strikes minutes ahead of operation: Lavrov')).toBe('us');
    expect(lede('Lavrov said the United States had given Russia only minutes’ notice before it struck targets in Syria on Thursday.')).toBe('us');
    expect(lede('Russia struck targets in Syria on Thursday, the United States said.')).toBe('other');
  });

  it('reads a carrier strike group as a fleet, not a strike: its day is not the strike’s', () => {
    const text = [
      'US jets strike Iran-linked depots in Syria',
      'After Hamas attacked Israel on October 7, Washington sent two carrier strike groups to the region.',
      strike2023,
    ].join('\n\n');
    expect(eventOf(text)).toBe('2023-10-26-us-strike-boukamal');
  });

  it('reads a day with no year more than a week after the page’s own as the year before’s', () => {
    const text = [
      'US jets strike Kataib Hezbollah near Al Bukamal, in Biden’s first military action',
      'American F-15E jets bombed a border crossing near Al Bukamal in eastern Syria on Thursday night, the Pentagon said.',
      'A March 11 rocket attack on Camp Taji killed two U.S. service members, and the U.S. struck Kataib Hezbollah depots the next day.',
    ].join('\n\n');
    const page = (day: number) => ({ year: 2021, month: 2, day, utc: false, from: 'meta' as const });
    const factOn = (day: number, figure: string) => annotate({ ...extractFromPlainText(text), published: page(day) }).marks.find((m) => m.text === figure)?.fact ?? null;
    expect(factOn(26, 'two')).toBeNull();
    expect(factOn(26, 'March 11')).toBeNull();
  });

  it('reads a weekday’s night that had not begun where the strike was when the page went out as the week before’s', () => {
    const text = (day: string) =>
      [
        'Senators file a war powers bill',
        `The bill follows the air strike Biden ordered on Iran-backed militias in eastern Syria ${day}, which he did without asking Congress first.`,
      ].join('\n\n');
    // 18:52 in Washington on Wednesday 3 March is already 01:52 on Thursday in Syria, hours before Thursday night.
    const wednesdayEvening = { year: 2021, month: 3, day: 3, utc: false, from: 'meta' as const, instant: Date.UTC(2021, 2, 3, 23, 52) };
    const reasons = (day: string, published: PublishedDate) =>
      explainEvent({ ...extractFromPlainText(text(day)), published }).scores.find((x) => x.event === '2021-02-25-us-strike-eastern-syria')!.reasons;
    expect(reasons('on Thursday night', wednesdayEvening).some((r) => /another day/.test(r))).toBe(false);
    // A page stamped 21:00 in Washington on 25 February is 04:00 on Friday in Syria: "early Friday" had begun.
    const thursdayEvening = { year: 2021, month: 2, day: 25, utc: false, from: 'meta' as const, instant: Date.UTC(2021, 1, 26, 2, 0) };
    expect(reasons('early Friday', thursdayEvening).some((r) => /strike day matches/.test(r))).toBe(true);
  });

  it('reads no strike day in a day of the war in Israel: "a rocket that struck a building in Tel Aviv on Friday"', () => {
    const text = (where: string) =>
      [
        'Israel widens its ground raids in Gaza',
        'US warplanes hit sites in eastern Syria tied to the Revolutionary Guard, the Pentagon said.',
        `Hamas fired more rockets, one that struck a residential building ${where} on Friday and wounded four people.`,
      ].join('\n\n');
    const strikeDays = (where: string) => explainEvent(extractFromPlainText(text(where))).clues.filter((c) => c.kind === 'strike-day' && c.text === 'Friday').length;
    expect(strikeDays('in Tel Aviv')).toBe(0);
    expect(strikeDays('near a US base in Syria')).toBe(1);
  });

  it('counts a statement in the days after the strike for it, never one of "last month"', () => {
    const text = (when: string) =>
      ['US jets strike an Iran-linked site in Syria', `${when}, Defense Secretary Lloyd Austin said attacks on US forces since October 17 would be answered.`].join('\n\n');
    const published = { year: 2023, month: 11, day: 8, utc: false, from: 'meta' as const };
    const reasons = (when: string, on: PublishedDate) =>
      explainEvent({ ...extractFromPlainText(text(when)), published: on }).scores.find((x) => x.event === '2023-10-26-us-strike-boukamal')!.reasons;
    const agrees = (r: string) => /a statement on the strike day/.test(r);
    expect(reasons('On Friday', { ...published, day: 28 , month: 10 }).some(agrees)).toBe(true);
    // Any day of October, on a page of November: no day of the strike's.
    expect(reasons('Last month', published).some(agrees)).toBe(false);
  });

  it('reads a lede about one of the named attacks that led to the strike, by its day, as the strike’s story', () => {
    const story = (strike: string) =>
      [
        'A captain remembers the night the rockets came',
        'Capt. Brandi Tregre was walking across Erbil air base on Feb. 15 when the sirens began and rockets hit the base, killing a contractor.',
        'She was treated for a concussion and returned to duty within days.',
        'Her unit had arrived in the autumn, and she had worked nights in the clinic since.',
        'Her mother, in Lafayette, heard the news from a chaplain.',
        'She says she still listens for the sirens.',
        strike,
      ].join('\n\n');
    const published = { year: 2021, month: 3, day: 10, utc: false, from: 'meta' as const };
    const eventOf = (strike: string) => annotate({ ...extractFromPlainText(story(strike)), published }).event;
    expect(eventOf('On Thursday, Feb. 25, two F-15E jets struck facilities of Kataib Hezbollah near Abu Kamal in eastern Syria, Pentagon spokesman John Kirby said.')).toBe('2021-02-25-us-strike-eastern-syria');
    // Without the strike reported on its day, the page is the attack's own story.
    expect(eventOf('Pentagon spokesman John Kirby later said Kataib Hezbollah was behind a string of such attacks.')).toBeNull();
  });

  it('reads a carrier’s air wing as aircraft sent, not as aircraft that struck', () => {
    const reasons = (sentence: string) =>
      explainEvent(extractFromPlainText(['US jets hit Iran-linked depots in Syria', strike2023, sentence].join('\n\n'))).scores.find((x) => x.event === '2023-10-26-us-strike-boukamal')!.reasons;
    expect(reasons('Each carrier embarks an air wing of about 70 aircraft, including EA-18G Growlers.').some((r) => /other aircraft/.test(r))).toBe(false);
    expect(reasons('EA-18G Growlers carried out the raid.').some((r) => /other aircraft/.test(r))).toBe(true);
  });

  it('reads drones beside the jets as their escort, not as other aircraft', () => {
    const reasons = (sentence: string) =>
      explainEvent(extractFromPlainText(['US jets hit Iran-linked depots in Syria', sentence, strike2023].join('\n\n'))).scores.find((x) => x.event === '2023-10-26-us-strike-boukamal')!.reasons;
    expect(reasons('Two F-16 fighters, escorted by MQ-9 drones, carried out the raid.').some((r) => /other aircraft/.test(r))).toBe(false);
    expect(reasons('MQ-9 drones carried out the raid.').some((r) => /other aircraft \(MQ-9/.test(r))).toBe(true);
  });

  it('reads a day of what is still to come as no strike day: "he will start work this week"', () => {
    const text = [
      'Senator plans war powers push after Syria strike',
      'A senator says he will start work this week on repealing the old authorizations for the use of military force.',
      'Last week President Biden ordered air strikes on facilities used by Kataib Hezbollah in Syria, after a rocket attack on Erbil that killed a contractor.',
    ].join('\n\n');
    const published = { year: 2021, month: 3, day: 2, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(text), published }).event).toBe('2021-02-25-us-strike-eastern-syria');
  });


  it('reads a near miss’s wording in the headline as what the story reports, on a page with no date', () => {
    const text = (headline: string) =>
      [
        headline,
        'The United States has carried out two air strikes in eastern Syria on sites tied to Iranian-backed groups, answering attacks on US troops since the Israel-Hamas war began in 2023.',
        'The Pentagon said the strikes hit a training site near Albu Kamal and a safe house near Mayadeen.',
      ].join('\n\n');
    expect(eventOf(text('US hits Iran-backed militia sites in Syria for third time'))).toBe(null);
    expect(eventOf(text('US hits Iran-backed militia sites in Syria'))).toBe('2023-10-26-us-strike-boukamal');
  });

  it('reads the June 2021 strikes’ wordings as that near miss, on a page with no date', () => {
    const text = (where: string) =>
      [
        'US strikes Iran-backed militias on the Iraq-Syria border',
        `US F-15 jets bombed facilities used by Kataib Hezbollah and Kataib Sayyid al-Shuhada ${where}, Pentagon spokesman John Kirby said, after drone attacks on US personnel in Iraq.`,
      ].join('\n\n');
    expect(eventOf(text('at two locations in Syria and one inside Iraq'))).toBe(null);
    expect(eventOf(text('near Al Bukamal in eastern Syria'))).toBe('2021-02-25-us-strike-eastern-syria');
  });

  it('reads a capital "Today" after a capitalised word as a name ("USA TODAY"), not the page’s day', () => {
    const text = (byline: string) =>
      [
        'Militia attacks go on after US strikes in Syria',
        byline,
        'Last Thursday, Oct. 26, the U.S. military struck two facilities in eastern Syria used by Iran’s Revolutionary Guard, after 19 attacks on US forces since Oct. 17.',
        'Two F-16s carried out the strikes near Abu Kamal, the Pentagon said.',
      ].join('\n\n');
    const published = { year: 2023, month: 10, day: 31, utc: false, from: 'meta' as const };
    const eventOn = (byline: string) => annotate({ ...extractFromPlainText(text(byline)), published }).event;
    expect(eventOn('Pat Lane, USA TODAY Pentagon reporter')).toBe('2023-10-26-us-strike-boukamal');
    // A lowercase "today" there is the page's day, and says the story is today's news.
    expect(eventOn('Militias struck a base in Iraq today, officials said.')).toBe(null);
  });

  it('reads a relative day of a hearing or a briefing as that meeting’s day, not the strike’s', () => {
    const text = (lede: string) =>
      [
        'Militia attacks on US troops go on despite the strikes',
        lede,
        'Last week President Biden had ordered strikes by two F-16s on storage facilities in eastern Syria used by the Revolutionary Guard, near Abu Kamal.',
      ].join('\n\n');
    // A Sunday page: "this week" runs from Monday 30 October, after the strike of Thursday 26 October.
    const published = { year: 2023, month: 11, day: 5, utc: false, from: 'meta' as const };
    const eventOn = (lede: string) => annotate({ ...extractFromPlainText(text(lede)), published }).event;
    expect(eventOn('At a Senate hearing this week, a senator pressed the defense secretary on the continuing attacks.')).toBe('2023-10-26-us-strike-boukamal');
    // Without the hearing, the lede's "this week" dates the story's own news, which is then not last week's strike.
    // ("Pressed" alone is a statement's verb: the control has the secretary fly out instead.)
    expect(eventOn('This week the defense secretary flew out to see the troops facing the continuing attacks.')).toBe(null);
  });
  it('reads a quoted "earlier this evening" as the evening the speaker spoke, not the page’s', () => {
    const text = (quote: string) =>
      [
        'Washington bombs militia sites in eastern Syria',
        'The United States bombed buildings in eastern Syria used by militias that Iran backs, the Pentagon said.',
        `In a statement, Pentagon spokesman John Kirby said: ${quote}`,
        'A medical source in the area said 17 people had been killed.',
      ].join('\n\n');
    // An Asian page of the next day: the statement's evening is two days before its own date.
    const published = { year: 2021, month: 2, day: 27, utc: false, from: 'meta' as const };
    const quoted = '“US forces earlier this evening conducted airstrikes on infrastructure the militias use.”';
    expect(annotate({ ...extractFromPlainText(text(quoted)), published }).event).toBe('2021-02-25-us-strike-eastern-syria');
    // Outside quotation marks, the page's own evening is its strike's: two days after the event.
    const reported = 'US forces earlier this evening conducted airstrikes on infrastructure the militias use.';
    expect(annotate({ ...extractFromPlainText(text(reported)), published }).event).toBeNull();
  });

  it('reads no strike day in a sentence of another state’s strike', () => {
    const text = (aside: string) =>
      [
        'US hits Guard-linked sites in Syria after attacks on its troops',
        'The United States struck two facilities in eastern Syria used by Iran’s Revolutionary Guards, Defense Secretary Lloyd Austin said.',
        'He said the strikes answered attacks on US personnel that began on 17 October.',
        aside,
      ].join('\n\n');
    const page = (aside: string) => eventOfPage(text(aside), 2023, 10, 27);
    expect(page('Early on Tuesday, Israeli strikes killed six soldiers in southern Syria, state media said.')).toBe('2023-10-26-us-strike-boukamal');
    // A day two days before the page's, given to a strike of no named state, is the story's own and too early.
    expect(page('Early on Tuesday, strikes killed six soldiers in southern Syria, state media said.')).toBeNull();
  });

  it('counts "last week" from the date its sentence gives a report, not from the page’s', () => {
    const text = (sentence: string) =>
      [
        'What CENTCOM is saying about Iran',
        'Militias backed by Iran have kept up their attacks on US forces since the war between Israel and Hamas began.',
        sentence,
      ].join('\n\n');
    const page = (sentence: string) => eventOfPage(text(sentence), 2023, 11, 7);
    expect(page('A November 2 report noted that the warning followed the US strikes last week on two sites in eastern Syria used by the IRGC.')).toBe('2023-10-26-us-strike-boukamal');
    expect(page('A report noted that the warning followed the US strikes last week on two sites in eastern Syria used by the IRGC.')).toBeNull();
  });

  it('finds no event on a page of the strike’s days that names no US strike', () => {
    const text = (extra: string) =>
      [
        'Tehran warns Washington at the UN',
        'Iran said Thursday that Americans would not be spared if the war between Israel and Hamas spreads.',
        'The United States has moved two carrier strike groups to the region, and its troops in Syria and Iraq are on alert.',
        'Speaking at the United Nations on Thursday, Iran’s foreign minister called for aid to Gaza.',
        extra,
      ].join('\n\n');
    const page = (extra: string) => eventOfPage(text(extra), 2023, 10, 27);
    expect(page('He did not take questions.')).toBeNull();
    expect(page('A Pentagon spokesman said later that US jets had struck two sites in eastern Syria used by the Guard.')).toBe('2023-10-26-us-strike-boukamal');
  });

  it('reads the war’s start before the attacks as background, so a US strike told a few paragraphs on answers them', () => {
    const text = [
      'Tensions soar between Washington and Tehran',
      'After the war between Hamas and Israel broke out on October 7, attacks on U.S. forces in Iraq and Syria multiplied, and Washington blamed Iran’s proxies.',
      'Iran backs a network of militias with money and weapons.',
      'The White House has said it does not seek a wider war.',
      'Officials say the militias answer to the Revolutionary Guard.',
      'On October 27, U.S. warplanes carried out airstrikes on two sites in eastern Syria used by the Revolutionary Guard.',
    ].join('\n\n');
    expect(eventOfPage(text, 2023, 10, 27)).toBe('2023-10-26-us-strike-boukamal');
  });

  it('reads "last week" after "suspected of attacking American forces" as the attacks’ week, not the strike’s', () => {
    const text = (deed: string) =>
      [
        'US strikes militia sites in Syria',
        `The Pentagon said late Thursday that U.S. jets had bombed buildings in eastern Syria used by militias ${deed} in Iraq last week.`,
        'It was the first such action under President Joe Biden, spokesman John Kirby said.',
      ].join('\n\n');
    const page = (deed: string) => eventOfPage(text(deed), 2021, 2, 26);
    expect(page('suspected of attacking American troops')).toBe('2021-02-25-us-strike-eastern-syria');
  });

  it('reads a quoted "last week’s airstrikes" as the week before the page’s', () => {
    const text = [
      'Lawmakers revive the fight over war powers',
      'President Joe Biden’s strike in Syria has stirred an old argument in Congress about who may send the military to war.',
      '“Last week’s airstrikes in Syria show the White House will keep stretching its powers,” a senator said.',
    ].join('\n\n');
    const page = (day: number) => eventOfPage(text, 2021, 3, day);
    expect(page(3)).toBe('2021-02-25-us-strike-eastern-syria');
    // Three weeks later, "last week" is another week's.
    expect(page(24)).toBeNull();
  });
});

describe('a page written while one strike was news, recalling the other at length', () => {
  const text = [
    'Strikes in Syria, again',
    'Two US F-16s struck two storage sites near Abu Kamal used by the Revolutionary Guard and its militias, Defense Secretary Lloyd Austin said on Thursday, after the drone and rocket attacks on US troops since October 17.',
    'The Pentagon said 21 US personnel were slightly hurt in those attacks.',
    'Looking back: the first time',
    'It echoes February 25, 2021, when F-15E jets dropped seven bombs on a border post used by Kataib Hezbollah and Kataib Sayyid al-Shuhada, days after the rocket attack on Erbil. Pentagon spokesman John Kirby announced it; the Syrian Observatory for Human Rights counted 22 dead, and Kataib Hezbollah admitted one.',
  ].join('\n\n');

  it('is about the strike of its days when that one is ahead, however little, and the other was years before', () => {
    const published = { year: 2023, month: 10, day: 28, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(text), published }).event).toBe('2023-10-26-us-strike-boukamal');
  });

  it('needs the usual lead when the page was not written while the leader was news, or the other was not years before', () => {
    const [y2021, y2023] = ['2021-02-25-us-strike-eastern-syria', '2023-10-26-us-strike-boukamal'].map((id) => events.find((e) => e.id === id));
    const on = (year: number, month: number, day: number) => ({ year, month, day, utc: false, from: 'meta' as const });
    expect(leadNeeded(2, y2023, y2021, on(2023, 10, 28))).toBe(1);
    expect(leadNeeded(2, y2023, y2021, on(2023, 11, 20))).toBe(2);
    expect(leadNeeded(2, y2021, y2023, on(2021, 2, 27))).toBe(2);
    expect(leadNeeded(2, y2023, y2021, null)).toBe(2);
  });
});

describe('a page a year or more after the strike, recalling it in a sentence', () => {
  it('is about its own news when it gives none of the strike\'s days', () => {
    const text = [
      'Monitor says 19 killed in US strikes on Syria',
      'A war monitor said Saturday that 19 fighters were killed when US jets struck sites near Hasakeh, after a drone attack killed a U.S. contractor.',
      'In February 2021, in his first military action as president, Biden ordered strikes on facilities near the Boukamal crossing used by Kataeb Hezbollah and Kataeb Sayyid al-Shuhada.',
    ].join('\n\n');
    const published = { year: 2023, month: 3, day: 25, utc: false, from: 'meta' as const };
    expect(annotate({ ...extractFromPlainText(text), published }).event).toBeNull();
  });
});

describe('a strike the page calls another', () => {
  it('gives its day and its aircraft to that strike, not against the page\'s own', () => {
    const text = [
      'Biden tells Congress of the strikes in Syria',
      'President Biden told Congress that on the night of October 26, 2023, US forces struck two facilities near Abu Kamal in eastern Syria used by the Revolutionary Guard, after attacks on US forces since October 17.',
      'Defense Secretary Lloyd Austin said F-16s carried out the strikes.',
      'Then on Wednesday US F-15s struck another weapons storage facility in eastern Syria.',
    ].join('\n\n');
    const published = { year: 2023, month: 11, day: 10, utc: false, from: 'meta' as const };
    const findings = annotate({ ...extractFromPlainText(text), published });
    expect(findings.event).toBe('2023-10-26-us-strike-boukamal');
    expect(findings.marks.find((m) => m.text === 'F-15s')?.fact ?? null).toBeNull();
  });
});
