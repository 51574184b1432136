// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/article/from-dom';
import { drawHighlights } from '../../lib/page/draw-plan';
import { clearHighlights } from '../../lib/page/highlights';
import type { Mark } from '../../lib/engine/findings';
import { drawNotes, noteIdOf, noteStyle, NOTE_SELECTOR, removeNotes, styleNote } from '../../entrypoints/notes-ui/draw';

afterEach(() => {
  document.body.innerHTML = '';
});

const HTML = `<article><h1>Strike   hits compound</h1>
<p>The jets, <strong>F-15E Strike Eagles</strong>, struck at about <b>6 p.m.</b> Eastern time, a <a href="/x">defense official</a> said.</p>
<p>A war monitor said 22 people<br>were killed.</p></article>`;

function setUp() {
  document.body.innerHTML = HTML;
  return { article: extractFromDocument(document), before: document.body.innerHTML, text: document.body.textContent };
}

const spanOf = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(quote);
  return { start, end: start + quote.length };
};

const pieces = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-crosscheck-id="note-${id}"]`)];

describe('drawNotes', () => {
  it('wraps a note in note elements that share its id, and leaves the text unchanged', () => {
    const { article, text } = setUp();
    const drawn = drawNotes(document, article, [
      { id: 'a', ...spanOf(article.text, 'Eagles, struck at about 6 p.m. Eastern'), colour: 'green', hasNote: true },
    ]);
    expect(document.body.textContent).toBe(text);
    const els = pieces('a');
    // "Eagles" in <strong>, ", struck at about ", "6 p.m." in <b>, " Eastern".
    expect(els.map((e) => e.textContent)).toEqual(['Eagles', ', struck at about ', '6 p.m.', ' Eastern']);
    expect(drawn.get('a')).toEqual(els);
    expect(els.map((e) => e.textContent).join('')).toBe('Eagles, struck at about 6 p.m. Eastern');
    for (const el of els) {
      expect(el.tagName.toLowerCase()).toBe('crosscheck-mark');
      expect(el.getAttribute('data-crosscheck-kind')).toBe('note');
      expect(el.getAttribute('data-crosscheck-colour')).toBe('green');
      expect(el.getAttribute('tabindex')).toBe('0');
      expect(el.style.getPropertyPriority('background-color')).toBe('important');
      expect(noteIdOf(el)).toBe('a');
    }
    // The marker for a note with text is on the last piece only.
    expect(els.at(-1)!.getAttribute('style')).toContain('linear-gradient');
    expect(els[0]!.getAttribute('style')).not.toContain('linear-gradient');
    expect(extractFromDocument(document).text).toBe(article.text);
  });

  it('draws overlapping notes (nested) and notes in the same text node, in any order', () => {
    const { article, text } = setUp();
    const drawn = drawNotes(document, article, [
      { id: 'late', ...spanOf(article.text, 'monitor said 22'), colour: 'pink', hasNote: false },
      { id: 'early', ...spanOf(article.text, 'A war monitor'), colour: 'blue', hasNote: false },
      { id: 'inner', start: spanOf(article.text, 'said 22').start, end: spanOf(article.text, 'said 22').start + 4, colour: 'yellow', hasNote: false },
    ]);
    expect(document.body.textContent).toBe(text);
    expect(pieces('late').map((e) => e.textContent).join('')).toBe('monitor said 22');
    expect(pieces('early').map((e) => e.textContent).join('')).toBe('A war monitor');
    expect(pieces('inner').map((e) => e.textContent).join('')).toBe('said');
    expect(drawn.size).toBe(3);
    expect(pieces('inner')[0]!.closest('[data-crosscheck-id="note-late"]')).not.toBeNull();
  });

  it('goes inside and around Crosscheck’s own highlights without disturbing them', () => {
    const { article, text } = setUp();
    const killed: Mark = {
      id: 'm1', kind: 'figure', text: '22', ...spanOf(article.text, '22'), fact: 'strike.killed', factLabel: null,
      value: { type: 'count', min: 22, max: 22 } as unknown as Mark['value'], status: 'differs', others: [], attribution: null,
    };
    drawHighlights(document, article, [killed]);
    const again = extractFromDocument(document);
    drawNotes(document, again, [{ id: 'n', ...spanOf(again.text, 'said 22 people'), colour: 'yellow', hasNote: false }]);
    expect(document.body.textContent).toBe(text);
    expect(document.querySelector('[data-crosscheck-kind="figure"]')!.textContent).toBe('22');
    expect(pieces('n').map((e) => e.textContent).join('')).toBe('said 22 people');
    // Clearing the findings keeps the note; removing the note after that restores the page.
    clearHighlights(document);
    expect(pieces('n').map((e) => e.textContent).join('')).toBe('said 22 people');
    removeNotes(document);
    expect(document.body.textContent).toBe(text);
    expect(document.querySelectorAll('crosscheck-mark')).toHaveLength(0);
  });
});

describe('removeNotes', () => {
  it('puts the page back as it was, text nodes joined again', () => {
    const { article, before, text } = setUp();
    drawNotes(document, article, [
      { id: 'a', ...spanOf(article.text, 'jets, F-15E Strike'), colour: 'yellow', hasNote: false },
      { id: 'b', ...spanOf(article.text, 'about 6 p.m. Eastern time, a defense'), colour: 'blue', hasNote: true },
      { id: 'c', ...spanOf(article.text, 'compound\n\nThe jets'), colour: 'pink', hasNote: false },
    ]);
    expect(document.querySelectorAll(NOTE_SELECTOR).length).toBeGreaterThan(5);
    removeNotes(document, new Set(['b']));
    expect(pieces('b')).toHaveLength(0);
    expect(pieces('a').length).toBeGreaterThan(0);
    expect(document.body.textContent).toBe(text);
    removeNotes(document);
    expect(document.body.textContent).toBe(text);
    expect(document.body.innerHTML).toBe(before);
    expect(extractFromDocument(document)).toMatchObject({ text: article.text });
  });
});

describe('styleNote', () => {
  it('changes colour and the note marker in place', () => {
    const { article } = setUp();
    const els = drawNotes(document, article, [{ id: 'a', ...spanOf(article.text, 'war monitor'), colour: 'yellow', hasNote: false }]).get('a')!;
    styleNote(els, 'blue', true);
    expect(els[0]!.getAttribute('data-crosscheck-colour')).toBe('blue');
    expect(els[0]!.getAttribute('style')).toBe(noteStyle('blue', true));
  });

  it('gives each colour its own translucent fill, different from the amber of findings', () => {
    const fills = (['yellow', 'green', 'blue', 'pink'] as const).map((c) => /background-color:([^ ;]+)/.exec(noteStyle(c, false))![1]);
    expect(new Set(fills).size).toBe(4);
    for (const fill of fills) expect(fill).toMatch(/^rgba\(.*,0\.\d+\)$/);
    expect(fills).not.toContain('rgba(245,158,11,0.32)');
  });
});
