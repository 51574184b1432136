/**
 * What the build derives from the checked folder with the engine's own readers: each claim's offsets,
 * the name claims (the first mention of each entity in a source's article, with how it is written and
 * titled), and each source's fingerprint for recognising it. Runs at build time only, so the dataset
 * the extension imports stays plain data (lib/reference/ imports nothing from the engine).
 */
import { extractFromPlainText } from '../../lib/article/from-text';
import { splitSentences } from '../../lib/engine/sentences';
import { fingerprint } from '../../lib/engine/source-match';
import { createNameFinder, type NameFinder } from '../../lib/extract/names';
import { nameFact } from '../../lib/reference/entities';
import type { Claim, ClaimDraft, ReferenceData, SourceId } from '../../lib/reference/types';
import type { CheckedReference } from './check';

/** Offsets of a quote check.ts found exactly once. */
function place(draft: ClaimDraft, text: string): Claim {
  const start = text.indexOf(draft.quote);
  return { ...draft, start, end: start + draft.quote.length };
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

export function deriveReference(checked: CheckedReference): ReferenceData {
  const findNames = createNameFinder(checked.entities);
  const claims: Claim[] = [];
  const fingerprints: Record<SourceId, string> = {};
  for (const source of checked.sources) {
    const text = checked.texts[source.id] ?? '';
    const own = [...checked.drafts.filter((d) => d.source === source.id), ...nameClaims(source.id, text, findNames)];
    claims.push(...own.map((d) => place(d, text)));
    fingerprints[source.id] = fingerprint(extractFromPlainText(text).text);
  }
  const { events, facts, nearMisses, offices, entities, sources } = checked;
  return { events, facts, nearMisses, offices, entities, sources, claims, fingerprints };
}
