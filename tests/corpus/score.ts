/**
 * Scoring the engine against the development corpus's hand-written expectations (tests/corpus/README.md).
 * Pure: no files, no engine; `npm run eval` and the unit tests feed it. Never imported by the extension.
 *
 * Where things are: an expected mark is the `nth` occurrence (default 0) of its `text` in the extracted
 * article text; an engine mark "is at" that place when it has the same kind and overlaps that occurrence.
 * When several engine marks are there, the one with the expected fact is taken, else the first.
 *
 * The rules, exactly:
 * - event_accuracy: articles whose event is the expected one (null included), over all articles.
 * - recall: expected figure marks with a fact key (not null, not omitted), over those; a hit is an engine
 *   figure mark at that place with that fact. Status does not count here (status_accuracy does). An
 *   expected text missing from the article is a miss.
 * - figure_precision: engine figure marks tied to a fact where the expectations say something, and the
 *   share of them whose fact is right. The expectations say something about a mark when: the article's
 *   expected event is not the engine's (every tie is then wrong: a fact of another event, or of none); or an
 *   expected mark with `fact` given (null included) is at that place (right when one of them has the mark's
 *   fact); or the mark covers a text listed in `unmarked` (wrong). Other tied marks are not counted.
 * - differs_precision: engine marks (figures and names) with status `differs`, and the share the
 *   expectations also say differ. A differs mark is TRUE when an expected mark at that place has status
 *   `differs` and either no fact or the mark's fact. It is FALSE when the engine's event is not the expected
 *   one; or an expected mark is at that place and none makes it true while one gives a status or a fact
 *   (so another status, or another fact); or, with no expected mark there, it covers a text listed in
 *   `unmarked`. Otherwise it is UNJUDGED (no expectation at that place): left out of the ratio and listed
 *   as `unjudged-differs` so the corpus's authors can add the missing expectation.
 * - status_accuracy: expected marks with a `status` that the engine marked, and the share with that status.
 * - attribution_accuracy: expected marks with `attribution` given (null included) that the engine marked;
 *   right when the engine's `attribution` equals it after normalising (case, whitespace, straight quotes, a
 *   leading "the"/"a"/"an", trailing punctuation), or once every known name in them is replaced by its
 *   entity (`canonical`, given by the caller from the reference: "John F. Kirby" is "John Kirby", "SOHR" is
 *   "the Syrian Observatory for Human Rights", "Department of Defense officials" is "Pentagon officials";
 *   "a Kataib Hezbollah official" is not "Kataib Hezbollah"), or
 *   when one is a proper name (capitalised) that ends the other after its titles ("Pat Ryder" is "Air Force
 *   Brig. Gen. Pat Ryder", "Tasnim" is "the semiofficial news agency Tasnim"; "officials" is not "US
 *   officials"). A mark without an `attribution` field counts as wrong (the engine gives none).
 * - name_recall: expected name marks, and the share the engine marked with the expected fact (when given).
 * A ratio with nothing to judge is 1: nothing was got wrong. The counts travel with the ratios.
 */

export type Status = 'differs' | 'agrees' | 'unique';
export type Kind = 'figure' | 'name';

export interface ExpectedMarkLike {
  text: string;
  nth?: number;
  kind: Kind;
  fact?: string | null;
  status?: Status;
  attribution?: string | null;
}

export interface ExpectedLike {
  kind: string;
  event: string | null;
  marks: ExpectedMarkLike[];
  unmarked?: string[];
  articleExcludes?: string[];
}

/** What the scorer needs of an engine mark; the engine's Mark has more. */
export interface EngineMarkLike {
  kind: Kind;
  text: string;
  start: number;
  end: number;
  fact: string | null;
  status: Status;
  /** Absent until the engine reports who each figure is credited to. */
  attribution?: string | null;
}

export interface EngineOutputLike {
  event: string | null;
  marks: readonly EngineMarkLike[];
}

export type MissKind =
  | 'wrong-event'
  | 'marked-without-event'
  | 'not-excluded'
  | 'not-in-article'
  | 'not-found'
  | 'wrong-fact'
  | 'wrong-status'
  | 'wrong-attribution'
  | 'false-differs'
  | 'unjudged-differs'
  | 'unmarked-highlighted';

export interface Miss {
  kind: MissKind;
  /** The text concerned: the expected mark's, the engine mark's or the excluded text. */
  text?: string;
  expected?: string | null;
  got?: string | null;
  /** One line for a person. */
  detail: string;
}

export interface Tally {
  right: number;
  total: number;
}

export interface ArticleScore {
  slug: string;
  kind: string;
  expectedEvent: string | null;
  event: string | null;
  eventRight: boolean;
  recall: Tally;
  figurePrecision: Tally;
  /** right = true differs, total = judged differs; unjudged ones apart. */
  differs: Tally & { unjudged: number };
  status: Tally;
  attribution: Tally & { missing: number };
  names: Tally;
  misses: Miss[];
}

export interface Scorecard {
  articles: number;
  event_accuracy: number;
  differs_precision: number;
  recall: number;
  figure_precision: number;
  status_accuracy: number;
  attribution_accuracy: number;
  name_recall: number;
  counts: {
    events: Tally;
    differs: Tally & { unjudged: number };
    recall: Tally;
    figure_precision: Tally;
    status: Tally;
    attribution: Tally & { missing: number };
    names: Tally;
  };
  /** Event accuracy for each kind of article (strike-2021, near-miss…). */
  by_kind: Record<string, Tally>;
  /** Every miss, by article (articles without misses left out). */
  misses: Record<string, Miss[]>;
}

/** Issue 9's targets; the unit test's floors (today's values) only ever go up towards them. */
export const TARGETS = { event_accuracy: 1, differs_precision: 0.97, recall: 0.9 } as const;

/** Index of the nth occurrence of `needle` in `haystack`, or -1. */
export function nthIndex(haystack: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Attributions compared as a reader would: "The Syrian Observatory…" is "Syrian Observatory…". */
export function normaliseAttribution(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/^(?:the|a|an) /i, '')
    .toLowerCase();
}

const overlaps = (m: { start: number; end: number }, start: number, end: number) => m.start < end && start < m.end;

/** Every [start, end) where one of `texts` occurs. */
function occurrences(article: string, texts: readonly string[]): { text: string; nth: number; start: number; end: number }[] {
  const out: { text: string; nth: number; start: number; end: number }[] = [];
  for (const text of texts) {
    let nth = 0;
    for (let at = article.indexOf(text); at >= 0; at = article.indexOf(text, at + 1)) out.push({ text, nth: nth++, start: at, end: at + text.length });
  }
  return out;
}

const describe = (e: ExpectedMarkLike) => `${e.kind}${e.fact !== undefined ? ` ${e.fact ?? 'no fact'}` : ''}${e.status ? ` ${e.status}` : ''}`;
const showMark = (m: EngineMarkLike) => `"${m.text}" (${m.fact ?? 'no fact'}, ${m.status})`;
const ratio = (t: Tally) => (t.total === 0 ? 1 : t.right / t.total);

export interface ScoreOptions {
  /** The attribution with each known name replaced by its entity: lets "John F. Kirby" match "John Kirby". */
  canonical?: (attribution: string) => string;
}

/** Whether two attributions (null: credited to no one) credit the same speaker. */
export function sameAttribution(a: string | null, b: string | null, canonical?: ScoreOptions['canonical']): boolean {
  if (a === null || b === null) return a === b;
  const [na, nb] = [normaliseAttribution(a), normaliseAttribution(b)];
  if (na === nb) return true;
  // Titles and descriptions come before a name in English, so a bare name ends its titled form.
  const [shorter, longer, shortRaw] = na.length <= nb.length ? [na, nb, a] : [nb, na, b];
  if (/^\p{Lu}/u.test(shortRaw.trim().replace(/^(?:the|a|an)\s+/i, '')) && longer.endsWith(` ${shorter}`)) return true;
  return !!canonical && normaliseAttribution(canonical(a)) === normaliseAttribution(canonical(b));
}

/** One article: the engine's output against its expectations. */
export function scoreArticle(slug: string, expected: ExpectedLike, article: string, output: EngineOutputLike, options: ScoreOptions = {}): ArticleScore {
  const misses: Miss[] = [];
  const eventRight = output.event === expected.event;
  if (!eventRight) {
    misses.push({ kind: 'wrong-event', expected: expected.event, got: output.event, detail: `event ${output.event ?? 'none'}, expected ${expected.event ?? 'none'}` });
  }
  if (expected.event === null && output.marks.length > 0) {
    misses.push({ kind: 'marked-without-event', got: String(output.marks.length), detail: `${output.marks.length} highlights on an article about no event` });
  }
  for (const text of expected.articleExcludes ?? []) {
    if (article.includes(text)) misses.push({ kind: 'not-excluded', text, detail: `"${text}" is in the extracted article text` });
  }

  // Where each expected mark is, and which engine mark is there.
  const placed = expected.marks.map((e) => {
    const at = nthIndex(article, e.text, e.nth ?? 0);
    if (at < 0) return { e, start: -1, end: -1, mark: undefined };
    const end = at + e.text.length;
    const here = output.marks.filter((m) => m.kind === e.kind && overlaps(m, at, end));
    const mark = here.find((m) => e.fact !== undefined && m.fact === e.fact) ?? here[0];
    return { e, start: at, end, mark };
  });

  const recall: Tally = { right: 0, total: 0 };
  const status: Tally = { right: 0, total: 0 };
  const attribution = { right: 0, total: 0, missing: 0 };
  const names: Tally = { right: 0, total: 0 };
  for (const { e, start, mark } of placed) {
    const wantsFact = e.kind === 'figure' && typeof e.fact === 'string';
    if (wantsFact) recall.total++;
    if (e.kind === 'name') names.total++;
    if (start < 0) {
      misses.push({ kind: 'not-in-article', text: e.text, expected: describe(e), detail: `"${e.text}"${e.nth ? ` (occurrence ${e.nth})` : ''} is not in the extracted article text` });
      continue;
    }
    if (!mark) {
      misses.push({ kind: 'not-found', text: e.text, expected: describe(e), detail: `"${e.text}": no ${e.kind} mark (expected ${describe(e)})` });
      continue;
    }
    const factRight = e.fact === undefined || mark.fact === e.fact;
    if (wantsFact && factRight) recall.right++;
    if (e.kind === 'name' && factRight) names.right++;
    if (!factRight) misses.push({ kind: 'wrong-fact', text: e.text, expected: e.fact ?? null, got: mark.fact, detail: `"${e.text}": fact ${mark.fact ?? 'none'}, expected ${e.fact ?? 'none'}` });
    if (e.status) {
      status.total++;
      if (mark.status === e.status) status.right++;
      else misses.push({ kind: 'wrong-status', text: e.text, expected: e.status, got: mark.status, detail: `"${e.text}": ${mark.status}, expected ${e.status}` });
    }
    if (e.attribution !== undefined) {
      attribution.total++;
      if (mark.attribution === undefined) {
        attribution.missing++;
        misses.push({ kind: 'wrong-attribution', text: e.text, expected: e.attribution, got: null, detail: `"${e.text}": the engine gives no attribution, expected ${e.attribution === null ? 'none' : `"${e.attribution}"`}` });
      } else if (sameAttribution(mark.attribution, e.attribution, options.canonical)) {
        attribution.right++;
      } else {
        misses.push({ kind: 'wrong-attribution', text: e.text, expected: e.attribution, got: mark.attribution, detail: `"${e.text}": credited to ${mark.attribution === null ? 'no one' : `"${mark.attribution}"`}, expected ${e.attribution === null ? 'no one' : `"${e.attribution}"`}` });
      }
    }
  }

  const unmarked = occurrences(article, expected.unmarked ?? []);
  for (const u of unmarked) {
    const mark = output.marks.find((m) => overlaps(m, u.start, u.end));
    if (mark) misses.push({ kind: 'unmarked-highlighted', text: u.text, got: mark.text, detail: `"${u.text}"${u.nth ? ` (occurrence ${u.nth})` : ''} is inside mark ${showMark(mark)}` });
  }

  const figurePrecision: Tally = { right: 0, total: 0 };
  const differs = { right: 0, total: 0, unjudged: 0 };
  for (const m of output.marks) {
    const here = placed.filter((p) => p.start >= 0 && p.e.kind === m.kind && overlaps(m, p.start, p.end)).map((p) => p.e);
    const inUnmarked = unmarked.some((u) => overlaps(m, u.start, u.end));
    if (m.kind === 'figure' && m.fact !== null) {
      const withFact = here.filter((e) => e.fact !== undefined);
      let verdict: boolean | undefined;
      if (!eventRight) verdict = false;
      else if (withFact.length) verdict = withFact.some((e) => e.fact === m.fact);
      else if (inUnmarked) verdict = false;
      if (verdict !== undefined) {
        figurePrecision.total++;
        if (verdict) figurePrecision.right++;
      }
    }
    if (m.status !== 'differs') continue;
    let verdict: boolean | undefined;
    if (!eventRight) verdict = false;
    else if (here.some((e) => e.status === 'differs' && (e.fact === undefined || e.fact === m.fact))) verdict = true;
    else if (here.some((e) => e.status !== undefined || (e.fact !== undefined && e.fact !== m.fact))) verdict = false;
    else if (here.length === 0 && inUnmarked) verdict = false;
    if (verdict === undefined) {
      differs.unjudged++;
      misses.push({ kind: 'unjudged-differs', text: m.text, got: m.fact, detail: `${showMark(m)} differs where the expectations say nothing` });
      continue;
    }
    differs.total++;
    if (verdict) differs.right++;
    else misses.push({ kind: 'false-differs', text: m.text, got: m.fact, detail: `${showMark(m)} differs, the expectations do not` });
  }

  return { slug, kind: expected.kind, expectedEvent: expected.event, event: output.event, eventRight, recall, figurePrecision, differs, status, attribution, names, misses };
}

const add = (a: Tally, b: Tally): Tally => ({ right: a.right + b.right, total: a.total + b.total });

/** The corpus's scorecard from each article's score. */
export function summarise(scores: readonly ArticleScore[]): Scorecard {
  const zero = (): Tally => ({ right: 0, total: 0 });
  const events = zero();
  let recall = zero();
  let figure = zero();
  let status = zero();
  let names = zero();
  const differs = { right: 0, total: 0, unjudged: 0 };
  const attribution = { right: 0, total: 0, missing: 0 };
  const byKind: Record<string, Tally> = {};
  const misses: Record<string, Miss[]> = {};
  for (const s of scores) {
    events.total++;
    if (s.eventRight) events.right++;
    const k = (byKind[s.kind] ??= zero());
    k.total++;
    if (s.eventRight) k.right++;
    recall = add(recall, s.recall);
    figure = add(figure, s.figurePrecision);
    status = add(status, s.status);
    names = add(names, s.names);
    differs.right += s.differs.right;
    differs.total += s.differs.total;
    differs.unjudged += s.differs.unjudged;
    attribution.right += s.attribution.right;
    attribution.total += s.attribution.total;
    attribution.missing += s.attribution.missing;
    if (s.misses.length) misses[s.slug] = s.misses;
  }
  return {
    articles: scores.length,
    event_accuracy: ratio(events),
    differs_precision: ratio(differs),
    recall: ratio(recall),
    figure_precision: ratio(figure),
    status_accuracy: ratio(status),
    attribution_accuracy: ratio(attribution),
    name_recall: ratio(names),
    counts: { events, differs, recall, figure_precision: figure, status, attribution, names },
    by_kind: byKind,
    misses,
  };
}
