/**
 * "The United States fired half a dozen missiles", "US jets launched six missiles": the words of an attack,
 * but the strike's side did it. Read over the text that ends at what was fired (or at the verb): the US,
 * up to three words ("military's F-15E jets"), a verb of firing, up to five words ("half a dozen").
 */
const ACTOR = "(?:united states|u\\.s\\.?|us|america|american|coalition)(?:['’]s)?";
// Words between the US and the verb that name the US's own means. A verb of saying or a relative clause means
// someone else fired: "US officials said militants fired three rockets", "the US base that militias fired on".
const OWN_WORD =
  "\\s+(?!(?:said|says|say|told|reported|claimed|added|stated|believed?|thinks?|blamed?|that|which|who|whom|where|when|as|after|before|while)\\b)[\\w.'’-]+";
// Not "shot": "US forces shot down two drones" are the attackers' drones.
const VERB = '(?:fired|launched|dropped)';

export const FIRED_BY_US = new RegExp(`(?:^|[^\\w.])${ACTOR}(?:${OWN_WORD}){0,3}?\\s+${VERB}(?:\\s+[\\w.'’-]+){0,5}?$`, 'i');

/** Whether a text fires anything at all: most sentences do not, and need no look for who did. */
export const FIRING = new RegExp(VERB, 'i');
