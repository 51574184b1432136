import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';

const factOf = (text: string, figure: string) =>
  annotate(extractFromPlainText(text)).marks.find((m) => m.kind === 'figure' && m.text === figure)?.fact ?? null;

describe('which incident a figure is about', () => {
  it('gives a new paragraph’s toll to the strike, even after the attack was named in a side clause', () => {
    const text = [
      'American warplanes bombed a border crossing in eastern Syria late Thursday, the Pentagon said, in response to a Feb. 15 rocket attack on Erbil.',
      'The Syrian Observatory for Human Rights said at least 22 fighters were killed.',
    ].join('\n\n');
    expect(factOf(text, 'at least 22')).toBe('strike.killed');
  });

  it('gives harm done "there" in a new paragraph to the place the paragraph before ended on', () => {
    const text = (next: string) =>
      [
        'American warplanes bombed a border crossing in eastern Syria late Thursday, Feb. 25, 2021, on Biden’s orders.',
        'A militia calling itself the Guardians of Blood had most recently claimed a rocket attack on Erbil.',
        next,
      ].join('\n\n');
    expect(factOf(text('A civilian was killed there and US soldiers were wounded.'), 'A civilian')).toBe('erbil.killed');
    // Without "there", a new paragraph goes back to the story's subject.
    expect(factOf(text('Seventeen fighters were killed, a monitor said.'), 'Seventeen')).toBe('strike.killed');
  });

  it('gives a toll the Syrian Observatory counts to the strike, though the sentence before told of the Erbil attack', () => {
    const lead = 'American warplanes bombed militia sites in eastern Syria late Thursday, Feb. 25, 2021, on Biden’s orders.';
    const erbil = 'They were payback for rocket fire on the airport at Erbil in northern Iraq that killed a contractor and hurt six others.';
    const text = (next: string) => [lead, `${erbil} ${next}`].join('\n\n');
    expect(factOf(text('The London-based Syrian Observatory for Human Rights said as many as 22 people were killed.'), 'as many as 22')).toBe('strike.killed');
    // A monitor counts Syria's dead, not the attacks in Iraq; with no one named, the toll stays the attack's.
    expect(factOf(text('As many as 22 people were killed, officials said.'), 'As many as 22')).toBe('erbil.killed');
    // Named where no harm is told, the monitor places nothing: the hour of a shipment is not the strike's.
    const shipment = 'At 05:30 Syria time, sources told the Syrian Observatory for Human Rights that a weapons shipment crossed the border.';
    expect(factOf([lead, erbil, shipment].join('\n\n'), '05:30 Syria time')).toBeNull();
  });

  it('gives the toll to the attack that owns the clause: "retaliation for a rocket attack that killed one contractor"', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday, spokesman John Kirby said. The Pentagon said the strikes were retaliation for a rocket attack in Iraq this month that killed one civilian contractor.';
    expect(factOf(text, 'one')).toBe('erbil.killed');
  });

  it('gives the toll to an attack whose day comes before its target: "an attack this month on US facilities that left one dead"', () => {
    const text =
      'Around a dozen Kataib Hezbollah fighters died when US F-15E jets struck depots near Al Bukamal in eastern Syria on Thursday, a reply to an attack this month on US facilities in Iraq that left one person dead.';
    expect(factOf(text, 'one')).toBe('erbil.killed');
    const later =
      'US F-15E jets struck Kataib Hezbollah depots near Al Bukamal in eastern Syria on Thursday. The raid followed an attack last week against coalition bases in Iraq that left one contractor dead.';
    expect(factOf(later, 'one')).toBe('erbil.killed');
  });

  it('reads missiles the US ordered as the strike: "Biden on Thursday ordered missile strikes"', () => {
    const lead = 'US strikes Iran-backed militias in Syria\n\nThe Pentagon named Kataib Hezbollah and Kataib Sayyid al-Shuhada near Al Bukamal on Feb. 26, 2021, after the Feb. 15 rocket attack on Erbil.';
    expect(factOf(`${lead}\n\nPresident Joe Biden on Thursday ordered missile strikes on Iranian-backed militias in eastern Syria, the Pentagon said.`, 'Thursday')).toBe('strike.date');
    // Missiles the militias fired are theirs, whoever answered them.
    expect(factOf('American jets bombed sites near Al Bukamal on Thursday, Feb. 25, 2021.\n\nMilitias fired missiles at the US embassy on Monday, officials said.', 'Monday')).not.toBe('strike.date');
  });

  it('reads "the US military hit" as the strike: its day and its targets are the strike’s', () => {
    const text = 'The US military hit two facilities used by Kataib Hezbollah near Al Bukamal in eastern Syria on Thursday with F-15E jets, the Pentagon said.';
    expect(factOf(text, 'Thursday')).toBe('strike.date');
    // The day, with its part, between the military and its verb.
    const night = 'The U.S. military on Thursday night hit way stations the militias used to move weapons, on orders from President Joe Biden.';
    expect(factOf([text.replace(' on Thursday', ' on Feb. 25, 2021'), night].join('\n\n'), 'Thursday night')).toBe('strike.date');
  });

  it('reads what jets or the United States hit as the strike’s, whatever attack the sentence before or after names', () => {
    const lead = 'US jets struck near Boukamal in eastern Syria on Thursday, Oct. 26, 2023, used by Iran’s Revolutionary Guard, a response to recent attacks on American forces.';
    expect(factOf(`${lead}\n\nOfficials said a pair of F-16s hit a weapons storage area.`, 'F-16s')).toBe('strike.aircraft');
    expect(factOf(`${lead}\n\nThe United States hit two sites in eastern Syria, after a run of attacks on US forces in Iraq and Syria.`, 'two')).toBe('strike.facilities');
    const sent = [
      'US strikes Kataib Hezbollah sites near Al Bukamal, in Biden’s first military action, Feb. 25, 2021',
      'On Thursday, President Joe Biden sent US warplanes against two Iranian-backed militias in Syria, answering last week’s rocket attack in Iraq.',
    ].join('\n\n');
    expect(factOf(sent, 'Thursday')).toBe('strike.date');
    // Without a word of who hit, the attacks named after the count still own it.
    expect(factOf(`${lead}\n\nTwo sites came under fire, after a run of attacks on US forces in Iraq and Syria.`, 'Two')).toBeNull();
  });

  it('reads drones flying with the jets as their escort, not an attack: the jets and their targets are the strike’s', () => {
    const text =
      'US jets struck near Boukamal in eastern Syria on Thursday, Oct. 26, 2023, after attacks on US forces since Oct. 17.\n\nTwo U.S. F-16 fighters, flying with MQ-9 drones, hit the two storage sites.';
    expect(factOf(text, 'F-16')).toBe('strike.aircraft');
    expect(factOf(text, 'two')).toBe('strike.facilities');
  });

  it('reads "payback for a strike in northern Iraq" as the militias’ attack the strike answered', () => {
    const text = [
      'U.S. F-15E jets struck Kataib Hezbollah sites near Al Bukamal in eastern Syria on Thursday, Feb. 25, 2021.',
      'Officials said it was payback for a strike in northern Iraq last month that killed one civilian and wounded a US soldier.',
    ].join('\n\n');
    expect(factOf(text, 'one')).toBe('erbil.killed');
    expect(factOf(text, 'a US soldier')).toBe('erbil.wounded');
  });

  it('reads an "air attack" as a strike, whoever carried it out', () => {
    const text =
      'U.S. F-15E jets struck Kataib Hezbollah sites near Al Bukamal in eastern Syria on Thursday, Feb. 25, 2021.\n\nThe United States carried out the air attack against facilities used by militias at around 1 am local time.';
    expect(factOf(text, 'around 1 am local time')).toBe('strike.time');
  });

  it('reads an attack carried out "on Biden’s orders" as the strike: its hour is the strike’s', () => {
    const text =
      'U.S. F-15E jets struck Kataib Hezbollah sites near Al Bukamal in eastern Syria on Thursday, Feb. 25, 2021, after the Feb. 15 rocket attack on Erbil.\n\nAccording to the Pentagon, the attack was carried out at 6 pm eastern time on Biden’s orders.';
    expect(factOf(text, '6 pm eastern time')).toBe('strike.time');
  });

  it('gives the militias’ words no figure of the strike, and a dateline no incident', () => {
    const text = [
      'U.S. F-15E jets struck militia sites near Al Bukamal in eastern Syria on Thursday, Pentagon spokesman John Kirby said, after the Feb. 15 rocket attack on Erbil.',
      'BAGHDAD: A barrage of rockets hit an air base hosting coalition troops on Wednesday, a coalition spokesman said.',
      'The spokesman said the rockets hit at 7:20 am local time.',
    ].join('\n\n');
    expect(factOf(text, '7:20 am local time')).toBeNull();
    // The dateline names Baghdad, whose attack was on 22 February: the day is not that attack's either.
    expect(factOf(text, 'Wednesday')).toBeNull();
  });

  it('lets an attack’s day stand for it only where its sentence speaks of an attack or harm', () => {
    const lead = 'U.S. F-15E jets struck militia sites near Al Bukamal in eastern Syria on Thursday, after the Feb. 15 rocket attack on Erbil.';
    const text = (sentence: string) => [lead, sentence].join('\n\n');
    expect(factOf(text('On February 22, a new shipment of weapons reached the militia’s depots, sources said.'), 'February 22')).toBeNull();
    expect(factOf(text('Iraq is leading the inquiry into the February 22 attack, officials said.'), 'February 22')).toBe('baghdad.date');
  });

  it('reads what follows "in answer to" as the cause, not the figure’s incident', () => {
    const text = [
      'U.S. F-15E jets struck militia sites near Al Bukamal in eastern Syria on Thursday, Pentagon spokesman John Kirby said, after the Feb. 15 rocket attack on Erbil.',
      'Washington said its jets hit a border post used by Iran-backed groups, destroying multiple facilities in answer to a series of rocket attacks on its troops in Iraq.',
    ].join('\n\n');
    expect(factOf(text, 'multiple')).toBe('strike.destroyed');
  });

  it('keeps one attack’s day apart from the attacks listed beside it or a city that only locates it', () => {
    const lead =
      'U.S. F-15E jets struck militia sites near Al Bukamal in eastern Syria on Thursday, Pentagon spokesman John Kirby said, after the Feb. 15 rocket attack on Erbil.';
    const list = [lead, 'Rockets also hit Balad air base on February 20 and Baghdad’s Green Zone on February 22.'].join('\n\n');
    expect(factOf(list, 'February 20')).toBeNull();
    expect(factOf(list, 'February 22')).toBe('baghdad.date');
    const locator = [lead, 'On February 20, four rockets struck Balad air base north of Baghdad, the Iraqi military said.'].join('\n\n');
    expect(factOf(locator, 'four')).toBeNull();
    // "F-16s." ends its sentence: the next one's Baghdad is not the Balad sentence's.
    const split = [lead, 'On February 20, rockets hit Balad air base, where a company services Iraq’s F-16s. Two days after that, rockets landed in Baghdad.'].join('\n\n');
    expect(factOf(split, 'February 20')).toBeNull();
    // An item of its own after ", and", with its own attack word: the Baghdad named before it is not its place.
    const blamed = [lead, 'The same groups were blamed for a rocket attack on Monday near the embassy in Baghdad’s Green Zone, and for a strike on the Balad air base on Saturday.'].join('\n\n');
    expect(factOf(blamed, 'Monday')).toBe('baghdad.date');
    expect(factOf(blamed, 'Saturday')).toBeNull();
    const hosting = [lead, 'Rockets struck Baghdad’s Green Zone earlier this week, and a base north of the capital hosting American contractors was hit on Saturday.'].join('\n\n');
    expect(factOf(hosting, 'Saturday')).toBeNull();
    // "since" a day, then the attack of that day: the attack's day, not the start of a run.
    const since = [lead, 'Washington had weighed a reply since February 15, when a volley of rockets slammed into the airport in Erbil.'].join('\n\n');
    expect(factOf(since, 'February 15')).toBe('erbil.date');
    // A toll after "But …, they may have killed" may be another incident's than the attack carried over.
    const turn = [lead, 'The White House called it a reply to this month’s rocket attacks on US bases, which left one person dead. But a monitor says they may have killed at least 22 people.'].join('\n\n');
    expect(factOf(turn, 'one')).toBe('erbil.killed');
    expect(factOf(turn, 'at least 22')).toBeNull();
    // A clause after ";" goes on about the place before it.
    expect(factOf([lead, 'The Green Zone in Baghdad holds the US embassy; rockets were fired toward it on Monday.'].join('\n\n'), 'Monday')).toBe('baghdad.date');
  });

  it('reads the munitions the jets released as the strike’s words', () => {
    const text = [
      'U.S. F-15E jets struck militia sites near Al Bukamal in eastern Syria, Pentagon spokesman John Kirby said, after the Feb. 15 rocket attack on Erbil.',
      'The aircraft released seven precision-guided munitions on the targets Thursday.',
    ].join('\n\n');
    expect(factOf(text, 'Thursday')).toBe('strike.date');
  });

  it('gives a day before "in retaliation for" to the strike, not to the attack named after it', () => {
    const text =
      'On Thursday, President Joe Biden had U.S. jets bomb militia sites in eastern Syria, in retaliation for a Feb. 15 rocket attack on a coalition base in Erbil.';
    expect(factOf(text, 'Thursday')).toBe('strike.date');
    expect(factOf(text, 'Feb. 15')).toBe('erbil.date');
  });

  it('gives a day that names an attack on a base the reference does not know to that attack, not to Erbil', () => {
    const text =
      'On Thursday, U.S. jets bombed militia sites in eastern Syria, answering the Feb. 15 rocket attack on a coalition base in Erbil as well as the Feb. 22 rocket attack on Taji Air Base.';
    expect(factOf(text, 'Feb. 15')).toBe('erbil.date');
    expect(factOf(text, 'Feb. 22')).toBeNull();
    const onUsBase = 'On Thursday, U.S. jets bombed militia sites in eastern Syria, answering the Feb. 15 rocket attack on the US base in Erbil.';
    expect(factOf(onUsBase, 'Feb. 15')).toBe('erbil.date');
  });

  it('reads missiles the US jets "released" as the strike\'s, not an attack\'s', () => {
    const text = 'U.S. jets struck militia sites in eastern Syria on Thursday, spokesman John Kirby said.\n\nTwo F-15s released seven missiles, wiping out nine buildings.';
    expect(factOf(text, 'F-15s')).toBe('strike.aircraft');
  });

  it('reads "targets" as neither side\'s word: "a rocket attack on US targets in which a contractor died" is the attack\'s toll', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday, spokesman John Kirby said. The Pentagon called the raid a response to a rocket attack on US targets this month in which a civilian contractor died.';
    expect(factOf(text, 'a civilian contractor')).toBe('erbil.killed');
  });

  it('reads "the United States fired … missiles" as the strike\'s words, not an attack\'s, and counts its missiles for no fact', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday, spokesman John Kirby said.\n\nEarly on Friday the United States fired six missiles at a border post used by the militia it blames for a deadly Feb. 15 rocket attack on Erbil.';
    const marks = annotate(extractFromPlainText(text)).marks;
    expect(marks.find((m) => m.kind === 'figure' && m.text.includes('Friday'))?.fact).toBe('strike.date');
    expect(factOf(text, 'six')).toBeNull();
    expect(factOf(text, 'Feb. 15')).toBe('erbil.date');
  });

  it('reads a militia outlet\'s "martyred" as killed, and "as US attacks" as the strike: "One martyred, four wounded as US attacks …"', () => {
    const text =
      'One martyred, four wounded as US attacks Hashd positions\n\nUS jets struck militia sites in eastern Syria early on Friday, spokesman John Kirby said, after a Feb. 15 rocket attack on Erbil.';
    expect(factOf(text, 'One')).toBe('strike.killed');
  });

  it('reads what rockets struck as an attack: its day is never the strike’s', () => {
    const lead = 'U.S. jets struck militia sites in eastern Syria on Thursday, Feb. 25, spokesman John Kirby said.';
    expect(factOf(`${lead} Rockets also struck the Balad air base on Feb. 20, a week before.`, 'Feb. 20')).toBeNull();
    expect(factOf(`${lead} A rocket attack hit the Balad air base on Feb. 20.`, 'Feb. 20')).toBeNull();
    expect(factOf(`${lead} The jets struck again on Feb. 26, officials said.`, 'Feb. 26')).toBe('strike.date');
  });

  it('reads a bombardment as the strike, as bombing is: state media’s "committed an aggression by bombardment"', () => {
    const text = 'Damascus condemned the raid. US warplanes, on Thursday, February 25, 2021, committed an aggression by bombardment of areas near Al Bukamal in eastern Syria.';
    expect(factOf(text, 'Thursday, February 25, 2021')).toBe('strike.date');
  });

  it('reads the attack a strike answered as the militias’: "in retaliation for an attack that killed one"', () => {
    const lead = 'U.S. jets struck militia sites in eastern Syria on Thursday, Feb. 25, spokesman John Kirby said, after the Feb. 15 rocket attack on Erbil.';
    expect(factOf(`${lead} The raid may have killed 22 people in reprisal for an attack that killed one.`, 'one')).toBe('erbil.killed');
  });

  it('reads what struck an air base or an embassy as an attack, though its weapon is in the sentence before', () => {
    const lead = 'U.S. jets struck militia sites in eastern Syria on Thursday, Feb. 25, spokesman John Kirby said.';
    expect(factOf(`${lead} More rockets came later. Two struck Balad Air Base on Feb. 20, hurting a worker.`, 'Feb. 20')).toBeNull();
    expect(factOf(`${lead} More rockets came later. One hit the U.S. Embassy on Feb. 22.`, 'Feb. 22')).toBe('baghdad.date');
  });

  it('still gives the militias their rockets: "militants fired three rockets at the base"', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday, spokesman John Kirby said. On Feb. 15, militants fired three rockets at the coalition base in Erbil.';
    expect(factOf(text, 'three')).toBe('erbil.rockets');
  });

  it('carries a place named earlier in the same paragraph: "two of the rockets fell near the airport" is part of that volley', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday.\n\nOn Feb. 15, four rockets were fired at Erbil airport. Two rockets fell on homes nearby.';
    expect(factOf(text, 'four')).toBe('erbil.rockets');
    // The smaller count is a part of the volley, not its total.
    expect(factOf(text, 'Two')).toBeNull();
  });

  it('gives no incident to a count past a list of several incidents’ places, in a clause of its own', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday.\n\nThis month rockets were fired at Baghdad’s Green Zone and at Erbil airport, and one rocket came down inside the embassy compound.';
    expect(factOf(text, 'one')).toBeNull();
    // One incident named before, the same clause break: that incident's.
    const erbil = 'U.S. jets struck militia sites in eastern Syria on Thursday.\n\nThe strikes answered the attack on Erbil airport on February 15, when 14 rockets were fired.';
    expect(factOf(erbil, '14')).toBe('erbil.rockets');
  });

  it('treats one country’s share of the attacks as a part, not the total', () => {
    const text =
      'Two U.S. F-16s struck two facilities in eastern Syria early Friday, the Pentagon said, after attacks that began on Oct. 17 as the Israel-Hamas war spread.\n\nU.S. forces have been attacked 12 times in Iraq and four times in Syria since then.';
    expect(factOf(text, '12')).toBeNull();
    expect(factOf(text, 'four')).toBeNull();
  });

  it('ties nothing in a sentence about another time', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday.\n\nIn December 2019, American strikes on the same militia killed 25 fighters.';
    expect(factOf(text, '25')).toBeNull();
  });

  it('finds the verb a few words after the people counted: "22 fighters from the militias were killed"', () => {
    const text = 'U.S. jets struck militia sites in eastern Syria on Thursday, spokesman John Kirby said.\n\nA monitor said 22 fighters from the militias were killed.';
    expect(factOf(text, '22')).toBe('strike.killed');
  });

  it('leaves a date with nothing around it untied (a byline is not the strike’s day)', () => {
    const text = 'Staff reporter · Feb. 27, 2021\n\nU.S. jets struck militia sites in eastern Syria on Thursday, spokesman John Kirby said.';
    expect(factOf(text, 'Feb. 27, 2021')).toBeNull();
    expect(factOf(text, 'Thursday')).toBe('strike.date');
  });

  it('keeps a statement’s date out of the strike’s date', () => {
    const text =
      'U.S. jets struck militia sites in eastern Syria on Thursday, Pentagon spokesman John Kirby said. Defense Secretary Lloyd Austin told reporters on Friday that he was confident.';
    const marks = annotate(extractFromPlainText(text)).marks.filter((m) => m.kind === 'figure');
    expect(marks.map((m) => [m.text, m.fact])).toEqual([['Thursday', 'strike.date']]);
  });
});
