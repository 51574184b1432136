/**
 * Which of a page's DOM changes can matter to the next pass. Once a pass has found the article, a
 * clock in the header, a ticker or a comment counter changing elsewhere cannot change what the pass
 * reads, and is not worth a pass; before any article is found, every change counts.
 */
import { isInSkippedPart } from '../article/chrome';
import { isOurs } from './highlights';

/**
 * `none`: nothing a pass reads can have changed. `article`: only text inside the last article root,
 * so a pass may first check cheaply whether that text changed at all. `page`: anything else that counts
 * (no article yet, the article root gone, a bigger article candidate added).
 */
export type ChangeScope = 'none' | 'article' | 'page';

/** Elements that could be, or hold, another article. */
const CANDIDATES = 'article, main, [role=main], [itemprop=articleBody]';
/** Paragraph text an added subtree needs to compete with the article already read. */
const CANDIDATE_TEXT = 280;

function bringsCandidate(record: MutationRecord): boolean {
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.matches(CANDIDATES) || el.querySelector(CANDIDATES)) return true;
    let text = 0;
    const ps = el.tagName.toLowerCase() === 'p' ? [el] : Array.from(el.querySelectorAll('p'));
    for (const p of ps) {
      text += (p.textContent ?? '').trim().length;
      if (text >= CANDIDATE_TEXT) return true;
    }
  }
  return false;
}

/**
 * The scope of one batch of mutation records, given the root of the article the last pass read (null
 * when it found none). Crosscheck's own writes never count.
 */
export function changeScope(records: readonly MutationRecord[], root: Element | null): ChangeScope {
  let scope: ChangeScope = 'none';
  for (const record of records) {
    if (isOurs(record.target)) continue;
    const touched = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    if (record.type === 'childList' && touched.every(isOurs)) continue;
    if (!root || !root.isConnected) return 'page';
    if (root.contains(record.target)) {
      if (!isInSkippedPart(record.target, root)) scope = 'article';
    } else if (bringsCandidate(record)) {
      return 'page';
    }
  }
  return scope;
}
