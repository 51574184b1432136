// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import { selectionInArticle, spanNow } from '../../entrypoints/notes-ui/article-selection';

const HTML = `<article><h1>Strike hits compound</h1>
<p>A war monitor said <b>22 people</b> were killed.</p><div contenteditable="true">typed here</div></article><div id="ui">our toolbar</div>`;

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

function selectIn(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  return range;
}

describe('selectionInArticle', () => {
  it('gives the selection as a span of the article text, with a copy of its range', () => {
    document.body.innerHTML = HTML;
    const text = document.querySelector('p')!.firstChild as Text;
    const range = selectIn(text, 2, 13);
    const article = extractFromDocument(document);
    const selected = selectionInArticle(document, document.getElementById('ui')!, () => article)!;
    expect(article.text.slice(selected.span.start, selected.span.end)).toBe('war monitor');
    expect(selected.text).toBe(article.text);
    expect(selected.range).not.toBe(range);
    expect(selected.range.toString()).toBe('war monitor');
  });

  it('is null for no selection, a selection in our UI or in an editable field, and does not read the article then', () => {
    document.body.innerHTML = HTML;
    const ui = document.getElementById('ui')!;
    const never = () => {
      throw new Error('read the article');
    };
    expect(selectionInArticle(document, ui, never)).toBeNull();
    selectIn(ui.firstChild!, 0, 3);
    expect(selectionInArticle(document, ui, never)).toBeNull();
    selectIn(document.querySelector('[contenteditable]')!.firstChild!, 0, 5);
    expect(selectionInArticle(document, ui, never)).toBeNull();
  });
});

describe('spanNow', () => {
  it('keeps the span while the article is unchanged, and finds the range again after the page changed', () => {
    document.body.innerHTML = HTML;
    const text = document.querySelector('b')!.firstChild as Text;
    selectIn(text, 0, 9);
    const before = extractFromDocument(document);
    const selected = selectionInArticle(document, document.getElementById('ui')!, () => before)!;
    expect(spanNow(before, selected)).toBe(selected.span);
    document.querySelector('h1')!.textContent = 'A much longer headline than before';
    const after = extractFromDocument(document);
    const span = spanNow(after, selected)!;
    expect(after.text.slice(span.start, span.end)).toBe('22 people');
    // The chosen text removed: nothing to highlight.
    text.remove();
    expect(spanNow(extractFromDocument(document), selected)).toBeNull();
  });
});
