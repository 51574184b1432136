/**
 * Article text from a DOM document, with a map from text offsets back to the page's text nodes.
 *
 * Works on any DOM (browser, linkedom, happy-dom): it only reads nodeType, tagName, getAttribute,
 * childNodes, firstElementChild/nextElementSibling, parentElement, textContent, querySelector(All) and Text.data.
 * It never writes to the document.
 *
 * Steps: choose the article root (article-root.ts); read the page's headline first when it stands
 * outside the root (headline.ts); walk the root in document order, skipping chrome
 * (chrome.ts, walk-context.ts); collect each block's text with whitespace collapsed, remembering for
 * every character the text node and offset it came from, and drop blocks that are mostly links or that
 * debris.ts calls debris (block-builder.ts).
 */

import { chooseRootInSteps, collapsed } from './article-root';
import { BlockBuilder, type DomSegment } from './block-builder';
import { onlyInvisible, scanPhrases } from './invisible';
import { publishedFromDocument } from './published';
import type { ArticleText } from './types';
import { BLOCK_TAGS } from './block-tags';
import { isPagesCustomTag } from './chrome';
import { enter, type Ctx } from './walk-context';
import { pageHeadline, standfirstAfter } from './headline';
import { HAS_SMALL_LETTER, UPPER } from '../extract/letter-classes';
const CAPITAL_OR_DIGIT = new RegExp(String.raw`[${UPPER}\d]`, 'u');

export type { DomSegment } from './block-builder';

export interface DomArticle extends ArticleText {
  /** The element the text was taken from. */
  root: Element;
  /** The page's headline when it stands outside the root (headline.ts): its text opens the article's. */
  headline: Element | null;
  /**
   * The root's `textContent` when the walk began. A reader that starts again whenever the page changes
   * mid-walk (lib/page/article-pass.ts) has it as it was at the end, without a second walk of the page then.
   */
  rootText: string;
  /**
   * Sorted by `start`, not overlapping. Characters that come from markup rather than from a
   * text node (the "\n\n" between blocks, the space a `<br>` stands for) have no segment.
   * A collapsed run of whitespace is one space mapped to the run's first character.
   */
  segments: DomSegment[];
}

export interface DomRange {
  node: Text;
  start: number;
  end: number;
}

/**
 * Pieces of text nodes covering `text[start, end)`, in document order; unmapped characters are skipped.
 * Pieces of one text node separated only by invisible characters (left out of the text) are one piece,
 * so a highlight of "2\u00AD2" wraps both digits in one element.
 */
export function domRangesFor(article: DomArticle, start: number, end: number): DomRange[] {
  const segs = article.segments;
  const out: DomRange[] = [];
  // First segment ending after `start`.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (s.start + s.length <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i]!;
    if (s.start >= end) break;
    const a = Math.max(start, s.start) - s.start + s.offset;
    const b = Math.min(end, s.start + s.length) - s.start + s.offset;
    if (b <= a) continue;
    const last = out[out.length - 1];
    if (last && last.node === s.node && last.end <= a && onlyInvisible(s.node.data, last.end, a)) last.end = b;
    else out.push({ node: s.node, start: a, end: b });
  }
  return out;
}

/** The article of `doc`, read at once. */
export function extractFromDocument(doc: Document): DomArticle {
  const steps = readDocument(doc, () => false);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** How many nodes the walk reads between two questions to `pause` (asking costs a clock read). */
const NODES_PER_CHECK = 64;

// Children are read by index from one `childNodes` list per element: `nextSibling` is not
// constant-time in every DOM implementation (happy-dom searches the parent's list).
interface Frame {
  kids: NodeListOf<ChildNode>;
  i: number;
  ctx: Ctx;
  block: boolean;
}

/**
 * The walk in steps: it yields whenever `pause()` says the page should have its main thread back, and
 * returns the article. The caller resumes it in a later task; if the page changed meanwhile, it starts
 * again (lib/page/article-pass.ts). The root's choice measures the page's paragraphs in steps too.
 */
export function* readDocument(doc: Document, pause: () => boolean): Generator<void, DomArticle, void> {
  const root = yield* chooseRootInSteps(doc, pause);
  const rootText = root.textContent ?? '';
  if (pause()) yield;
  const out = new BlockBuilder();
  const rows: RowVerdicts = new Map();
  const rootCtx: Ctx = { kind: 'paragraph', headingsOnly: false, mute: false, inArticle: !!root.closest('article'), link: false, bold: false, italic: false, pre: !!root.closest('pre'), headline: false };
  const stack: Frame[] = [{ kids: root.childNodes, i: 0, ctx: rootCtx, block: true }];
  // A headline above the root is read first, as the article's heading (the frame on top is read first).
  const headline = pageHeadline(doc, root);
  const outside = headline && !root.contains(headline) ? headline : null;
  // Its standfirst beside it, read after it: the frame pushed first is read last.
  const standfirst = outside ? standfirstAfter(outside, root) : null;
  if (standfirst) stack.push({ kids: standfirst.childNodes, i: 0, ctx: rootCtx, block: true });
  if (outside) stack.push({ kids: outside.childNodes, i: 0, ctx: { ...rootCtx, kind: 'heading', headline: true }, block: true });
  let seen = 0;
  while (stack.length > 0) {
    if (++seen % NODES_PER_CHECK === 0 && pause()) yield;
    const top = stack[stack.length - 1]!;
    const node = top.kids[top.i++];
    const ctx = top.ctx;
    if (!node) {
      stack.pop();
      if (top.block) out.flush();
    } else if (node.nodeType === 3) {
      if (!ctx.mute) readText(node as Text, ctx, out);
    } else if (node.nodeType === 1) {
      const frame = element(node as Element, ctx, root, headline, out, rows);
      if (frame) stack.push(frame);
    }
  }
  out.flush();
  // Joining a long article's pieces, and the publication date (one more bounded walk of the page, up to
  // thousands of elements), are steps of their own: at 100k words the two with the engine's request made
  // one task of 56 ms.
  if (pause()) yield;
  const { text, blocks, segments } = out;
  if (pause()) yield;
  return { text, blocks, title: titleOf(doc, root), published: publishedFromDocument(doc, root), root, headline: outside, rootText, segments };
}

function readText(node: Text, ctx: Ctx, out: BlockBuilder): void {
  if (ctx.pre) return readPreformatted(node, ctx, out);
  scanPhrases(
    node.data,
    (at) => out.gap(node, at),
    (start, end, clean, spaces) => out.word(node, start, end, ctx, clean, spaces),
  );
}

const BLANK_LINE = /\n[ \t]*\n\s*/g;

/** Preformatted prose: its lines are wrapped by hand, and a blank line ends a paragraph. */
function readPreformatted(node: Text, ctx: Ctx, out: BlockBuilder): void {
  const data = node.data;
  let from = 0;
  for (const blank of data.matchAll(BLANK_LINE)) {
    readSlice(node, from, blank.index, ctx, out);
    out.flush();
    from = blank.index + blank[0].length;
  }
  readSlice(node, from, data.length, ctx, out);
}

function readSlice(node: Text, from: number, to: number, ctx: Ctx, out: BlockBuilder): void {
  scanPhrases(
    node.data.slice(from, to),
    (at) => out.gap(node, from + at),
    (start, end, clean, spaces) => out.word(node, from + start, from + end, ctx, clean, spaces),
  );
}

const CELL_TAGS = new Set(['td', 'th']);
/** What stands between a row's cells in the text: a clause break, not a sentence's end. */
const CELL_SEPARATOR = '; ';
// Elements run together are a label's parts (a kicker, a date, a read time): set apart as a byline sets its parts.
const PART_SEPARATOR = ' · ';
/** A cell longer than this is a column of a page laid out in a table, not a value in a row. */
const SHORT_CELL = 400;

/** Each row's verdict in one walk, read once for all its cells (a data table may have thousands). */
type RowVerdicts = Map<Element, boolean>;

/** A table row of two or more cells, each short and holding no block of its own: a line of data. */
function isRowOfShortCells(row: Element | null, verdicts: RowVerdicts): boolean {
  if (!row || row.tagName.toLowerCase() !== 'tr') return false;
  let verdict = verdicts.get(row);
  if (verdict === undefined) verdicts.set(row, (verdict = readRow(row)));
  return verdict;
}

function readRow(row: Element): boolean {
  let cells = 0;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (!CELL_TAGS.has(c.tagName.toLowerCase())) continue;
    if ((c.textContent ?? '').length > SHORT_CELL || c.querySelector(BLOCK_INSIDE_CELL)) return false;
    cells++;
  }
  return cells >= 2;
}
const BLOCK_INSIDE_CELL = [...BLOCK_TAGS].join(',');

/**
 * "<span>World</span><span>Feb 26, 2021</span><span>2 min read</span>": two elements side by side whose texts
 * would run into one word ("WorldFeb", "20212") are set apart by the page's style, not by a space in its text.
 */
function runsWordsTogether(el: Element): boolean {
  const prev = el.previousSibling;
  if (!prev || prev.nodeType !== 1 || BLOCK_TAGS.has((prev as Element).tagName.toLowerCase())) return false;
  // Only the two characters that meet are read, not the elements' whole text: the walk meets every inline element.
  const last = edgeText(prev, 'last').slice(-1);
  const first = edgeText(el, 'first').charAt(0);
  if (HAS_SMALL_LETTER.test(last)) return CAPITAL_OR_DIGIT.test(first);
  // Digits split over elements ("<span>1</span><span>7</span>") are one number, but a date's year ends it.
  return /\d/.test(last) && /\d/.test(first) && YEAR_ENDING_DATE.test(prev.textContent ?? '');
}
const YEAR_ENDING_DATE = /\d,? (?:19|20)\d\d$/;

/** The first or last text node's text under `node` that has any ("" when none): where its text begins or ends. */
function edgeText(node: Node, side: 'first' | 'last'): string {
  for (let c = side === 'first' ? node.firstChild : node.lastChild; c; c = side === 'first' ? c.nextSibling : c.previousSibling) {
    if (c.nodeType === 3 && (c as Text).data) return (c as Text).data;
    const inner = c.nodeType === 1 ? edgeText(c, side) : '';
    if (inner) return inner;
  }
  return '';
}

/** The sibling before `el`, past whitespace, is a `<br>`. */
function previousIsBr(el: Element): boolean {
  let prev = el.previousSibling;
  while (prev && prev.nodeType === 3 && !/\S/.test((prev as Text).data)) prev = prev.previousSibling;
  return !!prev && prev.nodeType === 1 && (prev as Element).tagName.toLowerCase() === 'br';
}

/** An element met by the walk: a `<br>` is a space (two end a paragraph), a block closes the open one; the frame to read its children in, if any. */
function element(el: Element, ctx: Ctx, root: Element, headline: Element | null, out: BlockBuilder, rows: RowVerdicts): Frame | null {
  const tag = el.tagName.toLowerCase();
  if (tag === 'br') {
    // "<br><br>" is how a story without `<p>`s ends a paragraph; one `<br>` is a space.
    if (previousIsBr(el)) out.flush();
    else if (!ctx.mute) out.gap(null, 0);
    return null;
  }
  // A cell of a row of short cells is a clause of the row's one block: "Nov. 9 | Pentagon tally | 56 troops injured"
  // reads as one line, dated by its first cell, not as a bare date and a count with no day.
  const cellOfRow = CELL_TAGS.has(tag) && isRowOfShortCells(el.parentElement, rows);
  const isBlock = (BLOCK_TAGS.has(tag) || isCustomBlock(el, tag)) && !cellOfRow;
  if (isBlock) out.flush();
  else if (cellOfRow) out.separate(CELL_SEPARATOR);
  else if (runsWordsTogether(el)) out.separate(PART_SEPARATOR);
  const inner = enter(el, tag, ctx, root, headline);
  return inner ? { kids: el.childNodes, i: 0, ctx: inner, block: isBlock } : null;
}

/**
 * A custom element ("<rich-para>", "<story-body>") among elements only, with no text of its own beside it, is laid out
 * as a block of the page's own; one inside a sentence is a word's wrapper.
 */
function isCustomBlock(el: Element, tag: string): boolean {
  if (!isPagesCustomTag(tag)) return false;
  const siblings = el.parentElement?.childNodes ?? [];
  for (let i = 0; i < siblings.length; i++) {
    const node = siblings[i]!;
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return false;
  }
  return true;
}

function titleOf(doc: Document, root: Element): string | null {
  const h1 = collapsed(root.querySelector('h1')?.textContent);
  if (h1) return h1;
  const og = collapsed(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return og;
  const title = collapsed(doc.querySelector('title')?.textContent);
  // "Headline | Site" or "Headline - Site": drop a short site name after the last separator.
  const m = /^(.{20,}?)\s+[|–—-]\s+[^|–—-]{1,30}$/.exec(title);
  return (m ? m[1]! : title) || null;
}
