/**
 * A bounded sample of a page's text for the cheap gate: the title, the description and the first
 * text of the body, stopping after `limit` characters. Pages about nothing in the reference (almost
 * all of them) cost this and nothing more.
 */
import { dropInvisible } from '../article/invisible';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

export function quickText(doc: Document, limit = 40_000): string {
  const parts: string[] = [doc.title];
  const description = doc.querySelector('meta[name="description"], meta[property="og:description"]');
  parts.push(description?.getAttribute('content') ?? '');
  let length = 0;
  const stack: Node[] = doc.body ? [doc.body] : [];
  while (stack.length > 0 && length < limit) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      parts.push(data);
      length += data.length;
    } else if (node.nodeType === 1 && !SKIP.has((node as Element).tagName.toUpperCase())) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  // "Sy\u00ADria" in a title is Syria, as in the article text (invisible.ts).
  return dropInvisible(parts.join(' '));
}
