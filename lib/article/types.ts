/** The text of an article as the engine reads it, whatever it was extracted from. */
import type { PublishedDate } from './published';

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item';

/** One paragraph-like block; `start`/`end` are offsets in `ArticleText.text`. */
export interface TextBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface ArticleText {
  /** Blocks joined by "\n\n", whitespace inside a block collapsed to single spaces. */
  text: string;
  blocks: TextBlock[];
  /** The page's or file's title, when it has one. */
  title: string | null;
  /** The day the page says it was published (published.ts), when it says; evidence for the event decision. */
  published?: PublishedDate | null;
}
