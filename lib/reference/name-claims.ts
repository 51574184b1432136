/**
 * Who each source names, and how it writes and titles them, derived from the texts: the first
 * mention of each entity in each source's article (page debris such as "Read also" links excluded).
 */
import { extractFromPlainText } from '../article/from-text';
import type { NameFinder } from '../extract/names';
import { splitSentences } from '../engine/sentences';
import type { Claim, FactKey, Source } from './types';

export function nameFact(entity: string): FactKey {
  return `name.${entity}`;
}

export function deriveNameClaims(sources: readonly Source[], findNames: NameFinder): Claim[] {
  const claims: Claim[] = [];
  for (const source of sources) {
    const article = extractFromPlainText(source.text);
    const sentences = splitSentences(article);
    const seen = new Set<string>();
    for (const name of findNames(article.text)) {
      if (!name.entity || seen.has(name.entity)) continue;
      const sentence = sentences.find((s) => s.start <= name.start && name.end <= s.end);
      if (!sentence) continue;
      const quote = article.text.slice(sentence.start, sentence.end);
      // Quotes are verbatim: skip the rare sentence whose spacing the extraction changed.
      const start = source.text.indexOf(quote);
      if (start < 0) continue;
      seen.add(name.entity);
      const titled = name.title ? article.text.slice(article.text.lastIndexOf(name.title, name.start), name.end) : name.text;
      claims.push({
        fact: nameFact(name.entity),
        source: source.id,
        value: { type: 'entity', id: name.entity },
        text: quote.includes(titled) ? titled : name.text,
        attribution: null,
        quote,
        start,
        end: start + quote.length,
      });
    }
  }
  return claims;
}
