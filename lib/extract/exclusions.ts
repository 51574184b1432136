/**
 * Stretches of text that hold no figures: URLs, bare domains with a path, e-mail addresses,
 * social-media handles and phone numbers. findFigures drops any mention that touches one.
 */
import type { Span } from './types';
import { isSpace } from './tokens';

// What makes a whitespace-delimited chunk a link, an address or a handle: the whole chunk is excluded.
const LINK_MARK = /@\w|:\/\/|www\.|\w\.(?:com|org|net|gov|mil|edu|int|io|co|uk|tv|info|news|ly|me)(?![A-Za-z])/g;

// "+44 20 7946 0958", "+1 202-555-0134", "(202) 555-0134", "202-555-0134", "202.555.0134".
// Every repetition starts with a separator, so there is nothing to backtrack over.
const PHONE_RE =
  /(?<![\w+])(?:\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,5}|\(\d{3}\)[ ]?\d{3}[.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w])/g;

/** The excluded stretches of `text`, sorted by start (they may overlap). */
export function findExcludedSpans(text: string): Span[] {
  const out: Span[] = [];
  // Links: found by their mark, then widened to the chunk of non-space characters around it.
  const mark = new RegExp(LINK_MARK.source, 'g');
  for (let m = mark.exec(text); m !== null; m = mark.exec(text)) {
    let start = m.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    out.push({ start, end, text: text.slice(start, end) });
    mark.lastIndex = end;
  }
  const phone = new RegExp(PHONE_RE.source, 'g');
  for (let m = phone.exec(text); m !== null; m = phone.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}
