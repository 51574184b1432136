/**
 * The reader's selection as the notes see it: a range over article text, outside Crosscheck's own UI
 * and the page's editable fields, kept with where it is in the article.
 */
import type { DomArticle } from '../../lib/article/from-dom';
import { articleOffsetsFor, type ArticleSpan } from './range-offsets';

/** A selection in the article, kept while the toolbar or a new note's editor is open. */
export interface Selected {
  range: Range;
  span: ArticleSpan;
  /** The article text the span is in. */
  text: string;
}

function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/**
 * The document's selection when it covers article text outside `host` (the notes UI) and editable
 * fields; null otherwise. The article is read only once the selection qualifies.
 */
export function selectionInArticle(doc: Document, host: Node, article: () => DomArticle): Selected | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (isEditable(range.startContainer) || isEditable(range.endContainer)) return null;
  if (host.contains(range.commonAncestorContainer) || range.commonAncestorContainer === host) return null;
  const current = article();
  const span = articleOffsetsFor(current, range);
  return span ? { range: range.cloneRange(), span, text: current.text } : null;
}

/**
 * Where a kept selection is in the article as it is now. The page may have changed since the selection
 * was made: the range still says what was chosen. Null when its text is gone.
 */
export function spanNow(current: DomArticle, selected: Selected): ArticleSpan | null {
  if (current.text === selected.text) return selected.span;
  return selected.range.collapsed ? null : articleOffsetsFor(current, selected.range);
}
