/**
 * The letters, capitals, small letters, digits and combining marks the rules' regular expressions read, as the
 * inside of a character class: `[${LETTER}-]`, `[${UPPER}]`. They stand for `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`
 * and `\p{M}` in the script an English news story writes names in: Latin with its accents and extensions and the
 * modifier letters of transliteration ("Kataʾib"). Other scripts are not letters to the rules: a word in Greek,
 * Cyrillic or Arabic script inside an English sentence is a quotation, never a rule's subject or speaker.
 *
 * Why not `\p{…}`: V8 compiles an expression the first time it runs and again, to machine code, the second time,
 * and a Unicode property is some 650 ranges (with the `i` flag, their case variants too). One such expression took
 * 3–6 ms to compile against 0.5–1.2 with these classes, and a page's first reading and a reader's first article
 * run dozens of expressions for the first time: in Node the background's warm-up took 600–640 ms of CPU instead
 * of 800–930, and a first 1k-word article after it 54–72 ms instead of 71–85 (README, "Where the time goes").
 * The one-letter tests of `letters.ts` keep `\p{L}`: each character code is looked up once and remembered.
 */

/** `\p{L}` in the Latin script: ASCII, Latin-1, the extended blocks, the phonetic and spacing modifier letters. */
export const LETTER = 'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u1E00-\u1EFF';

/**
 * `\p{Lu}`: capitals, exactly in ASCII and Latin-1. Beyond them the blocks alternate capitals and small letters, so
 * their letters count as both: "a capital" there means "a letter".
 */
export const UPPER = 'A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u1E00-\u1EFF';

/** `\p{Ll}`: small letters, exactly in ASCII and Latin-1; beyond them, as for capitals. */
export const LOWER = 'a-z\u00B5\u00DF-\u00F6\u00F8-\u024F\u0250-\u02AF\u1E00-\u1EFF';

/** `\p{N}`: digits, with Latin-1's superscripts and fractions and the Arabic-Indic digits. */
export const DIGIT = '0-9\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\u0669\u06F0-\u06F9';

/** `\p{M}`: combining marks (accents typed as a letter and a mark). */
export const MARK = '\u0300-\u036F\u0483-\u0489\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF';

/** Tests several modules make of one word or line. Without the `g` flag they keep no state and are shared. */
export const STARTS_WITH_CAPITAL = new RegExp(`^[${UPPER}]`, 'u');
export const HAS_SMALL_LETTER = new RegExp(`[${LOWER}]`, 'u');
export const HAS_LETTER = new RegExp(`[${LETTER}]`, 'u');
/** "U.S.", "J.": capitals each with its dot. */
export const INITIALS = new RegExp(`^(?:[${UPPER}]\\.)+$`, 'u');
