// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { domRangesFor, extractFromDocument, type DomArticle } from '../../lib/article/from-dom';
import { articleOffsetsFor, comparePoints } from '../../entrypoints/notes-ui/range-offsets';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(html: string): DomArticle {
  document.body.innerHTML = html;
  return extractFromDocument(document);
}

function rangeOf(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** The text node whose data contains `needle`. */
function textNode(needle: string): Text {
  const walker = document.createTreeWalker(document.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
  throw new Error(`no text node with ${needle}`);
}

/** A range from the first character of `from` to the last of `to` (each in one text node). */
function between(from: string, to: string): Range {
  const a = textNode(from);
  const b = textNode(to);
  return rangeOf(a, a.data.indexOf(from), b, b.data.indexOf(to) + to.length);
}

const ARTICLE = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <article>
    <h1>Strike   hits   compound</h1>
    <p>The jets, <strong>F-15E Strike Eagles</strong>, struck at about <b>6 p.m.</b>
       Eastern time,    a <a href="/x">defense official</a> said.</p>
    <figure><img alt=""><figcaption>Two jets refuel over Iraq.</figcaption></figure>
    <p>A war monitor said 22 people<br>were killed.</p>
  </article>
  <footer>Copyright</footer>`;

describe('comparePoints', () => {
  it('orders boundary points as the DOM Standard does', () => {
    page('<p id="p">ab<b>cd</b>ef</p>');
    const p = document.getElementById('p')!;
    const ab = p.firstChild!;
    const cd = p.querySelector('b')!.firstChild!;
    expect(comparePoints(ab, 1, ab, 2)).toBe(-1);
    expect(comparePoints(ab, 2, ab, 2)).toBe(0);
    expect(comparePoints(cd, 0, ab, 2)).toBe(1);
    expect(comparePoints(p, 1, cd, 0)).toBe(-1); // before <b>, so before its text
    expect(comparePoints(p, 2, cd, 2)).toBe(1); // after <b>
    expect(comparePoints(cd, 1, p, 2)).toBe(-1);
  });
});

describe('articleOffsetsFor', () => {
  it('maps a selection inside one text node', () => {
    const article = page(ARTICLE);
    const span = articleOffsetsFor(article, between('war monitor', 'war monitor'))!;
    expect(article.text.slice(span.start, span.end)).toBe('war monitor');
  });

  it('maps a selection across inline markup (strong, b, a)', () => {
    const article = page(ARTICLE);
    const span = articleOffsetsFor(article, between('F-15E', 'defense'))!;
    expect(article.text.slice(span.start, span.end)).toBe('F-15E Strike Eagles, struck at about 6 p.m. Eastern time, a defense');
  });

  it('maps ends inside collapsed runs of white space, and trims white space at the ends', () => {
    const article = page(ARTICLE);
    const h1 = textNode('Strike   hits');
    // From inside the run after "Strike" to inside the run after "hits".
    const span = articleOffsetsFor(article, rangeOf(h1, 'Strike '.length + 1, h1, 'Strike   hits '.length + 1))!;
    expect(article.text.slice(span.start, span.end)).toBe('hits');
    const time = textNode('Eastern time');
    const run = time.data.indexOf('time,') + 'time,'.length;
    const span2 = articleOffsetsFor(article, rangeOf(time, run + 2, time, time.data.indexOf(' a') + 2))!;
    expect(article.text.slice(span2.start, span2.end)).toBe('a');
  });

  it('maps a selection across blocks, skipping what is not article text (a caption)', () => {
    const article = page(ARTICLE);
    const span = articleOffsetsFor(article, between('official', 'monitor'))!;
    expect(article.text.slice(span.start, span.end)).toBe('official said.\n\nA war monitor');
  });

  it('maps a selection across a <br>', () => {
    const article = page(ARTICLE);
    const span = articleOffsetsFor(article, between('22', 'were'))!;
    expect(article.text.slice(span.start, span.end)).toBe('22 people were');
  });

  it('maps boundaries given as element offsets (a triple-click selects to the next block)', () => {
    const article = page(ARTICLE);
    const ps = document.querySelectorAll('article p');
    const span = articleOffsetsFor(article, rangeOf(ps[0]!, 0, ps[1]!, 0))!;
    expect(article.text.slice(span.start, span.end)).toBe('The jets, F-15E Strike Eagles, struck at about 6 p.m. Eastern time, a defense official said.');
  });

  it('clamps a selection that starts in page chrome to the article', () => {
    const article = page(ARTICLE);
    const span = articleOffsetsFor(article, between('Home', 'Strike   hits'))!;
    expect(article.text.slice(span.start, span.end)).toBe('Strike hits');
  });

  it('gives null for a selection with no article text (navigation, a caption, the footer)', () => {
    const article = page(ARTICLE);
    expect(articleOffsetsFor(article, between('Home', 'World'))).toBeNull();
    expect(articleOffsetsFor(article, between('Two jets', 'Iraq'))).toBeNull();
    expect(articleOffsetsFor(article, between('Copyright', 'Copyright'))).toBeNull();
    const run = textNode('Eastern time');
    const at = run.data.indexOf('time,') + 'time,'.length;
    expect(articleOffsetsFor(article, rangeOf(run, at + 1, run, at + 3))).toBeNull(); // white space only
  });

  it('inverts domRangesFor for every word-aligned span of the article', () => {
    const article = page(ARTICLE);
    const text = article.text;
    const starts: number[] = [];
    const ends: number[] = [];
    for (const m of text.matchAll(/\S+/g)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    let checked = 0;
    for (const start of starts) {
      for (const end of ends) {
        if (end <= start) continue;
        const pieces = domRangesFor(article, start, end);
        const first = pieces[0]!;
        const last = pieces[pieces.length - 1]!;
        const span = articleOffsetsFor(article, rangeOf(first.node, first.start, last.node, last.end));
        expect(span, text.slice(start, end)).toEqual({ start, end });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
