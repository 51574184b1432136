/**
 * `npm run eval [-- --json]`: the engine over every folder of the development corpus (tests/corpus/),
 * scored against the hand-written expectations by the rules at the top of tests/corpus/score.ts.
 * Prints a scorecard for a person, or with --json one JSON object for machines; --corpus DIR scores
 * another folder of article folders (the tests use it). A folder that cannot be
 * read (or an article the engine fails on) is one line on stderr naming the folder, and exit status 2.
 */
import { resolve } from 'node:path';
import { CORPUS_DIR, CorpusError, corpusSlugs, readCorpusArticle } from '../tests/corpus/load';
import { runCorpusArticle } from '../tests/corpus/run';
import { summarise, TARGETS, type ArticleScore, type Miss, type Scorecard, type Tally } from '../tests/corpus/score';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

const pct = (x: number) => x.toFixed(3);
const frac = (t: Tally) => `${t.right}/${t.total}`.padStart(7);

const MISS_LABEL: Record<Miss['kind'], string> = {
  'wrong-event': 'wrong event',
  'marked-without-event': 'marks, no event',
  'not-excluded': 'chrome in text',
  'not-in-article': 'not in article',
  'not-found': 'not found',
  'wrong-fact': 'wrong fact',
  'wrong-status': 'wrong status',
  'wrong-attribution': 'attribution',
  'false-differs': 'false differs',
  'unjudged-differs': 'differs, unjudged',
  'unmarked-highlighted': 'highlighted',
};

function scorecardForPeople(card: Scorecard, scores: ArticleScore[]): string {
  const c = card.counts;
  const target = (name: keyof typeof TARGETS, value: number) => `target ${TARGETS[name]}${value >= TARGETS[name] ? ' ✓' : ' ✗'}`;
  const kinds = Object.entries(card.by_kind)
    .map(([kind, t]) => `${kind} ${t.right}/${t.total}`)
    .join(', ');
  const out = [
    `Crosscheck on the development corpus: ${card.articles} articles (tests/corpus/)`,
    '',
    `  event accuracy        ${frac(c.events)}  ${pct(card.event_accuracy)}  ${target('event_accuracy', card.event_accuracy)}   (${kinds})`,
    `  differs precision     ${frac(c.differs)}  ${pct(card.differs_precision)}  ${target('differs_precision', card.differs_precision)}   (${c.differs.unjudged} more differ where the expectations say nothing)`,
    `  figure recall         ${frac(c.recall)}  ${pct(card.recall)}  ${target('recall', card.recall)}   (expected figures flagged with the right fact)`,
    `  figure precision      ${frac(c.figure_precision)}  ${pct(card.figure_precision)}               (figures tied to a fact where the expectations say which)`,
    `  status accuracy       ${frac(c.status)}  ${pct(card.status_accuracy)}               (expected statuses the engine gives)`,
    `  attribution accuracy  ${frac(c.attribution)}  ${pct(card.attribution_accuracy)}               (${c.attribution.missing} with no attribution from the engine)`,
    `  name recall           ${frac(c.names)}  ${pct(card.name_recall)}               (expected names marked with the right entity)`,
  ];
  const missed = scores.filter((s) => s.misses.length > 0);
  out.push('', missed.length ? `Misses in ${missed.length} of ${scores.length} articles:` : 'No misses.');
  for (const s of missed) {
    out.push('', `  ${s.slug}  (${s.kind}; event ${s.event ?? 'none'}${s.eventRight ? '' : `, expected ${s.expectedEvent ?? 'none'}`})`);
    for (const m of s.misses) out.push(`    ${MISS_LABEL[m.kind].padEnd(18)} ${m.detail}`);
  }
  return out.join('\n');
}

const USAGE = 'usage: npm run eval [-- [--json] [--corpus DIR]]';

function main(argv: string[]): void {
  let json = false;
  let dir = CORPUS_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--corpus' && argv[i + 1]) dir = resolve(argv[++i] as string);
    else fail(`unknown argument ${arg}; ${USAGE}`);
  }
  const scores: ArticleScore[] = [];
  try {
    for (const slug of corpusSlugs(dir)) scores.push(runCorpusArticle(readCorpusArticle(slug, dir)).score);
  } catch (error) {
    if (error instanceof CorpusError) fail(error.message);
    throw error;
  }
  const card = summarise(scores);
  process.stdout.write(json ? `${JSON.stringify(card, null, 2)}\n` : `${scorecardForPeople(card, scores)}\n`);
}

main(process.argv.slice(2));
