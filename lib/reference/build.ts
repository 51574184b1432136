/**
 * Builds what the extension ships from the corpus: every claim with its quote's offsets, the name
 * claims (who each source names, and how it writes and titles them), and each source's fingerprint
 * for recognising it. `scripts/build-reference.ts` writes the result to generated.ts; a test checks
 * that file is what this function makes today.
 */
import { extractFromPlainText } from '../article/from-text';
import { splitSentences } from '../engine/sentences';
import { fingerprint } from '../engine/source-match';
import type { NameFinder } from '../extract/names';
import { nameFact } from './entities';
import type { Claim, ClaimDraft, Source, SourceId } from './types';

export interface DerivedReference {
  claims: Claim[];
  /** Sampled word 5-gram hashes of each source's article, see source-match.ts. */
  fingerprints: Record<SourceId, string>;
}

/** Finds the quote in its source; throws when it is not there exactly once, so a bad edit fails the build. */
function place(draft: ClaimDraft, text: string): Claim {
  const start = text.indexOf(draft.quote);
  if (start < 0 || text.indexOf(draft.quote, start + 1) >= 0) {
    throw new Error(`reference: the quote for ${draft.fact} must occur exactly once in ${draft.source}: ${draft.quote}`);
  }
  if (!draft.quote.includes(draft.text)) throw new Error(`reference: "${draft.text}" is not in its quote`);
  return { ...draft, start, end: start + draft.quote.length };
}

/** The first mention of each entity in a source's article (page debris such as "Read also" links excluded). */
function nameClaims(source: SourceId, text: string, findNames: NameFinder): ClaimDraft[] {
  const article = extractFromPlainText(text);
  const sentences = splitSentences(article);
  const seen = new Set<string>();
  const out: ClaimDraft[] = [];
  for (const name of findNames(article.text)) {
    if (!name.entity || seen.has(name.entity)) continue;
    const sentence = sentences.find((s) => s.start <= name.start && name.end <= s.end);
    if (!sentence) continue;
    const quote = around(article.text, sentence, name.start, name.end);
    // Quotes are verbatim: skip the rare sentence whose spacing the extraction changed.
    if (!text.includes(quote)) continue;
    seen.add(name.entity);
    const titled = name.title ? article.text.slice(article.text.lastIndexOf(name.title, name.start), name.end) : name.text;
    out.push({
      fact: nameFact(name.entity),
      source,
      value: { type: 'entity', id: name.entity },
      text: quote.includes(titled) ? titled : name.text,
      attribution: null,
      quote,
    });
  }
  return out;
}

const QUOTE_MAX = 160;

/** The sentence holding a name, cut to about QUOTE_MAX characters around it at word boundaries. */
function around(text: string, sentence: { start: number; end: number }, start: number, end: number): string {
  if (sentence.end - sentence.start <= QUOTE_MAX) return text.slice(sentence.start, sentence.end);
  const room = Math.max(0, QUOTE_MAX - (end - start)) / 2;
  let from = Math.max(sentence.start, Math.floor(start - room));
  let to = Math.min(sentence.end, Math.ceil(end + room));
  while (from > sentence.start && /\S/.test(text[from - 1] ?? '')) from--;
  while (to < sentence.end && /\S/.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}

export function buildDerived(
  sources: readonly Source[],
  corpus: Readonly<Record<SourceId, string>>,
  drafts: readonly ClaimDraft[],
  findNames: NameFinder,
): DerivedReference {
  const claims: Claim[] = [];
  const fingerprints: Record<SourceId, string> = {};
  for (const source of sources) {
    const text = corpus[source.id];
    if (text === undefined) throw new Error(`reference: no text for source ${source.id}`);
    const own = [...drafts.filter((d) => d.source === source.id), ...nameClaims(source.id, text, findNames)];
    claims.push(...own.map((d) => place(d, text)));
    fingerprints[source.id] = fingerprint(extractFromPlainText(text).text);
  }
  return { claims, fingerprints };
}
