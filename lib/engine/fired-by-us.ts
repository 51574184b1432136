/**
 * "The United States fired half a dozen missiles", "US jets launched six missiles": the words of an attack,
 * but the strike's side did it. Read over the text that ends at what was fired (or at the verb): the US,
 * up to three words ("military's F-15E jets"), a verb of firing, up to five words ("half a dozen").
 */
// "two Air Force F-15E planes fired seven missiles": in this coverage a bare "Air Force" is the US's.
// "a single F-15 jet fired at a cluster of buildings": the jets the coverage names are the US's, unless another state's.
const ACTOR =
  "(?:united states|u\\.s\\.?|us|america|american|coalition|(?<!(?:israeli|syrian|russian|turkish|iraqi|iranian|royal|saudi)\\s)(?:air force|f-\\d{2}[a-z]{0,2}s?))(?:['’]s)?";
// Words between the US and the verb name the US's own means ("military's F-15E jets"). A verb of saying, a
// relative clause, a verb of being or a preposition means someone else did it: "US officials said militants
// fired three rockets", "the US base that militias fired on", "US bases were attacked", "US forces came under attack".
const NOT_OWN =
  'said|says|say|told|reported|claimed|added|stated|believed?|thinks?|blamed?|that|which|who|whom|where|when|as|after|before|while|' +
  'was|were|is|are|been|being|be|has|have|had|under|by|on|against|at|from|to|with|of|in|for|and|or';
const OWN_WORD = `\\s+(?!(?:${NOT_OWN})\\b)[\\w.'’-]+`;
// Not "shot": "US forces shot down two drones" are the attackers' drones. "The US attacks militia positions"
// is the strike.
// "The US aggression": Syrian and Iranian state media's word for a US strike.
const VERB = '(?:fired|launched|dropped|released|attack(?:s|ed|ing)?|aggression)';

// What follows the verb is what was fired ("half a dozen"), not another clause: "the US attacked as militants fired rockets".
// "two F-15E jets had fired seven missiles", "the United States has carried out attacks on two facilities": a tense's
// auxiliary before the verb is the US's own deed still ("US forces have been attacked" is not).
export const FIRED_BY_US = new RegExp(`(?:^|[^\\w.])${ACTOR}(?:\\s+(?:had|has|have)(?!\\s+been\\b))?(?:${OWN_WORD}){0,3}?(?:\\s+(?:had|has|have))?\\s+${VERB}(?:${OWN_WORD}){0,5}?$`, 'i');

// "Washington has now struck the region three times since October 26": the strike's side striking again, so a
// count of its times is of its strikes, and its "since" day is its first strike's, not the attacks'. Not "US forces
// have been attacked": a verb of being between is the other side's deed.
const STRIKER = '(?:united states|u\\.s\\.?|us|america|washington|the pentagon)(?:\\s+(?:military|forces|jets|warplanes))?';
// Read at the end of the words before a count or a "since": no other side's attack may come after the US's.
export const STRUCK_BY_US = new RegExp(
  `(?:^|[^\\w.])${STRIKER}\\s+(?:(?:has|have|had|now|also|again|since|then)\\s+)*(?:struck|hit|bombed|targeted|attacked|carried out (?:air ?)?strikes)\\b` +
    // What it struck comes next; a count straight after the verb is a headline's passive ("US forces attacked 23 times").
    '\\s+(?!\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|a dozen|dozens|more than|at least|over|about|nearly|some)\\b)' +
    '(?![^.;]*\\b(?:attack\\w*|struck|hit|fired|targeted|shelled)\\b)[^.;]{0,80}$',
  'i',
);
