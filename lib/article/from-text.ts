/**
 * Article text from a plain-text file (a saved article, a paste).
 *
 * Paragraphs are separated by blank lines; a text with no blank line at all has one
 * paragraph per line. Debris paragraphs (captions, "Read also" links, copyright lines,
 * newsletter and comment boxes: see debris.ts) are dropped. Short lines that do not end
 * like a sentence are kept as `heading` blocks.
 *
 * Title: the first paragraph, when it is a heading by that rule (a headline line at the top
 * of the file). It stays in `text` as the first heading block too, as an `<h1>` does in DOM
 * extraction. Otherwise null: a plain-text file has no reliable place for a title.
 *
 * Published: the date of a byline or dateline near the top, when there is one (published.ts).
 */

import { isDebris, looksLikeHeading } from './debris';
import { dropInvisible } from './invisible';
import { publishedFromText } from './published';
import type { ArticleText, TextBlock } from './types';

/** A line holding nothing but whitespace separates paragraphs. */
const BLANK_LINE = /\r?\n(?:[^\S\r\n]*\r?\n)+/;
const WHITESPACE = /\s+/g;

/**
 * Collapses every run of whitespace (including no-break spaces) to one space and trims. Invisible
 * format characters go first (invisible.ts): "2\u00AD2" is 22, and `\s` would read U+FEFF as a space.
 */
export function collapseWhitespace(text: string): string {
  return dropInvisible(text).replace(WHITESPACE, ' ').trim();
}

/** Splits on blank lines, or on every line break when the text has no blank line. */
export function splitParagraphs(text: string): string[] {
  const parts = BLANK_LINE.test(text) ? text.split(BLANK_LINE) : text.split(/\r?\n/);
  return parts.map(collapseWhitespace).filter((p) => p.length > 0);
}

export function extractFromPlainText(text: string): ArticleText {
  const kept = splitParagraphs(text).filter((p) => !isDebris(p));
  const blocks: TextBlock[] = [];
  let out = '';
  for (const paragraph of kept) {
    if (out.length > 0) out += '\n\n';
    const start = out.length;
    out += paragraph;
    blocks.push({ start, end: out.length, kind: looksLikeHeading(paragraph) ? 'heading' : 'paragraph' });
  }
  const first = blocks[0];
  const title = first && first.kind === 'heading' && blocks.length > 1 ? out.slice(first.start, first.end) : null;
  // The byline or dateline dates the text (published.ts); it is evidence for the event decision.
  const published = publishedFromText(text);
  return published ? { text: out, blocks, title, published } : { text: out, blocks, title };
}
