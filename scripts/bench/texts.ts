/**
 * Bench articles of a given length, built from the development corpus (tests/corpus/): "on topic"
 * strings together the paragraphs of the articles about the 2021 strike, as dense in figures and
 * names as real coverage; "unrelated" does the same with the corpus's unrelated articles. Paragraphs
 * are taken in turn, so a longer text is more of the same kind of reporting, not one paragraph
 * repeated.
 */
import { extractArticle, readCorpus } from '../../tests/corpus/load';

export type Topic = 'on-topic' | 'unrelated';

let cache: Record<Topic, string[]> | null = null;

function paragraphs(topic: Topic): string[] {
  cache ??= (() => {
    const corpus = readCorpus();
    const of = (kinds: string[]) =>
      corpus
        .filter((a) => kinds.includes(a.expected.kind))
        .flatMap((a) => {
          const article = extractArticle(a);
          return article.blocks.filter((b) => b.kind === 'paragraph').map((b) => article.text.slice(b.start, b.end));
        });
    return { 'on-topic': of(['strike-2021']), unrelated: of(['unrelated']) };
  })();
  return cache[topic];
}

/** Paragraphs of about `words` words in all, in corpus order, wrapping round as often as needed. */
export function benchParagraphs(topic: Topic, words: number): string[] {
  const source = paragraphs(topic);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = source[i % source.length] as string;
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out;
}

/** The same as plain text, paragraphs separated by blank lines. */
export function benchText(topic: Topic, words: number): string {
  return benchParagraphs(topic, words).join('\n\n');
}
