import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { domRangesFor, extractFromDocument, type DomArticle, type DomRange } from '../../lib/article/from-dom';
import { dropInvisible } from '../../lib/article/invisible';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

export interface Dom {
  name: string;
  parse(html: string): { document: Document; serialize(): string; close(): void };
}

export const linkedomDom: Dom = {
  name: 'linkedom',
  parse(html) {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    return { document: doc, serialize: () => doc.documentElement.outerHTML, close: () => {} };
  },
};

export const happyDom: Dom = {
  name: 'happy-dom',
  parse(html) {
    const window = new Window({
      url: 'https://news.example/',
      settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableIframePageLoading: true },
    });
    window.document.write(html);
    const doc = window.document as unknown as Document;
    return {
      document: doc,
      serialize: () => doc.documentElement.outerHTML,
      close: () => void window.happyDOM.close(),
    };
  },
};

export const DOMS: Dom[] = [linkedomDom, happyDom];

/** The article text read from a page's HTML (linkedom). */
export function articleTextOf(html: string): string {
  const { document, close } = linkedomDom.parse(html);
  try {
    return extractFromDocument(document).text;
  } finally {
    close();
  }
}

export function blockTexts(article: { text: string; blocks: { start: number; end: number }[] }): string[] {
  return article.blocks.map((b) => article.text.slice(b.start, b.end));
}

/**
 * What the pieces say, with each whitespace character read as the space it stands for. Invisible
 * characters a piece spans (left out of the article text, see invisible.ts) are left out here too.
 */
export function piecesText(pieces: DomRange[]): string {
  return dropInvisible(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).replace(/\s/g, ' ');
}

/**
 * Checks `domRangesFor` over many ranges: inside every block (all starts, several ends), and
 * across block boundaries. The "\n\n" separators come from no text node, so they are absent
 * from the pieces; everything else must come back character for character.
 */
export function checkRanges(article: DomArticle): number {
  const { text } = article;
  const ranges: Array<[number, number]> = [[0, text.length]];
  for (const b of article.blocks) {
    for (let s = b.start; s < b.end; s++) {
      for (const e of [s + 1, s + 2, s + 7, s + 23, b.end]) if (e <= b.end) ranges.push([s, e]);
    }
  }
  for (let i = 0; i + 1 < article.blocks.length; i++) {
    const a = article.blocks[i]!;
    const c = article.blocks[i + 1]!;
    ranges.push([Math.max(a.start, a.end - 5), Math.min(c.end, c.start + 5)]);
    ranges.push([a.end, c.start]); // the separator alone
  }
  for (const [s, e] of ranges) {
    const pieces = domRangesFor(article, s, e);
    for (const p of pieces) {
      expect(p.node.nodeType).toBe(3);
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeGreaterThan(p.start);
      expect(p.end).toBeLessThanOrEqual(p.node.data.length);
      expect(article.root.contains(p.node) || !!article.headline?.contains(p.node)).toBe(true);
    }
    expect(piecesText(pieces), `range [${s}, ${e})`).toBe(text.slice(s, e).replace(/\n\n/g, ''));
  }
  return ranges.length;
}

/** Tag names and class words of every ancestor of `node` up to (not including) `root`. */
export function ancestry(node: Node, root: Element): string[] {
  const out: string[] = [];
  for (let a = node.parentElement; a && a !== root; a = a.parentElement) {
    out.push(a.tagName.toLowerCase(), ...(a.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
  }
  return out;
}
