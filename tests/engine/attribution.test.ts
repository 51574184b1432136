/**
 * Who each figure is credited to, and the militia's own toll, on sentences written for these tests.
 * Each article opens with the same lead paragraph, which places it in the February 2021 strike and
 * names Kataib Hezbollah; the sentences under test follow in their own paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { extractFromDocument } from '../../lib/article/from-dom';
import { linkedomDom } from '../article/helpers';
import { isGroupVoice } from '../../lib/engine/speaker-name';
import type { Mark } from '../../lib/engine/findings';
import { corpus } from '../../scripts/reference/corpus';
import { getReference } from '../../lib/engine/reference';

const LEAD =
  'American jets bombed eastern Syria on Thursday, February 25, 2021, on orders from President Joe Biden, hitting sites of Kataib Hezbollah near Al Bukamal after the Erbil rocket attack.';

function marksOf(...paragraphs: string[]): Mark[] {
  const findings = annotate(extractFromPlainText([LEAD, ...paragraphs].join('\n\n')));
  expect(findings.event).toBe('2021-02-25-us-strike-eastern-syria');
  return findings.marks;
}

/** The figure mark whose text starts with `text` (the nth one), failing loudly when there is none. */
function figure(marks: Mark[], text: string, nth = 0): Mark {
  const found = marks.filter((m) => m.kind === 'figure' && m.text.startsWith(text))[nth];
  if (!found) throw new Error(`no figure "${text}" among ${marks.map((m) => m.text).join(' | ')}`);
  return found;
}

const credit = (text: string, ...paragraphs: string[]) => figure(marksOf(...paragraphs), text).attribution;

describe('who says a figure', () => {
  it('reads a speaker before the verb', () => {
    expect(credit('22', 'The Syrian Observatory for Human Rights said 22 people were killed in the strike.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('17', 'Local sources told Reuters that 17 fighters died in the strike.')).toBe('local sources');
    // The agent of a passive that gave the figure: "a figure given by X".
    expect(credit('22', 'The strike killed 22 fighters, a figure given by the Syrian Observatory for Human Rights.')).toBe('the Syrian Observatory for Human Rights');
    expect(credit('1', '1 death admitted by Kataib Hezbollah')).toBe('Kataib Hezbollah');
    // The agent of a passive "told" speaks what follows it.
    expect(credit('at least 17', 'The news agency was told by medical sources that at least 17 people died in the raid.')).toBe('medical sources');
    // Closing the sentence, it vouches for the clause before it; a counted source is still a source.
    expect(credit('At least 17', 'At least 17 died, the news agency was also told by harbour sources and one medic.')).toBe('harbour sources and one medic');
    // An impersonal passive's agent: for the clause before it, or for what its "that" opens.
    expect(credit('At least 22', 'At least 22 guards were killed in the raids, it was reported by a harbour monitor.')).toBe('a harbour monitor');
    expect(credit('one of its fighters', 'The militia lost one of its fighters, it was said Friday by a militia official.')).toBe('a militia official');
    expect(credit('22', 'It was reported on Friday by the harbour monitor Port Watch on Shipping that 22 guards died.')).toBe('Port Watch');
    expect(credit('Seventeen', 'Seventeen guards died in the raids, the deaths having been traced by a harbour monitor.')).toBe('a harbour monitor');
    expect(credit('More than 40', 'More than 40 attacks claimed by the Islamic Resistance in Iraq followed.')).toBeNull();
    // The agent credits the words it follows back to a comma, before the clause's "according to".
    expect(credit('22', 'The BBC reports one dead according to militia officials, against 22 deaths counted by a war monitor.')).toBe('a war monitor');
    expect(credit('one', 'The BBC reports one dead according to militia officials, against 22 deaths counted by a war monitor.')).toBe('militia officials');
    // A list's bullet before the speaker is no part of it.
    expect(credit('17', '» Local sources told Reuters that 17 fighters died in the strike.')).toBe('local sources');
    expect(credit('22', 'The Syrian Observatory for Human Rights reported that 22 people died in the strike.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it('reads a speaker after the verb, at the end of the clause', () => {
    // A closing speaker told a briefing: the audience is part of the closing words.
    expect(credit('seven', '"Two jets dropped seven munitions on the site," Kirby told a press briefing.')).toBe('John Kirby');
    expect(credit('F-15E', 'Two F-15E jets carried out the raid, said Kirby.')).toBe('John Kirby');
    expect(credit('22', '“We counted 22 dead in the strike,” said the Syrian Observatory for Human Rights.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it('credits a whole clause to a speaker who closes it', () => {
    expect(credit('22', '22 people were killed in the strike, the Syrian Observatory for Human Rights said.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('F-15E', 'Two F-15E jets took part, officials said late Thursday.')).toBe('officials');
  });

  it('credits a whole clause to a speaker who closes it by telling an outlet: "…, an official told Reuters on Friday."', () => {
    expect(credit('one', 'The raid killed one fighter of the group, a militia commander told The Associated Press on Friday.')).toBe(
      'a militia commander',
    );
    expect(credit('Two', 'Two fighters died in the raid, a militia official told Reuters.')).toBe('a militia official');
    // Telling an outlet and then what was told: the speaker opens the clause, the figure before the verb is not theirs.
    expect(credit('Three', 'Three trucks burned. The raid was small, a commander told Reuters the next day.')).toBeNull();
  });

  it('keeps a quotation’s speaker while it runs on past the sentence that credits it, within its paragraph', () => {
    const paragraph = '“The jets hit the crossing,” Kirby said. “We are still assessing. As of today, we assess one killed.”';
    expect(credit('one', paragraph)).toBe('John Kirby');
    // Outside quotation marks, or in the next paragraph, the figure is the article's own.
    expect(credit('one', '“The jets hit the crossing,” Kirby said. As of Friday, one fighter had been killed.')).toBeNull();
    expect(credit('one', '“The jets hit the crossing,” Kirby said.', '“As of today, one was killed.”')).toBeNull();
    // Or past a semicolon of its own sentence.
    expect(credit('one', 'Kirby said: “The jets hit the crossing; one fighter was killed, we assess.”')).toBe('John Kirby');
    expect(credit('one', 'Kirby said the jets hit the crossing; one fighter was killed.')).toBeNull();
  });

  it('credits every sentence of a quotation to the speaker named after its close, within its paragraph', () => {
    const paragraph = '“Three trucks went up in flames. At least 17 fighters were killed. Most were Iraqis,” the head of the Observatory told AFP.';
    expect(credit('At least 17', paragraph)).toBe('the head of the Observatory');
    // A quotation closed on a full stop names no speaker after it; one in the next paragraph is another quotation.
    expect(credit('At least 17', '“Three trucks went up in flames. At least 17 fighters were killed.” The Observatory said more could die.')).toBeNull();
    expect(credit('At least 17', '“Three trucks went up in flames. At least 17 fighters were killed.', '“Most were Iraqis,” the head of the Observatory said.')).toBeNull();
  });

  it('carries a quotation over paragraphs that each open with a mark, while the one before leaves it open', () => {
    const intro = "In a statement, the harbour master Ann Doyle said: 'Today our guards came under fire near the depot.";
    const middle = "'The raids began on the quay and went on all night.";
    const last = "'As a result, 21 guards suffered minor injuries.'";
    expect(credit('21', intro, middle, last)).toBe('the harbour master Ann Doyle');
    // A paragraph before that closes its quotation hands nothing on.
    expect(credit('21', "In a statement, the harbour master Ann Doyle said: 'Today our guards came under fire.'", last)).toBeNull();
  });

  it('carries an opening credit into the next sentence only when it goes on about what was told: "Those attacks left…"', () => {
    const told = 'According to the ministry, the depots have been raided at least 19 times since May.';
    expect(credit('21', [told, 'Those attacks left 21 guards injured.'].join(' '))).toBe('the ministry');
    expect(credit('21', [told, 'Over that period 21 guards were injured.'].join(' '))).toBe('the ministry');
    // The writer's word on one attack recalled, or another paragraph: no one.
    expect(credit('21', [told, 'That attack left 21 guards injured.'].join(' '))).toBeNull();
    expect(credit('21', told, 'Those attacks left 21 guards injured.')).toBeNull();
  });

  it('reads "the statement read" and "said in the statement" as closing a quotation', () => {
    const before = 'The harbour master, Ann Doyle, said in a statement on Friday that the raids had ended.';
    expect(credit('21', before, '"In all, 21 guards suffered minor injuries," the statement read.')).toBe('the harbour master, Ann Doyle');
    expect(credit('21', '"In all, 21 guards suffered minor injuries," Doyle said in the statement.')).toBe('Doyle');
    // "read" is a verb of saying only for words put out.
    expect(credit('21', 'The guards read that 21 of them were hurt.')).toBeNull();
  });

  it('credits the paragraph a speaker introduces with a colon to that speaker, and only that paragraph', () => {
    const intro = 'This is the statement released by harbour master Ann Doyle:';
    const statement = 'Our guards came under fire; 21 of them suffered minor injuries.';
    expect(credit('21', intro, statement)).toBe('harbour master Ann Doyle');
    expect(credit('21', intro, 'The raid came at night.', statement)).toBeNull();
    // No colon, no introduction.
    expect(credit('21', 'The harbour master, Ann Doyle, released a statement.', statement)).toBeNull();
  });

  it('credits the paragraph after a release’s "(Attributable to …)" line to the one it names', () => {
    const statement = '“Our guards came under fire; 21 of them suffered minor injuries.”';
    expect(credit('21', '(Attributable to harbour master Ann Doyle)', statement)).toBe('harbour master Ann Doyle');
    expect(credit('21', 'Attributable to harbour master Ann Doyle:', statement)).toBe('harbour master Ann Doyle');
    expect(credit('21', '(Attributable to harbour master Ann Doyle)', 'The raid came at night.', statement)).toBeNull();
  });

  it('credits every paragraph of a block quotation to the speaker who introduces it', () => {
    const page = (intro: string, ...quoted: string[]) =>
      annotate(
        extractFromDocument(
          linkedomDom.parse(
            `<html><body><article><p>${LEAD}</p><p>${intro}</p><blockquote>${quoted.map((q) => `<p>${q}</p>`).join('')}</blockquote><p>The harbour reopened, 21 days later.</p></article></body></html>`,
          ).document,
        ),
      ).marks;
    const statement = ['The guards came under fire at dawn.', 'In all, 21 of them suffered minor injuries.'];
    // The colon's own sentence names the speaker, or only points at the statement the sentence before names.
    expect(figure(page('This is the statement released by harbour master Ann Doyle:', ...statement), '21').attribution).toBe('harbour master Ann Doyle');
    expect(figure(page('The Coast Guard put out a statement on Friday. Here is the statement:', ...statement), '21').attribution).toBe('the Coast Guard');
    expect(figure(page('Here is harbour master Ann Doyle’s statement:', ...statement), '21').attribution).toBe('Ann Doyle');
    expect(figure(page('Statement by Sec. Ann Doyle:', ...statement), '21').attribution).toBe('Sec. Ann Doyle');
    // "what X wrote": X, not the words pointing at the statement.
    expect(figure(page('Here is what the harbour spokesman wrote:', ...statement), '21').attribution).toBe('the harbour spokesman');
    // The quotation ends at its block: the paragraph after it is the writer's again.
    expect(figure(page('This is the statement released by harbour master Ann Doyle:', ...statement), '21', 1).attribution).toBeNull();
    // No colon, no introduction.
    expect(figure(page('The Coast Guard put out a statement on Friday.', ...statement), '21').attribution).toBeNull();
  });

  it('reads a name with "and" inside it after "according to a statement from"', () => {
    expect(credit('21', 'According to a statement from the Ports and Harbours Authority, 21 guards suffered minor injuries.')).toBe('the Ports and Harbours Authority');
  });

  it('reads "according to" and "citing"', () => {
    expect(credit('17', 'According to some independent sources, 17 militia fighters were killed in the strike.')).toBe(
      'some independent sources',
    );
    expect(credit('17', 'The strike killed 17 fighters, according to the Britain-based Syrian Observatory for Human Rights.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('3', 'Citing a militia source, 3 fighters were reported dead in the strike.')).toBe('a militia source');
    expect(credit('multiple', 'In Kirby’s words, the airstrikes “destroyed multiple facilities” at the crossing.')).toBe('John Kirby');
    // A body named in lower case, and the phrase as an aside inside its clause.
    expect(credit('one', 'The Feb. 15 rocket attack on Erbil, in the administration’s words, killed one Filipino contractor.')).toBe('the administration');
    expect(credit('nine', 'In other words, the strikes destroyed nine facilities.')).toBeNull();
    expect(credit('17', 'Per the Syrian Observatory for Human Rights, 17 militia fighters were killed in the strike.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it('credits the speaker whose words hold the figure, not an outlet named after it that relays them', () => {
    expect(credit('22', 'The militia said one man died, while a monitoring group put the toll at 22, according to the BBC.')).toBe('a monitoring group');
    expect(credit('22', 'The raid killed 22 fighters, according to the BBC.')).toBe('the BBC');
    // A speaker closing the clause, then the outlet that relays it.
    expect(credit('one', 'The raid killed one fighter, the Pentagon said, according to NBC News.')).toBe('the Pentagon');
    expect(credit('one', 'The raid killed one fighter, NBC News reported, according to the Pentagon.')).toBe('the Pentagon');
    // A toll given as a range of figures, by a source of its own after "while".
    expect(credit('17', 'An official put the number killed at “a few,” while other reports have given figures anywhere from 17 to 22 dead.')).toBe('other reports');
    // Two sources joined by "and", and an adverb before a passive "told by".
    expect(credit('At least 17', 'At least 17 died, according to local sources and a hospital source.')).toBe('local sources and a hospital source');
    expect(credit('at least 17', 'The BBC was separately told by local sources and one hospital source that at least 17 died.')).toBe('local sources and one hospital source');
    expect(credit('At least 17', 'At least 17 died, according to local sources and the Pentagon did not comment.')).toBe('local sources');
    // Where and when the speaker spoke, between the two.
    expect(credit('One', '“One fighter likely died,” spokesman Ann Doyle told reporters on Tuesday, according to NBC News.')).toBe('Ann Doyle');
    expect(credit('One', 'One fighter likely died, Ann Doyle said in a statement, according to NBC News.')).toBe('Ann Doyle');
  });

  it('credits whom an outlet cites, a speaker after a time phrase, and no one for a participle used as an adjective', () => {
    expect(credit('17', 'Western media, citing the Syrian Observatory for Human Rights, claimed that 17 fighters had been killed.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('22', 'Foreign media, quoting the Syrian Observatory for Human Rights, later reported a toll of 22.')).toBe('the Syrian Observatory for Human Rights');
    expect(credit('10', 'Hours later Tasnim, a semiofficial news agency, reported that gunmen had fired 10 rockets at a base.')).toBe('Tasnim');
    expect(credit('one', 'John Kirby said on Monday that last week’s American airstrike on alleged militia facilities left one fighter dead.')).toBe('John Kirby');
  });

  it('leaves a wire dateline out of the speaker: "BAGHDAD (Reuters) - An Iraqi militia official said"', () => {
    expect(credit('four', 'BAGHDAD (Reuters) - An Iraqi militia official said on Friday that the strikes wounded four others.')).toBe('an Iraqi militia official');
  });

  it('keeps a relative clause that describes its speaker, and gives a participle its clause\'s subject', () => {
    expect(credit('at least 22', 'Militia officials said one man died, while a monitoring group that tracks the war reported at least 22 deaths.')).toBe(
      'a monitoring group that tracks the war',
    );
    expect(credit('17', 'The Syrian Observatory for Human Rights, a monitor with a network of contacts inside Syria, gave a higher figure, reporting that 17 fighters died.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it('takes the speaker of a relative clause without "that": "in an attack a monitoring group says killed 22"', () => {
    expect(credit('22', 'Washington called it a warning, in an attack a monitoring group says killed 22 fighters.')).toBe('a monitoring group');
    // One of two frames before the figure: the one nearest it speaks ("one of the groups the Pentagon said used the site").
    expect(credit('one', 'An official with Kataib Hezbollah, one of the groups the Pentagon said used the site, told reporters that one fighter was killed.')).toBe(
      'a Kataib Hezbollah official',
    );
  });

  it('gives each "according to" of a clause the stretch it credits: a joined clause it opens, or its end of a span', () => {
    const span = marksOf('Tolls of the dead run from one, according to Kataib Hezbollah, to 22, according to the Syrian Observatory for Human Rights.');
    expect([figure(span, 'one').attribution, figure(span, 'one').fact]).toEqual(['Kataib Hezbollah', 'strike.killed']);
    expect([figure(span, '22').attribution, figure(span, '22').fact]).toEqual(['the Syrian Observatory for Human Rights', 'strike.killed']);
    const leading = marksOf('According to the Syrian Observatory for Human Rights, 22 died, and according to Kataib Hezbollah, only one fighter was killed.');
    expect(figure(leading, '22').attribution).toBe('the Syrian Observatory for Human Rights');
    expect(figure(leading, 'one').attribution).toBe('Kataib Hezbollah');
    const joined = marksOf('The Syrian Observatory for Human Rights said 22 died, and according to the militia, only one fighter was killed.');
    expect(figure(joined, '22').attribution).toBe('the Syrian Observatory for Human Rights');
    // One "according to" closing its clause still credits all of it.
    expect(credit('22', 'The strike killed 22 people and destroyed three trucks, according to the Syrian Observatory for Human Rights.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it('takes no clause for a speaker: a phrase holding "said", or a relative clause ending on its verb', () => {
    const monitor = '“Three trucks went up in flames,” Observatory chief Rami Abdel Rahman told AFP.';
    expect(credit('17', monitor, 'He said his initial tally put the dead at 17, all of them fighters.')).toBe('Observatory chief Rami Abdel Rahman');
    expect(credit('one', 'A statement put out on a messaging channel that these militias use says one person was killed.')).toBeNull();
    expect(credit('one', 'A channel the militias run says one person was killed, the group’s officials said.')).toBe('Kataib Hezbollah officials');
  });

  it('reads a count credited by its owner ("By the count of X", "By X’s count", "the toll given by X is", "put the new toll at")', () => {
    const sohr = 'the Syrian Observatory for Human Rights';
    expect(credit('22', 'By the count of the Syrian Observatory for Human Rights, 22 militiamen died in the strike.')).toBe(sohr);
    expect(credit('22', 'The Syrian Observatory for Human Rights reported the strike.', 'By the Observatory’s count, 22 militiamen died.')).toBe(sohr);
    expect(credit('22', 'The new toll given by the Syrian Observatory for Human Rights is 22 dead, all of them fighters.')).toBe(sohr);
    expect(credit('22', 'The Syrian Observatory for Human Rights put the new toll at 22 dead.')).toBe(sohr);
  });

  it('gives a participle the described speaker its sentence opens with', () => {
    expect(credit('six', 'An Iraqi official gave a different account, saying six fighters had been killed.')).toBe('an Iraqi official');
  });

  it('credits "sources … suggest", "other reports say", and a speaker closing a sentence of several clauses', () => {
    expect(credit('at least 22', 'Nobody has an official toll, although sources on the ground suggest that at least 22 people may have been killed.')).toBe(
      'sources on the ground',
    );
    expect(credit('as many as 22', 'The Pentagon said one militia member was killed, other reports say as many as 22 were killed.')).toBe('other reports');
    // A count after ", and" with no verb of its own shares the one before, and a closing "according to" sources it.
    const shared = marksOf('A wire report said at least one militia fighter was killed, and perhaps more than 17 people, according to unconfirmed local reports.');
    expect(figure(shared, 'more than 17').fact).toBe('strike.killed');
    expect(figure(shared, 'more than 17').attribution).toBe('unconfirmed local reports');
    // "according to X" set off by dashes inside a relative clause credits that clause alone.
    expect(credit('one', 'The jets hit a depot that — according to the ministry — belonged to the militia, and a militia official said one fighter was killed.')).toBe('a militia official');
    // A verb inside a hyphened word, and "repeated" describing a noun, are no verbs of saying; "the U.S." keeps its dot.
    expect(credit('three', 'Well-documented open data lists three rocket attacks on the depots in May.')).toBeNull();
    expect(credit('nine', 'Since May the depots have seen nine raids, repeated shelling of the harbour and sniper fire.')).toBeNull();
    expect(credit('a handful of', 'According to the U.S., the strikes killed a handful of militants.')).toBe('the U.S.');
    // "repeated that" is still saying.
    expect(credit('22', 'The Syrian Observatory would not comment further, but repeated that 22 fighters were killed.')).toBe('the Syrian Observatory for Human Rights');
    // What figures "show" is their owner's account.
    expect(credit('at least 19', 'Pentagon figures show at least 19 attacks on the depots since May.')).toBe('the Pentagon');
    // What reports "found", and a speaker closing a quotation "at a news conference with reporters".
    expect(credit('one', 'The latest reports from the Daily Courier found that one militia fighter was killed in the raid.')).toBe('the Daily Courier');
    expect(credit('one', '"We believe one guard was killed," the harbour spokesman said at a news conference with reporters.')).toBe('the harbour spokesman');
    // A speaker "quoted as saying" by an outlet, or closing a quotation "in a note", says it.
    expect(credit('Two', '"Two jets struck the depots," the harbour spokesman was quoted as saying by the Daily Courier.')).toBe('the harbour spokesman');
    expect(credit('21', '"In all, 21 guards suffered minor injuries," the harbour spokesman said in a note.')).toBe('the harbour spokesman');
    // "speaks of", "put the number between": a toll given; "So far" and "a preliminary toll" are no one.
    expect(credit('at least 17', 'A monitor and local sources give a toll of at least 17.')).toBe('a monitor and local sources');
    expect(credit('Friday', 'The monitor did not give a toll on Friday.')).toBeNull();
    expect(credit('at least 22', 'The Syrian Observatory for Human Rights speaks of at least 22 fighters killed.')).toBe('the Syrian Observatory for Human Rights');
    expect(credit('17', 'The militia reported only one death, and other sources put the number between 17 and 22.')).toBe('other sources');
    expect(credit('Thursday night', 'So far the United States has confirmed only that the raid took place on Thursday night.')).toBe('the United States');
    expect(credit('At least 17', '"At least 17 fighters perished according to a preliminary toll," the monitor’s director told AFP.')).toBe('the monitor’s director');
    // Two words before "reports" name them as well as one.
    expect(credit('more than 17', 'A further wire report said one fighter died, and unconfirmed local reports suggested possibly more than 17 people were killed.')).toBe(
      'unconfirmed local reports',
    );
    expect(credit('Two', 'Two fighters were hurt, and all have returned to duty, though several are still watched, officials said.')).toBe('officials');
    // A clause that credits its own speaker keeps it.
    expect(credit('one', 'Kataib Hezbollah said one fighter died, while 22 were killed, officials said.')).toBe('Kataib Hezbollah');
  });

  it('finds the speaker past a dateline, an adverb, a relative clause, "reports citing" and "cited … as saying"', () => {
    expect(credit('at least 22', 'DAMASCUS, Feb. 26 (Xinhua) -- A war monitor said the strikes killed at least 22 fighters.')).toBe('a war monitor');
    expect(credit('at least 17', 'Local sources likewise told Reuters that at least 17 people had died.')).toBe('local sources');
    expect(credit('no fewer than 17', 'Local sources are reporting no fewer than 17 deaths among the fighters.')).toBe('local sources');
    expect(credit('one of its', 'The militant group to which he belonged said that one of its militiamen died in the strike.')).toBe('the militant group');
    expect(credit('At least one', 'At least one fighter was killed, according to reports citing an Iraqi militia official.')).toBe('an Iraqi militia official');
    expect(credit('22', 'The Associated Press cited the Syrian Observatory for Human Rights as saying 22 fighters were killed.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('22', 'Reuters reported at least 17 dead, while the AP quoted the Syrian Observatory for Human Rights as saying 22 fighters were killed.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('at least 17', "The agency quoted the monitor's head, Rami Abdul Rahman, as saying that at least 17 guards were killed.")).toBe('Rami Abdul Rahman');
    // An outlet that passes a source's words on ("Reuters, citing X, said") is not their speaker; "Citing X, Reuters said" keeps Reuters.
    expect(credit('one', 'Reuters, citing an Iraqi militia official with close ties to Iran, said the strike killed one fighter.')).toBe(
      'an Iraqi militia official',
    );
    expect(credit('17', 'Citing local sources, Reuters said 17 were killed.')).toBe('Reuters');
    expect(credit('one', 'AP reported, citing a militia commander in Iraq, that one of the group’s fighters died in the raid.')).toBe('a militia commander');
    // Reports that cite someone pass on their words.
    expect(credit('at least one', 'Reports citing an Iraqi militia commander said at least one fighter died.')).toBe('an Iraqi militia commander');
    // A raid that "claimed the life of" someone caused a death; it said nothing.
    expect(credit('one', 'The American air raid on positions of the resistance forces that fight terrorist groups near the Iraqi-Syrian border has claimed the life of one person and left four others wounded, Press TV reported.')).toBe('Press TV');
    // A relative pronoun that says stands for the name before it, past an appositive.
    expect(credit('at least 22', 'That clashes with the count given by the Syrian Observatory for Human Rights, a monitor based in Britain, which said at least 22 died.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('Twenty-two', 'Twenty-two died, according to a new count documented by the Syrian Observatory for Human Rights.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it('prefers the speaker to the one it cites', () => {
    expect(credit('At least 22', 'At least 22 people died in the strike, the Syrian Observatory for Human Rights said, citing its activists.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
  });

  it('skips appositives to reach the speaker', () => {
    expect(credit('two', 'John Kirby, a spokesman for the Pentagon, said two F-15E jets took part.')).toBe('John Kirby');
    expect(
      credit(
        'one',
        'An official with one of the militias, speaking on condition of anonymity, said one fighter was killed in the strike.',
      ),
    ).toBe('a militia official');
  });

  it('reads the author of a statement', () => {
    expect(credit('one', 'In a statement, Kataib Hezbollah said one of its fighters was killed in the strike.')).toBe('Kataib Hezbollah');
  });

  it('reads names with "and" inside, counted speakers after "according to", and a speaker before ", however,"', () => {
    expect(credit('22', 'In a statement, the Foreign and Expatriates Ministry said US warplanes killed 22 people.')).toBe('the Foreign and Expatriates Ministry');
    expect(credit('around 6', 'According to two officials, the raid, carried out at around 6 p.m. ET, hit a crossing.')).toBe('two officials');
    expect(credit('17', 'State television and the Syrian Observatory for Human Rights, a monitor based in Britain, however, reported that 17 fighters had been killed.')).toBe(
      'state television and the Syrian Observatory for Human Rights',
    );
    expect(credit('22', 'The Syrian Observatory, however, said 22 fighters were killed.')).toBe('the Syrian Observatory for Human Rights');
    // The adverb's closing comma is often left out: "…, a monitor based in Britain, however reported".
    expect(credit('17', 'The Syrian Observatory for Human Rights, a monitor based in Britain, however reported that 17 fighters had died.')).toBe('the Syrian Observatory for Human Rights');
  });

  it('reads a pronoun inside a relative clause as its own sentence’s, not the last speaker', () => {
    const marks = marksOf('A monitoring group says the raid may have killed at least 20 people.', 'On Friday the US hit a site used by two militias which, it claimed, were behind the Feb. 15 attack.');
    expect(figure(marks, 'Feb. 15').attribution).toBeNull();
    expect(credit('two', 'The Pentagon said the raid hit depots that it said were used by two militias.')).toBe('the Pentagon');
  });

  it('credits a relative clause to its own speaker before the sentence’s "according to", and a toll "put at"', () => {
    expect(credit('22', 'According to the Pentagon, the raid, which a war monitoring group said killed 22 militia members, answered rocket attacks.')).toBe(
      'a war monitoring group',
    );
    expect(credit('17', 'State broadcaster IRIB reportedly put the number of "resistance" fighters killed at 17.')).toBe('state broadcaster IRIB');
  });

  it('credits a verb joined by "and" to the sentence’s subject: "Kirby called it X and said…"', () => {
    expect(credit('two', 'Pentagon spokesman John Kirby called the raid "proportionate" and said two F-15E jets took part.')).toBe('John Kirby');
    // Or by "but": "Kirby did not mention casualties but said nine buildings were destroyed".
    expect(credit('nine', 'Pentagon spokesman John Kirby did not mention any casualties but said nine buildings were destroyed.')).toBe('John Kirby');
  });

  it('credits a statement page’s figures to its author, unless its words credit someone else', () => {
    const page = (title: string) =>
      annotate(
        extractFromPlainText(
          [
            title,
            'At President Biden’s direction, U.S. military forces on Thursday, Feb. 25, 2021, conducted airstrikes against infrastructure used by Iranian-backed militant groups in eastern Syria.',
            'The strikes destroyed multiple facilities, while the militia said one fighter was killed.',
          ].join('\n\n'),
        ),
      ).marks;
    const statement = page('Statement by Pentagon Press Secretary John Kirby on U.S. Airstrikes in Eastern Syria');
    expect(statement.find((m) => m.text === 'multiple')?.attribution).toBe('John Kirby');
    expect(statement.find((m) => m.text === 'one')?.attribution).toBe('the militia');
    expect(page('Pentagon Press Secretary John Kirby on U.S. Airstrikes in Eastern Syria').find((m) => m.text === 'multiple')?.attribution).toBeNull();
  });

  it('reads a title-case headline’s capitalised verb: "Sources Say at Least 17 Killed"', () => {
    const marks = annotate(extractFromPlainText(['Monitor Says At Least 17 Killed In Syria Raid', LEAD].join('\n\n'))).marks;
    expect(marks.find((m) => m.text.startsWith('At Least 17'))?.attribution).toBe('monitor');
    // In running text a capital opens a name, not a verb: "Says" there is no one's saying.
    expect(credit('17', 'The film Says Who showed 17 people.')).toBeNull();
  });

  it('leaves a conjunction opening the sentence out of the speaker: "Yet a monitoring group says"', () => {
    expect(credit('at least', 'Yet a monitoring group says the raid may have killed at least 20 people.')).toBe('a monitoring group');
    expect(credit('at least', 'A monitoring organisation, however, says the raid may have killed at least 20 people.')).toBe('a monitoring organisation');
  });

  it('credits a body named for its leader to the body, not the leader: "the Biden administration said"', () => {
    expect(credit('two', 'The Biden administration said two F-15E jets took part.')).toBe('the Biden administration');
    expect(credit('two', 'Biden said two F-15E jets took part.')).toBe('Joe Biden');
  });

  it('names known speakers as the reference does', () => {
    expect(credit('two', 'Pentagon spokesperson Jon Kirby said two F-15E jets took part.')).toBe('John Kirby');
    expect(credit('two', 'The Department of Defense said two F-15E jets took part.')).toBe('the Pentagon');
    expect(credit('one', 'An official of the group said one of its fighters was killed.')).toBe('a Kataib Hezbollah official');
  });

  it('carries the speaker into the next sentence by a pronoun or a description, and no further', () => {
    const marks = marksOf(
      'The Syrian Observatory for Human Rights said 22 people were killed in the strike. It added that the jets destroyed 3 buildings.',
      'The Observatory later said 23 fighters were killed in the strike.',
    );
    expect(figure(marks, '3').attribution).toBe('the Syrian Observatory for Human Rights');
    expect(figure(marks, '23').attribution).toBe('the Syrian Observatory for Human Rights');
  });

  it('reads a pronoun inside a sentence as its own speaker, and a clause that opens on its verb as the subject’s', () => {
    expect(credit('February 15', 'In a statement, Defense Secretary Lloyd Austin tied the raid to attacks he said began on February 15.')).toBe(
      'Lloyd Austin',
    );
    expect(credit('3', 'Kirby gave no toll, but repeated that the jets had destroyed 3 buildings.')).toBe('John Kirby');
    expect(credit('at least 12', 'The Pentagon counts at least 12 rocket attacks on U.S. bases this year.')).toBe('the Pentagon');
  });

  it('reads a toll someone puts at a number, joined speakers, and a described name', () => {
    expect(credit('19', 'The Syrian Observatory for Human Rights, which has activists in the area, put the death toll at 19.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    const put = figure(marksOf('A Syrian radio station, Sham FM, reportedly put the number of dead at 19.'), '19');
    expect(put).toMatchObject({ fact: 'strike.killed', attribution: 'a Syrian radio station, Sham FM' });
    expect(credit('17', 'The state broadcaster Sham FM was reported to have put the number of fighters killed at 17.')).toBe('Sham FM');
    expect(credit('17', 'Sham FM put the number of ‘resistance fighters’ killed in the attacks at 17.')).toBe('Sham FM');
    // "the number of militia members killed", past an appositive.
    expect(credit('17', 'The Syrian Observatory for Human Rights, a war monitor based in Britain, put the number of militia members killed at 17.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    // However the dead are named, in up to four words: "militiamen", "Iranian-backed militia members".
    expect(credit('22', 'The Syrian Observatory for Human Rights put the number of militiamen killed at 22 or more.')).toBe('the Syrian Observatory for Human Rights');
    expect(credit('22', 'The monitor put the number of Iranian-backed militia members killed at 22.')).toBe('the monitor');
    // "claimed more than a dozen strikes": a deed owned; what the strikes did is not the claimants' words.
    expect(credit('24', 'Militia groups claimed more than a dozen small-scale strikes on bases, which wounded 24 American soldiers.')).toBeNull();
    expect(credit('24', 'Militia groups claimed earlier this week to be behind more than a dozen small-scale strikes on bases, which wounded 24 American soldiers.')).toBeNull();
    expect(credit('22', 'The monitor claimed that the strikes killed 22 fighters.')).toBe('the monitor');
    // "put out a statement saying": the statement's author, not "put out a statement".
    expect(credit('nine', 'The Pentagon’s press secretary, John Kirby, put out a statement saying nine facilities were destroyed.')).toBe('John Kirby');
    expect(credit('one of its fighters', 'The militia that was hit, Kataeb Hezbollah, put out a statement of its own saying one of its fighters died.')).toBe('Kataib Hezbollah');
    // A militia's own words: "one of our fighters", credited to whoever speaks them.
    expect(credit('One of our men', '“One of our men was killed,” a Kataib Hezbollah commander told the agency.')).toBe('a Kataib Hezbollah commander');
    expect(figure(marksOf('A spokesman for Kataib Hezbollah said that “one of our fighters died” in the raid.'), 'one of our fighters').fact).toBe('strike.killed');
    // "…, saying 17": the participle's subject is its clause's, not the appositive before it.
    expect(
      credit('17', 'Syrian state television and the Syrian Observatory for Human Rights, a war monitor based in Britain, gave a much higher figure, saying 17 fighters were killed.'),
    ).toBe('Syrian state television and the Syrian Observatory for Human Rights');
    expect(credit('at least 19', 'Two residents and one local doctor also told the BBC that at least 19 people died in the strike.')).toBe(
      'two residents and one local doctor',
    );
    expect(credit('more than 12', 'The Syrian Observatory for Human Rights (SOHR), a non-governmental organisation, said more than 12 fighters were killed.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('At least 17', 'At least 17 people were killed, local sources in eastern Syria and a medical source told Reuters.')).toBe(
      'local sources in eastern Syria and a medical source',
    );
  });

  it('keeps two joined credits as written', () => {
    expect(credit('19', 'Syrian state media and the Syrian Observatory for Human Rights, which counts through activists, gave a higher toll: 19 dead.')).toBe(
      'Syrian state media and the Syrian Observatory for Human Rights',
    );
  });

  it('reads a titled name past its abbreviations', () => {
    expect(credit('F-15E', 'Two F-15E jets took part, according to Pentagon press secretary Brig. Gen. Pat Ryder.')).toBe('Pat Ryder');
  });

  it('gives each clause of a sentence its own speaker', () => {
    const marks = marksOf('The Observatory said 22 people were killed in the strike, while a militia official said one fighter died.');
    expect(figure(marks, 'one').attribution).toBe('a militia official');
    expect(figure(marks, '22').attribution).not.toBe('a militia official');
  });
});

describe('a transcript', () => {
  it('credits each turn’s speaker with the figures no sentence credits, and questions and datelines with nothing', () => {
    const marks = marksOf(
      'Q: How many people were killed in Thursday’s strike, and how many buildings were hit?',
      'MR. KIRBY: We believe nine facilities were destroyed.',
      'And we think two more were partially destroyed.',
      'Q: One more on the toll: do you have a number?',
      'PRESS SECRETARY JOHN F. KIRBY: Not yet, but the Syrian Observatory for Human Rights said 22 were killed.',
    );
    expect(figure(marks, 'nine').attribution).toBe('Kirby');
    // A turn runs on over its paragraphs until the next label.
    expect(figure(marks, 'two').attribution).toBe('Kirby');
    expect(figure(marks, '22').attribution).toBe('the Syrian Observatory for Human Rights');
    // A dateline is no speaker.
    expect(credit('17', 'BAGHDAD: The strike killed 17 fighters.')).toBeNull();
  });

  it('reads a transcription service’s time-stamped turns, and bare full names on a page of several turns', () => {
    const timed = marksOf(
      'Reporter 1: (02:40) How many buildings did the jets hit?',
      'John F. Kirby: (03:02) Two F-15E jets released seven munitions, and nine facilities were destroyed.',
    );
    expect(figure(timed, 'nine').attribution).toBe('John F. Kirby');
    // A numbered questioner is no speaker to credit.
    const asked = marksOf('John F. Kirby: (03:02) Nine facilities were destroyed.', 'Speaker 1: (03:58) Was it the group behind the Feb. 15 attack on Erbil?');
    expect(figure(asked, 'Feb. 15').attribution).toBeNull();
    const caps = marksOf(
      'JOHN KIRBY: Good afternoon, everybody.',
      'REPORTER: What was hit?',
      'JOHN KIRBY: Nine facilities were destroyed.',
    );
    expect(figure(caps, 'Nine').attribution).toBe('John Kirby');
    // One turn alone, labelled with a known person's name: an excerpt of a briefing. Not a headline that names him.
    expect(credit('Nine', 'JOHN KIRBY: Nine facilities were destroyed.')).toBe('John Kirby');
    expect(credit('Nine', 'BIDEN’S FIRST STRIKE: Nine facilities were destroyed.')).toBeNull();
    // A page's own labels are nobody.
    const live = marksOf('BREAKING NEWS: Jets struck the border crossing.', 'KEY EVENTS: Nine facilities were destroyed.', 'BREAKING NEWS: More soon.');
    expect(figure(live, 'Nine').attribution).toBeNull();
  });
});

describe('no one', () => {
  it('credits nobody with what "no group" is said to have claimed', () => {
    expect(credit('one', 'It followed a rocket barrage in Erbil that no group has claimed killed one contractor.')).toBeNull();
  });
});

describe('a post named again', () => {
  it('reads "the press secretary" as the person last titled so, not the last speaker', () => {
    const marks = marksOf(
      'Pentagon Press Secretary John Kirby announced the strike on Thursday night.',
      'Defense Secretary Lloyd Austin said he was confident in the target.',
      'The press secretary said the strikes destroyed multiple facilities.',
    );
    expect(figure(marks, 'multiple').attribution).toBe('John Kirby');
    // With no one titled so before, or two (the Pentagon's and the White House's), the post as written.
    expect(credit('multiple', 'Defense Secretary Lloyd Austin spoke first.', 'The press secretary said the strikes destroyed multiple facilities.')).toBe('the press secretary');
    expect(
      credit('multiple', 'Pentagon Press Secretary John Kirby spoke first.', 'White House Press Secretary Jen Psaki spoke next.', 'The press secretary said the strikes destroyed multiple facilities.'),
    ).toBe('the press secretary');
  });
});

describe('a speaker who says nothing', () => {
  it('vouches for nothing before the verb', () => {
    expect(credit('Thursday', 'Whether Thursday’s attack caused any casualties, Kirby did not say.')).toBeNull();
    expect(credit('Thursday', 'Whether Thursday’s attack caused any casualties, Kirby didn’t say.')).toBeNull();
  });
});

describe('listeners told', () => {
  it('are no speakers: "said lawmakers were told" credits the one who said', () => {
    const paragraph = 'John Kirby, the chief spokesman, said lawmakers were told ahead of the strikes, in which two F-15E jets dropped seven bombs.';
    expect(credit('seven', paragraph)).toBe('John Kirby');
    expect(credit('seven', 'Lawmakers were told that the jets dropped seven bombs.')).toBeNull();
  });
});

describe('a deed claimed', () => {
  it('credits the speaker after a closing quote, not the quote’s last words', () => {
    expect(
      credit('at least 17', '"Early signs are that at least 17 fighters were killed, all members of the militias," said the monitor’s director, Rami Abdul Rahman.'),
    ).toBe('the monitor’s director');
  });

  it('credits a speaker who closes the sentence with a bracketed aside after the outlet told', () => {
    expect(credit('one', 'The strike killed one militiaman, an Iraqi militia official told The Associated Press on Friday (Feb. 26).')).toBe('an Iraqi militia official');
  });

  it('credits the source an account is from: "A different account, from an Iraqi militia official cited by Reuters, said"', () => {
    expect(credit('one', 'A different account, from an Iraqi militia official cited by Reuters, said the raid killed one fighter.')).toBe('an Iraqi militia official');
    expect(credit('one', 'A different account, widely shared online, said the raid killed one fighter.')).toBeNull();
  });

  it('reads "gave a similar account of the airstrike:" as a toll given', () => {
    expect(credit('one', 'An Iraqi militia official gave a similar account of the airstrike: one fighter killed and four others wounded.')).toBe('an Iraqi militia official');
  });

  it('credits a monitor described, not the militia official who spoke before it', () => {
    expect(
      credit('at least 17', 'A militia official said one fighter died.', 'But the UK-based monitoring group told AFP that the attack had killed at least 17 fighters.'),
    ).toBe('the UK-based monitoring group');
    // A monitor named just before, in words no frame reads, is the one described.
    expect(
      credit('17', 'Kirby gave no number of victims. The figure came from the Syrian Observatory for Human Rights: the UK-based group said 17 people were killed.'),
    ).toBe('the Syrian Observatory for Human Rights');
  });

  it('credits no one with how a count was made: "according to a preliminary assessment"', () => {
    expect(credit('At least 17', '"At least 17 fighters died according to a preliminary assessment," said the monitor’s director, Rami Abdel Rahman.')).toBe(
      'the monitor’s director',
    );
  });

  it('credits who "puts the number of dead fighters at" a toll', () => {
    expect(credit('22', 'The Pentagon said one fighter died, while a monitoring group based in London puts the number of dead fighters at 22.')).toBe(
      'a monitoring group based in London',
    );
  });

  it('reads "the statement goes on to say" as the statement, not a speaker named "the statement goes"', () => {
    expect(credit('multiple', 'The Pentagon issued a statement on the strike.', 'The statement goes on to say that the strikes destroyed multiple facilities.')).not.toMatch(/goes/);
  });

  it('credits "the statement" to a speaker only when the article named a statement or the sentence before spoke', () => {
    const spokeEarlier = [
      'On Tuesday a State Department spokesman said Washington would answer the attacks in its own time.',
      'The jets flew from a base in the region and returned safely.',
    ];
    expect(credit('multiple', ...spokeEarlier, 'According to the statement, the jets destroyed multiple buildings.')).toBeNull();
    expect(credit('multiple', 'The Pentagon said the raid answered the Erbil attack.', 'According to the statement, the jets destroyed multiple buildings.')).toBe(
      'the Pentagon',
    );
    expect(
      credit('multiple', 'The Pentagon said in a statement that the raid answered the Erbil attack.', ...spokeEarlier.slice(1), 'According to the statement, the jets destroyed multiple buildings.'),
    ).toBe('the Pentagon');
  });

  it('credits the speaker, not the words before "than previously reported"', () => {
    expect(credit('close to 50', 'The Pentagon said on Monday that more troops in Iraq and Syria were hurt than previously reported, with close to 50 wounded.')).toBe(
      'the Pentagon',
    );
    expect(credit('nine', 'The toll at the base was higher than reported at first: nine were wounded.')).toBeNull();
  });

  it('credits no one with the figures of an attack a group claimed responsibility for', () => {
    expect(credit('two', 'Militias claimed responsibility for rocket attacks on the Erbil base on Feb. 15, wounding two contractors.')).toBeNull();
  });
});

describe('a toll given', () => {
  it('credits a monitor that raised its count, or is now saying a figure', () => {
    expect(credit('22', 'The Syrian Observatory for Human Rights later raised its count to 22 militiamen killed.')).toBe('the Syrian Observatory for Human Rights');
    expect(credit('22', 'The Syrian Observatory for Human Rights is now saying 22 people were killed.')).toBe('the Syrian Observatory for Human Rights');
  });

  it('credits whoever put the number killed at a figure', () => {
    expect(credit('17', 'Iran’s state broadcaster IRIB reportedly put the number killed at 17.')).toBe('Iran’s state broadcaster IRIB');
    expect(credit('one', 'Militia officials put the dead at one person, but a monitor counted more.')).toBe('militia officials');
    expect(credit('22', 'The monitor now puts the dead at 22 fighters.')).toBe('the monitor');
  });

  it('credits whoever gave an outlet a count: "gave AFP a different count", "gave Reuters a count of one"', () => {
    expect(credit('a single', 'A militia official gave AFP a different count: a single fighter killed.')).toBe('a militia official');
    expect(credit('one', 'An Iraqi militia official gave Reuters a count of one fighter killed.')).toBe('an Iraqi militia official');
  });
});

describe('where a speaker’s words end', () => {
  it('leaves the time of speaking and the verb’s helpers out of the speaker', () => {
    expect(credit('17', 'Later in the day a senior military official said 17 fighters had been killed.')).toBe('a senior military official');
    expect(credit('17', 'A monitor said 17 were killed. The official declined to say whether 17 was right.', )).not.toMatch(/declined/);
  });

  it('credits a relative clause’s speaker with the clause only', () => {
    const paragraph = 'A monitoring group says the air strike near the border, which Washington says hit militia sites, has killed 22 militants.';
    expect(credit('22', paragraph)).toBe('a monitoring group');
    // A relative clause with no comma before it ends at its own comma too: what follows it is the writer's.
    expect(credit('at least 22', 'Biden ordered strikes on sites that the Pentagon said belonged to militias, killing at least 22 people.')).toBeNull();
    expect(credit('22', 'Biden ordered strikes on sites that the monitor said had housed 22 fighters, all of whom were killed.')).toBe('the monitor');
    // The US's deed set after a report is the writer's setting, not what the speaker reported.
    expect(credit('two', 'State media reported a new attack on a base near the border, hours after US warplanes struck two depots.')).toBeNull();
    expect(credit('two', 'State media reported that US warplanes struck two depots.')).toBe('state media');
    // Or at the sentence's main verb: what the sentence's own credit vouches for.
    const main = 'The raid on a depot near the border that Paris says belonged to smugglers killed one guard and injured two others, according to police chief Ann Doyle.';
    expect(credit('one', main)).toBe('police chief Ann Doyle');
    expect(credit('two', main)).toBe('police chief Ann Doyle');
    // A perfect tense is the main verb too; the clause's own verb keeps its auxiliaries.
    const perfect = 'A raid on a depot that Paris says smugglers use has killed 22 guards, according to police chief Ann Doyle.';
    expect(credit('22', perfect)).toBe('police chief Ann Doyle');
    expect(credit('22', 'The raid hit a depot, which a harbour monitor says has killed 22 guards, and burned trucks.')).toBe('a harbour monitor');
  });

  it('reads a name that only qualifies the speaker as no speaker: "the IRGC-affiliated Tasnim news agency"', () => {
    expect(credit('22', 'The IRGC-affiliated Tasnim news agency said 22 fighters were killed.')).toBe('the IRGC-affiliated Tasnim news agency');
    expect(credit('22', 'The Iran-backed Kataib Hezbollah said 22 fighters were killed.')).toBe('Kataib Hezbollah');
    // A body's media speak, not the body.
    expect(credit('22', 'Kataib Hezbollah media said 22 fighters were killed.')).toBe('Kataib Hezbollah media');
  });

  it('reads a speaker in scare quotes: while a “war monitor” put the number at 22', () => {
    expect(credit('22', 'Militia officials gave one dead, while a “war monitor” put the number of fatalities at 22.')).toBe('a war monitor');
  });

  it('leaves the writer’s gloss after a quotation to no one: ", a reference to the Feb. 15 attack that killed one"', () => {
    expect(credit('one', 'The minister added, "We know who lit the fire," a reference to the Feb. 15 blaze that killed one guard.')).toBeNull();
    expect(credit('one', '"We know who lit the fire," the minister said, in reference to the Feb. 15 blaze that killed one guard.')).toBeNull();
    expect(credit('one', 'The minister said the depot was used by "the same men who lit the fire," meaning the Feb. 15 blaze that killed one guard.')).toBeNull();
    expect(credit('one', 'The minister said the depot was used by "the same men who lit the fire" — a reference to the Feb. 15 blaze that killed one guard.')).toBeNull();
    expect(credit('one', 'The minister said the Feb. 15 blaze killed one guard.')).toBe('the minister');
    // A month after "said" is no one either.
    expect(credit('one', 'The mayor said the Feb. 15 blaze killed one guard.')).toBeNull();
  });

  it('goes on with what was said across ", but that"', () => {
    expect(credit('21', 'In a statement, the minister said the raids had mostly failed, but that 21 guards were hurt.')).toBe('the minister');
    expect(credit('21', 'The minister said the raids had mostly failed, but 21 guards were hurt, the police said.')).toBe('the police');
  });

  it('goes on from an opening credit across ", while", not across ", but"', () => {
    expect(credit('21', 'According to the Pentagon, one contractor died while sheltering, while 21 service members suffered minor injuries.')).toBe('the Pentagon');
    expect(credit('22', 'According to the militia, one fighter was killed, but 22 bodies were found.')).toBeNull();
    expect(credit('one', 'The Pentagon said 21 service members suffered minor injuries in the attacks on US forces, while one contractor died of a heart attack.')).toBe('the Pentagon');
    // Not to a clause that names another source, in words no credit reads.
    expect(credit('22', 'Kataib Hezbollah said one fighter died in the strike, while a monitoring group’s own toll of those killed was 22.')).toBeNull();
  });
});

describe('what is not a speaker', () => {
  it('reads "it says" after a statement put out as the statement’s author, and "losing one fighter" as a toll', () => {
    expect(credit('one', 'The militias themselves put out a statement on one of their channels, and it says one person was killed.')).toBe('the militias');
    expect(figure(marksOf('Kataib Hezbollah, for its part, admitted to losing one fighter.'), 'one').fact).toBe('strike.killed');
    // Not a game lost.
    expect(figure(marksOf('The home team lost two games that week.'), 'two').fact).toBeNull();
  });

  it('reads "put the group’s losses at" as a toll given', () => {
    expect(credit('one', 'An official with Kataib Hezbollah put the group’s losses at one fighter killed.')).toBe('a Kataib Hezbollah official');
  });

  it('reads a closing speaker past "at a Monday news conference"', () => {
    expect(credit('one', '"There was likely one militia member killed," the minister said at a Monday news conference.')).toBe('the minister');
  });

  it('reads a closing speaker past "during a background briefing at the Pentagon"', () => {
    expect(credit('two', 'Jets hit two depots near Al Bukamal, a senior defense official told reporters during a background briefing at the Pentagon.')).toBe(
      'a senior defense official',
    );
  });

  it('keeps a passive relative clause that describes the speaker: "The militia that was targeted said"', () => {
    expect(credit('one of its members', 'The militia that was targeted said in a statement that one of its members died.')).toBe('the militia that was targeted');
  });

  it('credits each of two relative clauses to its own speaker: "which the Pentagon said … and which a war monitor said …"', () => {
    const text = 'The raids, which the Pentagon said hit a site used by two militia groups and which a war monitor said killed at least 22 people, drew criticism.';
    expect(credit('at least 22', text)).toBe('a war monitor');
    expect(credit('two', text)).toBe('the Pentagon');
  });

  it('reads "the group" as the monitor that spoke just before, else the militia last named', () => {
    const text = ['The Syrian Observatory for Human Rights has raised its count.', 'The group now says 22 fighters died.'];
    expect(credit('22', text.join(' '))).toBe('the Syrian Observatory for Human Rights');
    expect(credit('one', 'Kataib Hezbollah was hit. The group said one of its fighters died.')).toBe('Kataib Hezbollah');
    // "the militia" is the militia last named, never the monitor that spoke just before.
    expect(credit('one', 'A monitor said 22 fighters died; the militia says one.')).toBe('Kataib Hezbollah');
  });

  it('leaves out the words between a speaker and its verb: "first said", "keeps saying", "is saying"', () => {
    expect(credit('17', 'The Syrian Observatory for Human Rights first said 17 people had been killed.')).toBe('the Syrian Observatory for Human Rights');
    expect(credit('21', 'The Pentagon keeps saying 21 were hurt.')).toBe('the Pentagon');
    expect(credit('22', 'The Syrian Observatory for Human Rights is saying 22 people were killed.')).toBe('the Syrian Observatory for Human Rights');
    // "alleged" is a verb of saying; "the alleged attack" is no one's.
    expect(credit('22', 'The monitor alleged that 22 fighters were killed.')).toBe('the monitor');
    expect(credit('22', 'The alleged raid killed 22 fighters.')).toBeNull();
    // "Early reports put the toll at one": "reports" is no verb here, and "Early" no one: the early reports say it.
    expect(credit('one', 'Early reports put the toll at one person killed.')).toBe('Early reports');
    expect(credit('one', 'The first reports put the toll at one person killed.')).toBe('the first reports');
  });

  it('leaves the day of a statement out of the speaker', () => {
    expect(credit('F-15E', 'The Pentagon said on Friday that two F-15E jets took part.')).toBe('the Pentagon');
    expect(credit('F-15E', 'The Pentagon on Monday said two F-15E jets took part.')).toBe('the Pentagon');
  });

  it('does not take the subject of reported speech for its speaker', () => {
    expect(credit('2', 'The Pentagon said the strike killed 2 fighters.')).toBe('the Pentagon');
  });

  it('credits no one when the article credits no one', () => {
    expect(credit('22', '22 people were killed in the strike.')).toBeNull();
    expect(credit('22', '22 people were reported killed in the strike.')).toBeNull();
    expect(credit('F-15E', 'The United States used two F-15E jets.')).toBeNull();
  });

  it('does not carry a speaker into another sentence about another figure', () => {
    expect(credit('22', 'Kirby said two F-15E jets took part. 22 people were killed in the strike.')).toBeNull();
    // A pronoun with no speaker right before it stands for no one.
    expect(credit('22', 'The jets flew from the Gulf.', 'He said 22 people were killed in the strike.')).toBeNull();
  });

  it('does not credit a figure before a speaker that only opens a relative clause', () => {
    const marks = marksOf('The jets hit buildings on Thursday that officials said belonged to the militia.');
    expect(figure(marks, 'Thursday').attribution).toBeNull();
  });

  it('does not credit the narration about the listeners of "told"', () => {
    const marks = marksOf('Lloyd Austin told reporters who flew with him after Thursday night’s strike that two F-15E jets took part.');
    expect(figure(marks, 'Thursday').attribution).toBeNull();
    expect(figure(marks, 'F-15E').attribution).toBe('Lloyd Austin');
  });

  it('gives a headline’s bare speaker its article', () => {
    expect(credit('1', 'Iraqi militia official says strike in Syria killed 1, wounded others')).toBe('an Iraqi militia official');
  });

  it('takes no speaker from a passive "said to be"', () => {
    expect(credit('two', 'The jets hit two sites said to be used by Kataib Hezbollah, part of a wider campaign.')).toBeNull();
  });

  it('credits only the relative clause an "according to" sits in', () => {
    const marks = marksOf('On Thursday the jets hit buildings that, according to the Pentagon, held 3 rocket launchers.');
    expect(figure(marks, 'Thursday').attribution).toBeNull();
  });

  it('keeps a relative clause that says which officials, and drops a dateline', () => {
    expect(credit('two', 'U.S. officials who spoke with a local paper said two F-15E jets took part.')).toBe(
      'U.S. officials who spoke with a local paper',
    );
    expect(credit('two', 'BAGHDAD -- Local activists said two F-15E jets took part.')).toBe('local activists');
  });

  it('gives names no attribution', () => {
    const marks = marksOf('Kirby said two F-15E jets took part.');
    expect(marks.filter((m) => m.kind === 'name').every((m) => m.attribution === null)).toBe(true);
  });
});

describe('tolls relayed and described', () => {
  it('credits "one of its officials" to the group named before, as one official', () => {
    expect(credit('one', 'Kataib Hezbollah was silent, but one of its officials told a news agency that one fighter was killed.')).toBe(
      'a Kataib Hezbollah official',
    );
  });

  it('gives an "according to" that closes a relative clause set off by commas that clause alone', () => {
    const s = 'According to the ministry, the raid, which killed 22 guards according to a harbour monitor, destroyed nine depots.';
    expect(credit('22', s)).toBe('a harbour monitor');
    expect(credit('nine', s)).toBe('the ministry');
  });

  it('ends an "according to" speaker at the verb of the clause it runs into', () => {
    expect(credit('22', 'The Pentagon said the raid, which according to a war monitoring group killed 22 fighters, answered rocket attacks.')).toBe(
      'a war monitoring group',
    );
    expect(credit('one', 'According to the Pentagon it was a precise strike, after a rocket attack on Erbil killed one contractor.')).toBe('the Pentagon');
  });

  it('reads "report that" as a verb of saying, but not a noun after an outlet’s name', () => {
    expect(credit('at least 17', 'Local sources in the province report that the raids killed at least 17 people.')).toBe('local sources in the province');
    expect(credit('17', 'A Reuters report that 17 were killed was denied by the militia.')).toBeNull();
  });

  it('reads a belief or assessment stated "that" as the account that follows', () => {
    expect(credit('one', 'The ministry now believes that the raid on the depot killed one guard.')).toBe('the ministry');
    expect(credit('two', 'Army analysts assessed that two guards had died in the raid.')).toBe('Army analysts');
    // A belief held by no one named, or not stated as "that", is no credit.
    expect(credit('two', 'The raid is believed to have killed two guards.')).toBeNull();
    expect(credit('one', 'The ministry has concluded that the raid on the depot killed one guard.')).toBe('the ministry');
    expect(credit('a number of', 'Port officials believe a number of guards were killed in the raid.')).toBe('Port officials');
  });

  it('credits the owner of an estimate that puts the toll, past what the estimate is of', () => {
    expect(credit('one', "The ministry's first casualty estimate for last week's raid on the depot puts the toll at one guard dead.")).toBe(
      'the ministry',
    );
    expect(credit('22', "The monitor's count puts the toll at 22 guards dead.")).toBe('the monitor');
  });

  it('reads a speaker who "described" or "presented" a deed as something as giving the account that follows', () => {
    const before = 'Defense Secretary Lloyd Austin spoke on Friday.';
    expect(credit('22', before, 'He presented them as a reply to the raid on the depot, in which 22 guards were killed.')).toBe('Lloyd Austin');
    expect(credit('one', 'The ministry described the raids as a reply to an attack that killed one guard.')).toBe('the ministry');
    // Not a description of something else: "described her" is no account of the deed.
    expect(credit('22', 'The ministry described her as brave after the raid that killed 22 guards.')).toBeNull();
  });

  it('reads "early reports" as who says a figure', () => {
    expect(credit('one', 'Early reports said one guard was killed in the raid.')).toBe('Early reports');
    // And "the reports" the article has named.
    expect(credit('22', 'The reports also said that the raid killed 22 guards.')).toBe('the reports');
  });

  it('credits the speaker right after an opening "according to": "According to the AP, the Pentagon said…"', () => {
    expect(credit('one', 'According to the wire, the ministry said one guard was killed in the raid.')).toBe('the ministry');
    // Not a speaker further on, past the clause the "according to" credits.
    expect(credit('one', 'According to the wire, one guard was killed, and the ministry said the raid was unlawful.')).toBe('the wire');
  });

  it('credits a toll "given" to its givers, not to the outlet that relays them', () => {
    expect(credit('one', 'A broadcaster reports that militia officials gave one dead, while a war monitor reported 22.')).toBe('militia officials');
  });

  it('reads "the UK-based organisation" as the monitor when the monitor spoke last, else as written', () => {
    expect(credit('17', 'The Syrian Observatory for Human Rights counted the dead.', 'The UK-based organisation said 17 people were killed.')).toBe(
      'the Syrian Observatory for Human Rights',
    );
    expect(credit('17', 'John Kirby said the jets hit their targets.', 'The UK-based organisation said 17 people were killed.')).toBe('the UK-based organisation');
  });
});

describe('a pronoun after a sentence that credits no one', () => {
  it('stands for the name that sentence opens with', () => {
    expect(credit('21', 'John Kirby called the raid proportionate and defensive.', 'In the rocket attacks 21 contractors were hurt, he said.')).toBe('John Kirby');
    // No name opens it: no one.
    expect(credit('21', 'The raid was called proportionate and defensive.', 'In the rocket attacks 21 contractors were hurt, he said.')).toBeNull();
  });

  it('stands for the last speaker when that sentence opens with the speaker\'s surname', () => {
    const told = 'Attacks went on all week, Air Force Brig Gen Dale Marsh told reporters.';
    expect(credit('45', told, 'Marsh called them harassment.', 'He said 45 troops were hurt.')).toBe('Air Force Brig Gen Dale Marsh');
    expect(credit('45', told, 'Brig Gen Marsh called them harassment.', 'He said 45 troops were hurt.')).toBe('Air Force Brig Gen Dale Marsh');
    // Another surname is someone else, who is not known here.
    expect(credit('45', told, 'Brig Gen Miller called them harassment.', 'He said 45 troops were hurt.')).toBeNull();
  });

  it('stands for a described speaker that sentence opens with, past its dateline', () => {
    const said = 'He said the raid killed one of its fighters.';
    expect(credit('one of its fighters', 'CAIRO (AP) — A port official on Friday described the toll of the raid.', said)).toBe('a port official');
    expect(credit('one of its fighters', 'A spokesman for the Kataeb Hezbollah militia, also called the Hezbollah Brigades, gave its account.', said)).toBe(
      'a Kataib Hezbollah spokesman',
    );
    // A place is no speaker.
    expect(credit('one of its fighters', 'CAIRO (AP) — The raid came at night.', said)).toBeNull();
  });

  it('reads "He" after a sentence opening with the Pentagon’s 2023 spokesman as him', () => {
    const marks = annotate(extractFromPlainText(['US jets struck two facilities in eastern Syria on Thursday, Oct. 26, 2023, used by Iran’s Revolutionary Guard.', 'Air Force Brig. Gen. Pat Ryder gave details of the injuries. He said 21 U.S. personnel were hurt.'].join('\n\n'))).marks;
    expect(figure(marks, '21').attribution).toBe('Pat Ryder');
  });

  it('credits harm "the attacks" caused to the speaker who just counted them', () => {
    const counted = 'US forces were attacked 12 times in Iraq and four times in Syria, the Pentagon said.';
    expect(credit('21', `${counted} The attacks led to the death of a contractor, and 21 U.S. personnel suffered minor injuries.`)).toBe('the Pentagon');
    // Not after a sentence in the writer's own voice.
    expect(credit('21', 'US forces were attacked 12 times in Iraq and four times in Syria. The attacks left 21 U.S. personnel with minor injuries.')).toBeNull();
  });

  it('carries a speaker closing a clause past a semicolon, into clauses that credit no one', () => {
    const said = 'US forces were attacked at least 12 times in Iraq and four times in Syria, the Pentagon said;';
    expect(credit('21', `${said} a contractor died while sheltering, and 21 U.S. personnel suffered minor injuries.`)).toBe('the Pentagon');
    // Not into a clause with its own speaker or another source, nor from a credit that opens its clause.
    expect(credit('21', `${said} militia officials said 21 fighters were killed.`)).toBe('militia officials');
    expect(credit('21', `According to the Pentagon, 19 attacks hit bases; 21 U.S. personnel suffered minor injuries.`)).toBeNull();
  });

  it('reads "put a number on the dead" and "heard from" as naming whose toll the next sentence gives', () => {
    expect(credit('at least 17', 'Saudi broadcaster Al Hadath put a number on the dead. The strikes killed at least 17 fighters, it said.')).toBe('Saudi broadcaster Al Hadath');
    expect(credit('at least 17', 'Reuters also heard from local sources. They told Reuters that at least 17 people had died.')).toBe('local sources');
  });

  it('reads no speaker after "reports" when a verb of saying follows it', () => {
    expect(credit('at least 17', 'Local reports say US airstrikes carried out early Feb. 26 near the border killed at least 17 fighters.')).toBe('local reports');
  });

  it('reads "independent reports" as who said it, in a clause of its own', () => {
    expect(credit('as high as 17', 'A militia official said one fighter was killed, while independent reports put the death toll as high as 17 fighters.')).toBe('independent reports');
  });

  it('reads "maintained", "contended" and "lamented" as verbs of saying', () => {
    expect(credit('one of its militiamen', 'The raid killed one of its militiamen, an Iraqi militia official maintained Friday.')).toBe('an Iraqi militia official');
    expect(credit('one', 'The Pentagon has contended that the Erbil rocket attack killed one civilian contractor.')).toBe('the Pentagon');
  });

  it('reads "according to him" and a pronoun after a day as the speaker named before', () => {
    expect(credit('nine', 'Kirby briefed reporters on Friday. He said the jets dropped seven munitions. According to him, nine facilities were destroyed.')).toBe('John Kirby');
    expect(credit('22', 'A different picture came from the Syrian Observatory for Human Rights. On Friday it said 22 fighters had been killed.')).toBe('the Syrian Observatory for Human Rights');
    expect(credit('at least 17', 'On Friday the Syrian Observatory for Human Rights gave its first count. It said at least 17 fighters were killed.')).toBe('the Syrian Observatory for Human Rights');
  });

  it('credits the speaker of the next sentence when it points back at the figures', () => {
    const killed = 'At least 22 fighters were killed in the raid.';
    expect(credit('At least 22', `${killed} So said the Syrian Observatory for Human Rights, a war monitor.`)).toBe('the Syrian Observatory for Human Rights');
    expect(credit('At least 22', `${killed} That is what the Pentagon said last week.`)).toBe('the Pentagon');
    expect(credit('At least 22', `${killed} Those are the findings of the Syrian Observatory for Human Rights.`)).toBe('the Syrian Observatory for Human Rights');
    expect(credit('At least 22', `${killed} The figures come from the Syrian Observatory for Human Rights.`)).toBe('the Syrian Observatory for Human Rights');
    // A next sentence that does not point back, or a sentence that credits someone itself, keeps its own.
    expect(credit('At least 22', `${killed} The Pentagon said the raid was proportionate.`)).toBeNull();
    expect(credit('At least 22', `At least 22 fighters were killed, local sources said. That is what the Pentagon said last week.`)).toBe('local sources');
    // The first sentence of the next paragraph, though the figure's sentence has a speaker of its own elsewhere.
    const told = 'At least 22 fighters were killed in the raid, and the mayor told reporters it was a tragedy.';
    // Whom the mayor told is no speaker.
    expect(credit('At least 22', told)).toBeNull();
    expect(credit('At least 22', told, 'The casualty figures were part of the first assessment, a harbour official said.')).toBe('a harbour official');
    expect(credit('At least 22', told, 'The port stayed shut.', 'The casualty figures were part of the first assessment, a harbour official said.')).toBeNull();
  });

  it('stands for the speaker of a quotation that is a sentence alone', () => {
    const told = '"The raids hit three trucks," Rami Abdul Rahman, who heads the monitor, told AFP.';
    expect(credit('at least 17', told, '"Many were hurt."', 'He said at least 17 fighters died.')).toBe('Rami Abdul Rahman');
    // A sentence in the writer's voice between them: no one.
    expect(credit('at least 17', told, 'Many were hurt.', 'He said at least 17 fighters died.')).toBeNull();
  });
});

describe('a headline’s credits', () => {
  const headlined = (headline: string, ...paragraphs: string[]) => annotate(extractFromPlainText([headline, LEAD, ...paragraphs].join('\n\n'))).marks;

  it('credits the speaker a headline opens with, never a place or a topic', () => {
    expect(figure(headlined('Pentagon: 1 fighter killed, 2 hurt in raid'), '1').attribution).toBe('the Pentagon');
    expect(figure(headlined('Militia official: US raid kills 1'), '1').attribution).toBe('a militia official');
    expect(figure(headlined('Syria: US raid leaves 17 dead'), '17').attribution).toBeNull();
    expect(figure(headlined('Israel-Hamas war: US raid leaves 17 dead'), '17').attribution).toBeNull();
  });

  it('reads the headline under a section label or a trail of links as the headline', () => {
    const under = (kicker: string, headline: string, ...paragraphs: string[]) =>
      annotate(extractFromPlainText([kicker, headline, LEAD, ...paragraphs].join('\n\n'))).marks;
    expect(figure(under('Middle East', 'One fighter killed in US raid - Iraqi militia official'), 'One').attribution).toBe('an Iraqi militia official');
    const lede = 'The Syrian Observatory for Human Rights said 22 fighters were killed.';
    expect(figure(under('Home / News / World', 'US raid in Syria: 22 reported killed', lede), '22').attribution).toBe('the Syrian Observatory for Human Rights');
  });

  it('credits the speaker after "with" in "with a war monitor saying"', () => {
    expect(credit('at least 22', 'Depots were hit on Thursday, with a war monitor saying at least 22 guards died.')).toBe('a war monitor');
  });

  it('reads "22 Reported Killed" in a title-case headline as a passive, with no speaker after it', () => {
    const marks = headlined('US Raid Hits Depots in Syria, 22 Reported Killed', 'The Syrian Observatory for Human Rights said 22 fighters were killed.');
    expect(figure(marks, '22').attribution).toBe('the Syrian Observatory for Human Rights');
  });

  it('credits the speaker a headline closes with after a dash, never a place', () => {
    expect(figure(headlined('US raid kills 22 in eastern Syria – war monitor'), '22').attribution).toBe('war monitor');
    expect(figure(headlined('One fighter killed in US raid - Iraqi militia official'), 'One').attribution).toBe('an Iraqi militia official');
    expect(figure(headlined('US raid kills 22 – Syria'), '22').attribution).toBeNull();
  });

  it('gives a headline figure the credit its lede gives the same figure', () => {
    const marks = headlined('US raid in Syria: 22 reported killed', 'The Syrian Observatory for Human Rights said 22 fighters were killed.');
    expect(figure(marks, '22').attribution).toBe('the Syrian Observatory for Human Rights');
    // Another value is another claim: no credit carried.
    expect(figure(headlined('US raid in Syria: 20 reported killed', 'The Syrian Observatory for Human Rights said 22 fighters were killed.'), '20').attribution).toBeNull();
    // A first block that is a sentence of the story is no headline: its figures are the writer's own.
    const opening = headlined('The raid answered a rocket attack on Erbil that killed a civilian contractor.', 'The Feb. 15 attack killed a civilian contractor, a coalition spokesman said.');
    expect(opening.find((m) => m.kind === 'figure' && m.text === 'a civilian contractor')?.attribution).toBeNull();
  });

  it('gives a lede’s uncredited toll the credit the story gives the same count further down, when one speaker gives it', () => {
    const lede = 'The raid killed at least 22 fighters and destroyed depots near the border.';
    const body = (...said: string[]) => headlined('US raid hits militia sites in Syria', lede, 'The Pentagon gave no toll.', 'Funerals were held on Saturday.', ...said);
    expect(figure(body('The Syrian Observatory for Human Rights said at least 22 fighters were killed.'), 'at least 22').attribution).toBe('the Syrian Observatory for Human Rights');
    // Two speakers give the count: whose the lede's is, the page does not say.
    expect(figure(body('The Syrian Observatory for Human Rights said 22 fighters were killed.', 'Local sources told Reuters that 22 fighters were killed.'), 'at least 22').attribution).toBeNull();
    // Another count is another claim; "the 22" points back to the lede and tells nothing.
    expect(figure(body('The Syrian Observatory for Human Rights said 17 fighters were killed.'), 'at least 22').attribution).toBeNull();
    expect(figure(body('The Syrian Observatory for Human Rights said the 22 dead included two commanders.'), 'at least 22').attribution).toBeNull();
    // One person told in the writer's words is no one's count, though a quotation below tells of that person too.
    const erbil = 'It answered the Erbil attack, which killed a contractor and wounded six others, among them an American service member.';
    const told = headlined('US raid hits militia sites in Syria', erbil, '"The attack wounded an American service member," the Pentagon press secretary said.');
    expect(told.find((m) => m.kind === 'figure' && m.text === 'an American service member' && m.start < 340)?.attribution).toBeNull();
  });

  it('leaves a bracketed gloss out of a speaker', () => {
    expect(credit('At least 17', 'At least 17 fighters died, the Border Watch Network (BWN) said.')).toBe('the Border Watch Network');
  });
});

describe('the militia’s own toll', () => {
  it('ties a militia’s count of its dead and wounded to the strike', () => {
    const marks = marksOf('An official of the group said one of its fighters was killed and a few were wounded.');
    const killed = figure(marks, 'one of its fighters');
    expect(killed).toMatchObject({ fact: 'strike.killed', status: 'differs', attribution: 'a Kataib Hezbollah official' });
    expect(killed.value).toMatchObject({ type: 'count', n: 1 });
    expect(figure(marks, 'a few')).toMatchObject({ fact: 'strike.wounded', attribution: 'a Kataib Hezbollah official' });
  });

  it('reads the phrasings of a group’s losses', () => {
    for (const sentence of [
      'A member of the group was killed in the strike, a Kataib Hezbollah official said.',
      'A member of the Iraqi armed faction died in the raid and others were hurt, a militia commander said on Friday.',
      'The militia said the strike killed one of its members.',
      'One fighter was killed in the strike, the group said.',
    ]) {
      const marks = marksOf(sentence);
      const toll = marks.find((m) => m.fact === 'strike.killed');
      expect(toll, sentence).toBeDefined();
      expect(toll?.value, sentence).toMatchObject({ n: 1 });
      expect(isGroupVoice(toll?.attribution ?? null), sentence).toBe(true);
    }
  });

  it('reads the militias’ own word for their dead: "One martyred, four wounded"', () => {
    const marks = marksOf('One martyred, four wounded in the American raid.');
    expect(figure(marks, 'One')).toMatchObject({ fact: 'strike.killed', value: { n: 1 } });
    expect(figure(marks, 'four')).toMatchObject({ fact: 'strike.wounded', value: { n: 4 } });
  });

  it('credits a channel that "meanwhile reported", and never a ministry to the Pentagon', () => {
    expect(credit('a single', 'A channel close to the militias meanwhile reported that only a single fighter had died.')).toBe('a channel close to the militias');
    expect(credit('110', 'The Pentagon said the raid hit depots.', 'Elsewhere 110 people died in the unrest, the ministry said.')).toBe('the ministry');
  });

  it('counts the wounded beside a group’s own dead, and "the dead were" fighters', () => {
    const marks = marksOf('The raid killed one member of a Syrian militia and hurt three others, officials said.');
    expect(figure(marks, 'one')).toMatchObject({ fact: 'strike.killed', attribution: 'officials' });
    expect(figure(marks, 'three')).toMatchObject({ fact: 'strike.wounded', value: { n: 3 } });
    const dead = marksOf('According to local activists, the dead were at least 9 fighters of the militia.');
    expect(figure(dead, 'at least 9')).toMatchObject({ fact: 'strike.killed', attribution: 'local activists' });
  });

  it('keeps the strike’s toll with the strike when the sentence also names the attack', () => {
    const marks = marksOf('The militia, whose rocket attack on Erbil led to the strike, said one of its fighters was killed.');
    expect(figure(marks, 'one of its fighters').fact).toBe('strike.killed');
  });

  it('does not give the strike the American wounded, nor others wounded with no militia speaking', () => {
    const marks = marksOf('The Erbil attack wounded a U.S. service member and several others.');
    expect(figure(marks, 'a U.S. service member').fact).toBe('erbil.wounded');
    expect(marks.some((m) => m.fact === 'strike.wounded')).toBe(false);
  });

  it('shows the headline disagreement: the militia’s 1 against the monitor’s 22', () => {
    const marks = marksOf(
      'The Syrian Observatory for Human Rights said 22 fighters were killed in the strike.',
      'An official of the group said one of its fighters was killed.',
    );
    const monitor = figure(marks, '22');
    const militia = figure(marks, 'one of its fighters');
    expect(monitor).toMatchObject({ fact: 'strike.killed', status: 'differs', attribution: 'the Syrian Observatory for Human Rights' });
    expect(militia).toMatchObject({ fact: 'strike.killed', status: 'differs', attribution: 'a Kataib Hezbollah official' });
    // Both differ from the reference's 17 (some independent sources) and each other.
    expect(militia.others.some((o) => o.relation === 'different' && o.attribution === 'some independent sources')).toBe(true);
  });
});

describe('on the five source articles', () => {
  // The reference's claims were reviewed by hand, each with whom its source credits (lib/reference/claims.ts).
  const reference = getReference();
  /** Two credits name the same speaker: equal as written, or naming the same known entity ("Kirby" and "John Kirby"). */
  const same = (a: string | null, b: string | null) => {
    if (a === null || b === null) return a === b;
    const bare = (s: string) => s.toLowerCase().replace(/^the\s+/, '');
    if (bare(a) === bare(b)) return true;
    const entity = (s: string) => {
      const found = reference.findNames(s);
      return found.length === 1 && found[0]?.entity && bare(s).length <= (found[0].text.length + 4) ? found[0].entity : null;
    };
    return entity(a) !== null && entity(a) === entity(b);
  };

  it('credits the figures as the reviewed claims do, mostly', () => {
    let agree = 0;
    let total = 0;
    const misses: string[] = [];
    for (const source of reference.sources) {
      const article = extractFromPlainText(corpus[source.id] ?? '');
      const findings = annotate(article, reference);
      for (const claim of reference.claims.filter((c) => c.source === source.id && !c.fact.startsWith('name.'))) {
        const at = article.text.indexOf(claim.quote) + claim.quote.indexOf(claim.text);
        const mark = findings.marks.find((m) => m.kind === 'figure' && m.start < at + claim.text.length && at < m.end);
        if (!mark) continue;
        total++;
        if (same(mark.attribution, claim.attribution)) agree++;
        else misses.push(`${source.id} ${claim.fact} "${claim.text}": ${mark.attribution ?? 'no one'}, reviewed ${claim.attribution ?? 'no one'}`);
      }
    }
    console.log(`Attribution on the sources: ${agree}/${total}\n${misses.join('\n')}`);
    expect(total).toBeGreaterThan(30);
    expect(agree / total).toBeGreaterThanOrEqual(0.8);
  });
});
