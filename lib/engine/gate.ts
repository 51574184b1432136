/**
 * The cheap gate: could a text be about any strike the reference covers? Three words of topic (Syria or
 * Boukamal, a strike, forces that "hit" or a US attack, the United States or Biden), each a single regular expression over the raw text. It runs on
 * every page, in the content script, so it imports nothing: not the reference, not the engine.
 */
const TOPIC = [/\bSyria|\b(?:Al[ -]?|Abu[ -]?|Abou |Albu )?B(?:ou|o|u)kamal\b/i, /\b(?:air ?strikes?|strikes?|struck|raids?|bomb(?:ed|ing|s|ardments?)?|(?:forces|jets|warplanes|aircraft|planes|military) (?:[\w.-]+ ){0,4}?(?:hit|pound(?:ed|s)?|blitz(?:ed|es)?|hammer(?:ed|s)?|bombard(?:ed|s)?|went after)|(?:U\.S\.|US|American) (?:military |air )?(?:attacks?|aggression))\b/i, /\b(?:U\.?S\.?|United States|American|Pentagon|Washington|Biden)\b/];

/** A cheap test, on raw text, of whether an article could be about any event in the reference. */
export function mightBeAboutAStrike(text: string): boolean {
  return TOPIC.every((re) => re.test(text));
}
