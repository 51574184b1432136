/**
 * The bench's pages: a news page around a bench text (texts.ts) of 1k, 10k or 100k words, on topic or
 * unrelated, laid out as outlets do (navigation, headline, byline, paragraphs, a footer), served to the
 * browser by a route rather than written to disk.
 */
import { benchParagraphs, type Topic } from './texts';

export interface BenchPage {
  name: string;
  topic: Topic;
  words: number;
  /** Path under the bench server's origin. */
  path: string;
  html: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageHtml(topic: Topic, words: number): string {
  const headline = topic === 'on-topic' ? 'US strikes militia facilities in eastern Syria' : 'Around the region this week';
  // The unrelated page is dated like any other day's news, not the strike's day (a date is evidence).
  const [iso, day] = topic === 'on-topic' ? ['2021-02-26', '26 February 2021'] : ['2024-03-12', '12 March 2024'];
  const paragraphs = benchParagraphs(topic, words)
    .map((p) => `      <p>${escape(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:site_name" content="Bench Daily"><meta property="article:published_time" content="${iso}T09:00:00Z">
<style>body{font:18px/1.6 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}nav a{margin-right:1rem}</style></head>
<body>
  <header><nav><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a></nav></header>
  <main><article>
    <h1>${headline}</h1>
    <p class="byline">By a staff writer, ${day}</p>
${paragraphs}
  </article></main>
  <footer><p>© 2021 Bench Daily</p></footer>
</body></html>`;
}

export function benchPages(sizes: readonly number[]): BenchPage[] {
  return (['on-topic', 'unrelated'] as const).flatMap((topic) =>
    sizes.map((words) => {
      const name = `${topic} ${words / 1000}k`;
      return { name, topic, words, path: `/bench/${topic}-${words}.html`, html: pageHtml(topic, words) };
    }),
  );
}
