/**
 * Stretches of text that hold no figures: URLs, bare domains with a path, e-mail addresses,
 * social-media handles and phone numbers. findFigures drops any mention that touches one.
 */
import type { Span } from './types';

// Anchored at the start of a whitespace-delimited chunk, so each chunk is scanned once.
const LINK_RE =
  /(?<!\S)\S*?(?:@\w|:\/\/|www\.|\w\.(?:com|org|net|gov|mil|edu|int|io|co|uk|tv|info|news|ly|me)(?![A-Za-z]))\S*/g;

// "+44 20 7946 0958", "+1 202-555-0134", "(202) 555-0134", "202-555-0134", "202.555.0134".
// Every repetition starts with a separator, so there is nothing to backtrack over.
const PHONE_RE =
  /(?<![\w+])(?:\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,5}|\(\d{3}\)[ ]?\d{3}[.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w])/g;

/** The excluded stretches of `text`, sorted by start (they may overlap). */
export function findExcludedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const source of [LINK_RE, PHONE_RE]) {
    const re = new RegExp(source.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
