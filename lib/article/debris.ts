/**
 * Rules deciding whether a paragraph's text is page debris rather than article body.
 * Shared by the plain-text and the DOM extraction, so both drop the same things.
 *
 * Every rule takes a paragraph whose whitespace is already collapsed to single spaces (the
 * patterns write a space as " "), as both extractors produce it. The rules for
 * boilerplate lines are limited to short paragraphs: a real paragraph may mention a
 * newsletter or a comment, but a boilerplate line is short and says little else.
 * Figures matter to the engine, and debris is full of them (dates, counts, years), so
 * a rule that is right most of the time is worth having.
 */

import { letterAt } from '../extract/letters';
import { DIGIT, LETTER, UPPER } from '../extract/letter-classes';

const LETTER_OR_DIGIT = new RegExp(String.raw`[${LETTER}${DIGIT}]`, 'u');
const CAPITAL_OR_DIGIT_FIRST = new RegExp(String.raw`^[${UPPER}${DIGIT}]`, 'u');

/** Boilerplate prompts and labels are short; longer paragraphs are treated as prose. */
const SHORT = 200;
/** Copyright notices sometimes carry a sentence or two of legal text. */
const COPYRIGHT_MAX = 400;

/**
 * "Read also: ...", "Read more:", "See also", "ALSO READ |", "Related: ...", "More from ...", "Watch: ...",
 * "Next articleMyanmar: …" (a theme's label run into the next story's headline), and tag strips: "Keywords Syria,
 * Iraq", "Related Subjects Joe Biden", "More about Syria Joe Biden Iraq".
 * Ambiguous openings ("Also read", "Watch", "More") count only when followed by a colon or bar.
 */
const READ_MORE =
  /^\W*(?:read (?:also|more|next|this)|related (?:subjects|topics|tags)\b|keywords\b|tags\s*[:|]|more about\b(?=[^.!?]*$)|see (?:also|more)|(?:also (?:read|see|watch)|watch|listen|more|related|recommended|trending)\s*[:|–—]|click here|explore more|related (?:stories|articles|coverage|content|links|reading)|recommended for you|more (?:from|on this|stories|to read)|you (?:may|might) also like|don['’]t miss|most (?:read|popular|viewed|shared)|editor['’]s picks?|up next|(?:top|latest) (?:stories|headlines))(?!\w)/i;
// Case matters here: "Next article" runs into a capital, not into "of the treaty".
const NEXT_OR_PREVIOUS = new RegExp(String.raw`^\W*(?:[Pp]revious|PREVIOUS|[Pp]rev|PREV|[Nn]ext|NEXT) (?:[Aa]rticle|ARTICLE|[Ss]tory|STORY|[Pp]ost|POST)(?=[${UPPER}]|\s*[:|–—»›]|\s*$)`, 'u');

/** Words a link list's label is made of: "Related stories", "Latest", "Most read", "More from the network". */
const LABEL_WORDS = new Set(
  ('related latest popular trending recommended top most read viewed shared more stories story news ' +
    'articles headlines video videos for you now in other elsewhere on this topic topics coverage reading ' +
    'content links the from our around web partners sponsored').split(' '),
);
/** A label needs one of these; "The News" alone is not a link-list label. */
const LABEL_KEYS = /^(?:related|latest|popular|trending|recommended|most|more|elsewhere|headlines)$/;

/** "All rights reserved", "©", "(c) 2021", "@ 2018 X", "Copyright 2021", "Do not reproduce", the wire notice. */
const COPYRIGHT =
  /all rights reserved|©|^\W*@ ?(?:19|20)\d\d|(?:\(c\)|copyright) ?(?:19|20)\d\d|do not (?:reproduce|republish|redistribute)|may not be (?:published|reproduced|redistributed)/i;

const COPYRIGHT_NEEDS = ['all rights reserved', '©', '@', '(c)', 'copyright', 'do not ', 'may not be '];

/** Newsletter boxes: "Sign up for ...", "Subscribe to our newsletter", "Get X in your inbox". */
const SUBSCRIBE =
  /^\W*(?:sign ?up|subscribe|join (?:us|our|now|today)|register (?:now|today|here|for free)|download (?:our|the) app|enter your e-?mail)(?!\w)|\b(?:in|to|into) your inbox\b|\bsubscribers? only\b|\b(?:our|free|daily|weekly|morning|evening) (?:[\w-]+ ){0,2}newsletters?\b|\bnewsletter ?(?:sign-?up|:)/i;

/** Comment forms and their counters: "Leave a comment", "Your email address will not be published". */
const COMMENT_FORM =
  /\b(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b|your e-?mail (?:address )?will not be published|required fields are marked|^\W*\d* ?comments? ?(?:\(\d+\))?\W*$|comments? are closed|join the (?:conversation|discussion)|(?:show|view|load|read|see) (?:all )?\d* ?comments\b|you must be logged in/i;

/** Share bars: "Share this article", "Share on Facebook", "Click to share", a row of "Share Tweet Email". */
const SHARE =
  new RegExp(String.raw`\bshare this (?:article|story|page|post|video|link)\b|\bshare (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|reddit|e-?mail)\b|\bclick to (?:share|print|email)\b|\bfollow us on\b|^\W*follow [${LETTER} .&'’-]{1,30} on (?:google news|twitter|x|telegram|whatsapp|facebook|instagram|youtube|linkedin)\W*$|^[${LETTER} .&'’-]{1,30} is (?:now )?on (?:youtube|telegram|whatsapp|google news)\W*$|^\W*(?:(?:share|tweet|e-?mail|print|copy link|facebook|twitter|whatsapp|linkedin)\W*)+$`, 'i');

/** Page furniture read on its own: "Advertisement", "Story continues below advertisement", cookie notices, a gallery's label ("Photo gallery: … (3 photos)"). */
// A widget's error ("Oops! Something went wrong."), a syndicated copy's credit ("This article originally appeared on
// The Independent, 26 February 2021 at 12:05 GMT").
const FURNITURE =
  /^\W*(?:advertisement|advert|sponsored(?: content)?|ad|skip to (?:content|main content))\W*$|^\W*(?:photo ?gallery|gallery|slideshow|in pictures)\s*[:|–—]|\(\d{1,3} (?:photos|images|pictures|slides)\)\W*$|^\W*(?:watch|play|listen)(?: to)?(?: the| this| our)? (?:video|report|clip|segment|story|episode)\W*(?:\d{1,2}:)?\d{1,2}:\d\d\W*$|^\W*https?:\/\/\S+\W*$|^\W*(?:got a (?:story|tip|news tip)|have a (?:story|tip))\b|\b(?:e-?mail|contact|write to) us at\b|continues (?:below|after) (?:this )?(?:ad|advertisement)|\bwe use cookies\b|\b(?:accept|reject|manage) (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b|^\W*(?:oops|sorry)\W{0,3}\s*something went wrong\b|^\W*(?:this|the) (?:article|story|post|piece|report) (?:originally |first )?(?:appeared|ran|was (?:originally |first )?published) (?:on|in|at) [a-z]/i;

/** "Published 3:45 PM ET, Feb. 26, 2021", "Updated: 2 hours ago", "Last modified on Monday". */
const TIMESTAMP =
  /^\W*(?:last |first )?(?:published|updated|posted|modified) ?(?:on|at)? ?:? ?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today)/i;

/** What anchors a bare date or time: "14:32", "9am", "Feb.", "2021-02-26", "02/26/2021", "3 hours ago". */
const DATE_ANCHOR =
  /\b(?:\d{1,2}\/\d{1,2}\/(?:\d\d){1,2}\b|\d{1,2}[:.]\d\d(?: ?[ap]\.?m\b\.?)?|\d{1,2} ?[ap]\.?m\b\.?|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\d{4}-\d\d-\d\d|\d+ (?:second|sec|minute|min|hour|hr|day|week|month|year)s? ago)/gi;
/** The rest of a date line: day and year numbers, weekdays, time zones, "updated at". */
const DATE_FILLER =
  /\b(?:\d{1,4}(?:st|nd|rd|th)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|gmt|utc|bst|cet|cest|[ecmp][sd]?t|local time|updated|posted|published|at|on|today|yesterday)\b/gi;

/**
 * A paragraph that is only a date or a time: a live-blog entry's "14:32 GMT", the
 * "February 17, 2021" under a related story, "Updated at 9:05am", "3 hours ago".
 */
export function isDateLine(text: string): boolean {
  if (text.length > 60) return false;
  const rest = text.replace(DATE_ANCHOR, '');
  return rest !== text && !LETTER_OR_DIGIT.test(rest.replace(DATE_FILLER, ''));
}

/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". Capitalised names only, no sentence. */
const NAME = `[${UPPER}][${LETTER}'’.-]*`;
// "Par Gordon Lubold": an English story on a French, Spanish or German site keeps the site's "by".
const BYLINE = new RegExp(`^(?:[Bb]y|[Pp]ar|[Pp]or|[Vv]on) ${NAME}(?: (?:${NAME}|and|&|de|van|von|al|bin|la|le|du|da|del))*(?:, ${NAME}(?: ${NAME})*)?$`, 'u');

/** Wire and picture agencies, as they appear after a photographer's name: "Name/AFP", "Name / Reuters". */
const AGENCY =
  '(?:AFP|AP|EPA(?:-EFE)?|UPI|dpa|DPA|ANP|ANSA|PA|Reuters|REUTERS|Getty Images|GETTY IMAGES|Shutterstock|Anadolu(?: Agency)?|Xinhua|Bloomberg|Sipa(?: USA)?|ZUMA(?: Press)?|Alamy|NurPhoto|Pool|POOL|Handout|HANDOUT)';

/**
 * Photo credits. Each is a mark a photo desk leaves and a reporter does not write:
 * "(Photo by X / AFP)", "X/AFP via Getty Images", "REUTERS/Name", "(AP Photo/Name)",
 * "Image: X", "Photo: X", "File photo", "EPA-EFE/Name", "Photograph: Name/Reuters".
 */
const CREDIT_PATTERNS: ReadonlyArray<{ re: RegExp; needs: readonly string[] | null }> = [
  // "Photo by", "Photographs by", "Photo courtesy of".
  // Not "asked about the photos by email".
  { re: /\bphoto(?:graph)?s? (?:by|courtesy)\b(?! (?:e-?mail|phone|telephone|text|message)\b)/i, needs: ['photo'] },
  // A credit ending the paragraph: "... via Getty Images", "... Getty Images", "(Getty)".
  { re: /\bvia (?:Getty|Reuters|AP|AFP|Shutterstock|Bloomberg|EPA|Anadolu)\b[^.]{0,30}$|\bgetty images\W{0,2}$|\(getty\b/i, needs: ['via ', 'getty'] },
  // "REUTERS/Name", "(AFP/John Doe)", "AP/Name/File"; not "a Reuters/Ipsos poll" (a word follows the name), nor
  // "(Axios/AFP/Reuters)", sources a story draws from (an agency after the slash is no photographer).
  {
    re: new RegExp(`\\bREUTERS ?\\/(?! ?${AGENCY}\\b)|\\b(?:Reuters|AFP|EPA(?:-EFE)?|AP|UPI|XINHUA|ANADOLU|SIPA) ?\\/ ?(?!${AGENCY}\\b)${NAME}(?: ${NAME}){0,3}(?: ?\\/ ?[Ff]ile(?: [Pp]hoto)?)?(?: ?\\)|\\W{0,2}$| via\\b)`, 'u'),
    needs: ['/'],
  },
  // "(AP Photo/Name)", "(AFP Photo)", "AFP PHOTO".
  { re: /\((?:AP|AFP|Reuters|EPA|UPI) (?:Photo|Images?)\b|\bAFP PHOTO\b|\bAP Photo ?\//, needs: ['photo', 'image'] },
  // "Name/AFP" or "Name / AFP via Getty Images" ending the paragraph, "(Name/Reuters)" anywhere. A name after
  // another slash is one of a list of sources, as a digest closes an item: "(Politico / CNN / Reuters)"; a bracket
  // before a dash or colon is a dateline's wires: "DAMASCUS, Feb 26, 2021 (BSS/AFP) –".
  {
    re: new RegExp(`(?<!\\/[^()/]{0,40})[${LETTER}] ?\\/ ?${AGENCY}(?: via \\S+(?: Images)?)? ?\\)?\\W{0,2}$|\\([^()/]{1,60}\\/ ?${AGENCY} ?\\)(?!\\s*(?:--?|—|–|:))`, 'u'),
    needs: ['/'],
  },
  // A caption line: "Image: X", "Photo: X", "Pictured: X", "Credit: X", "File photo ...", AP's "FILE - ...".
  { re: /^\W*(?:(?:image|photo|photograph|picture|pictured|credit|caption|illustration|video)s?(?: credit)? ?:|file photo|FILE ?[-–—:])/i, needs: null },
  // A credit in brackets ending the paragraph, "(Photo: Jane Doe)", or "Image credit: X" anywhere.
  {
    re: /[([](?:image|photo|photograph|picture|credit)s? ?:[^()[\]]{1,80}[)\]]\W{0,2}$|\b(?:image|photo|photograph|picture) (?:credit|source) ?:/i,
    needs: [':'],
  },
];

/**
 * True when the paragraph carries a photo credit, i.e. it is a caption (of any length). Each pattern
 * runs only when the paragraph holds one of the strings it cannot match without (looked for in lower
 * case, which a case-insensitive match implies): most paragraphs are prose and hold none.
 */
export function isPhotoCaption(text: string, lower = text.toLowerCase()): boolean {
  return CREDIT_PATTERNS.some(({ re, needs }) => (needs === null || needs.some((n) => lower.includes(n))) && re.test(text));
}

/** "Read also: ...", "Related: ...", "Read more", "More stories", and bare link-list labels. */
export function isReadMoreLink(text: string): boolean {
  if (text.length > SHORT) return false;
  return READ_MORE.test(text) || NEXT_OR_PREVIOUS.test(text) || isLinkListLabel(text);
}

/** A line made only of link-list label words: "Related stories", "Most read", "More from our partners". */
export function isLinkListLabel(text: string): boolean {
  const lower = text.toLowerCase();
  let words = 0;
  let key = false;
  // Word by word (runs of letters), stopping at the first that is not a label word: most lines are prose.
  for (let i = 0; i < lower.length; ) {
    if (letterAt(lower, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    for (let n = letterAt(lower, i); n > 0; n = letterAt(lower, i)) i += n;
    const w = lower.slice(start, i);
    if (++words > 6 || !LABEL_WORDS.has(w)) return false;
    if (LABEL_KEYS.test(w)) key = true;
  }
  return key;
}

/** Copyright and reproduction notices. */
export function isCopyrightNotice(text: string, lower = text.toLowerCase()): boolean {
  if (text.length > COPYRIGHT_MAX) return false;
  // Each alternative of COPYRIGHT needs one of these, in any case: most lines hold none.
  return COPYRIGHT_NEEDS.some((n) => lower.includes(n)) && COPYRIGHT.test(text);
}

// An appeal for money under a story: "…people in 180 countries turn to the Guardian. We rely on readers for support."
const APPEAL =
  /\b(?:we rely on (?:our )?readers|support (?:our (?:journalism|work|reporting)|independent journalism)|make a (?:one-off |one-time |monthly |small )?(?:contribution|donation)|become a (?:member|supporter|patron|subscriber))\b/i;

/** Newsletter boxes and subscription prompts. */
export function isSubscriptionPrompt(text: string): boolean {
  if (text.length > SHORT) return false;
  // "Newsletter" in a line that is not a sentence is the title of a newsletter box.
  return SUBSCRIBE.test(text) || APPEAL.test(text) || (/\bnewsletters?\b/i.test(text) && !/[.!?]["”’]?$/.test(text));
}

/** Comment sections: the form's labels, counts, and notices. */
export function isCommentFormText(text: string): boolean {
  return text.length <= SHORT && COMMENT_FORM.test(text);
}

/** Share bars and social buttons. */
export function isShareText(text: string): boolean {
  return text.length <= SHORT && SHARE.test(text);
}

/** Advertising labels and cookie banners. */
export function isPageFurniture(text: string): boolean {
  return text.length <= SHORT && FURNITURE.test(text);
}

/** "4 min read", "5-minute read", "Reading time: 3 minutes": how long the page takes, not a fact of the story. */
const READ_TIME = /^\W*(?:(?:reading|read) time\W{0,2} ?)?\d{1,3}(?: |-)?(?:min(?:ute)?s?\.?)(?: read)?\W*$|^\W*\d{1,3}(?: |-)?min(?:ute)?s?\.? read\W*$/i;
/**
 * "1,204 reads", "Views: 2,841", "2.1K shares", "21 total views today", "Viewed 388 times", "ID: 609871":
 * "Story Code: 1091491": counters and identifiers of the page itself; a number alone or "Page 1 of 3" is a print
 * page's number.
 */
const COUNTER =
  /^\W*(?:(?:views?|reads?|hits|shares?|likes?|comments?|id|no\.?|(?:story|news|article|post|content) (?:code|id|number|no\.?))\W{0,2} ?[\d.,]+[km]?|[\d.,]+[km]? ?(?:total |unique |page )?(?:views?|reads?|shares?|likes?|hits|votes?|ratings?)(?: (?:today|this week|so far|in total))?|(?:viewed|read|shared) [\d.,]+[km]? times|rate this (?:item|article|story)\W{0,3}[\d.,]+ votes?|(?:page )?\d{1,4}(?: of \d{1,4})?)\W*$/i;
/** "Author: Anadolu Agency", "Source: Reuters", "Written by Jane Roe", "Edited by X": a credit line's label. */
const CREDIT_LABEL = new RegExp(String.raw`^\W*(?:author|authors|source|sources|writer|reporter|editor|edited by|written by|reporting by|posted by)\b ?:? ?[${UPPER}]`, 'i');
/** A name on its own: "DOD News", "The New Arab & agencies", "Tom Embury-Dennis". */
const NAME_ONLY = new RegExp(`^(?:${NAME})(?: (?:${NAME}|&|and|agencies|staff|desk))*$`, 'u');
/** What separates the parts of a byline line: "·", "|", "•", " / ", " - ". */
const STAMP_SEPARATOR = / ?[·|•] ?| \/ | [-–—] /;
/** A word of a name or place before a date line: capitalised, places joined by slashes, a comma after it. */
const NAME_WORD = new RegExp(String.raw`^[${UPPER}][${LETTER}'’.-]*(?:\/[${UPPER}][${LETTER}'’.-]*)*[,:]?$`, 'u');
/** A month or weekday opening a name-less date: "Feb.", "Friday" are not a person's name. */
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** "26 février 2021": a date in the site's own language, beside a byline. */
const SITE_LANGUAGE_DATE = new RegExp(String.raw`^\d{1,2}\.? [${LETTER}]{3,}\.? (?:19|20)\d\d$`, 'u');

/** "4 min read" or "1,204 reads" on a line of its own. */
export function isReadTimeOrCounter(text: string): boolean {
  return text.length <= 40 && (READ_TIME.test(text) || COUNTER.test(text));
}

/**
 * A date line with its writer's name or its place before it, as live blogs stamp each entry ("Jane Roe 26
 * February 2021 11:52") and wires their dispatches ("Washington/Beirut, February 27, 2021"). The name is one
 * to four capitalised words that are not a month or a weekday, places joined by slashes, a comma after it.
 */
function isNamedDateLine(text: string): boolean {
  const words = text.split(' ');
  // The shortest name that leaves a date line after it: "AMMAN, Oct. 28, 2023" is a place and a date.
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const word = words[k - 1] as string;
    if (!NAME_WORD.test(word) || DATE_WORD.test(word)) return false;
    if (isDateLine(words.slice(k).join(' '))) return true;
  }
  return false;
}

/**
 * A byline block made of parts, each of them page metadata: "Feb. 26, 2021 | By Jane Roe, DOD News",
 * "ID: 609871 · Fri, 02/26/2021 - 22:33 · Author: Anadolu Agency", "By Desk · November 13, 2023 · 1,204 reads".
 * At least one part must be a date, a time or a counter: "Jane Roe | DOD News" alone is a name line.
 */
export function isStampLine(text: string): boolean {
  if (text.length > 160) return false;
  const parts = text.replace(/ ,/g, ',').split(STAMP_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  let stamped = false;
  for (const part of parts) {
    if (isDateLine(part) || TIMESTAMP.test(part) || isReadTimeOrCounter(part) || isNamedDateLine(part) || SITE_LANGUAGE_DATE.test(part)) stamped = true;
    else if (!BYLINE.test(part) && !CREDIT_LABEL.test(part) && !NAME_ONLY.test(part.replace(/\.$/, ''))) return false;
  }
  return stamped;
}

/** An embedded post's credit line, as social sites write it under the post: "— Jane Roe (@janeroe) October 27, 2023". */
const POST_CREDIT = /^[—–-] ?[^()]{1,80}\(@[\w.]{1,30}\) ?(.+)$/u;

function isPostCredit(text: string): boolean {
  const m = POST_CREDIT.exec(text);
  return m !== null && isDateLine(m[1] as string);
}

/** "October. 28, 2023 08:44. by Hyoun-Soo Kim kimhs@donga.com": a writer's address in a short line dates and signs the page. */
/** "Reporting by Jane Roe in Baghdad; Editing by John Doe": a wire story's credit line. */
const WIRE_CREDIT = new RegExp(String.raw`^\W*(?:(?:[Aa]dditional )?[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]roduced) by [${UPPER}][^.!?]{1,120}$`, 'u');
const WRITER_ADDRESS = /(?:^|\s)[Bb]y\s[^@]{2,60}\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/;
/** "Permalink https://p.dw.com/p/3ps8L": the page's own address. */
const PAGE_ADDRESS = /^\W*(?:permalink|short ?link|short url|link to this (?:article|story|page)|url)\W{0,3}\s*https?:\/\/\S+\s*$/i;

/** Bylines and publication timestamps: metadata about the page, full of dates and times. */
export function isBylineOrTimestamp(text: string): boolean {
  if (text.length > 160) return false;
  if (text.length <= 120 && (BYLINE.test(text) || TIMESTAMP.test(text) || isDateLine(text))) return true;
  return isReadTimeOrCounter(text) || isNamedDateLine(text) || isStampLine(text) || isPostCredit(text) || WRITER_ADDRESS.test(text) || PAGE_ADDRESS.test(text) || WIRE_CREDIT.test(text);
}

// "Correction, Feb. 26, 2021, 4:05 p.m.: An earlier version…": a note about the article, not part of its story. A
// correction that gives a fact of the story ("Correction: the Observatory later said 17") stays.
// "UPDATE 2 — Feb. 28, 2021, 3:10 PM ET: This story has been updated…": an update banner that speaks of the article.
// "Correction: This article's original headline said a dozen…": what the article once said, withdrawn.
const ABOUT_THE_ARTICLE = String.raw`(?:an? (?:earlier|previous) version|this (?:article|story|report)(?:['’]s (?:original |earlier )?(?:headline|title|version)| (?:has been|was|is))|(?:the|an?) original (?:headline|version)|[^.:]{0,40}\b(?:originally|incorrectly|mistakenly|wrongly) (?:said|reported|stated|gave)|[^.:]{0,40}\bmisstated)`;
const EDITORS_NOTE = new RegExp(
  String.raw`^\W*(?:(?:correction|clarification|editor['’]?s note)s?\b(?:[^:]{0,60}\d[^:]{0,30}:|[^:]{0,60}:\s*${ABOUT_THE_ARTICLE})` +
    String.raw`|update[sd]?\b[^:]{0,60}?(?:\d{1,2}:\d\d[^:]{0,20})?:\s*${ABOUT_THE_ARTICLE}` +
    // "This story has been updated. An earlier version … gave the toll as 17."
    String.raw`|this (?:story|article|report|post) (?:has been|was) (?:updated|corrected|changed)\b)`,
  'i',
);

// "A damaged roof in Erbil after rockets struck the airport, Feb. 16, 2021." (or "… on Feb. 16, 2021."): a wire
// photo's caption, dated last.
const CAPTION_DATED = /(?<on>,|\son)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)),\s+(?:19|20)\d\d\.?\s*$/;

/** A paragraph set all in italics that ends with a comma and a full date: a photo's caption set in the body (Blogger). */
export function isItalicCaption(text: string): boolean {
  if (text.length > 400) return false;
  const m = CAPTION_DATED.exec(text);
  // "… officials said on Feb. 16, 2021.": a sentence of the story says who spoke; a picture's line does not.
  return m !== null && (m.groups?.on === ',' || !/\b(?:said|says|told|reported|announced|stated)\b/.test(text));
}

/** A correction or an editor's note: its days and figures are the article's own history. */
export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE.test(text);
}

export type DebrisReason =
  | 'note'
  | 'caption'
  | 'read-more'
  | 'copyright'
  | 'subscribe'
  | 'comments'
  | 'share'
  | 'furniture'
  | 'byline';

/** Each rule reads the paragraph, and its lower case when it needs one (computed once for all of them). */
const RULES: ReadonlyArray<readonly [DebrisReason, (text: string, lower: string) => boolean]> = [
  ['note', isEditorsNote],
  ['caption', isPhotoCaption],
  ['read-more', isReadMoreLink],
  ['copyright', isCopyrightNotice],
  ['subscribe', isSubscriptionPrompt],
  ['comments', isCommentFormText],
  ['share', isShareText],
  ['furniture', isPageFurniture],
  ['byline', isBylineOrTimestamp],
];

/** Why the paragraph is debris, or null when it is article text. Expects collapsed whitespace. */
export function debrisReason(text: string): DebrisReason | null {
  const lower = text.toLowerCase();
  for (const [reason, test] of RULES) if (test(text, lower)) return reason;
  return null;
}

/** True when the paragraph is page debris and should not reach the engine. */
export function isDebris(text: string): boolean {
  return debrisReason(text) !== null;
}

/** Sentence-final (or quotation-final) characters: a heading ends with none of them. */
const FINAL_PUNCTUATION = /[.!?:;,…"'”’»*)\]]$/;

/**
 * A heading is a short line that starts with a capital or a digit and does not end like a
 * sentence: "First known military action directed by Biden", "Storm Surge Hits the Coast".
 * Title case is not required: many sites write subheads in sentence case.
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 120) return false;
  if (FINAL_PUNCTUATION.test(text)) return false;
  if (!CAPITAL_OR_DIGIT_FIRST.test(text)) return false;
  return text.split(' ').length <= 15;
}

// An outlet's name: "Fox News", "The Washington Post", "Al Jazeera", "CNN" (not any short form: "IRGC: Islamic
// Revolutionary Guard Corps" is a glossary's item).
const OUTLET_NAME =
  /^(?:(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){0,3}(?:News|Times|Post|Journal|Press|Herald|Tribune|Guardian|Telegraph|Independent|Daily|Monitor|Agency|Network|Radio|TV|Television|Wire|Insider|World)|Reuters|Bloomberg|Politico|Axios|Al Jazeera|Al Arabiya|CNN|BBC|NBC|ABC|CBS|AFP|AP|NPR|PBS|RT|TRT|UPI|DW|WSJ|IRNA|SANA)$/;

/**
 * An item of an aggregator's list of other outlets' coverage: "Fox News: US strikes Iranian-backed targets in Syria
 * after 19 attacks". Its figures are that outlet's headline, not the article's.
 */
export function isOutletHeadline(text: string): boolean {
  const m = /^([^:|–—]{2,40}?)\s*[:|–—]\s+(\S.*)$/.exec(text);
  return m !== null && OUTLET_NAME.test((m[1] as string).trim()) && looksLikeHeading(m[2] as string);
}
