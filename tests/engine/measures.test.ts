import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';

// Sentences written for these tests; the first one sets the 2021 event, the rest carry the figure under test.
const LEAD =
  'On President Joe Biden’s orders, U.S. F-15E jets struck a border crossing near Al Bukamal in eastern Syria late Thursday, Feb. 25, 2021, Pentagon spokesman John Kirby said, after the Feb. 15 rocket attack on Erbil.';

const findings = (...paragraphs: string[]) => annotate(extractFromPlainText([LEAD, ...paragraphs].join('\n\n')));
const mark = (figure: string, ...paragraphs: string[]) => {
  const found = findings(...paragraphs).marks.find((m) => m.kind === 'figure' && m.text.startsWith(figure));
  if (!found) throw new Error(`no mark starts with "${figure}"`);
  return found;
};
const factOf = (figure: string, ...paragraphs: string[]) =>
  findings(...paragraphs).marks.find((m) => m.kind === 'figure' && m.text.startsWith(figure))?.fact ?? null;

describe('a possessive day after a verb of saying', () => {
  it('is its noun’s: the strike’s day, or a statement’s', () => {
    expect(factOf('Thursday', 'The Pentagon said Thursday’s strike was launched at President Biden’s direction.')).toBe('strike.date');
    expect(factOf('Monday', 'Kirby said Monday’s briefing would be his last on the strike.')).toBeNull();
  });
});

describe('"both"', () => {
  it('counts two where a fact asks how many, and is no highlight elsewhere', () => {
    const marks = findings('“Both facilities were destroyed,” Kirby said, and both sides traded blame.').marks;
    expect(marks.find((m) => m.text === 'Both')?.fact).toBe('strike.destroyed');
    expect(marks.some((m) => m.text === 'both')).toBe(false);
  });
});

describe('a month alone', () => {
  it('is no highlight when it is no fact’s: nothing a reader could check', () => {
    const marks = findings('Militias have fired on US bases often since January, officials said.').marks;
    expect(marks.some((m) => m.text === 'January')).toBe(false);
    expect(marks.some((m) => m.text === 'Feb. 15')).toBe(true);
  });
});

describe('a dateline’s hour', () => {
  it('is the report’s, not the strike’s; the day after it still is', () => {
    const paragraph = 'BEIRUT, LEBANON (1:00 P.M.) – On Thursday evening US jets struck militia sites in eastern Syria.';
    expect(factOf('1:00 P.M.', paragraph)).toBeNull();
    expect(factOf('Thursday evening', paragraph)).toBe('strike.date');
    expect(factOf('about 1:00 P.M.', 'The jets struck at about 1:00 P.M. local time, a militia source said.')).toBe('strike.time');
  });

  it('is the page’s, in an update’s stamp', () => {
    expect(factOf('10:55 PM', 'UPDATE 10:55 PM PT: An official told reporters the strike hit a small cluster of buildings.')).toBeNull();
    expect(factOf('10:55 PM', 'The strike hit a small cluster of buildings at 10:55 PM local time, an official said.')).toBe('strike.time');
  });
});

describe('a timeline’s day', () => {
  it('is the day of the entry it opens, unlike a dispatch’s date', () => {
    const entries = ['February 15 – Rockets strike the Erbil airport, killing a contractor.', 'February 22 – Rockets hit the Green Zone in Baghdad.'];
    expect(factOf('February 15', ...entries)).toBe('erbil.date');
    expect(factOf('February 22', ...entries)).toBe('baghdad.date');
    expect(factOf('February 15', entries[0]!)).toBeNull();
  });
});

describe('a relative day', () => {
  it('counts from the last full date, unless a speaker gave that date in a quotation', () => {
    const marked = (...paragraphs: string[]) => findings(...paragraphs).marks.some((m) => m.text === 'the previous night');
    const reaction = 'Reacting to the US airstrikes of the previous night, the Russian Foreign Ministry condemned the attacks.';
    expect(marked('“On Thursday, February 25, 2021, US warplanes carried out a cowardly aggression,” the ministry said.', reaction)).toBe(false);
    expect(marked('On Thursday, February 25, 2021, US warplanes bombed the border, the ministry said.', reaction)).toBe(true);
  });
});

describe('a clock with no day of its own', () => {
  it('falls on the day that puts it nearest the strike’s instant, in its own clock', () => {
    const iso = (figure: string, paragraph: string) => (mark(figure, paragraph).value as { iso?: string }).iso;
    // The 2021 strike was about 6 p.m. in Washington: 2 a.m. in Syria was already Friday.
    expect(iso('about 2 a.m. local time', 'The jets struck at about 2 a.m. local time, an official said.')).toBe('2021-02-26T02:00+02:00');
    expect(iso('about 6 p.m. Eastern time', 'The jets struck at about 6 p.m. Eastern time, an official said.')).toBe('2021-02-25T18:00-05:00');
  });
});

describe('aircraft beside the jets', () => {
  it('ties no fact to the drones that watched over the jets the sources name, but still to another jet', () => {
    const drones = mark('MQ-9', 'Officials said MQ-9 Reaper drones flew with the F-15E jets over the site.');
    expect(drones.fact).toBeNull();
    expect(drones.status).not.toBe('differs');
    expect(mark('F-16', 'Some reports said F-16 jets took part as well.').status).toBe('differs');
  });
});

describe('what a count of things measures', () => {
  it('counts the bombs and munitions the jets dropped as the strike’s munitions', () => {
    expect(factOf('six', 'The two jets released six guided bombs on the site, officials said.')).toBe('strike.munitions');
    expect(factOf('eight', 'The aircraft used eight precision-guided munitions in all.')).toBe('strike.munitions');
    // A weight between the number and its noun: "five 500-pound bombs".
    expect(factOf('five', 'The jets dropped five 500-pound bombs.')).toBe('strike.munitions');
    // A count that is the subject of "targeted" counts no sites; "the two targeted facilities" does.
    expect(factOf('11', 'Of the raids on US forces, 16 targeted positions in Iraq and 11 targeted positions in Syria.')).toBeNull();
    expect(factOf('two', 'The two targeted facilities were used by Kataib Hezbollah.')).toBe('strike.facilities');
    // The JDAM's name holds "attack": still munitions.
    expect(factOf('five', 'The jets dropped five 500-lb Joint Direct Attack Munition-guided precision bombs.')).toBe('strike.munitions');
  });

  it('never reads trucks as a toll or as munitions, even trucks loaded with munitions', () => {
    const paragraph = 'A war monitor said the raid hit four trucks carrying munitions and that militiamen were killed.';
    expect(mark('four', paragraph).fact).toBeNull();
    expect(factOf('four', 'The raid destroyed four munitions trucks near the crossing, killing several fighters.')).toBeNull();
  });

  it('tells facilities destroyed from facilities hit', () => {
    expect(factOf('eight', 'The bombs destroyed eight facilities at the crossing, Kirby said.')).toBe('strike.destroyed');
    expect(factOf('Three', 'Three buildings were destroyed, the Pentagon said.')).toBe('strike.destroyed');
    expect(factOf('Nine', 'Nine buildings in the border compound were destroyed and two more were damaged.')).toBe('strike.destroyed');
    expect(factOf('nine', 'The jets wiped out nine sites completely and left two more partly damaged.')).toBe('strike.destroyed');
    expect(factOf('nine', 'The jets took out nine buildings.')).toBe('strike.destroyed');
    expect(factOf('five', 'The bombs fell on five small buildings at the crossing.')).toBe('strike.facilities');
    // Partly destroyed is not destroyed: no fact counts the damaged ones.
    expect(factOf('four', 'The strike partially destroyed four buildings.')).toBeNull();
  });

  it('sets aside a speaker’s own earlier toll: "put the toll at 17 this morning and is now saying 22"', () => {
    const revised = 'The Syrian Observatory for Human Rights put the toll at 17 this morning and is now saying 22 fighters were killed.';
    expect(factOf('17', revised)).toBeNull();
    expect(factOf('22', revised)).toBe('strike.killed');
    expect(factOf('17', 'The monitor first said 17 had been killed and then raised it to 22.')).toBeNull();
    expect(factOf('17', 'The monitor said 17 fighters were killed and several were wounded.')).toBe('strike.killed');
    // A count of strikes or reports is no toll: "killed more people than Trump's two strikes combined".
    expect(factOf('two', 'The strike killed more people than the two earlier strikes combined.')).toBeNull();
    // "the lives of 22", not "twenty-one lives between two accounts of one strike".
    expect(factOf('two', 'That leaves a gap of twenty-one lives between two accounts of one strike.')).toBeNull();
    expect(factOf('22', 'The raid claimed the lives of 22 fighters, the monitor said.')).toBe('strike.killed');
    // "17 pro-Iran militia force members": a force's members are people.
    expect(factOf('at least 17', 'A monitor said at least 17 pro-Iran militia force members were killed.')).toBe('strike.killed');
    // "then raised it to 22": "it" is the toll.
    expect(factOf('22', 'The monitor initially put the toll at 17 fighters, then raised it to 22 militiamen.')).toBe('strike.killed');
    expect(factOf('22', 'The firm raised it to 22 dollars a share.')).toBeNull();
    // A toll that reaches a count is its subject, however long its phrase: "the toll from the US airstrikes had reached 22".
    expect(factOf('22', 'The monitor said the death toll from the US airstrikes near the border had reached 22.')).toBe('strike.killed');
    expect(factOf('22', 'The toll from the American raids has risen to 22, the monitor said.')).toBe('strike.killed');
    expect(factOf('22', 'The count of rockets fired at the base in the weeks before the raids had reached 22.')).toBeNull();
    // "put fatalities among the militias at no fewer than 17": fatalities named before their count.
    expect(factOf('no fewer than 17', 'Local reports put fatalities among Iranian-backed militias at no fewer than 17 after the raids.')).toBe('strike.killed');
    // A headline's second clause answers the first: "…killed; militia says one".
    expect(factOf('one', 'Monitor says 22 pro-Iran fighters killed; militia says one')).toBe('strike.killed');
    expect(factOf('one', 'Pentagon says jets hit nine buildings; militia says one')).toBeNull();
    // An aside with a verb of its own, between commas or dashes, and a death with no auxiliary after it.
    expect(factOf('22', 'The monitor said 22 fighters from the Popular Mobilization Forces, the umbrella body that includes Kataeb Hezbollah, died in the raid.')).toBe('strike.killed');
    expect(factOf('22', 'The monitor said 22 fighters from the Popular Mobilization Forces — a force that includes Kataeb Hezbollah — were killed.')).toBe('strike.killed');
    expect(factOf('22', 'The monitor said 22 fighters from the Popular Mobilization Forces — a force that includes Kataeb Hezbollah — crossed the border.')).toBeNull();
    // An aside with a short gloss in brackets, between the count and its verb.
    expect(factOf('22', 'The monitor said 22 fighters, all of them from the Hashd al-Shaabi (Popular Mobilisation Forces), were killed.')).toBe('strike.killed');
    // The later figure after "first said … and now says" is the speaker's current toll.
    const firstThenNow = 'The monitor first said 17 fighters died and now says 22 were killed.';
    expect(factOf('17', firstThenNow)).toBeNull();
    expect(factOf('22', firstThenNow)).toBe('strike.killed');
  });

  it('sets aside a figure the page says came first: "This report first put the number of dead at 17"', () => {
    expect(factOf('17', 'Updated with a new toll. This report first put the number of dead at 17.')).toBeNull();
    expect(factOf('17', 'The toll, initially reported as 17 fighters, has since risen.')).toBeNull();
    expect(factOf('17', 'As first reported by the monitor, 17 fighters were killed.')).toBe('strike.killed');
  });

  it('sets aside a toll the speaker gave earlier: "had earlier given a provisional toll of 17 dead"', () => {
    expect(factOf('17', 'The monitor had earlier given a provisional toll of 17 dead.')).toBeNull();
    expect(factOf('17', 'The group previously put the death toll at 17.')).toBeNull();
    expect(factOf('17', 'The monitor gave a provisional toll of 17 dead.')).toBe('strike.killed');
  });

  it('sets aside a tally dated days after the event: "By March 3, the monitor counted 25 dead"', () => {
    expect(factOf('25', 'By March 3, the monitor had counted 25 dead.')).toBeNull();
    expect(factOf('25', 'As of 2 March, 25 fighters were reported killed.')).toBeNull();
    expect(factOf('22', 'As of Feb. 26, the monitor had counted 22 dead.')).toBe('strike.killed');
  });

  it('never counts American sites as the strike’s: they are what the militias attack', () => {
    expect(factOf('16', 'Of those small-scale attacks, Kirby said, 16 targeted U.S. positions in Iraq and 11 were in Syria.')).toBeNull();
    expect(factOf('16', 'The militias have targeted 16 U.S. positions in Iraq since January.')).toBeNull();
    expect(factOf('three', 'Militia rockets have hit three American bases this month.')).toBeNull();
    expect(factOf('two', 'The jets hit two depots used by the militia, Kirby said.')).toBe('strike.facilities');
  });

  it('keeps compounds apart from the buildings inside them', () => {
    expect(factOf('three', 'The jets hit three compounds used by the militias.')).toBeNull();
  });

  it('counts groups as the strike’s only when the clause says they used, owned or were hit', () => {
    expect(factOf('two', 'The site was used by two militia groups backed by Tehran.')).toBe('strike.groups');
    expect(factOf('three', 'The buildings belonged to three factions.')).toBe('strike.groups');
    expect(factOf('two', 'Officials said the jets hit the facilities of two groups.')).toBe('strike.groups');
    expect(factOf('two', 'The raid was made up of strikes on two Iranian proxies.')).toBe('strike.groups');
    // A count set after the names it counts; not a count of who spoke after two people.
    expect(factOf('two', 'The site was used by Kataeb Hezbollah and Kataeb Sayyid al-Shuhada, two pro-Iran Iraqi groups.')).toBe('strike.groups');
    expect(factOf('two', 'The strike killed a fighter and a guard, two groups said.')).toBeNull();
    expect(factOf('two', 'Kirby said the site served Kataeb Hezbollah and Kataeb Sayyid al-Shuhada, two armed Iraqi factions.')).toBe('strike.groups');
    // Background on the region counts no one the strike hit.
    expect(factOf('three', 'The province is home to three rival militias that fight over the crossing.')).toBeNull();
    // The groups' own verb of use, after them.
    expect(factOf('two', 'Officials described a border post in eastern Syria that two militias backed by Iran had been using.')).toBe('strike.groups');
    expect(factOf('two', 'Two militias condemned the raid.')).toBeNull();
  });

  it('never counts who spoke as the dead they spoke of: "Two officials said 22 fighters were killed"', () => {
    expect(factOf('Two', 'Two officials said 22 fighters were killed.')).toBeNull();
    expect(factOf('22', 'Two officials said 22 fighters were killed.')).toBe('strike.killed');
    expect(factOf('One', 'One official said 22 were killed.')).toBeNull();
    expect(factOf('Seventeen', 'Seventeen were reported killed, the monitor said.')).toBe('strike.killed');
  });

  it('marks no count of who spoke, unless it is tied to a fact', () => {
    const marks = findings('One medical source in the province and two US officials said the site was empty.').marks;
    expect(marks.filter((m) => m.kind === 'figure' && /^(?:one|two)$/i.test(m.text))).toEqual([]);
    const resident = findings('One resident, who asked not to be named, said the blasts shook the town.').marks;
    expect(resident.filter((m) => m.kind === 'figure' && /^one$/i.test(m.text))).toEqual([]);
    // A count of officials that is a toll is still a figure.
    expect(factOf('two', 'The airstrike killed two officials of the group, a monitor said.')).toBe('strike.killed');
  });

  it('ties nothing that was only planned', () => {
    expect(factOf('four', 'The Air Force had meant to hit four sites, but most were called off because civilians were near.')).toBeNull();
    // The same words as a fact of what happened are tied.
    expect(factOf('four', 'The Air Force hit four sites in the area.')).toBe('strike.facilities');
  });
});

describe('the casualty verb of a figure’s clause', () => {
  it('reads the others wounded beside a militia’s dead, and fatalities "among" a group as a toll, not a count of groups', () => {
    expect(factOf('three', 'The raid left one militia member dead and three others injured, the ministry said.')).toBe('strike.wounded');
    expect(factOf('several', 'One militiaman died in the raid and several others were hurt.')).toBe('strike.wounded');
    expect(factOf('at least 9', 'A monitor said the strikes caused at least 9 fatalities among the armed groups.')).toBe('strike.killed');
    expect(factOf('nine', 'The Feb. 15 rocket attack on Erbil killed a contractor and wounded nine others.')).toBeNull();
    // A source's gloss in brackets inside the phrase: "put the death toll (Al Jazeera) at twenty-two".
    expect(factOf('twenty-two', 'The Syrian Observatory for Human Rights put the death toll (Al Jazeera) at twenty-two.')).toBe('strike.killed');
  });

  it('reads a count joined to a count of fighters killed, whoever gives it, as their side’s wounded', () => {
    expect(factOf('two', 'A Pentagon official said the strike killed one fighter backed by Iran and left two others wounded.')).toBe('strike.wounded');
    expect(factOf('two', 'The strike killed one militia member and injured two, according to the Pentagon.')).toBe('strike.wounded');
    expect(factOf('11', 'An Iraqi official said six PMU fighters had been killed and 11 more injured.')).toBe('strike.wounded');
    // A group's own dead, however the group is named.
    expect(factOf('A member', 'A member of an Iranian-backed militant group was killed in the strike, the group said.')).toBe('strike.killed');
    expect(factOf('A fighter', 'A fighter loyal to an Iran-aligned militia was killed in the raid, the militia said on Friday.')).toBe('strike.killed');
    expect(factOf('one', 'The raid on the border post claimed the life of one person, Press TV reported.')).toBe('strike.killed');
    expect(factOf('one of its members', 'The group said one of its members, Rahi Salam al-Sharaifi, had been killed in the strike.')).toBe('strike.killed');
    expect(factOf('22', 'The Observatory said 22 fighters belonging to Kataib Hezbollah and the Popular Mobilization Forces died when US jets hit them.')).toBe('strike.killed');
    expect(factOf('two', 'Kirby said "it was likely one militia member was killed," adding that two more had been wounded.')).toBe('strike.wounded');
    // Fighters who wound others are no toll of the strike.
    expect(factOf('two', 'Two fighters attacked the base and wounded two, officials said.')).toBeNull();
  });

  it('reads "militias dead" as a toll, but "two militias killed a contractor" as no count of the dead', () => {
    expect(factOf('17', 'US raids leave 17 Iranian-backed militias dead, a monitor says.')).toBe('strike.killed');
    expect(factOf('Two', 'Two militias killed a contractor in a rocket attack last year, officials said.')).toBeNull();
  });

  it('reads the verb after a long group name and its bracketed short form, but not a relative clause’s verb', () => {
    expect(factOf('at least 19', 'A monitor said at least 19 members of the Popular Mobilization Forces (PMF) had been killed in the raid.')).toBe('strike.killed');
    // Two groups joined by "and the", then an aside, before the verb.
    expect(factOf('19', 'The monitor said 19 fighters of the Iraqi Hezbollah and the Popular Mobilization Forces, most of them Iraqis, were killed.')).toBe('strike.killed');
    expect(factOf('22', 'The monitor said 22 Iraqi fighters from Kataib Hezbollah and other factions of the Popular Mobilization Units (PMU) lost their lives.')).toBe('strike.killed');
    expect(factOf('Three', 'Three members of the armed group that launched the rockets which killed a contractor were detained, police said.')).toBeNull();
  });

  it('reads the verb after an aside: "19 fighters from the group, an alliance of militias, were killed"', () => {
    const paragraph = 'A war monitor said 19 fighters from the Popular Mobilization Forces, an alliance of mostly Shiite militias, were killed.';
    expect(factOf('19', paragraph)).toBe('strike.killed');
    // Without the verb after the aside, nothing is tied.
    expect(factOf('19', 'A war monitor said 19 fighters from the Popular Mobilization Forces, an alliance of mostly Shiite militias, were in the area.')).toBeNull();
  });

  it('gives a joined subject or object the verb they share', () => {
    expect(mark('a U.S. service member', 'The Feb. 15 rocket attack on Erbil killed a contractor, and a U.S. service member and four other troops were wounded.').fact).toBe('erbil.wounded');
    expect(mark('a U.S. service member', 'The Feb. 15 rocket attack on Erbil injured three contractors and a U.S. service member.').fact).toBe('erbil.wounded');
  });

  it('keeps a later verb for "and a number of others": one killed and others wounded', () => {
    const m = mark('a number of', 'A militia official said one of its fighters was killed and a number of others were wounded in the strike.');
    expect(m.fact).toBe('strike.wounded');
  });
});

describe('vague against specific', () => {
  it('leaves a number unique when the other reports give none, and says they were less specific', () => {
    const m = mark('eight', 'The bombs destroyed eight facilities at the crossing, Kirby said.');
    expect(m.fact).toBe('strike.destroyed');
    expect(m.status).toBe('unique');
    // The reference's sources that say "multiple"/"numerous" are shown, neither agreeing nor differing.
    expect(m.others.length).toBeGreaterThan(0);
    expect(m.others.every((o) => o.relation === 'less-specific')).toBe(true);
  });

  it('lets vague reports agree with each other', () => {
    const m = mark('multiple', 'Kirby said the strikes destroyed multiple facilities at the crossing.');
    expect(m.fact).toBe('strike.destroyed');
    expect(m.status).toBe('agrees');
    expect(m.others.some((o) => o.relation === 'same')).toBe(true);
  });

  it('still differs when a number falls outside a vague report: three service members against "an American service member"', () => {
    const m = mark('three', 'The Feb. 15 attack on Erbil wounded three U.S. service members, the Pentagon said.');
    expect(m.fact).toBe('erbil.wounded');
    expect(m.status).toBe('differs');
  });

  it('agrees with those who say one service member, and lists "service members" only as reported without a number', () => {
    const m = mark('one', 'The Feb. 15 attack on Erbil wounded one U.S. service member, the Pentagon said.');
    expect(m.fact).toBe('erbil.wounded');
    expect(m.status).toBe('agrees');
    expect(m.others.filter((o) => o.value === 'US service members').map((o) => o.relation)).toEqual(['less-specific']);
  });
});

describe('a number of times attacked', () => {
  it('counts attacks when the attacking verb is a dozen words before "N times"', () => {
    const text =
      'Two U.S. F-16 jets struck two facilities near Boukamal in eastern Syria early Friday, Defense Secretary Lloyd Austin said, as the Israel-Hamas war spread.\n\nIran-backed forces have attacked US and coalition troops in Iraq and Syria at least 14 times since Oct. 17.';
    const m = annotate(extractFromPlainText(text)).marks.find((x) => x.text.startsWith('at least 14'));
    expect(m?.fact).toBe('attacks.count');
  });
});

describe('a count of the attacks in brackets after them', () => {
  const story =
    'Two U.S. F-16 jets struck two facilities near Boukamal in eastern Syria early Friday, Defense Secretary Lloyd Austin said.\n\n';
  const factIn = (sentence: string, figure: string) => annotate(extractFromPlainText(story + sentence)).marks.find((x) => x.text === figure)?.fact ?? null;

  it('is the number of attacks, alone or with when it was counted', () => {
    expect(factIn('The jets flew after weeks of drone attacks on U.S. bases in Iraq and Syria (16 when this went to press).', '16')).toBeNull();
    expect(factIn('The jets flew after a run of drone attacks on U.S. bases in Iraq and Syria (16 at the time of writing).', '16')).toBe('attacks.count');
    expect(factIn('The jets flew after a run of drone attacks on U.S. bases (16 so far).', '16')).toBe('attacks.count');
  });

  it('is not a part of them in brackets', () => {
    expect(factIn('The jets flew after drone attacks on U.S. bases (16 of them in Iraq) this month.', '16')).toBeNull();
  });
});

describe('"others" wounded beside a death', () => {
  const story =
    'Two U.S. F-16 jets struck two facilities near Boukamal in eastern Syria early Friday, Defense Secretary Lloyd Austin said.\n\n';
  const factIn = (sentence: string, figure: string) => annotate(extractFromPlainText(story + sentence)).marks.find((x) => x.text === figure)?.fact ?? null;

  it('are the series’ American wounded when an American died in those attacks', () => {
    expect(factIn('Officials said an American contractor had died during one of the attacks on the bases, and that 20 others were slightly hurt.', '20')).toBe('attacks.wounded');
    expect(factIn('The attacks on US garrisons since Oct. 17 have left one Pentagon contractor dead and 20 others lightly hurt.', '20')).toBe('attacks.wounded');
  });

  it('reads injuries suffered after a speaker’s aside: "20 US troops, Austin said, suffered minor injuries"', () => {
    expect(factIn('In the attacks on US bases, about 20 US military personnel, the secretary said, suffered “minor injuries”.', 'about 20')).toBe('attacks.wounded');
    expect(factIn('In the attacks on US bases, about 20 US military personnel, the secretary said, suffered no harm.', 'about 20')).toBeNull();
  });

  it('are no one’s count when the dead was not American, or died in a single attack', () => {
    expect(factIn('Officials said a Nepali contractor had died during one of the attacks on the bases, and that 20 others were slightly hurt.', '20')).toBeNull();
    expect(factIn('That rocket attack killed a US contractor and wounded 20 others.', '20')).toBeNull();
    expect(factIn('Among the attacks, a blast near a U.S. base killed a U.S.-led coalition contractor and wounded 20 others.', '20')).toBeNull();
  });
});

describe('casualty phrases without a number', () => {
  it('counts two people killed by one verb as two, once', () => {
    const marks = findings('That rocket attack on Erbil on Feb. 15 killed a contractor and a civilian and injured eight other people.').marks;
    const toll = marks.filter((m) => m.fact === 'erbil.killed');
    expect(toll.map((m) => [m.text, m.value])).toEqual([['a contractor and a civilian', { type: 'count', n: 2, qualifier: 'exact' }]]);
    expect(new Set(marks.map((m) => m.start)).size).toBe(marks.length);
  });

  it('counts two subjects of "were killed" as two, and the wounded’s American alone', () => {
    const marks = findings('In the Feb. 15 attack on Erbil a contractor and a civilian were killed and eight other people were injured, along with an American soldier.').marks;
    expect(marks.filter((m) => m.fact === 'erbil.killed').map((m) => [m.text, m.value])).toEqual([['a contractor and a civilian', { type: 'count', n: 2, qualifier: 'exact' }]]);
    expect(marks.filter((m) => m.fact === 'erbil.wounded').map((m) => m.text)).toEqual(['an American soldier']);
  });

  it('counts two people killed by one verb as two, whichever comes first', () => {
    const marks = findings('The Feb. 15 rockets on Erbil killed a civilian and a foreign contractor, and injured several others.').marks;
    expect(marks.filter((m) => m.fact === 'erbil.killed').map((m) => m.text)).toEqual(['a civilian and a foreign contractor']);
  });

  it('finds the American wounded however the list names them', () => {
    const wounded = (paragraph: string) => findings(paragraph).marks.find((m) => m.fact === 'erbil.wounded')?.text ?? null;
    expect(wounded('In the Erbil attack, a US service member and five other contractors were also injured.')).toBe('a US service member');
    expect(wounded('The Erbil rockets injured eight other people, as well as an American soldier.')).toBe('an American soldier');
    expect(wounded('In Erbil, US contractors and a member of the US military were injured.')).toBe('a member of the US military');
    expect(wounded('The Erbil barrage injured several others, among them a U.S. service member.')).toBe('a U.S. service member');
    // Past the dots of "U.S." in the list, and with "among them" after the person.
    expect(wounded('The Erbil rockets killed a contractor and wounded several U.S. contractors and a U.S. service member.')).toBe('a U.S. service member');
    expect(wounded('The Erbil rockets killed a contractor, wounding several other people, a US service member among them.')).toBe('a US service member');
    expect(wounded('The Erbil rockets killed one civilian and wounded a US soldier.')).toBe('a US soldier');
  });

  it('reads a noun in scare quotes as the count’s: militia fighters are the strike’s dead, not an earlier attack’s', () => {
    const paragraph =
      'Kirby called the raid a measured answer to recent attacks on coalition troops in Iraq. The toll is in dispute: Iranian television said seventeen “resistance fighters” died, while the Observatory counted twenty-two dead.';
    const marks = findings(paragraph).marks;
    expect(marks.find((m) => m.text === 'seventeen')?.fact).toBe('strike.killed');
    expect(marks.find((m) => m.text === 'twenty-two')?.fact).toBe('strike.killed');
  });

  it('counts what "left" leaves by the word completing it, not by a verb before: "killed … and left a soldier … hurt"', () => {
    const marks = findings('The Feb. 15 barrage on Erbil killed the contractor and left an American service member and other coalition personnel hurt.').marks;
    expect(marks.find((m) => m.text === 'an American service member')?.fact).toBe('erbil.wounded');
    expect(marks.some((m) => m.fact === 'erbil.killed')).toBe(false);
  });

  it('reads a group’s own dead in the past perfect: "one of its members had died"', () => {
    expect(factOf('one of its members', 'The militia said on Friday that one of its members had died in the airstrike.')).toBe('strike.killed');
    expect(factOf('One of its fighters', 'One of its fighters has died of his wounds, the group said.')).toBe('strike.killed');
    // One member named between the group's "its" and his death.
    expect(factOf('its member', 'In a statement on the US raid, Kataib Hezbollah said its member Ahmed al- Jabiri had lost his life.')).toBe('strike.killed');
    expect(factOf('its fighter', 'Kataib Hezbollah said its fighter, Ali Hassan, was killed in the strike.')).toBe('strike.killed');
  });
});

describe('the wounded beside a militia’s dead', () => {
  it('counts "killed one fighter and wounded two others" as the strike’s dead and wounded', () => {
    const marks = findings('The Pentagon has concluded that the strike killed one fighter and wounded two others.').marks;
    expect(marks.filter((m) => m.start > LEAD.length && m.fact?.startsWith('strike.')).map((m) => [m.text, m.fact])).toEqual([
      ['one', 'strike.killed'],
      ['two', 'strike.wounded'],
    ]);
    // Others beside a contractor are not the militia's.
    expect(factOf('six', 'Militants hit the Erbil base, an attack that killed a contractor and wounded six others.')).not.toBe('strike.wounded');
  });
});

describe('tolls in other words', () => {
  it('reads "lost his life" as killed, in a militia’s own voice too', () => {
    expect(factOf('one of its militiamen', 'Kataib Hezbollah said Friday that one of its militiamen lost his life in the US airstrike.')).toBe('strike.killed');
    expect(factOf('one', 'Iraqi sources reported that one person lost his life in the airstrike.')).toBe('strike.killed');
    // A literal translation: "lost the life".
    expect(factOf('One', 'One person has lost the life in the American aggression, the channel reported.')).toBe('strike.killed');
  });

  it('reads the militias’ own words for their dead: martyrs, martyrdom, the injury of others', () => {
    expect(factOf('one', 'The Popular Mobilization Forces announced one martyr and the injury of four others in the American aggression.')).toBe('strike.killed');
    expect(factOf('four', 'The Popular Mobilization Forces announced one martyr and the injury of four others in the American aggression.')).toBe('strike.wounded');
    expect(factOf('one of its fighters', 'Kataib Hezbollah mourned the martyrdom of one of its fighters.')).toBe('strike.killed');
  });

  it('reads a group that "lost one of its fighters" as giving its toll', () => {
    expect(factOf('one of its fighters', 'Kataib Hezbollah said it lost one of its fighters, whereas a monitor said at least 22 died.')).toBe('strike.killed');
  });

  it('reads "fatalities" as killed, and a headline’s "Kill One Militia" as no count of groups', () => {
    expect(factOf('at least 22', 'Militia officials said one person had been killed, but a war monitor reported at least 22 fatalities.')).toBe('strike.killed');
    expect(factOf('One', 'US Airstrikes in Eastern Syria Kill One Militia, Two Wounded')).not.toBe('strike.groups');
  });

  it('ties a toll set against a militia’s own toll to the strike, not to the attacks a sentence before named', () => {
    const text = [
      'According to the Pentagon, the strike answered attacks on US and coalition personnel in Iraq. Militia officials said one person had been killed, but a war monitor reported at least 22 fatalities.',
    ];
    expect(factOf('at least 22', ...text)).toBe('strike.killed');
    // A semicolon sets one toll beside the other as well.
    const besides = 'The Pentagon called the strike an answer to recent attacks. Militia media said seventeen fighters were killed; a war monitor put the death toll at twenty-two.';
    expect(factOf('twenty-two', besides)).toBe('strike.killed');
    // Without the contrast, a toll in a clause about the attack stays the attack's.
    expect(factOf('one', 'Some 17 fighters were killed in the strikes, launched in retaliation for the attack on Erbil, in which one person died.')).toBe('erbil.killed');
  });

  it('ties no toll to civilians a strike was called off so as not to kill', () => {
    expect(factOf('civilians', 'He called off a second strike because he was unwilling to risk killing civilians, NBC News reported.')).toBeNull();
    expect(factOf('Americans', 'The senator said the strike answered militias intent on killing Americans.')).toBeNull();
  });

  it('reads those in critical condition as hurt, not dead, beside a toll that may climb', () => {
    expect(factOf('12', 'The monitor said the toll was likely to climb because 12 fighters were in critical condition.')).not.toBe('strike.killed');
    expect(factOf('12', 'The monitor said the toll had climbed to 12.')).toBe('strike.killed');
  });

  it('reads the lives a raid cost as its dead', () => {
    expect(factOf('one', 'The raid has cost one person his life, the group said.')).toBe('strike.killed');
    expect(factOf('two', 'The raid cost two fighters their lives.')).toBe('strike.killed');
    expect(factOf('two', 'The raid cost two fighters a night’s sleep.')).toBeNull();
  });

  it('reads "neutralized" as killed, as military and wire copy write it', () => {
    expect(factOf('at least 17', 'A war monitor said at least 17 militants were neutralized when the jets dropped their bombs.')).toBe('strike.killed');
  });

  it('counts Americans apart from the American service members the wounded facts count', () => {
    expect(factOf('six', 'The Feb. 15 rockets on Erbil injured nine others, including six Americans.')).toBeNull();
  });

  it('reads a bare "attack" as neither side’s: a monitor’s toll for "the attack" is the strike’s, not Erbil’s', () => {
    expect(factOf('at least 22', 'Syria condemned the attack, which a war monitor says killed at least 22 people.')).toBe('strike.killed');
    expect(factOf('one', 'The rocket attack on Erbil killed one contractor.')).toBe('erbil.killed');
  });
});

describe('figures of other times and of no one', () => {
  it('ties no day weeks away from the event, nor a day counted from an event', () => {
    expect(factOf('December 29', 'The jets struck again on December 29, officials said.')).toBeNull();
    expect(factOf('ten days before', 'The rockets hit Erbil on Feb. 15, ten days before the airstrike.')).toBeNull();
    // Counted from someone's deed, not from the last date given: no day at all.
    const counted = (sentence: string) => findings('The rockets hit Erbil on Feb. 15.', sentence).marks.map((m) => m.text);
    expect(counted('The jets flew a day after President Biden warned Iran against more attacks.')).not.toContain('a day after');
    expect(counted('The jets flew two days after he spoke to the Iraqi prime minister.')).not.toContain('two days after');
    expect(counted('The jets flew a day after President Biden told reporters he would act.')).not.toContain('a day after');
    // An aside on a dated attack counts from the story's day, not from the attack's own date.
    expect(factOf('ten days earlier', 'The strike answered the Feb. 15 rocket attack on Erbil, ten days earlier, which killed a contractor.')).toBeNull();
    // A place days are counted from names no attack: the day that follows is another's.
    const balad = 'Five days after Erbil, on Saturday, 20 February 2021, four rockets hit Balad air base north of Baghdad.';
    expect(factOf('Five days after', balad)).toBeNull();
    expect(factOf('Saturday, 20 February 2021', balad)).toBeNull();
  });

  it('ties nothing in a sentence that goes on by "then" from a day months away, but "then" alone is no other time', () => {
    const recalled = 'A drone hit a base near Hasakah on June 23, killing a contractor. US F-16 jets then bombed depots near Mayadin.';
    expect(factOf('F-16', recalled)).toBeNull();
    expect(factOf('F-15E', 'Rockets hit Erbil in February. The jets then flew two F-15E sorties.')).toBe('strike.aircraft');
  });

  it('gives the one earlier attack no toll at another base the sentence names, unless it names that attack too', () => {
    expect(factOf('An American', 'An American civilian contractor died early Wednesday after a heart attack as rockets came down on Al Asad Air Base.')).toBeNull();
    expect(factOf('A US contractor', 'A US contractor was killed when rockets hit Al Asad Air Base.')).toBeNull();
    expect(factOf('a civilian', 'Rockets hit an American base, killing a civilian contractor.')).toBe('erbil.killed');
    expect(factOf('a Filipino', 'The rockets that hit Erbil Air Base killed a Filipino contractor.')).toBe('erbil.killed');
    expect(factOf('a civilian', 'The rocket attack killed a civilian contractor and wounded a US service member.')).toBe('erbil.killed');
    // Nor a death of a heart attack, where no base is named: the Erbil contractor was killed by a rocket.
    expect(factOf('A U.S.', 'A U.S. civilian contractor died of a heart attack while sheltering during the attack.')).toBeNull();
  });

  it('reads the strike’s own day as the strike’s in a sentence that also names the attack it answered', () => {
    const sentence = 'On Thursday (Feb. 25), Biden ordered airstrikes on militia groups in Syria, answering a Feb. 15 rocket attack in Iraq.';
    expect(factOf('Thursday', sentence)).toBe('strike.date');
    expect(factOf('Feb. 25', sentence)).toBe('strike.date');
    expect(factOf('Feb. 15', sentence)).toBe('erbil.date');
    // Counted from the attack's day, it is still the strike's; with no word of the strike, nobody's.
    expect(
      factOf('ten days later', 'The questions: whether the Erbil rocket attack was an armed attack, whether force was needed some ten days later, and whether striking a site in Syria was proportionate.'),
    ).toBe('strike.date');
    expect(factOf('Thursday', 'The rockets hit Erbil on Feb. 15, and on Thursday, Feb. 25, the militias fired again.')).toBeNull();
    // Counted from a weekday its own sentence names, not from the page's last full date.
    expect(
      factOf('the previous evening', 'Pentagon details Feb. 25 strike', 'The Pentagon on Friday filled in details of the airstrike U.S. forces flew the previous evening.'),
    ).toBeNull();
  });

  it('reads "the US military on Thursday hit" and "had hit" as the strike, as "the military hit" is', () => {
    expect(factOf('Thursday', 'Rockets hit Erbil earlier in the month. The US military on Thursday hit a site in Syria used by militias.')).toBe('strike.date');
    expect(factOf('two', 'Rockets hit Erbil earlier in the month. The US military had hit sites used by two militia groups by evening.')).toBe('strike.groups');
  });

  it('reads "facilities were destroyed" as the strike’s own words, ahead of attacks named sentences before', () => {
    const paragraph =
      'There were three rocket attacks in Iraq in a single week, one of them deadly. The buildings targeted were used by militias. Several facilities were destroyed, and the Syrian Observatory for Human Rights said that 22 people were killed.';
    expect(factOf('22', paragraph)).toBe('strike.killed');
    expect(factOf('Several', paragraph)).toBe('strike.destroyed');
  });

  it('keeps a paragraph at the other time its earlier sentence dated, until a sentence gives a day of its own', () => {
    const recalled = 'Back in 2019 there was a similar chain of events. An American contractor was killed when a base was attacked.';
    expect(factOf('An American', recalled)).toBeNull();
    // A new paragraph, or a day of its own, is the article's time again.
    expect(factOf('An American', 'Back in 2019 there was a similar chain of events.', 'An American contractor was killed when rockets hit Erbil.')).toBe('erbil.killed');
    expect(factOf('Thursday', 'Back in 2019 there was a similar chain of events. On Thursday US jets struck the border crossing.')).toBe('strike.date');
  });

  it('ties nothing in a sentence that names a month alone, months from the event: "Then came August, …"', () => {
    expect(factOf('13', 'Then came August, and the end of the war in Afghanistan, with a bombing at Kabul airport that killed 13 U.S. service members.')).toBeNull();
    // The event's own month is its time; "May" is a verb as often as a month.
    expect(factOf('22', 'In late February the monitor said 22 fighters were killed.')).toBe('strike.killed');
  });

  it('ties nothing in a sentence about the strike that killed Soleimani', () => {
    expect(factOf('several', 'Trump went after the militias when he ordered the killing of several of their leaders in the drone strike that killed Qassem Soleimani.')).toBeNull();
  });

  it('ties nothing in a sentence dated by a month and a year months away: "In May 2021, after a drone attack…"', () => {
    const recalled = (month: string) => `In ${month} 2021, after a drone attack near Erbil killed a contractor and wounded five service members, the United States struck militia depots.`;
    expect(factOf('five', recalled('May'))).toBeNull();
    expect(factOf('a contractor', recalled('May'))).toBeNull();
    expect(factOf('five', recalled('February'))).toBe('erbil.wounded');
  });

  it('ties nothing in a sentence about a near miss, nor in the one that goes on from it', () => {
    const paragraph =
      'On December 27 of that year, a rocket attack on the K-1 base near Kirkuk killed a contractor. Two days later, American aircraft struck five sites, killing at least 25 fighters.';
    expect(factOf('at least 25', paragraph)).toBeNull();
    expect(factOf('a contractor', paragraph)).toBeNull();
  });

  it('ties nothing that might happen', () => {
    expect(factOf('several', 'A rocket that kills several Americans would leave the president little room.')).toBeNull();
    // A headline in the present tense reports.
    expect(factOf('22', 'US airstrike kills 22 in Syria, could fuel tensions, a monitor says.')).toBe('strike.killed');
  });

  it('ties nothing denied', () => {
    expect(factOf('more than 22', 'We found no source reporting more than 22 deaths in the strike.')).toBeNull();
  });

  it('reads one site as the place, not a count of facilities', () => {
    expect(factOf('one', 'This was restraint: the jets hit one site, a handful of buildings.')).toBeNull();
  });
});

describe('whose dead a toll counts', () => {
  it('never counts Americans or contractors as the US strike’s dead', () => {
    const paragraph = 'Washington called the raid retaliation for the death of a U.S. contractor in a rocket attack.';
    expect(factOf('a U.S. contractor', paragraph)).not.toBe('strike.killed');
    expect(factOf('two', 'The airstrike killed two militiamen, a monitor said.')).toBe('strike.killed');
  });
});

describe('the attacks on US forces before the 2023 strike', () => {
  const LEAD_2023 =
    'Two U.S. F-16 jets struck two facilities near Boukamal in eastern Syria early Friday, Oct. 27, 2023, the Pentagon said, after attacks on U.S. forces since the Israel-Hamas war began.';
  // The figure in the paragraph under test, not in the lead.
  const factIn = (figure: string, paragraph: string) =>
    annotate(extractFromPlainText([LEAD_2023, paragraph].join('\n\n'))).marks.find(
      (m) => m.kind === 'figure' && m.start > LEAD_2023.length && m.text.startsWith(figure),
    )?.fact ?? null;

  it('counts the strike’s side’s strikes again, not attacks on it, and its first strike’s day is no start of the attacks', () => {
    const again = 'Washington has now struck the region four times since October 17, each time after attacks on US troops.';
    expect(factIn('four', again)).toBeNull();
    expect(factIn('October 17', again)).toBeNull();
    // A headline's passive: the US forces were attacked.
    expect(factIn('23', 'US forces attacked 23 times in Iraq and Syria since mid-October')).toBe('attacks.count');
    expect(factIn('at least 19', 'US troops have been assaulted with drones and missiles at least 19 times since October 17.')).toBe('attacks.count');
    // Going after someone is attacking them, however long the way to the count.
    expect(factIn('at least 19', 'According to the Pentagon, Iranian-backed groups have gone after U.S. forces in Iraq and Syria with a mix of drones and rockets at least 19 times since Oct. 17.')).toBe('attacks.count');
    expect(factIn('at least 19', 'US troops have come under attack on at least 19 occasions since October 17.')).toBe('attacks.count');
    // What began then was a front or threats, not the attacks.
    expect(factIn('October 8', 'In the north, Hezbollah has fired rockets at IDF positions almost daily since October 8.')).toBeNull();
    expect(factIn('October 7', 'The attacks on US bases are only one of several fronts that have opened since October 7.')).toBeNull();
    expect(factIn('Oct. 7', 'Since Oct. 7, militia leaders have repeatedly threatened U.S. forces over Washington’s support for Israel.')).toBeNull();
    expect(factIn('October 17', 'Since October 17, militias have fired rockets and drones at US bases 19 times.')).toBe('attacks.since');
    expect(factIn('October 17', 'Militias have attacked US forces 23 times since October 17.')).toBe('attacks.since');
    // A stretch's first day is its start, as "since" gives it.
    expect(factIn('Oct. 17', 'From Oct. 17 through Oct. 26, U.S. forces came under attack 19 times.')).toBe('attacks.since');
    expect(factIn('Oct. 17', 'The attacks from Oct. 17 were counted.')).toBeNull();
    // A start on or after the strike's own day counts the attacks after it, not the series that led to it.
    expect(factIn('Thursday night', 'And since Thursday night, U.S. officials said, there have been more attacks on bases.')).toBeNull();
  });

  it('counts soldiers hurt "in the attacks" as the attacks’ wounded when the paragraph before named attacks on US forces', () => {
    const hurt = 'Reports said more than 20 soldiers had suffered minor injuries in the attacks.';
    const named = (before: string) =>
      annotate(extractFromPlainText([LEAD_2023.replace(', after attacks on U.S. forces since the Israel-Hamas war began', ''), before, hurt].join('\n\n'))).marks.find(
        (m) => m.kind === 'figure' && m.text === 'more than 20',
      )?.fact ?? null;
    expect(named('The strikes answered a string of attacks on US forces that began on October 17.')).toBe('attacks.wounded');
    // Soldiers of no named side, after attacks on no one American, are no one’s count here.
    expect(named('Syrian troops were shelled near Deir ez-Zor on Thursday.')).toBeNull();
  });

  it('counts soldiers hurt just after a sentence on attacks against Americans, and injuries counted among US troops', () => {
    const paragraph = (hurt: string) => ['US troops in Iraq and Syria were targeted over several days starting Oct. 18.', hurt].join(' ');
    expect(factIn('At least 24', paragraph('At least 24 soldiers suffered minor injuries, 19 of them concussions.'))).toBe('attacks.wounded');
    expect(factIn('Two', paragraph('Two Iraqi soldiers suffered minor injuries.'))).toBeNull();
    expect(factIn('21', 'The Pentagon has counted 21 injuries from the attacks on US forces so far.')).toBe('attacks.wounded');
    expect(factIn('30', 'Doctors treated 30 injuries after the storm.')).toBeNull();
  });

  it('keeps a death of a cardiac incident while sheltering, and the wounded beside it, as the series’ toll', () => {
    const statement = 'Austin said in a statement that one American contractor died of a cardiac incident while sheltering during an attack, and that 21 U.S. personnel suffered minor injuries.';
    expect(factIn('one', statement)).toBe('attacks.killed');
    expect(factIn('21', statement)).toBe('attacks.wounded');
    // A heart attack is no attack anyone counts, and the circumstance between it and the death is skipped.
    expect(factIn('An American contractor', 'An American contractor suffered a heart attack while taking cover and died, the Pentagon said.')).toBe('attacks.killed');
    // Who the person worked for is skipped on the way to the verb.
    expect(factIn('A civilian contractor', 'A civilian contractor working with the U.S.-led coalition was killed, officials said.')).toBe('attacks.killed');
    // "a U.S.-led government contractor": a modifier after an abbreviation's dots.
    expect(factOf('a U.S.-led government contractor', 'The strike answered a Feb. 15 rocket attack in Erbil that killed a U.S.-led government contractor.')).toBe('erbil.killed');
    // "a fatal cardiac incident" is a death, not an incident counted; "an American citizen" is one person.
    expect(factIn('A US contractor', 'Militias have attacked US forces since October 17. A US contractor suffered a fatal cardiac incident while moving to shelter.')).toBe('attacks.killed');
    expect(factIn('an American citizen', 'Since October 17 the bases have been attacked 19 times; an American citizen died of a heart attack while taking cover.')).toBe('attacks.killed');
  });

  it('reads a tally of attacks named before its number, and a total before its parts after a dash', () => {
    expect(factIn('at least 16', 'The count of attacks rose to at least 16 on Thursday, the Pentagon said.')).toBe('attacks.count');
    expect(factIn('19', 'The number of attacks has reached 19.')).toBe('attacks.count');
    expect(factIn('Three', 'Three attacks took place on Thursday alone.')).toBeNull();
    const split = 'The Pentagon said US forces had been targeted at least 16 times this month -- 12 times in Iraq and four times in Syria.';
    expect(factIn('at least 16', split)).toBe('attacks.count');
    expect(factIn('12', split)).toBeNull();
  });

  it('leaves out one country’s share, one attack and aircraft sent to the region', () => {
    expect(factIn('at least 12', 'Since Oct. 17 there have been at least 12 attacks on U.S. bases and personnel in Iraq and four in Syria.')).toBeNull();
    // The country named far after the count, past who attacked and whom.
    expect(factIn('10', 'The strike answered 10 separate attacks by Iranian-supported militias on US forces in Syria and 13 more in neighbouring Iraq.')).toBeNull();
    expect(factIn('one', 'A contractor died of a cardiac arrest during one assault on a base in Iraq.')).toBeNull();
    expect(factIn('F-35s', 'The buildup after the war began also brought A-10s and F-35s to the region.')).toBeNull();
    expect(factIn('A-10', 'The Pentagon has also moved more A-10 and F-15E squadrons into the region.')).toBeNull();
    // "a pair of" jets is two.
    expect(factIn('a pair of', 'Officials said a pair of F-16s carried out the strikes.')).toBe('strike.aircraft_count');
    // Jets "sent against" the sites struck them.
    expect(factIn('two', 'An official said two Air Force F-16s were sent against locations where weapons were stored.')).toBe('strike.aircraft_count');
    expect(factIn('two', 'An official said two US air force F-16s were sent against locations where weapons were stored.')).toBe('strike.aircraft_count');
    // Jets sent to strike are the strike's.
    expect(factIn('a pair of', 'Overnight the Pentagon sent a pair of F-16 fighter jets to hit a weapons depot near Abu Kamal.')).toBe('strike.aircraft_count');
  });

  it('takes a total given before its parts by country as the total, and leaves out what was added to it', () => {
    const paragraph = 'A spokesman said U.S. troops had been attacked at least 19 times since last week, four times in Syria and 12 in Iraq, with two more attacks on Thursday.';
    expect(factIn('at least 19', paragraph)).toBe('attacks.count');
    expect(factIn('two', paragraph)).toBeNull();
    // Casualties "more" than the dead are the wounded toll (the 2021 strike's lead).
    expect(factOf('several', 'A militia source said the strikes killed one of its members and injured several more.')).toBe('strike.wounded');
  });

  it('counts "rocket and drone attacks" as attacks, not rockets', () => {
    expect(factIn('15', 'The militias have carried out 15 rocket and drone attacks on U.S. bases since Oct. 17.')).toBe('attacks.count');
    // Strikes on Americans are the militias' attacks; the US strikes on the groups are not.
    expect(factIn('more than a dozen', 'The militias have launched more than a dozen small-scale strikes on U.S. bases since Oct. 17.')).toBe('attacks.count');
    expect(factIn('two', 'The U.S. carried out two strikes on Iranian-backed groups.')).toBeNull();
    expect(factIn('16', 'There have been 16 drone and missile attacks on U.S. bases in Iraq and Syria since Oct. 17.')).toBe('attacks.count');
  });

  it('reads US forces and soldiers on US bases as the Americans wounded', () => {
    expect(factIn('21', 'In all, 21 US forces have suffered minor injuries in the attacks.')).toBe('attacks.wounded');
    expect(factIn('21', 'Austin said 21 American military personnel suffered minor injuries in the attacks.')).toBe('attacks.wounded');
    // "in all" between the count and its verb.
    expect(factIn('21', 'In the attacks since October 17, 21 U.S. forces in all have been left with minor injuries.')).toBe('attacks.wounded');
    // A series' wounded with no noun, after the Americans attacked were named; not one attack's.
    const named = 'The strikes answered attacks on US personnel in Iraq and Syria by Iran-backed militias.';
    expect(factIn('21', `${named} Those attacks have left one dead and 21 lightly wounded since October 17.`)).toBe('attacks.wounded');
    expect(factIn('21', `${named} One of those attacks left 21 lightly wounded.`)).toBeNull();
    // "military personnel" counted with no country named are American, as "service members" are; not "Iraqi military personnel".
    expect(factIn('21', 'Since October 17 the bases have been attacked 19 times, and 21 military personnel suffered minor injuries.')).toBe('attacks.wounded');
    expect(factIn('Two', 'Since October 17 the bases have been attacked 19 times, and two Iraqi military personnel suffered minor injuries.')).toBeNull();
    expect(factIn('24', 'Militias claimed a string of strikes on U.S. bases in the region, wounding 24 soldiers.')).toBe('attacks.wounded');
    // Soldiers with no word of whose: not the American wounded.
    expect(factIn('24', 'The clashes in the region left 24 soldiers wounded.')).toBeNull();
    // "attacks on Americans" name whose soldiers they are too.
    expect(factIn('21', 'In the attacks on Americans in the region, one contractor died and another 21 soldiers were slightly hurt.')).toBe('attacks.wounded');
  });

  it('gives a range’s upper bound its lower bound’s measure, and "one death" a toll with its speaker', () => {
    expect(factOf('22', 'Other reports put the death toll anywhere between 17 and 22.')).toBe('strike.killed');
    // The noun after the range measures both its bounds.
    expect(factOf('17', 'Other sources put the number somewhere between 17 and 22 deaths.')).toBe('strike.killed');
    expect(factOf('at least 17', 'His first information pointed to at least 17 dead fighters, the monitor said.')).toBe('strike.killed');
    // "about" and "over" as prepositions leave the count exact.
    expect(findings('The militia’s own official has talked about one dead.').marks.find((m) => m.text === 'one')?.fact).toBe('strike.killed');
    // A figure in a condition is supposed, not reported.
    expect(factOf('one', "If you're only counting one dead fighter, the Pentagon's story holds.")).toBeNull();
    expect(factOf('22', 'Imagine the headlines if Trump had ordered a strike that killed 22 people in his first month.')).toBeNull();
    // An airliner shot down has another cause.
    expect(factOf('176', 'Hours later, air defences shot down a Ukrainian passenger jet after take-off, killing all 176 people on board.')).toBeNull();
    // So do protesters killed in clashes with security forces, a digest's next item.
    expect(factOf('four', 'Medics in Nasiriyah say four anti-government protesters were killed on Friday in clashes with Iraqi security forces.')).toBeNull();
    // A full date weeks from the event dates another raid.
    expect(factOf('57', 'The last big round came on 13 January 2021, when the monitor said 57 militiamen were killed near Al-Bukamal.')).toBeNull();
    expect(factOf('22', 'On February 26, 2021, the monitor said 22 militiamen were killed near Al-Bukamal.')).toBe('strike.killed');
    expect(factOf('five', 'Had the rockets in Erbil killed five, would the response have flattened a town?')).toBeNull();
    expect(factOf('a dozen', 'Suppose the jets hit a dozen depots over the next month.')).toBeNull();
    // What is added to a count is not its whole.
    expect(factOf('a dozen', 'The jets hit a dozen more depots.')).toBeNull();
    expect(factOf('a dozen', 'The jets hit a dozen depots.')).toBe('strike.facilities');
    expect(factOf('22', 'If confirmed, the toll of 22 would be the highest in years.')).toBe('strike.killed');
    expect(factOf('February 25', 'If the February 25 strike is a guide, more will follow.')).toBe('strike.date');
    const one = mark('one', 'The two militias reported only one death near the border.');
    expect([one.fact, one.attribution]).toEqual(['strike.killed', 'the two militias']);
  });

  it('reads parts of a list as no count of the whole, and a second verb of the same subject', () => {
    expect(factIn('one', 'Officials said the raids hit one weapons depot and one ammunition depot.')).toBeNull();
    expect(factIn('One', 'One target was a weapons storage facility and the other an ammunition storage facility.')).toBeNull();
    expect(factIn('One', 'Two jets bombed two sites. One target was an ammunition storage facility, the other a weapons storage facility.')).toBeNull();
    expect(factIn('one', 'Officials said the raids hit one depot.')).toBe('strike.facilities');
    // Modifiers joined by "and" before one noun are one list of kinds, not two counts.
    expect(factIn('two', 'The jets struck two weapons and ammunition storage facilities near the border.')).toBe('strike.facilities');
    expect(factIn('One', 'One American contractor had a cardiac arrest and died while sheltering.')).toBe('attacks.killed');
    expect(factIn('A contractor', 'A contractor went into cardiac arrest and died while sheltering from a drone alert.')).toBe('attacks.killed');
    expect(factIn('An American', 'An American civilian contractor had a heart attack and died while sheltering in place.')).toBe('attacks.killed');
    // Who the person worked for may stand between them and the verb.
    expect(factIn('An American', 'An American contractor working for the US military died of a heart attack while al-Asad was under fire.')).toBe('attacks.killed');
    expect(factIn('a US contractor', 'He also said a US contractor had died of a heart attack during one of the militia attacks.')).toBe('attacks.killed');
    // The statement's own words, and the same told in an aside: "a citizen contractor, who died of…".
    expect(factIn('one', 'During the attacks one U.S. citizen contractor died of a cardiac incident while sheltering in place.')).toBe('attacks.killed');
    expect(factIn('one', 'During the attacks one U.S. contractor, who died of a cardiac incident while sheltering, was the only death.')).toBe('attacks.killed');
    expect(factIn('one', 'During the attacks one U.S. contractor, who fired back, was praised.')).toBeNull();
    expect(factOf('two', 'One fighter was killed and two others died, the group said.')).toBeNull();
    expect(factOf('two', 'One fighter was killed and two others were wounded, the group said.')).toBe('strike.wounded');
    // A day that is none of Erbil's (a Monday) nor the strike's: another attack's toll.
    expect(factOf('an American civilian contractor', 'Officials say an American civilian contractor died of a medical episode early Wednesday after rockets hit a base in Iraq.')).toBeNull();
    expect(factOf('an American civilian contractor', 'Officials say an American civilian contractor died on Monday after rockets hit Erbil.')).toBe('erbil.killed');
    expect(factOf('one', 'The Thursday night strike answered a rocket attack in Iraq that killed one American contractor.')).toBe('erbil.killed');
    // Lives endangered or saved were not lost.
    expect(factOf('several', 'The Feb. 15 rocket attack on Erbil endangered the lives of several Americans and left them hurt.')).toBeNull();
    // "two others killed 6–12 each": the count before a verb with a count for its object did the killing, and a toll
    // of each item is no toll of the whole.
    expect(factOf('two', 'One raid hit a depot, and two others killed six people, the monitor said.')).toBeNull();
    expect(factOf('six', 'Two of the raids killed six people each, the monitor said.')).toBeNull();
    expect(factOf('six', 'The raids killed six people, the monitor said.')).toBe('strike.killed');
    // Two counts summed under one verb: the first is a part of a toll that is not on the page.
    expect(factOf('one', 'The Feb. 15 rocket attack on Erbil killed one U.S. serviceman and five civilian contractors.')).toBeNull();
    // A person named with the count, then "and several": a part of the dead; of the wounded, the Americans the fact counts.
    expect(factOf('an American servicemember', 'In the Erbil rocket attack, an American servicemember and several American contractors were killed.')).toBeNull();
    expect(factOf('a U.S. service member', 'The Erbil rocket attack wounded a U.S. service member and several American contractors.')).toBe('erbil.wounded');
    expect(factOf('one', 'The Feb. 15 rocket attack on Erbil killed one civilian contractor and wounded five others.')).toBe('erbil.killed');
    expect(factOf('One', 'One fighter was killed and four were wounded, the group said.')).toBe('strike.killed');
    expect(factOf('one', 'A militia official said the airstrike caused one death and four injuries.')).toBe('strike.killed');
    // Each with its own casualty word, or a verb that takes its own object: not parts, not a second verb.
    expect(factOf('an American soldier', 'The Feb. 15 rocket attack on Erbil killed a contractor and injured eight other people as well as an American soldier.')).toBe('erbil.wounded');
    expect(factOf('an American service member', 'In the Feb. 15 Erbil rocket attack a contractor was killed and others, among them an American service member, were injured.')).toBe('erbil.wounded');
    const ones = findings('The Feb. 15 rocket attack on Erbil left one civilian contractor dead and one service member wounded.').marks.filter((m) => m.text === 'one');
    expect(ones.map((m) => m.fact)).toEqual(['erbil.killed', 'erbil.wounded']);
    expect(factOf('an American service member', 'The Feb. 15 rocket attack on Erbil injured several contractors and an American service member and killed one.')).toBe('erbil.wounded');
  });

  it('counts "two American F-16s" as aircraft, and "the first … since March" as no start of the attacks', () => {
    expect(factIn('Two', 'Two American F-16s flew the mission, officials said.')).toBe('strike.aircraft_count');
    expect(factIn('March', 'The raids were the first on such targets since March, officials said.')).toBeNull();
    expect(factIn('Oct. 17', 'The raids were the first since the attacks on US troops began on Oct. 17.')).toBe('attacks.since');
    expect(factOf('five', 'The rocket attack on Erbil wounded five Americans and killed a contractor.')).toBeNull();
  });

  it('counts aircraft past a service’s name, lives lost as the dead, and no targets that were only planned', () => {
    expect(factIn('Two', 'Two U.S. Air Force F-16 Fighting Falcons flew the mission.')).toBe('strike.aircraft_count');
    expect(factOf('22', 'Seven bombs fell on the sites, and 22 lives were lost.')).toBe('strike.killed');
    expect(factOf('two', 'The raid hit one of two targets that had been planned; the other was called off.')).toBeNull();
    expect(factOf('F-15E', 'Kirby said two Air Force F-15E planes fired seven missiles at the sites.')).toBe('strike.aircraft');
  });

  it('never ties the dead of another state’s strike, but keeps a toll its critics name', () => {
    expect(factOf('22', 'Israeli jets fired missiles at Damascus last month, killing 22.')).toBeNull();
    expect(factOf('22', 'Turkish drones struck a convoy, killing 22 fighters.')).toBeNull();
    expect(factOf('22', 'Russia condemned the US strike, which a monitor said killed 22 fighters.')).toBe('strike.killed');
  });

  it('never ties a disease’s or a disaster’s dead, nor a count of another order than every source’s', () => {
    expect(factOf('More than 505,000', 'More than 505,000 people in the country have died of COVID-19.')).toBeNull();
    expect(factOf('above 500,000', 'The toll from the pandemic is above 500,000.')).toBeNull();
    expect(factOf('Some 505,000', 'Some 505,000 people have died in the country over the past year.')).toBeNull();
    expect(factOf('22', 'The raid killed 22 fighters, the monitor said.')).toBe('strike.killed');
  });

  it('never ties another killer’s dead, nor a war’s start as the attacks’', () => {
    expect(factIn('at least 300', 'Attacks could also distract the public. The crackdown on the protests over the fuel price has killed at least 300 people.')).toBeNull();
    expect(factIn('more than 380,000', 'The war in Syria has killed more than 380,000 people since 2011.')).toBeNull();
    expect(factIn('October 7', 'The strikes were the first on such targets since the Israel-Gaza war began on October 7.')).toBeNull();
    expect(factIn('October 7', 'They came in the wake of the Israel-Hamas war, which began on October 7.')).toBeNull();
    expect(factIn('October 7', 'Attacks on US forces have spiked since the war between Israel and Hamas began on October 7.')).toBeNull();
    // A day the page elsewhere gives as the day Hamas struck Israel is the war's start wherever it stands.
    expect(factIn('7 October', 'Drone attacks on US bases since 7 October are real. They followed Hamas’s assault on Israel on 7 October.')).toBeNull();
    expect(factIn('17 October', 'Drone attacks on US bases since 17 October are real. They followed Hamas’s assault on Israel on 7 October.')).toBe('attacks.since');
    expect(factIn('Oct. 17', 'The attacks on US troops began on Oct. 17, officials said.')).toBe('attacks.since');
    expect(factIn('Oct. 7', 'Some 110 Palestinians have died in raids and unrest in the West Bank since Oct. 7.')).toBeNull();
    // A figure denied is not reported.
    expect(factIn('two', 'Syrian army sources denied that two depots had been destroyed in the raid.')).toBeNull();
    expect(factIn('Oct. 7', 'Israeli troops have raided towns nightly since Oct. 7.')).toBeNull();
    expect(factIn('Oct. 17', 'US troops have been attacked 19 times since Oct. 17, after the war in Gaza began.')).toBe('attacks.since');
    // The war's start told after its day: "since Oct. 7, when Hamas…".
    expect(factIn('Oct. 7', 'Attacks on American troops have risen sharply since Oct. 7, when Hamas gunmen stormed into Israel.')).toBeNull();
    // A price's or another count's start, in a markets story about the strikes.
    expect(factIn('Oct. 12', 'Brent and WTI settled at their lowest since Oct. 12.')).toBeNull();
    // The start of the latest stretch of attacks, not of them all.
    expect(factIn('Oct. 24', 'Troops were sent after 14 new drone and rocket attacks on sites in Iraq and Syria since Oct. 24.')).toBeNull();
    expect(factIn('October 7', 'Since October 7, Brent has gained about 6 per cent.')).toBeNull();
    expect(factIn('October 7', 'The strikes stoked fears that the war, which has caused 8,400 deaths since October 7, could spread.')).toBeNull();
    expect(factOf('22', 'The strikes, which a war monitor said killed 22 fighters, hit trucks.')).toBe('strike.killed');
  });

  it('never ties the dead of the war in Israel, nor deaths a strike was called off to avoid', () => {
    expect(factIn('more than 1,400', 'The attacks began on Oct. 17, a week after Hamas launched attacks in southern Israel that killed more than 1,400.')).toBeNull();
  });

  it('gives the attacks’ dead only Americans or what an attack is said to have killed, never the war’s dead', () => {
    expect(factIn('some 1,400', 'Israel says some 1,400 people were killed in the Hamas attack that day.')).toBeNull();
    expect(factIn('a number of', 'Activists said a number of people were killed when aircraft struck a convoy.')).toBeNull();
    expect(factIn('A US contractor', 'A US contractor died of cardiac arrest while sheltering.')).toBe('attacks.killed');
  });

  it('does not take one attack’s toll for the whole series', () => {
    expect(factIn('two', 'A monitor said that during the attack on the base at the Koniko gas field, two US soldiers were injured.')).toBeNull();
    expect(factIn('two', 'In all the attacks, two US soldiers were injured, a monitor said.')).toBe('attacks.wounded');
    // Told by a verb on one base, or by the one base the toll was at.
    expect(factIn('two', 'A monitor said gunmen were attacking the base at dawn, and two US soldiers were wounded.')).toBeNull();
    expect(factIn('two', 'A monitor said two US soldiers were wounded at the Koniko base.')).toBeNull();
    // Or in the sentence after one attack, with no word of its own for what harmed them.
    expect(factIn('Two', 'A plane was landing at the Koniko base while gunmen attacked the base. Two US soldiers were injured, it said.')).toBeNull();
    // But a heart that failed while sheltering is the series' dead, whatever base the sentence before named.
    expect(factIn('A US contractor', 'Four service members at Al Asad Air Base were hurt. A US contractor died of cardiac arrest while sheltering.')).toBe('attacks.killed');
    // A count up to a day is a snapshot, not the running total.
    expect(factIn('16', 'Between October 17 and October 25, militias launched 16 drone and rocket attacks on US bases.')).toBeNull();
    expect(factIn('10', 'The strikes answered 10 separate attacks on US forces in Syria and 13 in neighbouring Iraq.')).toBeNull();
    // A window that runs to the strike's own day is the running total the sources give.
    expect(factIn('19', 'US forces came under attack 19 times between Oct. 17 and Oct. 26, a spokesman said.')).toBe('attacks.count');
    // The window's end as a bare day of the first date's month.
    expect(factIn('16', 'Between October 17 and 26, US troops came under 16 attacks in Iraq and Syria.')).toBe('attacks.count');
    expect(factIn('16', 'Between October 17 and 24, US troops came under 16 attacks in Iraq and Syria.')).toBeNull();
    // One day's attacks are not the series since it began.
    expect(factIn('Three', 'Three attacks took place on Thursday alone, two in Syria and one in Iraq.')).toBeNull();
    // Nor are the latest ones, hours before, or ones not reported until now.
    expect(factIn('two', 'An official said the strikes came hours after two attacks on US forces in Iraq and Syria.')).toBeNull();
    expect(factIn('two', 'Officials disclosed two attacks on US troops in Syria that had not been reported before.')).toBeNull();
    expect(factIn('two', 'The raid followed by a few hours the two drone attacks on American troops, neither of which had been made public.')).toBeNull();
    expect(factIn('two', 'A defence official said it came a few hours after the two attacks on US bases.')).toBeNull();
    expect(factIn('at least 19', 'There have been at least 19 attacks on US forces since Oct. 17, three of them on Thursday.')).toBe('attacks.count');
    expect(factIn('21', 'Ryder said 21 US troops were hurt when drones hit al-Asad Airbase in Iraq and al-Tanf Garrison in Syria.')).toBe('attacks.wounded');
    // A heart attack is no attack on the base.
    expect(factIn('One', 'One American contractor died of a heart attack during a false alarm at a base.')).toBe('attacks.killed');
    // Nor is a heart attack at one named base, or while sheltering from a drone attack, that base's or that attack's toll.
    expect(factIn('An American contractor', 'An American contractor died of cardiac arrest while sheltering during a false alarm at Al Asad Air Base.')).toBe('attacks.killed');
    expect(factIn('A US contractor', 'A US contractor died of a cardiac arrest while sheltering from a possible drone attack.')).toBe('attacks.killed');
  });

  it('reads a count of the attacks or their wounded told on a day well after the strike as a later tally', () => {
    expect(factIn('56', 'On Nov. 9, a Pentagon spokesman said 56 US troops had been hurt in the attacks.')).toBeNull();
    expect(factIn('56', 'Nov. 9: The Pentagon puts the number of US troops hurt at 56.')).toBeNull();
    // A tracker's row, its cells read as clauses of one line (lib/article/from-dom.ts).
    expect(factIn('At least 46', 'Nov. 9; Iraq and Syria; Pentagon tally; At least 46 attacks; 56 US troops injured')).toBeNull();
    // Told the day after the strike, the count is the one the sources gave.
    expect(factIn('21', 'On Oct. 28, a Pentagon spokesman said 21 US troops had been hurt in the attacks.')).toBe('attacks.wounded');
  });

  it('reads "there have been … since" on a page dated days after the strike as the count that day', () => {
    const text = (published: { year: number; month: number; day: number }) =>
      annotate({
        ...extractFromPlainText(
          [
            'US F-16 jets struck two facilities near Abu Kamal in eastern Syria on Oct. 26, 2023, after attacks on US forces since Oct. 17, Defense Secretary Lloyd Austin said.',
            'There have been at least 38 separate attacks on bases housing U.S. troops in Syria and Iraq since Oct. 17.',
          ].join('\n\n'),
        ),
        published: { ...published, utc: false, from: 'meta' as const },
      }).marks.find((m) => m.text === 'at least 38')?.fact ?? null;
    expect(text({ year: 2023, month: 11, day: 6 })).toBeNull();
    expect(text({ year: 2023, month: 10, day: 27 })).toBe('attacks.count');
  });

  it('keeps a strike’s own toll told days later: it does not grow', () => {
    expect(factOf('two', 'March 1 -- The airstrike in Syria last week killed one militiaman and injured two others, the Pentagon said.')).toBe('strike.wounded');
  });
});

describe('other incidents in a list of them', () => {
  it('ties no toll of a bomb planted, and no day that names another attack, to the strike', () => {
    expect(factOf('four', 'Gunmen planted a bomb in a car carrying militiamen near Aleppo; four were killed and two wounded.')).toBeNull();
    expect(factOf('March 3', 'It is unclear whether the administration sees the March 3 attack as a response, or intends another strike.')).toBeNull();
    // The Monday before the strike is the Green Zone rockets', whatever the page calls them.
    expect(factOf('Monday', 'No casualties were reported from Monday’s strike, but the Erbil attack killed a contractor.')).toBeNull();
    // The strike's own day, called an attack, is still its day.
    expect(factOf('Feb. 25', 'The Feb. 25 attack on the border post was ordered by Biden.')).toBe('strike.date');
  });

  it('ties no toll of an operation by someone the reference does not know: a column that compares presidents', () => {
    expect(factOf('eight', 'Carter’s rescue mission collapsed in the desert and cost the lives of eight American servicemen.')).toBeNull();
    // The strike's own day, or a name the reference knows, owns its operation.
    expect(factOf('22', 'Thursday’s raid killed 22 fighters, the monitor said.')).toBe('strike.killed');
    expect(factOf('22', 'Biden’s first military operation killed 22 fighters, the monitor said.')).toBe('strike.killed');
    // The war in the country struck is where the monitor works, not someone's operation.
    expect(factOf('at least 17', 'A group that monitors Syria’s civil war said at least 17 fighters died in the raid.')).toBe('strike.killed');
  });

  it('ties no toll of a road accident or a truck bomb, a digest’s other briefs, to the strike', () => {
    expect(factOf('12', 'LIMA: A bus carrying farm workers went off a mountain road on Friday, killing 12 people, police said.')).toBeNull();
    expect(factOf('12', 'A truck bomb killed 12 people near the border on Friday.')).toBeNull();
    expect(factOf('12', 'The strike on the trucks near the border killed 12 people on Friday.')).toBe('strike.killed');
  });
});

describe('one kind of injury', () => {
  const LEAD_2023 = 'Two US F-16 fighter jets struck two facilities near Abu Kamal in eastern Syria on Thursday, October 26, 2023, the Pentagon said.';
  const factIn2023 = (figure: string, sentence: string) =>
    annotate(extractFromPlainText([LEAD_2023, sentence].join('\n\n'))).marks.find((m) => m.kind === 'figure' && m.text.startsWith(figure))?.fact ?? null;

  it('reads a sentence dated the day of a near miss as that strike’s: "On November 8, …"', () => {
    const paragraph = 'On November 8, Austin issued another statement. US forces had struck again, he said. Two F-15s hit a weapons storage facility.';
    expect(factIn2023('F-15s', paragraph)).toBeNull();
  });

  it('ties no aircraft moved to the region: "both recently moved to the Middle East"', () => {
    const text = 'Early reports named F-15E Strike Eagles, both recently moved to the Middle East. Later reports said only a pair of F-16s took part.';
    expect(factIn2023('F-15E', text)).toBeNull();
    expect(factIn2023('F-16s', text)).toBe('strike.aircraft');
    // A home unit's jets: where they are now, and what the unit flies.
    expect(factIn2023('F-15Es', 'The county’s F-15Es now in Middle East as US strikes back in Syria')).toBeNull();
    expect(factIn2023('F-15E', 'The unit flies the F-15E Strike Eagle.')).toBeNull();
  });

  it('is a part of the wounded, not their count: "at least 27 U.S. personnel with traumatic brain injuries"', () => {
    expect(factIn2023('at least 27', 'The attacks caused 59 injuries, among them at least 27 U.S. personnel with traumatic brain injuries.')).toBeNull();
    expect(factIn2023('Nineteen', 'Nineteen U.S. service members were diagnosed with traumatic brain injuries.')).toBeNull();
    expect(factIn2023('Twenty-one', 'Twenty-one U.S. personnel suffered minor injuries.')).toBe('attacks.wounded');
    expect(factIn2023('Dozens', 'Dozens of U.S. personnel have been wounded in those attacks.')).toBe('attacks.wounded');
    expect(factIn2023('both', 'A drone fell near a base and rockets hit a field; the Pentagon blamed militias for both attacks.')).toBeNull();
    expect(factIn2023('Dozens', 'Dozens of Iraqi fighters have been wounded in those attacks.')).toBeNull();
    expect(factIn2023('fifty-eight', 'Most of the fifty-eight people killed in the cross-border exchanges since October 17 have been Hezbollah fighters.')).toBeNull();
    // A running count "now", on a page dated days after the strike, is the count as it stood then.
    const onPageOf = (day: number, sentence: string) =>
      annotate({ ...extractFromPlainText([LEAD_2023, sentence].join('\n\n')), published: { year: 2023, month: 11, day, utc: false, from: 'meta' } }).marks.find((m) => m.text.startsWith('as many as 45'))?.fact ?? null;
    expect(onPageOf(1, 'NBC News reported that as many as 45 U.S. personnel have now been hurt.')).toBeNull();
    expect(onPageOf(1, 'NBC News reported that as many as 45 U.S. personnel were hurt.')).toBe('attacks.wounded');
    // More than a week later, any running count is the page's day's.
    expect(onPageOf(7, 'NBC News reported that as many as 45 U.S. personnel were hurt.')).toBeNull();
    // A count the Pentagon keeps ("has logged", "is tracking") is the count of the page's day.
    const attacksOn = (month: number, day: number, sentence: string) =>
      annotate({ ...extractFromPlainText([LEAD_2023, sentence].join('\n\n')), published: { year: 2023, month, day, utc: false, from: 'meta' } }).marks.find((m) => m.text === '27')?.fact ?? null;
    expect(attacksOn(10, 31, 'Over roughly the last two weeks, the Pentagon has logged 27 attacks against U.S. forces.')).toBeNull();
    expect(attacksOn(10, 31, 'The Pentagon says it’s tracking 27 attacks on US troops.')).toBeNull();
    expect(attacksOn(10, 31, 'The Pentagon is keeping track of 27 attacks on US troops over roughly the past two weeks.')).toBeNull();
    expect(attacksOn(10, 27, 'The Pentagon has logged 27 attacks against U.S. forces.')).toBe('attacks.count');
    // "in past two weeks", "have been hit by … since": a running count told days after the strike.
    expect(attacksOn(10, 31, 'US bases were attacked 27 times in past two weeks, officials said.')).toBeNull();
    expect(attacksOn(11, 6, 'Bases housing U.S. troops have been hit by 27 attacks since Oct. 17.')).toBeNull();
    expect(attacksOn(10, 27, 'Bases housing U.S. troops have been hit by 27 attacks since Oct. 17.')).toBe('attacks.count');
    expect(attacksOn(10, 31, 'US targets have come under attack 27 times since Oct. 17, an official said.')).toBeNull();
    // Told on the page's own weekday, days after the strike; told on the strike's day, the count of its day.
    expect(attacksOn(10, 31, 'Militias attacked US troops 27 times since Oct. 17, the Pentagon confirmed Tuesday.')).toBeNull();
    expect(attacksOn(10, 31, 'Militias attacked US troops 27 times since Oct. 17, the Pentagon said Thursday.')).toBe('attacks.count');
    expect(attacksOn(10, 27, 'US targets have come under attack 27 times since Oct. 17, an official said.')).toBe('attacks.count');
    // A headline that repeats a count the body tells as a later tally is that later count too.
    const headlined = (headline: string) =>
      annotate({ ...extractFromPlainText([headline, LEAD_2023, 'The Pentagon said US forces have now been attacked 27 times since Oct. 17.'].join('\n\n')), published: { year: 2023, month: 10, day: 31, utc: false, from: 'meta' } }).marks.find((m) => m.text === '27')?.fact ?? null;
    expect(headlined('US forces attacked 27 times since October 17, Pentagon says')).toBeNull();
    // The attacks were counted anew every day or two: more than three days later, a count of them is the page's day's.
    expect(attacksOn(10, 31, 'The press secretary gave a total of 27 attacks recorded since October 17, 16 in Iraq and 11 in Syria.')).toBeNull();
    expect(attacksOn(10, 28, 'The press secretary gave a total of 27 attacks recorded since October 17, 16 in Iraq and 11 in Syria.')).toBe('attacks.count');
    // Any running count told more than a week later is the page's day's, unless its sentence sets it at the strike.
    expect(attacksOn(11, 14, 'US forces were attacked 27 times in Syria and Iraq, a Pentagon official said.')).toBeNull();
    expect(attacksOn(11, 14, 'The strikes answered 27 attacks on US forces in Syria and Iraq, a Pentagon official said.')).toBe('attacks.count');
    // "after" sets a count at the strike only as what the strikes came after, not an aside's "after several attempts".
    expect(attacksOn(11, 14, 'The president ordered the strikes after 27 attacks on US forces in Syria and Iraq.')).toBe('attacks.count');
    expect(attacksOn(11, 14, 'A spokeswoman said on Monday, after several attempts over the weekend, that US forces were attacked 27 times.')).toBeNull();
    // One day's attacks: "On Thursday alone there were three attacks".
    expect(factIn2023('three', 'On Thursday alone there were three attacks on US bases.')).toBeNull();
    // A harm that could have happened is no toll.
    expect(factIn2023('three', 'Had the drone exploded, it could have killed three U.S. soldiers, officials said.')).toBeNull();
    expect(factIn2023('Three', 'Three U.S. soldiers might have been hurt had the drone gone off.')).toBeNull();
    expect(factIn2023('three', 'The drone wounded three U.S. soldiers, officials said.')).toBe('attacks.wounded');
    // "put the number of attacks at": a tally given; "two Revolutionary Guard weapons depots" are depots.
    expect(factIn2023('no fewer than 19', 'The Pentagon put the number of attacks on its troops at no fewer than 19.')).toBe('attacks.count');
    expect(factIn2023('three', 'US jets hit three Revolutionary Guard weapons depots near Boukamal.')).toBe('strike.facilities');
    // Not a toll reported with a doubt.
    expect(factIn2023('three', 'The drone may have wounded three U.S. soldiers, officials said.')).toBe('attacks.wounded');
    expect(factIn2023('three', 'Officials said the drone could have wounded three U.S. soldiers, but the count is not final.')).toBe('attacks.wounded');
    // One country's wounded are a part of them too.
    expect(factIn2023('four', 'The attacks have left 17 Americans in Syria and four American personnel in Iraq with minor injuries.')).toBeNull();
    expect(factIn2023('21', 'The attacks wounded 21 US personnel in Iraq and Syria.')).toBe('attacks.wounded');
  });
});

describe('the war in Israel and Lebanon', () => {
  it('keeps its dead apart, but not a dateline’s place: "BEIRUT, Lebanon –" is where the report was filed', () => {
    expect(factOf('No fewer than 22', 'BEIRUT, Lebanon – No fewer than 22 fighters were killed in the raids, a war monitor reported.')).toBe('strike.killed');
    expect(factOf('22', 'In southern Lebanon, 22 fighters were killed in the raids, a war monitor reported.')).toBeNull();
  });
});

describe('counts of things the strike did not hit', () => {
  it('ties no count of health, school or aid facilities to the strike’s facilities', () => {
    expect(factOf('48', 'Gaza’s health officials said Israeli fire had damaged 48 health facilities since the war began.')).toBeNull();
    expect(factOf('three', 'The agency said three school buildings were hit in the camp.')).toBeNull();
    // The strike's own: a kind of facility a militia keeps.
    expect(factOf('two', 'The jets hit two weapons storage facilities used by the militias.')).toBe('strike.facilities');
  });

  it('counts no aircraft carrier as an aircraft', () => {
    const lead = 'US F-16 jets struck two sites near Boukamal in eastern Syria used by Iran’s Revolutionary Guard, Lloyd Austin said on Oct. 26, 2023.';
    const factIn = (figure: string, sentence: string) =>
      annotate(extractFromPlainText([lead, sentence].join('\n\n'))).marks.find((m) => m.kind === 'figure' && m.start > lead.length && m.text.startsWith(figure))?.fact ?? null;
    expect(factIn('two', 'Washington has also moved two aircraft carrier strike groups toward the coast of Israel.')).toBeNull();
    expect(factIn('Two', 'Two aircraft carried out the strikes, the Pentagon said.')).toBe('strike.aircraft_count');
  });
});

describe('an attack the sentence places at another named base', () => {
  it('ties none of its figures to the one earlier attack the reference knows', () => {
    expect(factOf('122', 'Officials blamed the militias for that attack on Camp Harmon, which was hit by ten 122 mm rockets.')).toBeNull();
    expect(factOf('107', 'The Feb. 15 attack on Erbil was carried out with 107 mm rockets.')).toBe('erbil.calibre');
    // Americans attacked are no place of their own: the earlier attack's figure stays.
    expect(factOf('107', 'The Feb. 15 rocket attack on U.S. forces in Erbil used 107 mm rockets.')).toBe('erbil.calibre');
  });
});
