/**
 * Words beside a number that say it is no count: a unit or a stretch of time after it ("22 percent", "five
 * weeks"), an abstraction ("two things"), an identifier word before it ("Flight 752"), an ordinal after it,
 * and the words around a "one" or "two" that stand for something named (a pronoun).
 */

/** A number followed by one of these is a measurement, money, a percentage, a clock time or a stretch of time ("five weeks ago"). */
export const UNIT_AFTER = new Set(
  (
    'percent pc pct percentage mm cm km kms m kg kgs g lb lbs pound pounds pounder pounders ' +
    'kilogram kilograms kilogramme kilogrammes kilo kilos ton tons tonne tonnes mile miles ' +
    'kilometre kilometres kilometer kilometers metre metres meter meters feet foot ft inch inches ' +
    'yard yards millimetre millimetres millimeter millimeters centimetre centimetres centimeter ' +
    'centimeters caliber calibre degrees mph kph knots dollar dollars euro euros pence cents bucks ' +
    'bn mn usd gbp eur am pm gmt utc hrs o\'clock o’clock ' +
    'second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months year years decade decades'
  ).split(' '),
);

/**
 * Counts of abstractions count no one and nothing a strike did: "designed to do two things", "three reasons";
 * nor do a page's counters ("203,977 views", "12 comments").
 */
export const ABSTRACT_AFTER = new Set(
  ('thing things way ways reason reasons question questions lesson lessons option options idea ideas goal goals aim aims purpose purposes point points message messages takeaway takeaways ' +
    'view views comment comments share shares like likes subscriber subscribers').split(' '),
);

/** A number right after one of these words is an identifier or money: "Flight 752", "USD 20". */
export const IDENT_BEFORE = new Set(
  (
    'section sections sec article articles art chapter chapters paragraph paragraphs para part parts page ' +
    'pages p pp item items step steps figure verse verses tables clauses ' +
    'fig table no nos number resolution flight highway route road gate room building level phase ' +
    'unit block lot zone sector platform terminal runway exit interstate line bus type model mark mk ' +
    'class version v windows iphone boeing airbus apollo covid channel episode season vol volume ' +
    'issue act clause annex appendix exhibit grade order decree law title code category pier ward ' +
    // "UPDATE 2: AFP now says…": a developing story's update number.
    'precinct hill usd eur gbp rs speaker update'
  ).split(' '),
);

export const ORDINALS = new Set(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth ' +
    'fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth'
  ).split(' '),
);

/** "one" followed by these is a pronoun or an idiom: "one of", "one another", "one day", "least of all one that killed people". */
export const ONE_NEXT = new Set(
  'of another more day time way hand point thing stage moment by after must can could would should might may will shall thinks believes feels wonders that which'.split(' '),
);
/** "one" after these is a pronoun: "no one", "the one", "which one", "whatever one thinks", "simpler than one in Iraq". */
export const ONE_PREV = new Set('no the this that any every each which as for whatever whichever than'.split(' '));
/** Nouns a "one" after "that" or "the" counts: "that one militant was killed", "the one American killed". */
export const COUNTED_NOUN =
  /^(?:militants?|fighters?|militiam[ae]n|members?|persons?|people|civilians?|citizens?|contractors?|soldiers?|service(?:m[ae]n|members?)?|americans?|troops?|officers?|rockets?|missiles?|drones?|bombs?|jets?|aircraft|facilit(?:y|ies)|buildings?|sites?|targets?|group|militia|attack)$/;
/** A flag between a number and its noun: "one US contractor", "one American soldier" ("U.S." is four tokens). */
export const FLAG = /^(?:us|u|american|iraqi|syrian|iranian|coalition)$/;

/** A verb right after "the two": the number stands for things named before. */
export const PRONOUN_VERB = new Set(
  'are were is was have had has may might will would could can should do did also share shared met agreed remain remained appear seem sides'.split(' '),
);
/** "many" after these is not a count: "how many", "as many". */
export const MANY_PREV = new Set('how as twice thrice that this'.split(' '));

/**
 * Words after which "over" and "about" are prepositions, not "more than" and "approximately": "released their
 * bombs over two sites", "has talked about one dead".
 */
export const PREPOSITION_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  over: new Set('bombs munitions missiles rockets jets aircraft drones planes flew fly flies flying flown hovered hovering circled circling control dispute disputes debate fight fighting argued arguing clashed'.split(' ')),
  about: new Set('talk talks talked talking speak speaks spoke speaking ask asks asked asking know knew known hear heard write wrote writing read reading learn learned learnt care cares cared worry worried thinking think thought story stories question questions joked lied'.split(' ')),
};

/** "adding up to 19 attacks", "it sums up to 19": a sum, not a ceiling, after these words. */
export const SUMMED_BEFORE = new Set('add adds added adding sum sums summed summing'.split(' '));
