/**
 * A live blog or a roundup is a page of short stories, each under its own headline (or, in a newsletter, opening
 * on a label of its own): each story's headline and first paragraph is a lede of its own, where an article has one
 * at its top.
 */
import type { Sentence } from './sentences';
import { STARTS_WITH_CAPITAL, UPPER } from '../extract/letter-classes';

/** A headline: one line, a few words, no closing stop. */
const MAX_HEADLINE_WORDS = 14;
/** Most stories of a live blog or roundup run a few paragraphs; a long article's subheads stand further apart. */
const MAX_STORY_BLOCKS = 4;
/** A newsletter's item number before its headline: "1. Coronavirus", "5) Gymnastics". */
export const ITEM_NUMBER = /^(\d{1,2})[.)]\s+/;
/** Fewer headlined stories than this is an article with subheads. */
const MIN_STORIES = 3;

// A newsletter's item opens on a label of its own: "U.S. AND SYRIA | Overnight, …", "➤MIDDLE EAST: …".
const ITEM_LABEL = new RegExp(String.raw`^\s*(?:[➤►▶]\s*[${UPPER}][^\n:|]{1,40}[:|]|[${UPPER}][${UPPER}\d\s&.,'’/-]{1,40}\s\|)\s`, 'u');

/** The sentences of each story's headline and first paragraph, or none when the page is not a page of short stories. */
export function storyLedes(text: string, sentences: readonly Sentence[]): Sentence[][] {
  const blocks = byBlock(sentences);
  return storyStarts(text, blocks).map(({ at, headed }) => (headed ? [...(blocks[at] ?? []), ...(blocks[at + 1] ?? [])] : (blocks[at] ?? [])));
}

/**
 * Each story's blocks, as the `block` numbers of its sentences from its headline (or label) to the next story's, or
 * none when the page is not a page of short stories. What stands before the first is the page's own opening story.
 */
export function storyBlocks(text: string, sentences: readonly Sentence[]): Array<{ first: number; end: number }> {
  const blocks = byBlock(sentences);
  const starts = storyStarts(text, blocks);
  const blockOf = (k: number) => blocks[k]?.[0]?.block ?? Infinity;
  return starts.map(({ at }, k) => ({ first: blockOf(at), end: blockOf(starts[k + 1]?.at ?? blocks.length) }));
}

/** Where each story starts among the page's blocks: a newsletter's labelled items, or the headlines of a live blog or roundup. */
function storyStarts(text: string, blocks: readonly Sentence[][]): Array<{ at: number; headed: boolean }> {
  // A newsletter's labelled items: each item's paragraph is its own lede.
  const items = blocks.flatMap((b, i) => (b[0] !== undefined && ITEM_LABEL.test(text.slice(b[0].start, b[0].start + 48)) ? [i] : []));
  if (items.length >= MIN_STORIES) return items.map((at) => ({ at, headed: false }));
  const headlines = blocks.flatMap((b, i) => (i > 0 && isHeadline(text, b) ? [i] : []));
  // Each story: its headline's block and how many paragraphs stand under it before the next headline.
  const stories = headlines.flatMap((at, k) => {
    const paragraphs = (headlines[k + 1] ?? blocks.length) - at - 1;
    return paragraphs > 0 ? [{ at, paragraphs }] : [];
  });
  const short = stories.filter((s) => s.paragraphs <= MAX_STORY_BLOCKS).length;
  if (stories.length < MIN_STORIES || short * 2 < stories.length) return [];
  return stories.map(({ at }) => ({ at, headed: true }));
}

function byBlock(sentences: readonly Sentence[]): Sentence[][] {
  const blocks: Sentence[][] = [];
  for (const s of sentences) (blocks[s.block] ??= []).push(s);
  return blocks.filter((b) => b !== undefined);
}

function isHeadline(text: string, block: readonly Sentence[]): boolean {
  const [only] = block;
  if (!only || block.length !== 1) return false;
  // "3. Syria": a newsletter's item headlines may be numbered.
  const words = text.slice(only.start, only.end).trim().replace(ITEM_NUMBER, '');
  return STARTS_WITH_CAPITAL.test(words) && !/[.!?"”:]$/.test(words) && words.split(/\s+/).length <= MAX_HEADLINE_WORDS;
}
