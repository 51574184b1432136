/**
 * The article's text as the walk (from-dom.ts) finds it, one block at a time: words with whitespace
 * collapsed, each character mapped back to the text node it came from, and a block that closes as a
 * link list or debris dropped.
 * Whitespace: a run between two words, across any number of text nodes and `<br>`s, becomes one space
 * mapped to the run's first whitespace character (or to nothing for a bare `<br>`).
 * Text is kept as lists of pieces joined once (a block when it closes, the article when asked): a string
 * grown by `+=` word by word is a tree of a hundred thousand pieces at 100k words, which the first reader
 * of all of it (the message to the engine) flattened in one task of about 75 ms.
 */
import { debrisReason, isDateLine, isItalicCaption, isOutletHeadline, looksLikeHeading } from './debris';
import { visibleRuns } from './invisible';
import type { BlockKind, TextBlock } from './types';
import { LINK_DENSITY, type Ctx } from './walk-context';

/** Characters `text[start, start + length)` are `node.data[offset, offset + length)`, one to one. */
export interface DomSegment {
  start: number;
  node: Text;
  offset: number;
  length: number;
}

const YEAR_ONLY = /^(?:19|20)\d\d$/;

export class BlockBuilder {
  readonly blocks: TextBlock[] = [];
  readonly segments: DomSegment[] = [];
  /** The kept blocks and their "\n\n" separators, and their length so far. */
  private readonly textParts: string[] = [];
  private textLength = 0;
  private joined: string | null = null;
  // The open block: its text, its segments (offsets within the block), what it is made of.
  private blockParts: string[] = [];
  private blockLength = 0;
  private blockSegs: DomSegment[] = [];
  private kind: BlockKind = 'paragraph';
  private words = 0;
  private links = 0;
  private bolds = 0;
  private italics = 0;
  /** The open block is the page's headline (headline.ts): never debris, whatever it looks like. */
  private headline = false;
  /** The words outside links. */
  private plain = '';
  /** A pending space: undefined when none, null when it has no text node behind it (a `<br>`). */
  /** The last block kept or dropped was a "Read more" label, or a list item under one. */
  private afterReadMore = false;
  private space: Text | null | undefined;
  private spaceAt = 0;
  /** Words to put before the block's next word instead of a space (separate). */
  private separator: string | null = null;

  /** The blocks kept so far, joined by "\n\n"; the segments' offsets are in it. */
  get text(): string {
    this.joined ??= this.textParts.join('');
    return this.joined;
  }

  /**
   * A word of `node`, or a phrase of words joined by `spaces` single spaces (invisible.ts, scanPhrases),
   * read as its words one by one would be; `clean` when the node holds no invisible character.
   */
  word(node: Text, from: number, to: number, ctx: Ctx, clean: boolean, spaces = 0): void {
    if (this.blockLength === 0) {
      this.kind = ctx.kind;
      this.words = this.links = this.bolds = this.italics = 0;
      this.plain = '';
      this.headline = ctx.headline;
    } else if (this.separator) {
      this.add(this.separator, null, 0);
    } else if (this.space !== undefined) {
      this.add(' ', this.space, this.spaceAt);
    }
    this.space = undefined;
    this.separator = null;
    // Invisible characters are left out of the text: each visible run keeps its own segment.
    let visible = '';
    if (clean) {
      visible = node.data.slice(from, to);
      this.add(visible, node, from);
    } else {
      for (const [a, b] of visibleRuns(node.data, from, to)) {
        this.add(node.data.slice(a, b), node, a);
        visible += node.data.slice(a, b);
      }
    }
    const n = visible.length - spaces;
    this.words += n;
    if (ctx.link) this.links += n;
    else this.plain += visible + ' ';
    if (ctx.bold) this.bolds += n;
    if (ctx.italic) this.italics += n;
  }

  /** Whitespace at `node[at]`, or a `<br>` (null): one space before the next word of the block. */
  gap(node: Text | null, at: number): void {
    if (this.blockLength > 0 && !this.space && (node || this.space === undefined)) {
      this.space = node;
      this.spaceAt = at;
    }
  }

  /** Words that stand between the block's words so far and its next (a row's cells, from-dom.ts); they map to nothing on the page. */
  separate(words: string): void {
    if (this.blockLength > 0) this.separator = words;
  }

  /** Closes the open block: kept unless it is a link list or debris. */
  flush(): void {
    const { words, links, bolds, italics, kind } = this;
    const block = this.blockParts.join('');
    const linkList = !this.headline && (links >= words * LINK_DENSITY || (links > 0 && isDateLine(this.plain.trim())));
    // "Read more on the war:" and the list under it, links or not: other stories' headlines.
    const teaser = kind === 'list-item' && this.afterReadMore;
    // So is an item of an aggregator's list of other outlets' headlines ("Fox News: US strikes … after 19 attacks").
    const othersHeadline = kind === 'list-item' && isOutletHeadline(block);
    // "The D Brief: February 26, 2021" is a headline, though it reads like a stamp; a timeline's "2017" heading
    // dates the entries under it, though it reads like a counter.
    const yearHeading = kind === 'heading' && YEAR_ONLY.test(block);
    const debris = block && !this.headline && !yearHeading ? (italics === words && isItalicCaption(block) ? 'caption' : debrisReason(block)) : null;
    if (block) this.afterReadMore = debris === 'read-more' || teaser;
    if (block && !linkList && !teaser && !othersHeadline && debris === null) {
      if (this.textLength > 0) this.append('\n\n');
      const start = this.textLength;
      for (const s of this.blockSegs) this.segments.push({ start: start + s.start, node: s.node, offset: s.offset, length: s.length });
      this.append(block);
      // A paragraph entirely in bold that reads like a heading is a subhead (`<p><strong>…</strong></p>`).
      const subhead = kind === 'paragraph' && bolds === words && looksLikeHeading(block);
      this.blocks.push({ start, end: this.textLength, kind: subhead ? 'heading' : kind });
    }
    this.blockParts = [];
    this.blockLength = 0;
    this.blockSegs = [];
    this.space = undefined;
    this.separator = null;
  }

  private append(str: string): void {
    this.textParts.push(str);
    this.textLength += str.length;
    this.joined = null;
  }

  private add(str: string, node: Text | null, offset: number): void {
    const last = this.blockSegs[this.blockSegs.length - 1];
    if (!node) {
      // Unmapped.
    } else if (last && last.node === node && last.offset + last.length === offset && last.start + last.length === this.blockLength) {
      last.length += str.length;
    } else {
      this.blockSegs.push({ start: this.blockLength, node, offset, length: str.length });
    }
    this.blockParts.push(str);
    this.blockLength += str.length;
  }
}
