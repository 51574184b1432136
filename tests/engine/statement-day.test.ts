import { describe, expect, it } from 'vitest';
import { extractFromPlainText } from '../../lib/article/from-text';
import { annotate } from '../../lib/engine/annotate';
import { isStatementDay } from '../../lib/engine/statement-day';

/** Whether the `nth` occurrence of `day` in the one-sentence `sentence` is read as a statement's day. */
function statement(sentence: string, day: string, nth = 0): boolean {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = sentence.indexOf(day, at + 1);
  if (at < 0) throw new Error(`no "${day}" in the sentence`);
  return isStatementDay(sentence, at, at + day.length, 0, sentence.length);
}

describe('the day of a statement', () => {
  it('is the day of a verb of saying that follows it, with only a speaker between', () => {
    expect(statement('On Saturday, the spokesman said the targets had been picked with care.', 'Saturday')).toBe(true);
    expect(statement('The Defense Department on Monday said last week’s raid had hit a weapons depot.', 'Monday')).toBe(true);
    expect(statement('On Monday she stressed that the goal was deterrence.', 'Monday')).toBe(true);
    expect(statement('Damascus on Friday called the raid an act of aggression.', 'Friday')).toBe(true);
    expect(statement('Later Friday, a semiofficial news agency reported that a drone had been downed.', 'Friday')).toBe(true);
    expect(statement('Earlier on Thursday the White House had said the letter was sent.', 'Thursday')).toBe(true);
    // A speaker with a bracketed gloss, or counted.
    expect(statement('On Sunday the Harbour Authority (HA, or the port board in the local tongue) denied that its cranes had failed.', 'Sunday')).toBe(true);
    expect(statement('On Friday, two Democratic senators insisted that Congress be consulted.', 'Friday')).toBe(true);
    expect(statement('On Saturday President Joe Biden sent congressional leaders a letter on the strike.', 'Saturday')).toBe(true);
    expect(statement('On Thursday the president sent jets to strike the depot.', 'Thursday')).toBe(false);
    // Other verbs of saying, and speakers that are a monitor or a coalition of groups.
    expect(statement('The harbour union maintained on Saturday that the cranes had been sabotaged.', 'Saturday')).toBe(true);
    expect(statement('A war monitor on Friday gave the first toll of the fire, saying nine had died.', 'Friday')).toBe(true);
    expect(statement('On Tuesday a coalition of two dozen organizations cautioned that the closure was unlawful.', 'Tuesday')).toBe(true);
    // A speaker described by a relative clause set off by commas.
    expect(statement('Hadi Hamid, who heads the dockers’ union, on Friday urged the mayor to open an inquiry.', 'Friday')).toBe(true);
    expect(statement('The cranes, which were built in 1970, on Friday failed again.', 'Friday')).toBe(false);
    // A speaker with a long appositive, and a day of a visit where the speaker spoke.
    expect(statement('Ali Karimi, secretary of the Northern Harbour Workers Union Council, on Saturday denounced the closure.', 'Saturday')).toBe(true);
    expect(statement('On a visit to Houston on Friday, the mayor told reporters the port would reopen.', 'Friday')).toBe(true);
    expect(statement('The cranes, two old ones from the north dock, on Thursday failed again.', 'Thursday')).toBe(false);
    // Censure of an event, its place or its author between: which of the two the day dates is unclear.
    expect(statement('City officials denounced the raids in Lyon on Friday, calling them reckless.', 'Friday')).toBe(true);
    expect(statement('Some councillors criticized the mayor over the raid earlier Friday.', 'Friday')).toBe(true);
    // A speaker with an appositive between commas, and a sentence opening with its dateline.
    expect(statement('On Friday the Harbour Board, a body based in the capital, said the cranes had failed.', 'Friday')).toBe(true);
    expect(statement('On Friday the cranes, a pair of old ones, failed again.', 'Friday')).toBe(false);
    expect(statement('LYON/PARIS (Wire) - The mayor on Friday warned traders that the market would close, a day after the fire.', 'Friday')).toBe(true);
    expect(statement('Council officials briefed committee aides on Tuesday on the reasons for the closure.', 'Tuesday')).toBe(true);
    // A decision's day: "approved it the morning of Feb. 25".
    expect(statement('The mayor signed the order, and the council approved it the morning of Feb. 25.', 'morning of Feb. 25')).toBe(true);
    expect(statement('The crews cleared the site the morning of Feb. 25.', 'morning of Feb. 25')).toBe(false);
    expect(statement('Officials briefed members and staff on Friday about the closure.', 'Friday')).toBe(true);
    expect(statement('On February 26, a reporter asked the mayor what the closure meant.', 'February 26')).toBe(true);
    // A newsletter's own day: "Today we dig into…".
    expect(statement('Today we dig into the council’s vote and what comes next.', 'Today')).toBe(true);
    expect(statement('Today the council voted to close the market.', 'Today')).toBe(false);
    // The day of a question: "Asked about the airstrikes on Friday, the spokesperson said".
    expect(statement('Asked about the closure on Friday, a council spokesperson said the works would wait.', 'Friday')).toBe(true);
    // Words sent, then their day: "sent Congress a letter on Saturday".
    expect(statement('The governor sent the council a letter on Saturday that defended the closure.', 'Saturday')).toBe(true);
    expect(statement('The agency sent a notice to residents on Monday about the works.', 'Monday')).toBe(true);
    expect(statement('The navy sent two ships on Monday to the strait.', 'Monday')).toBe(false);
    // An adverb between the speaker and the verb: "Damascus on Friday sharply denounced…".
    expect(statement('The ministry on Friday sharply denounced the raids carried out the night before.', 'Friday')).toBe(true);
    expect(statement('The mayor on Monday strongly condemned the fire that gutted the market.', 'Monday')).toBe(true);
    expect(statement('The crews on Monday quickly struck the depot again.', 'Monday')).toBe(false);
    // A toll given, criticism joined, a sentence adverb before the speaker.
    expect(statement('The ministry on Monday put the toll from last week’s raid at one dead.', 'Monday')).toBe(true);
    expect(statement('The ministry on Monday gave its first casualty figures for last week’s raid.', 'Monday')).toBe(true);
    expect(statement('The spokesman confirmed the number of guards killed and wounded on Monday, telling reporters more raids may follow.', 'Monday')).toBe(true);
    expect(statement('A senator on Friday joined the widening circle of lawmakers critical of the raid.', 'Friday')).toBe(true);
    // The first to speak out, and a day spent speaking for the deed.
    expect(statement('A senator on Friday became one of the first lawmakers to question the governor’s order to close the port.', 'Friday')).toBe(true);
    expect(statement('The crew on Friday became the first to reach the summit.', 'Friday')).toBe(false);
    expect(statement('Port officials spent much of Friday defending the closure as necessary.', 'Friday')).toBe(true);
    expect(statement('The crews spent Friday clearing the wreckage.', 'Friday')).toBe(false);
    expect(statement('A senator on Friday pressed the port board to explain why it had closed the docks.', 'Friday')).toBe(true);
    expect(statement('One guard died in the fire, according to the firm, which made the announcement on Friday.', 'Friday')).toBe(true);
    expect(statement('On Friday, state television, quoting its reporter in the port, said the cranes had failed.', 'Friday')).toBe(true);
    expect(statement('On Friday the state broadcaster said the cranes had failed.', 'Friday')).toBe(true);
    // A speaker named by whose it is, and words that name what something was.
    expect(statement('Earlier on Friday, the city’s state-run radio had reported that the cranes failed.', 'Friday')).toBe(true);
    expect(statement('The country’s armed forces on Friday rejected reports that they had closed the port.', 'Friday')).toBe(true);
    expect(statement('The port’s state-owned news agency on Friday described the fire as sabotage.', 'Friday')).toBe(true);
    expect(statement('The crews described the fire on Friday as the worst in years.', 'Friday')).toBe(false);
    // The statement a day came in, saying in other words, and a date that glosses the weekday of a statement.
    expect(statement('The board announced the closure on Thursday night in a statement from its chair.', 'Thursday night')).toBe(true);
    expect(statement('As the mayor put it on Thursday, the fire destroyed several buildings.', 'Thursday')).toBe(true);
    expect(statement('The crews used seven hoses in all, it came out on Friday, after the fire.', 'Friday')).toBe(true);
    expect(statement('On Friday, 22 guards were reported killed in the raid by a harbour monitor.', 'Friday')).toBe(true);
    expect(statement('The mayor last Friday gave the council formal notice that she had ordered the raids.', 'Friday')).toBe(true);
    expect(statement('The minister held talks with his Danish counterpart on Friday, hours after the raids.', 'Friday')).toBe(true);
    expect(statement('Speaking at the Harbour Office podium on Friday, the spokesman gave reporters details of the raid.', 'Friday')).toBe(true);
    expect(statement('On Saturday, the mayor set out the case for the raids in a letter to the council.', 'Saturday')).toBe(true);
    expect(statement('On Saturday, the mayor set out for the harbour.', 'Saturday')).toBe(false);
    expect(statement('On Friday, 22 guards were killed in the raid.', 'Friday')).toBe(false);
    expect(statement('On Friday (Feb. 26), a state official told the agency that one guard was hurt.', 'Friday')).toBe(true);
    expect(statement('On Friday (Feb. 26), a state official told the agency that one guard was hurt.', 'Feb. 26')).toBe(true);
    expect(statement('On Friday (Feb. 26), the fire destroyed several buildings.', 'Feb. 26')).toBe(false);
    // A statement put out on a day, and the date that glosses it.
    expect(statement('The union put out a statement on Friday (26 February 2021) about the fire.', 'Friday')).toBe(true);
    expect(statement('The union put out a statement on Friday (26 February 2021) about the fire.', '26 February 2021')).toBe(true);
    expect(statement('The crews put out the fire on Friday.', 'Friday')).toBe(false);
    expect(statement('Port closes after the fire | 27 Feb 2021 | In a single night the docks burned.', '27 Feb 2021')).toBe(true);
    expect(statement('The docks burned on 27 Feb 2021, the port said.', '27 Feb 2021')).toBe(false);
    expect(statement('Shafaq News / The Harbour Board and the Dockers Union on Saturday issued their reactions to the fire.', 'Saturday')).toBe(true);
    expect(statement('On Monday, however, the ministry said the raid killed one guard.', 'Monday')).toBe(true);
    expect(statement('When reporters asked him on Friday what he meant, the minister replied at length.', 'Friday')).toBe(true);
    expect(statement('The jets dropped seven bombs in all, it became clear Friday.', 'Friday')).toBe(true);
    // A date set off by commas before its event noun names the event: "the Thursday, Feb. 25, strike".
    expect(statement('The ministry has said the Thursday, Feb. 25, raid hit a depot.', 'Thursday, Feb. 25')).toBe(false);
    expect(statement('President Joe Biden last Friday formally informed Congress that he had ordered the strikes.', 'Friday')).toBe(true);
    // A day the sentence places after the strike, and the day of a tweet.
    expect(statement('On Saturday, days after the bombing, the president set out his reasons in a letter.', 'Saturday')).toBe(true);
    expect(statement('On Sunday, two days after the raid, the crews flew home.', 'Sunday')).toBe(true);
    expect(statement('On Thursday, a day after the rocket attack, the jets struck.', 'Thursday')).toBe(false);
    expect(statement('In a tweet on Friday morning, the congressman objected to the raid.', 'Friday morning')).toBe(true);
    // A decision's day, which may not be the strike's; "ordered the strikes on Thursday" is as often the strike's.
    expect(statement('The president approved the strikes on Thursday morning, his spokesman said.', 'Thursday morning')).toBe(true);
    // A day before its noun names the deed: "authorized Feb. 25 airstrikes".
    expect(statement('The president authorized Feb. 25 airstrikes on the depots.', 'Feb. 25')).toBe(false);
    expect(statement('The raids, which were authorized by President Anna Berg on Thursday morning, hit three depots.', 'Thursday morning')).toBe(true);
    expect(statement('The president gave his authorization for the strikes on Thursday morning, the spokesman said.', 'Thursday morning')).toBe(true);
    expect(statement('He called the raids, which the president approved on Thursday morning, defensive.', 'Thursday morning')).toBe(true);
    expect(statement('The president ordered the strikes on Thursday.', 'Thursday')).toBe(false);
    expect(statement('On Saturday the White House made public a letter from the president.', 'Saturday')).toBe(true);
    expect(statement('On Wednesday a bipartisan group of senators put forward legislation to repeal the authorizations.', 'Wednesday')).toBe(true);
    expect(statement('Two senators on Wednesday brought back their joint bipartisan measure to repeal the authorizations after the raids last week.', 'Wednesday')).toBe(true);
    // A view given, and a request to an administration, on their own days.
    expect(statement('A number of senators on Friday took issue with the decision to order the raids on Thursday night.', 'Friday')).toBe(true);
    expect(statement('Sen. Ann Berg, D-Va., asked the administration on Friday for a briefing on the raids.', 'Friday')).toBe(true);
    expect(statement('The militias on Friday took aim at the base with rockets.', 'Friday')).toBe(false);
    expect(statement('On Friday several senators faulted the president for ordering the raids on Thursday evening.', 'Friday')).toBe(true);
    expect(statement('In remarks on Friday night, the ministry spokesman said the raids were illegal.', 'Friday night')).toBe(true);
    expect(statement('On Friday the White House justified the raids by citing the Constitution.', 'Friday')).toBe(true);
    expect(statement('On Wednesday US jets struck the crossing.', 'Wednesday')).toBe(false);
    expect(statement('On Friday, the U.K.-based Syrian Observatory on Human Rights said 22 fighters had died.', 'Friday')).toBe(true);
    expect(statement('On Friday, jets based in Qatar struck the crossing.', 'Friday')).toBe(false);
    expect(statement('The White House defended the strike on Friday, pointing to the Constitution.', 'Friday')).toBe(true);
    expect(statement('Visiting Houston on Friday, the president was asked what message the strike sent.', 'Friday')).toBe(true);
    expect(statement('On Friday the jets were refuelled over Jordan.', 'Friday')).toBe(false);
    expect(statement('A senator joined the critics on Friday, one day after President Joe Biden sent warplanes against the militias.', 'Friday')).toBe(true);
    expect(statement('On Thursday, a day after Biden warned Iran, the jets struck.', 'Thursday')).toBe(false);
    // Another event's day: taking office, or another war's opening attack.
    expect(statement('It was the second round of strikes the president has ordered since he took office in January.', 'January')).toBe(true);
    expect(statement('It was the first military action of a president whose term began in late January.', 'late January')).toBe(true);
    expect(statement('The war began after the group’s surprise attack on Israel on October 7.', 'October 7')).toBe(true);
    expect(statement('The surprise attack on US forces on October 17 was the first.', 'October 17')).toBe(false);
    expect(statement('Jets pounded the strip in answer to a deadly incursion into southern Israel on Oct. 7.', 'Oct. 7')).toBe(true);
    expect(statement('The army said the raid killed a planner of the Oct. 7 massacre.', 'Oct. 7')).toBe(true);
    expect(statement('Kirby made it clear on Monday that the aim of the strike was to stop future attacks.', 'Monday')).toBe(true);
    expect(statement('The raid killed 17 fighters, according to the Syrian Observatory for Human Rights on Friday.', 'Friday')).toBe(true);
    expect(statement('According to officials the strike on Friday hit two depots.', 'Friday')).toBe(false);
  });

  it('is the day of a call or meeting, of censure, or of a caution: "approved it during a call on Monday"', () => {
    expect(statement('The mayor, who approved the plan during a phone call on Monday morning, spoke later.', 'Monday morning')).toBe(true);
    expect(statement('The council signed off at a closed meeting Tuesday, aides said.', 'Tuesday')).toBe(true);
    expect(statement('In a letter to the city council on Saturday, the mayor said last week’s flood was the worst.', 'Saturday')).toBe(true);
    expect(statement('In a call with his Iraqi counterpart on Monday, the minister spoke of the raid.', 'Monday')).toBe(true);
    expect(statement('In a raid on the depot on Thursday, jets hit two buildings.', 'Thursday')).toBe(false);
    expect(statement('Both neighbours denounced the raid on Friday as a breach of their sovereignty.', 'Friday')).toBe(true);
    expect(statement('On Friday the governor cautioned residents that the river could rise again.', 'Friday')).toBe(true);
    expect(statement('Pictures released today (Saturday) by a company show the flood.', 'Saturday')).toBe(true);
    expect(statement('The minister said today, Friday, that the dam had held.', 'Friday')).toBe(true);
    expect(statement('On Friday, the ministry responded to the flooding.', 'Friday')).toBe(true);
    expect(statement('Mayor Press Briefing Transcript March 3: Flood Response', 'March 3')).toBe(true);
    expect(statement('Officials had not commented on the flood as of Friday afternoon.', 'Friday afternoon')).toBe(true);
    expect(statement('Damascus had not commented officially on the raids by early Friday.', 'early Friday')).toBe(true);
    expect(statement('The jets struck by early Friday.', 'early Friday')).toBe(false);
    expect(statement('The floods went on: by Nov. 9, officials counted 46 homes lost.', 'Nov. 9')).toBe(true);
    expect(statement('By Thursday the agency counted at least 19 of them.', 'Thursday')).toBe(true);
    expect(statement('Until Tuesday the ministry had refused to say who was to blame for the flood.', 'Tuesday')).toBe(true);
    expect(statement('The paper’s March 4 report said the dam had held.', 'March 4')).toBe(true);
    expect(statement('The mayor praised the repairs, but residents worried on Monday that the dam would give way.', 'Monday')).toBe(true);
    expect(statement('The agency briefed lawmakers last Tuesday night, before the flood, and officials kept briefing their aides on Wednesday.', 'Tuesday night')).toBe(true);
    expect(statement('The agency briefed lawmakers last Tuesday night, before the flood, and officials kept briefing their aides on Wednesday.', 'Wednesday')).toBe(true);
    expect(statement('The river rose on Friday after reports of rain upstream.', 'Friday')).toBe(false);
    expect(statement('The river stayed closed to boats till late Monday.', 'late Monday')).toBe(true);
    expect(statement('A group of senators on Wednesday revived legislation to cap the agency’s budget.', 'Wednesday')).toBe(true);
    expect(statement('A group of senators introduced legislation on Wednesday to cap the agency’s budget.', 'Wednesday')).toBe(true);
    expect(statement('A photo shared widely on Feb. 27 showed the flood.', 'Feb. 27')).toBe(true);
    expect(statement('On Sunday, the Hashd al-Shaabi issued its first formal statement on the flood.', 'Sunday')).toBe(true);
    expect(statement('The Harbour Guard (HG, or Haras al-Mina in Arabic) on Sunday denied that its men were near the depot.', 'Sunday')).toBe(true);
    expect(statement('Sources: City News, "Flood kills one, mayor says," March 1, 2021.', 'March 1, 2021')).toBe(true);
    expect(statement('Jets on Wednesday hit a depot near the border.', 'Wednesday')).toBe(false);
    // The day of what was written or said: "in a March 3 letter", "at a Friday news conference".
    expect(statement('In a March 3 letter to the council, the mayor said the dam had held.', 'March 3')).toBe(true);
    expect(statement('She spoke at a Friday news conference on the flood.', 'Friday')).toBe(true);
    expect(statement('The March 3 flood destroyed two bridges.', 'March 3')).toBe(false);
    expect(statement('On Friday, the ministry put out a statement on the flood.', 'Friday')).toBe(true);
    expect(statement('The minister spoke by phone with his counterpart on Friday, hours after the flood.', 'Friday')).toBe(true);
    expect(statement('The crews cleared the road during the night on Friday.', 'Friday')).toBe(false);
    expect(statement('Gunmen raided the depot on Friday, police said.', 'Friday')).toBe(false);
  });

  it('is the day of a dateline: the report’s, not the event’s', () => {
    expect(statement('Washington, March 2: The port authority said the cranes were repaired.', 'March 2')).toBe(true);
    expect(statement('DAMASCUS, Feb. 26 (Xinhua) -- A storm hit the coast overnight.', 'Feb. 26')).toBe(true);
    expect(statement('Storms hit Washington, March 2: the worst in years.', 'March 2')).toBe(false);
  });

  it('is the day of a verb of saying just before it, with only an audience or venue between', () => {
    expect(statement('The president wrote to congressional leaders on Saturday to set out his legal grounds.', 'Saturday')).toBe(true);
    expect(statement('Asked on Friday what message he meant to send, the president answered briefly.', 'Friday')).toBe(true);
    expect(statement('Speaking to reporters late Thursday, an official gave few details.', 'Thursday')).toBe(true);
    expect(statement('The minister told Reuters on Tuesday that talks would go on.', 'Tuesday')).toBe(true);
  });

  it('is the day words were put out: published, released, reported to Congress', () => {
    expect(statement('The woman and children were seen in time, according to a report a newspaper published on Friday.', 'Friday')).toBe(true);
    expect(statement('On Saturday the White House released a letter from the president to Congress.', 'Saturday')).toBe(true);
    expect(statement('Two days later, on Feb. 27, he reported the military action to Congress.', 'Feb. 27')).toBe(true);
    expect(statement('On Friday Syria and Iran both condemned the attack.', 'Friday')).toBe(true);
    expect(statement('President Joe Biden signalled on Friday that the strike was a warning.', 'Friday')).toBe(true);
    // The jets released bombs: an event, not words.
    expect(statement('On Thursday, two jets released seven bombs on the crossing.', 'Thursday')).toBe(false);
    // A clause joined by ", and" opens where it is joined.
    expect(statement('Lawmakers asked for the legal basis, and on 27 February the White House sent Congress a report on the strike.', '27 February')).toBe(true);
    expect(statement('The militias fired rockets at Erbil, and on Thursday US jets struck their depots.', 'Thursday')).toBe(false);
  });

  it('is not the day inside the reported words, nor a day beside the event', () => {
    const both = 'A spokesman said on Friday that the strike on Thursday hit two buildings.';
    expect(statement(both, 'Friday')).toBe(true);
    expect(statement(both, 'Thursday')).toBe(false);
    expect(statement('The strike on Thursday night, the spokesman said, destroyed nine facilities.', 'Thursday')).toBe(false);
    expect(statement('On Thursday night, the spokesman said, two jets dropped seven bombs.', 'Thursday')).toBe(false);
    expect(statement('On Thursday the president ordered strikes on buildings near the border.', 'Thursday')).toBe(false);
    expect(statement('Officials said jets hit a cluster of buildings near the border crossing on Thursday.', 'Thursday')).toBe(false);
    expect(statement('In a statement about Thursday’s raid, the group named the dead man.', 'Thursday')).toBe(false);
    // A possessive day before a briefing or a letter dates the words.
    expect(statement('Officials will say more at Monday’s briefing on the raid.', 'Monday')).toBe(true);
    // "Answered" with an event after it is a reply in arms: the day names the attack answered.
    expect(statement('Legal scholars agree the strike answered a February 15 rocket attack on the airport.', 'February 15')).toBe(false);
    expect(statement('Kirby answered a February 26 question on the strike.', 'February 26')).toBe(true);
  });
});

describe('statement days in the engine', () => {
  const marks = (text: string) => annotate(extractFromPlainText(text)).marks.filter((m) => m.kind === 'figure');
  const lede =
    'American jets struck buildings used by Kataib Hezbollah in eastern Syria on Thursday night, the Pentagon said, answering the Feb. 15 rocket attack on Erbil.';

  it('ties the strike’s day and not the day the strike was talked about', () => {
    const text = `${lede}\n\nA Pentagon spokesman said on Saturday that the strike on Thursday had been ordered to deter further rocket attacks on Americans in Iraq.`;
    const days = marks(text).filter((m) => m.value.type === 'date' && /day\b/.test(m.text));
    expect(days.map((m) => [m.text, m.fact])).toEqual([
      ['Thursday night', 'strike.date'],
      ['Thursday', 'strike.date'],
    ]);
  });

  it('leaves out a day that opens a statement, so it is not flagged as a different strike day', () => {
    const text = `${lede}\n\nOn Monday he stressed that the strike was meant to stop the groups from using the site for attacks on US forces.`;
    expect(marks(text).some((m) => m.text === 'Monday')).toBe(false);
  });
});
