import type { FigureValue } from '../reference/values';

/** A piece of an article's text; offsets are JavaScript string indices into `ArticleText.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type FigureKind = FigureValue['type'];

/** A figure found in the text: a count, a date, a time, an aircraft type, a calibre, a weight. */
export interface FigureMention extends Span {
  value: FigureValue;
}
