/**
 * The reader's search over their notes: every word of the query must appear (ignoring case and
 * accents) in the quote, the note, the tags, the page title or the URL. `#word` matches a tag
 * exactly; `"two words"` matches a phrase.
 */
import type { ReaderAnnotation } from './model';

/** Lower-cased, accents and compatibility forms folded (É → e, ﬁ → fi), typographic quotes and dashes plain. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00df/g, 'ss');
}

interface QueryTerm {
  kind: 'tag' | 'text';
  value: string;
}

/** The terms of a query, folded: words, "quoted phrases" and #tags. */
export function parseQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const m of foldText(query).matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      const value = phrase.trim().replace(/\s+/g, ' ');
      if (value) terms.push({ kind: 'text', value });
      continue;
    }
    const word = m[2] ?? '';
    if (word.length > 1 && word.startsWith('#')) terms.push({ kind: 'tag', value: normaliseTag(word) });
    else terms.push({ kind: 'text', value: word });
  }
  return terms;
}

export function matchesQuery(a: ReaderAnnotation, query: string): boolean {
  const terms = parseQuery(query);
  if (terms.length === 0) return true;
  const tags = a.tags.map((t) => normaliseTag(foldText(t)));
  const haystack = foldText([a.quote.exact, a.note, a.tags.join(' '), a.title, a.url].join('\n')).replace(/[ \t]+/g, ' ');
  return terms.every((term) => (term.kind === 'tag' ? tags.includes(term.value) : haystack.includes(term.value)));
}

function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '');
}
