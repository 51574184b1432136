/**
 * Statement days: a weekday or date that says when something was said, not when the strike happened.
 * "On Saturday, Kirby said…", "the Pentagon on Monday said…", "Biden wrote to congressional leaders on
 * Saturday", "Asked on Friday what…", "Speaking to reporters late Thursday, …". Such a day is evidence about
 * the article's timeline, but tying it to the strike's date would report a false "differs".
 *
 * The rule reads the clause around the day, never a fixture's words: the day is a statement's when a verb
 * of saying governs it, either just before it (with only an audience or venue between: "told reporters on
 * Friday") or just after it (with only a speaker between: "On Monday he stressed"). A day inside the
 * reported words ("said that the strike on Thursday…") or beside an event noun ("the strike on Thursday,
 * Kirby said,") is the event's and stays.
 */

import { datelineEnd, inDateline } from './dateline';
import { DIGIT, LETTER, LOWER, UPPER } from '../extract/letter-classes';

const CAPITAL_OR_DIGIT_FIRST = new RegExp(String.raw`^[${UPPER}${DIGIT}]`, 'u');

// Verbs and participles of saying; "called" is saying when a day and a speaker lead to it ("Syria on Friday called…").
const SPEECH =
  'said|says|say|told|tells|stressed|announced|added|stated|confirmed|reported|wrote|writes|called|warned|asked|' +
  'answered|replied|insisted|argued|noted|explained|acknowledged|disclosed|denied|claimed|declared|tweeted|urged|' +
  // "Kata'ib Sayyid al-Shuhada maintained on Saturday that…".
  'maintained|asserted|contended|alleged|boasted|lamented|complained|clarified|' +
  'briefed|briefing|spoke|speaking|writing|announcing|repeated|emphasized|emphasised|condemned|vowed|promised|' +
  // Words put out: "a report the Wall Street Journal published on Friday", "On Saturday the White House released a letter".
  'published|released|issued|posted|submitted|notified|informed|' +
  // Signs given: "Biden signalled on Friday that…".
  'signalled|signaled|indicated|suggested|hinted|pledged|threatened|' +
  // Censure and caution: "On Friday Biden cautioned Iran…".
  'cautioned|denounced|criticized|criticised|slammed|decried|blasted|rejected|welcomed|defended|demanded|responded|reacted|' +
  'faulted|chided|rebuked|scolded|lambasted|castigated|accused|praised|applauded|justified|' +
  // Worry voiced: "many Democrats worried on Friday that the move did the reverse".
  'worried|fretted|objected|protested|' +
  // Pressure: "Kaine on Friday pressed the administration to explain…".
  'pressed|questioned|challenged|' +
  // Words that name what something was: "Syrian state media on Friday described the airstrike as aggression".
  'described|characterized|characterised|labeled|labelled|branded|termed';
// Verbs of saying that may open a clause before the day: "Asked on Friday…", "Speaking at the UN on Thursday…".
const SPEECH_WORD = new RegExp(`^(?:${SPEECH})$`, 'i');

const PUT_OUT = new RegExp(String.raw`^(?:put\s+out|issued|released)\s+(?:a|an|its|the|their)\s+(?:[${LETTER}-]+\s+){0,2}(?:statement|letter|notice|communiqu[eé]|release)\b`, 'iu');
// "Senators Kaine and Young on Wednesday brought back their joint bipartisan measure": a bill's day is a statement's.
const LEGISLATION = new RegExp(String.raw`^(?:put\s+forward|introduced|reintroduced|revived|brought\s+back|renewed|filed|unveiled|tabled|proposed|passed|approved)\s+(?:(?:a|the|new|their|his|her|its)\s+)?(?:[${LETTER}-]+\s+){0,2}?(?:legislation|bill|resolution|measure|amendment)\b`, 'iu');
const LEGISLATION_BEFORE = new RegExp(String.raw`\b(?:introduced|reintroduced|revived|unveiled|filed|tabled|proposed|passed|approved)\s+(?:(?:a|the|new|their|his|her|its)\s+)?(?:[${LETTER}-]+\s+){0,2}?(?:legislation|bill|resolution|measure|amendment)\s+(?:on\s+|late\s+|early\s+|last\s+)?$`, 'iu');
const CASE_MADE = /^(?:set|laid|made|outlined|explained|defended|justified|presented)$/i;
const IN_WORDS = /\bin\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:letter|statement|speech|address|remarks|interview|op-ed|briefing|memo)\b/i;
const NOTICE_GIVEN = new RegExp(String.raw`^gave\s+(?:[${LETTER}-]+\s+){0,3}?(?:notice|notification|word)\b`, 'iu');
const WORDS_SENT = /\b(?:letter|notification|notice|report|message|note)\b/i;
// "The Pentagon on Monday put the toll from last week's airstrike at one", "gave its first casualty figures": a toll given
// is a statement.
const TOLL_GIVEN = new RegExp(String.raw`^(?:put|raised|revised|lowered|updated|gave)\s+(?:the|its|their|a)\s+(?:[${LETTER}-]+\s+){0,2}?(?:death\s+)?(?:toll|figures?|count|tally|estimates?)\b`, 'iu');
// "Sen. Bernie Sanders on Friday joined the widening circle of lawmakers critical of…": criticism joined is a statement.
// "Senate Democrats on Friday took issue with Biden's decision", "raised concerns", "voiced support": a view given.
const VIEW_GIVEN = /^(?:took\s+(?:issue|exception)|raised\s+(?:[\w-]+\s+)?(?:concerns?|questions?|objections?|doubts?)|voiced\s+(?:[\w-]+\s+)?(?:concerns?|support|opposition|objections?|doubts?|frustration|anger))\b/i;
const JOINED_CRITICS = new RegExp(String.raw`^joined\s+(?:the\s+|a\s+)?(?:[${LETTER}-]+\s+){0,2}?(?:circle|chorus|calls?|criticism|critics|ranks|voices|lawmakers)\b`, 'iu');
// "Sen. Tim Kaine on Friday became one of the first Democrats to criticize…": the first to speak out, on that day.
const BECAME_FIRST_TO = new RegExp(String.raw`^became\s+(?:one\s+of\s+)?the\s+(?:first|latest|only|loudest)\s+(?:[${LETTER}-]+\s+){0,3}?to\s+(?:critici[sz]e|question|condemn|denounce|challenge|oppose|call|speak|say|demand|object|push back|break)\b`, 'iu');
const CITING_AFTER_SPEAKER = /^(\s*[^,;:]{1,80}?),\s+(?:quoting|citing)\s+[^,;:]{1,80},(?=\s)/i;
const APPOSITIVE_AFTER_SPEAKER = /^(\s*[^,;:]{1,80}?),\s+(?:a|an|the)\s+[^,;:]{1,80},(?=\s)/i;
// "On Monday, however, the Pentagon said": a sentence adverb set off by commas before the speaker.
const ADVERB_FIRST = /^(?:however|meanwhile|though|too|in turn|separately|also|for (?:its|their|his|her) part)\s*,\s*/i;
// Words that may sit between a verb of saying and its day: an audience or a venue, never an event.
const AUDIENCE_WORDS = new Set(
  ('to at in with before during on a an the his her its their reporters journalists lawmakers leaders ' +
    'congressional congress members conference news press briefing statement interview telephone call phone ' +
    'television tv radio letter post posts social media networks senators by counterpart counterparts minister ministers him her them ' +
    // "briefed Senate aides on Tuesday".
    'aides staff staffers committee committees allies officials diplomats envoys and ' +
    // "Kaine asked the Biden administration on Friday for a briefing".
    'administration government ' +
    // "Speaking at the Pentagon podium on Friday", "On a visit to Houston on Friday, Biden told reporters…".
    'podium lectern microphone room visit trip tour').split(' '),
);
// Words a speaker may be made of, besides capitalised words: "the semiofficial news agency", "he", "a senior official".
const SPEAKER_WORDS = new Set(
  ('the a an he she they it we its his her their officials official spokesman spokeswoman spokesperson ' +
    'secretary press senior defense defence military minister ministry foreign president government agency news ' +
    'semiofficial state media monitor group militia militias leader leaders commander department administration ' +
    'of for and white house observatory two three four several some many top lawmakers senators governor mayor envoy ambassador general chief prime ' +
    // "the U.K.-based Syrian Observatory on Human Rights", "a monitor based in Britain".
    'bipartisan congressional representatives representative senator lawmaker congressman congresswoman on in based ' +
    // "On February 26, a reporter asked Biden…".
    'reporter reporters journalist journalists ' +
    // "On Friday, Syrian state television said…".
    'television tv broadcaster channel radio network outlet newspaper daily ' +
    // "Iraq's armed forces on Friday rejected reports…".
    'armed forces army command security ' +
    // "A war monitor on Friday gave…", "a coalition of two dozen organizations on Tuesday cautioned…".
    'war monitoring watchdog rights human coalition organizations organisations groups dozen activists advocates campaigners').split(' '),
);
// "the city's state-run media", "the IRGC-affiliated agency": a possessive or a hyphened word that says whose a speaker is.
const WHOSE_SPEAKER = new RegExp(String.raw`^[${LETTER}]+(?:['’]s|-(?:run|owned|affiliated|backed|linked|aligned|controlled|based|official))$`, 'iu');
// What may stand between the speaker and the verb: "had said", "also stressed", "sharply denounced".
// "Visiting Houston on Friday, Biden was asked…": a passive verb of saying has its day too.
const AUXILIARY = new RegExp(String.raw`^(?:had|has|have|was|were|is|are|also|again|later|then|first|once|further|both|[${LOWER}]{3,}ly)$`, 'iu');
// What may open a clause before its day: "On", "Earlier on", "And late", "But", "last" ("Biden last Friday informed…").
// "Two days later, on Feb. 27, he reported…": a stretch of time counted from the last day named.
const DAY_LEAD = /^(?:and|but|then|also|earlier|later|late|early|on|by|since|until|as|of|a|one|two|three|four|five|six|seven|few|several|days?|hours?|weeks?|next|following|same|last|past)$/i;
// Words of an event: a day beside one of these is the event's ("the strike on Thursday").
const EVENT_WORD =
  /\b(?:strikes?|airstrikes?|air ?strikes?|raids?|attacks?|attacked|bomb\w*|struck|hit|killed|rockets?|missiles?|drones?|operation|retaliat\w*|fired|launched|carried|destroyed|targeted)\b/i;
// Boundaries of a clause: what comes after "that", a colon, a dash or a quote mark is reported words.
const CLAUSE_BREAK = /[;:—–"“”]|\bthat\b|\bwhich\b|\bwho\b/gi;

const POSSESSED_STATEMENT =
  new RegExp(String.raw`^['’]s\s+(?:[${LETTER}-]+\s+)?(?:briefing|press conference|news conference|statement|hearing|meeting|session|call|interview|speech|address|remarks|letter|announcement|vote|report)\b`, 'u');

// "In a Feb. 27 letter to Congress", "at a Friday news conference": the day of what was said or written.
// "…announced the action on Thursday night in a statement from John Kirby": the day of the statement it came in.
const STATEMENT_AFTER =
  new RegExp(String.raw`^\s+(?:(?:in|through|via)\s+(?:a|an|the|its|his|her|their)\s+)?(?:[${LETTER}-]+\s+)?(?:letter|statement|briefing|news conference|press conference|interview|speech|address|remarks|memo|notification|tweet|phone call|call|meeting|hearing)\b`, 'iu');
// "Newsweek's November 2 report noted…": the day of a piece of news, named right before it.
const PIECE_AFTER = /^\s+(?:report|article|story|column|editorial|bulletin|dispatch)\b/i;
// "On Friday, 22 militia fighters were reported killed": the day of the report, not of the deaths.
const REPORTED_AFTER = new RegExp(String.raw`^\s*,?\s*(?:[${LETTER}${DIGIT}-]+\s+){1,5}?(?:were|was)\s+(?:first\s+|later\s+)?reported\s+(?:killed|dead|wounded|injured|hurt)\b`, 'iu');
// "…killed 17 fighters, according to the Syrian Observatory for Human Rights on Friday": the day the source spoke.
const ACCORDING_TO_BEFORE = new RegExp(String.raw`\baccording to\s+((?:[${LETTER}.'’-]+\s+){1,8}?)(?:on\s+|late\s+|early\s+)?$`, 'iu');
// "Kirby made it clear on Monday that…", "pointed out on Friday", "as Kirby put it on Thursday", "it came out on Friday":
// saying in other words.
const SAID_OTHERWISE_BEFORE = /\b(?:made\s+(?:it\s+)?clear|became\s+clear|emerged|came\s+out|pointed\s+out|spelled\s+out|went\s+on\s+to\s+say|made\s+the\s+case|put\s+it)\s+(?:on\s+|late\s+|early\s+)?$/i;
// "since he took office in January", "whose term began in late January": the day of taking office, and "an attack on Israel on October 7": another war's day.
const OTHER_EVENT_BEFORE = /\b(?:took office|taking office|sworn in|inaugurated|(?:term|presidency|tenure)\s+(?:began|begun|started))\s+(?:in|on)\s+$|\b(?:attacks?|assault|incursion|rampage|massacre)\s+(?:on|in|into|against|inside)\s+(?:southern\s+|northern\s+)?Israel,?\s+(?:on\s+)?$/i;
// "the masterminds of the Oct. 7 massacre": a day that names a massacre or a rampage names another deed than a strike.
const OTHER_DEED_AFTER = /^,?\s+(?:massacres?|rampage|incursion|pogrom)\b/i;
// "had not commented as of Friday afternoon", "had not commented officially on the strikes by early Friday", "By
// Nov. 9, the Pentagon counted 46 attacks": the day the report or the tally stands at, not the event's.
// "A headline shared widely on Feb. 27 claimed…": the day something was posted.
const POSTED_BEFORE = /\b(?:shared|posted|tweeted|circulated|went viral)(?:\s+widely)?\s+(?:on(?:line)?\s+)?(?:on\s+)?$/i;
// "Until Thursday the U.S. had declined to say…": the day a state of things ended, not a day anything was done.
const AS_OF_BEFORE = /\b(?:as of|as at|until|till)\s+(?:late\s+|early\s+)?$|(?:^|[:;,])\s*by\s+(?:late\s+|early\s+)?$|\b(?:not|no|yet to)\s+(?:[\w-]+\s+){0,2}?(?:comment(?:ed)?|respond(?:ed)?|response|reaction|reacted)\b[^.;]{0,60}\bby\s+(?:late\s+|early\s+)?$/i;
// "Press Briefing Transcript February 26": a record's date is the day of what it records.
const RECORD_BEFORE = /\b(?:briefing|transcript|statement|remarks|readout|press release)\s*[,:–—-]?\s*$/i;
// "authorized it during a phone call on Thursday morning": the day of a call, meeting or briefing is its own;
// so is "In a letter to congressional leaders on Saturday", its audience between, and "held talks with his Syrian
// counterpart on Friday".
const MEETING_BEFORE =
  new RegExp(String.raw`\b(?:during|in|at)\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[${LETTER}-]+\s+)?)?(?:remarks|comments|phone call|call|meeting|briefing|conversation|interview|press conference|news conference|speech|hearing|session|visit|tweet|post|video|statement|letter)\s+(?:(?:to|with)\s+(?:[${LETTER}.'’-]+\s+){1,4}?)?(?:on\s+|late\s+|early\s+)?$|\b(?:held|had)\s+(?:talks|a\s+(?:phone\s+)?call|a\s+meeting|consultations)\s+(?:with\s+(?:[${LETTER}.'’-]+\s+){1,4}?)?(?:on\s+|late\s+|early\s+)?$`, 'iu');
// "Today we dig into President Biden's Syria strikes": a newsletter's own day, what its writers do.
const WRITERS_AGENDA_AFTER = /^\s*,?\s*(?:we|I)\s+(?:dig|look|take|explore|examine|unpack|break|bring|turn|focus|delve|walk|zoom|run)\b/i;
// "Administration officials spent much of Friday defending the strike": a day spent speaking for it.
const SPENT_BEFORE = /\bspent\s+(?:(?:much|most|all|part|some)\s+of\s+)?$/i;
const SPEAKING_AFTER = /^\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:defending|explaining|justifying|answering|fielding|briefing|talking|speaking|reassuring|lobbying|insisting|arguing|making\s+the\s+case)\b/i;
// "Kataib Hezbollah put out a statement on Friday": the day of the statement put out.
const PUT_OUT_BEFORE = new RegExp(String.raw`\b(?:put\s+out|issued|released|published|posted)\s+(?:a|an|its|their|the)\s+(?:[${LETTER}-]+\s+)?(?:statement|communiqu[eé]|notice|letter|release)\s+(?:on\s+|late\s+|early\s+)?$`, 'iu');
// "…, which made the announcement on Friday": the day something was made known.
// So is "Kirby confirmed the number of militants killed and wounded on Monday": figures given.
const MADE_KNOWN_BEFORE =
  /\bmade\s+(?:the|an|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:announcement|statement|claim|disclosure|remarks?)\s+(?:on\s+|late\s+|early\s+)?$|\b(?:confirmed|gave|released|disclosed|revealed|provided|updated)\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:number|toll|figures?|count|tally|casualt(?:y|ies))\b[^.;,]{0,60}?\s+(?:on\s+|late\s+|early\s+)?$/i;
// "Asked about the airstrikes on Friday, the spokesperson said…": the day of the question.
const ASKED_BEFORE = /^\s*(?:when\s+)?asked\s+(?:about|of|on|whether|if)\b[^,;]{0,80}?\s+(?:on\s+|late\s+|early\s+)?$/i;
// "The administration sent Congress a letter on Saturday", "sent a notification to lawmakers on Friday": words sent.
const SENT_BEFORE = new RegExp(String.raw`\bsent\s+(?:[${LETTER}.'’-]+\s+){0,4}?(?:letter|notification|notice|report|message|note)\s+(?:to\s+(?:[${LETTER}.'’-]+\s+){1,4}?)?(?:on\s+|late\s+|early\s+)?$`, 'iu');
// "Biden approved the strikes on Thursday morning": the day of a decision, which may not be the strike's.
// So is "gave his authorization for the strikes on Thursday", "the strikes, which Biden approved on Thursday", and
// "Biden approved it the morning of Feb. 25", "the strikes, which were authorized by President Joe Biden on Thursday".
const DECISION_BEFORE =
  new RegExp(String.raw`\b(?:(?:approved|authori[sz]ed|signed off on|green-?lit|okayed)(?:\s+(?:it|them)|\s+(?:the|a|an)\s+(?:[${LETTER}-]+\s+){0,2}?(?:strikes?|airstrikes?|air strikes?|raids?|operation|mission))?|gave\s+(?:his|her|the|a|final)\s+(?:final\s+)?(?:authori[sz]ation|approval|go-ahead|green light|sign-off)(?:\s+(?:for|to)\s+(?:the|a|an)\s+(?:[${LETTER}-]+\s+){0,2}?(?:strikes?|airstrikes?|air strikes?|raids?|operation|mission))?|(?:approved|authori[sz]ed)\s+by\s+(?:[${LETTER}.’'-]+\s+){0,4}?[${LETTER}.’'-]+)\s+(?:on\s+|late\s+|early\s+|(?:on\s+)?the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+)?)?$`, 'iu');
// "On Saturday, days after the bombing, Biden…": a day the sentence itself places after the strike.
// "on Friday, one day after President Joe Biden sent US warplanes against…": so is a day after the US's deed.
const AFTER_THE_STRIKE =
  new RegExp(String.raw`^\s*,?\s*(?:(?:a|one|two|three|four|five|several|a few|some)\s+)?days?\s+(?:after|following)\s+(?:(?:the|a|its|this|that|last week['’]s)\s+(?:[${LETTER}-]+\s+){0,2}?(?:strikes?|airstrikes?|air strikes?|bombings?|raids?)\b|(?:(?:President\s+)?(?:Joe\s+)?Biden|(?:the\s+)?(?:U\.S\.|US|United States|Pentagon|American military))\s+(?:military\s+)?(?:sent|ordered|launched|carried out|struck|bombed|hit)\b)`, 'iu');
// "Syria and Iran denounced the attack on Friday", "The White House defended the strike on Friday", "Russian officials
// denounced the US airstrikes in Syria on Friday", "criticized the administration over the strike earlier Friday":
// which of the two the day dates is unclear, so it dates neither.
const CENSURED_EVENT =
  new RegExp(String.raw`\b(?:condemned|condemning|denounced|denouncing|criticized|criticised|slammed|decried|blasted|defended|defending|justified|praised|hailed|questioned)\s+(?:(?:the\s+)?[${LETTER}.-]+(?:\s+[${LETTER}.-]+)?\s+(?:over|for)\s+)?(?:the|a|this|that|these|those|its|their)\s+(?:[${LETTER}.-]+\s+){0,2}?(?:strikes?|airstrikes?|air strikes?|attacks?|raids?|bombings?|operation|aggression)\s+(?:in\s+(?:[${UPPER}][${LETTER}-]*\s+){1,2})?(?:on\s+|late\s+|early\s+|earlier\s+)?$`, 'iu');

// "the strike answered a February 15 rocket attack": a day between an article and an event noun names that event.
// "the Feb. 25 airstrikes"; "Biden authorized Feb. 25 airstrikes": a day before its noun names the deed, whoever ordered it.
const ARTICLE_BEFORE = /\b(?:a|an|the|authori[sz]ed|approved|ordered)\s+$/i;
// "the Thursday, Feb. 25, strike": a date set off by commas before its noun names it too.
const EVENT_NOUN_AFTER = new RegExp(String.raw`^,?\s+(?:[${LETTER}-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|raids?|bombings?|assaults?)\b`, 'iu');

const WORD = new RegExp(String.raw`[${LETTER}${DIGIT}][${LETTER}${DIGIT}.'’-]*`, 'gu');

function wordsOf(s: string): string[] {
  return s.match(WORD) ?? [];
}

// "Hashd al-Shaabi": an Arabic name's article before its capital.
const ARTICLE_NAME = new RegExp(String.raw`^(?:al|el|ad|an|ar|as|at|az)-[${UPPER}]`, 'u');

function isCapitalised(word: string): boolean {
  return CAPITAL_OR_DIGIT_FIRST.test(word) || ARTICLE_NAME.test(word);
}

/** Start of the clause holding `at`: the last clause break after `from` and before `at`. */
function clauseStart(text: string, from: number, at: number): number {
  let start = from;
  CLAUSE_BREAK.lastIndex = from;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < at; m = CLAUSE_BREAK.exec(text)) start = m.index + m[0].length;
  return start;
}

/** "told reporters on", "Speaking at the United Nations on", "said": a verb of saying, then only an audience or venue. */
function speechJustBefore(words: readonly string[]): boolean {
  // Up to the day, the last words are a time lead ("on", "late", "last"), then an audience, then the verb.
  let i = words.length - 1;
  while (i >= 0 && /^(?:on|late|early|earlier|later|last)$/i.test(words[i]!)) i--;
  for (let gap = 0; i >= 0 && gap <= 6; i--, gap++) {
    const w = words[i]!;
    if (SPEECH_WORD.test(w)) return true;
    if (!AUDIENCE_WORDS.has(w.toLowerCase()) && !isCapitalised(w)) return false;
  }
  return false;
}

/** "On Saturday, Kirby said the targets…", "Syria on Friday called…": a day, a speaker, then the verb. */
function speechJustAfter(before: string, lead: readonly string[], after: string): boolean {
  // Before the day, only a lead word or a short speaker with no event in it.
  if (EVENT_WORD.test(before) || lead.length > 8) return false;
  const leadWord = (w: string) =>
    DAY_LEAD.test(w) || SPEAKER_WORDS.has(w.toLowerCase()) || WHOSE_SPEAKER.test(w) || AUDIENCE_WORDS.has(w.toLowerCase()) || isCapitalised(w);
  if (!lead.every(leadWord)) return false;
  // "On Friday (Feb. 26), an Iraqi militia official told…": a bracketed date glossing the day comes before its comma.
  const m = /^\s*(?:(?:night|morning|afternoon|evening)\b)?\s*(?:\([^()]{1,30}\)\s*)?,?\s*/.exec(after);
  // "On Sunday the Popular Mobilization Forces (PMF, or Hashd al-Shaabi) denied…": a bracketed gloss is part of the speaker.
  const rest = after
    .slice(m ? m[0].length : 0)
    .replace(ADVERB_FIRST, '')
    .replace(/\([^()]{0,80}\)/g, ' ')
    // "On Friday the Syrian Observatory, a monitoring group based in the U.K., said…": an appositive is part of the speaker.
    .replace(APPOSITIVE_AFTER_SPEAKER, '$1 ')
    // "On Friday, Syrian state television, quoting its reporter in Deir al-Zor, said…": whom it quotes is an aside.
    .replace(CITING_AFTER_SPEAKER, '$1 ');
  const words = wordsOf(rest.split(/[,;:—–"“”]/)[0] ?? '');
  for (let i = 0; i < words.length && i <= 8; i++) {
    const w = words[i]!;
    // "On Saturday President Biden sent congressional leaders a letter…": words sent are a statement too.
    if (/^sent$/i.test(w) && WORDS_SENT.test(rest.slice(rest.indexOf(w)).slice(0, 80))) return true;
    // "Biden last Friday gave Congress formal notice that…": notice given is a statement.
    if (/^gave$/i.test(w) && NOTICE_GIVEN.test(rest.slice(rest.indexOf(w)))) return true;
    // "On Saturday, Biden set out the case for his strike in a letter to Congress": a case made in words given.
    if (CASE_MADE.test(w) && IN_WORDS.test(rest.slice(rest.indexOf(w)).split(/[,;:—–]/)[0] ?? '')) return true;
    // "On Friday, the ministry put out a statement condemning…", "On Sunday, the Hashd issued its first formal statement".
    if (/^(?:put|issued|released)$/i.test(w) && PUT_OUT.test(rest.slice(rest.indexOf(w)).slice(0, 60))) return true;
    // "On Saturday the White House made public a letter…".
    if (/^made$/i.test(w) && /^made\s+public\b/i.test(rest.slice(rest.indexOf(w)))) return true;
    // "On Wednesday a bipartisan group of senators put forward legislation…": a bill is put forward on its own day.
    const from = rest.slice(rest.indexOf(w));
    if (LEGISLATION.test(from) || TOLL_GIVEN.test(from) || JOINED_CRITICS.test(from) || BECAME_FIRST_TO.test(from) || VIEW_GIVEN.test(from)) return true;
    if (SPEECH_WORD.test(w)) {
      // "On Thursday night, Kirby said, the jets hit…": a verb set off by commas credits the clause, not the day.
      const tail = rest.slice(rest.indexOf(w) + w.length);
      return !/^\s*,/.test(tail);
    }
    if (AUXILIARY.test(w)) continue;
    if (!SPEAKER_WORDS.has(w.toLowerCase()) && !WHOSE_SPEAKER.test(w) && !isCapitalised(w)) return false;
  }
  return false;
}

function accordingToOn(before: string): boolean {
  const m = ACCORDING_TO_BEFORE.exec(before);
  return m !== null && !EVENT_WORD.test(m[1] ?? '');
}

/**
 * True when the day at `text[start, end)`, in the sentence `text[sentenceStart, sentenceEnd)`, is the day
 * of a statement rather than of an event.
 */
export function isStatementDay(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const after = text.slice(end, sentenceEnd);
  // "Washington, March 2: The Pentagon…", "DAMASCUS, Feb. 26 (Xinhua) --": a dateline's day is the report's.
  if (inDateline(text, sentenceStart, start)) return true;
  // "…on the Country | 27 Feb 2021 | In a single round of airstrikes…": a day set off by bars is the item's stamp.
  if (/\|\s*$/.test(text.slice(Math.max(sentenceStart, start - 3), start)) && /^\s*\|/.test(after)) return true;
  // "Thursday's attack": a possessive day belongs to the noun after it; "Monday's briefing" is a statement's.
  if (/^['’]s\b/.test(after)) return POSSESSED_STATEMENT.test(after);
  if (STATEMENT_AFTER.test(after) || PIECE_AFTER.test(after) || REPORTED_AFTER.test(after) || AFTER_THE_STRIKE.test(after) || WRITERS_AGENDA_AFTER.test(after)) return true;
  if (SPEAKING_AFTER.test(after) && SPENT_BEFORE.test(text.slice(sentenceStart, start))) return true;
  // "A bipartisan group of senators on Wednesday revived legislation…": a bill's day, whoever moved it.
  // "A number of Senate Democrats on Friday took issue with…": a view given on its own day, whoever gave it.
  const next = after.replace(/^\s*,?\s*/, '');
  if (LEGISLATION.test(next) || VIEW_GIVEN.test(next)) return true;
  // "…senators introduced legislation on Wednesday to curb…": the bill's day, its verb before it.
  if (LEGISLATION_BEFORE.test(text.slice(sentenceStart, start))) return true;
  // "Photos released today (Saturday)": a day glossing "today" is whatever that "today" is.
  // "On Friday (Feb. 26), an official told…": a date glossing a weekday is whatever that weekday is.
  const gloss = /\b(?:today|yesterday|tonight)\s*[(,]\s*$|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\(\s*$/i.exec(text.slice(Math.max(sentenceStart, start - 14), start));
  if (gloss) {
    const at = Math.max(sentenceStart, start - 14) + gloss.index;
    const word = /^\S+/.exec(gloss[0])![0];
    return isStatementDay(text, at, at + word.length, sentenceStart, sentenceEnd);
  }
  // 'NBC News, "U.S. airstrike … killed one fighter," March 1, 2021': a cited story's date, after its quoted title.
  if (/[,.]["”],?\s*$/.test(text.slice(Math.max(sentenceStart, start - 4), start))) return true;
  // "HOUSTON/WASHINGTON (Reuters) - U.S. President Joe Biden on Friday warned…": the clause opens after the dateline.
  // "Hadi al-Amiri, who heads the Fateh Alliance, on Friday urged…", "Ali Shamkhani, secretary of Iran's Supreme
  // National Security Council, on Saturday denounced…": an aside set off by commas is the speaker's.
  const aside = ASIDE_BEFORE_DAY.exec(text.slice(sentenceStart, start));
  const cut = aside ? sentenceStart + aside.index : start;
  const from = Math.max(clauseStart(text, sentenceStart, cut), datelineEnd(text, sentenceStart));
  const before = aside ? text.slice(from, cut) + (aside[1] ?? '') : text.slice(from, start);
  if (ARTICLE_BEFORE.test(before) && EVENT_NOUN_AFTER.test(after)) return false;
  if (OTHER_DEED_AFTER.test(after)) return true;
  // The clause's words, read once for both readings; "The Popular Mobilization Forces (PMF, or Hashd al-Shaabi in
  // Arabic) on Sunday denied…": a bracketed gloss is part of the speaker.
  const words = wordsOf(before.replace(BRACKETED, ' '));
  if (MEETING_BEFORE.test(before) || PUT_OUT_BEFORE.test(before) || SENT_BEFORE.test(before) || MADE_KNOWN_BEFORE.test(before) || ASKED_BEFORE.test(before) || OTHER_EVENT_BEFORE.test(before) || SAID_OTHERWISE_BEFORE.test(before) || accordingToOn(before) || DECISION_BEFORE.test(before) || CENSURED_EVENT.test(before) || RECORD_BEFORE.test(before) || AS_OF_BEFORE.test(before) || POSTED_BEFORE.test(before) || speechJustBefore(words)) return true;
  // "…asked for the legal justification, and on 27 February the White House sent Congress a report": a clause
  // joined by ", and" opens where it is joined.
  const joined = before.slice(lastJoin(before));
  return speechJustAfter(joined, joined === before ? words : wordsOf(joined.replace(BRACKETED, ' ')), after);
}

const JOIN = /,\s+(?:and|but|then)\s+/g;
const BRACKETED = /\([^()]{0,80}\)/g;
const ASIDE_BEFORE_DAY = /,\s+[^,;:"“”]{1,80},(\s*(?:on\s+|late\s+|early\s+)?)$/;

/** Where the last clause joined by ", and" (", but", ", then") begins in `before`, or 0. */
function lastJoin(before: string): number {
  let end = 0;
  for (const m of before.matchAll(JOIN)) end = (m.index ?? 0) + m[0].length;
  return end;
}
