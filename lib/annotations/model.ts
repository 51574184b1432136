/**
 * The reader's own highlights and notes. Each one is anchored with W3C Web Annotation selectors
 * relative to the article text Crosscheck extracts (lib/article), as Hypothesis does: a quote with
 * its context for finding it again, and a position as a hint.
 */

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to 32 characters before and after the quote in the article text. */
  prefix: string;
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector (offsets in the article text). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type HighlightColour = 'yellow' | 'green' | 'blue' | 'pink';
export const HIGHLIGHT_COLOURS: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];

/** A UUID, unique across devices, so importing the same export twice creates nothing new. */
export type AnnotationId = string;

export interface ReaderAnnotation {
  id: AnnotationId;
  /** The page's URL, normalised (lib/annotations/url.ts). */
  url: string;
  /** The page's title when the highlight was made. */
  title: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  colour: HighlightColour;
  /** The reader's note; may be empty. */
  note: string;
  tags: string[];
  /** ISO 8601. */
  created: string;
  modified: string;
}

/** Crosscheck's findings for a page, kept beside the reader's notes so exports can include them. */
export interface PageFindings {
  url: string;
  title: string;
  event: string | null;
  findings: Array<{
    text: string;
    kind: 'figure' | 'name';
    fact: string | null;
    status: 'differs' | 'agrees' | 'unique';
    others: Array<{ outlet: string; value: string; attribution: string | null }>;
  }>;
  recorded: string;
}
