/**
 * The engine's scores over the development corpus, held at floors, and the scoring rules themselves
 * (tests/corpus/score.ts) on tiny made-up cases.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, readCorpus, readCorpusArticle } from './load';
import { runCorpusArticle, canonicalSpeaker } from './run';
import { nthIndex, normaliseAttribution, sameAttribution, scoreArticle, summarise, TARGETS, type EngineMarkLike, type ExpectedLike } from './score';

/**
 * Floors: the values measured on the corpus when they were last raised. They only ever go up, towards
 * issue 9's targets (TARGETS: event 1.0, differs precision 0.97, recall 0.9); a change that lowers one is a
 * regression to fix, not a floor to move.
 */
// Measured on 50 articles with the engine as committed (event 50/50, differs 54/54 = 1.000, recall 190/197 = 0.964):
// every score is past its target, so each floor is the target itself (a floor never exceeds its target).
const FLOORS = { event_accuracy: 1, differs_precision: 0.97, recall: 0.9 } as const;

describe('the engine on the development corpus', () => {
  const card = summarise(readCorpus().map((entry) => runCorpusArticle(entry).score));

  it('reads every folder', () => {
    expect(card.articles).toBeGreaterThan(0);
  });

  it.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])('holds its %s floor', (name) => {
    expect(FLOORS[name]).toBeLessThanOrEqual(TARGETS[name]);
    const misses = Object.entries(card.misses).flatMap(([slug, ms]) => ms.map((m) => `${slug}: ${m.detail}`));
    expect(card[name], misses.join('\n')).toBeGreaterThanOrEqual(FLOORS[name]);
  });
});

// ───────────────────────────── the scoring rules ─────────────────────────────

const E = 'event-a';
const ARTICLE = 'The strike killed 22 fighters, a monitor said. Officials put it at 17. Two jets flew. Published Feb. 26.';
const at = (text: string, nth = 0) => nthIndex(ARTICLE, text, nth);
/** An engine mark over `text` in ARTICLE. */
function mark(text: string, fields: Partial<EngineMarkLike> = {}, nth = 0): EngineMarkLike {
  const start = at(text, nth);
  if (start < 0) throw new Error(`"${text}" is not in the test article`);
  return { kind: 'figure', text, start, end: start + text.length, fact: null, status: 'unique', ...fields };
}
const expected = (fields: Partial<ExpectedLike>): ExpectedLike => ({ kind: 'strike-2021', event: E, marks: [], unmarked: [], articleExcludes: [], ...fields });
const score = (exp: ExpectedLike, marks: EngineMarkLike[], event: string | null = E) => scoreArticle('made-up', exp, ARTICLE, { event, marks });

describe('differs precision', () => {
  const killed22 = { text: '22 fighters', kind: 'figure' as const, fact: 'strike.killed', status: 'differs' as const };

  it('counts a differs the expectations share as true', () => {
    const s = score(expected({ marks: [killed22] }), [mark('22', { fact: 'strike.killed', status: 'differs' })]);
    expect(s.differs).toEqual({ right: 1, total: 1, unjudged: 0 });
  });

  it('counts a differs where the expectations give another status as false, and lowers precision', () => {
    const exp = expected({ marks: [killed22, { text: '17', kind: 'figure', fact: 'strike.killed', status: 'agrees' }] });
    const s = score(exp, [mark('22', { fact: 'strike.killed', status: 'differs' }), mark('17', { fact: 'strike.killed', status: 'differs' })]);
    expect(s.differs).toEqual({ right: 1, total: 2, unjudged: 0 });
    expect(s.misses.map((m) => [m.kind, m.text])).toContainEqual(['false-differs', '17']);
    expect(summarise([s]).differs_precision).toBe(0.5);
  });

  it('counts a differs on another fact as false even when the expected status is not given', () => {
    const s = score(expected({ marks: [{ text: '17', kind: 'figure', fact: 'strike.killed' }] }), [mark('17', { fact: 'erbil.killed', status: 'differs' })]);
    expect(s.differs).toEqual({ right: 0, total: 1, unjudged: 0 });
  });

  it('counts a differs over a text listed in unmarked as false', () => {
    const s = score(expected({ unmarked: ['Feb. 26'] }), [mark('Feb. 26', { fact: 'strike.date', status: 'differs' })]);
    expect(s.differs).toEqual({ right: 0, total: 1, unjudged: 0 });
    expect(s.misses.map((m) => m.kind)).toEqual(expect.arrayContaining(['false-differs', 'unmarked-highlighted']));
  });

  it('counts every differs as false when the event is wrong', () => {
    const s = score(expected({ marks: [killed22] }), [mark('22', { fact: 'strike.killed', status: 'differs' })], 'event-b');
    expect(s.differs).toEqual({ right: 0, total: 1, unjudged: 0 });
    expect(s.eventRight).toBe(false);
  });

  it('leaves a differs with no expectation at its place out of the ratio, but lists it', () => {
    const s = score(expected({}), [mark('17', { fact: 'strike.killed', status: 'differs' })]);
    expect(s.differs).toEqual({ right: 0, total: 0, unjudged: 1 });
    expect(s.misses.map((m) => m.kind)).toEqual(['unjudged-differs']);
    expect(summarise([s]).differs_precision).toBe(1);
  });
});

describe('recall and figure precision', () => {
  const killed22 = { text: '22 fighters', kind: 'figure' as const, fact: 'strike.killed', status: 'differs' as const };
  const jets = { text: 'Two jets', kind: 'figure' as const, fact: 'strike.aircraft_count' };

  it('a missing mark lowers recall', () => {
    const s = score(expected({ marks: [killed22, jets] }), [mark('22', { fact: 'strike.killed', status: 'differs' })]);
    expect(s.recall).toEqual({ right: 1, total: 2 });
    expect(s.misses.map((m) => [m.kind, m.text])).toEqual([['not-found', 'Two jets']]);
  });

  it('a mark with the wrong fact lowers recall and figure precision, whatever its status', () => {
    const s = score(expected({ marks: [killed22] }), [mark('22', { fact: 'erbil.killed', status: 'differs' })]);
    expect(s.recall).toEqual({ right: 0, total: 1 });
    expect(s.figurePrecision).toEqual({ right: 0, total: 1 });
    expect(s.misses.map((m) => m.kind)).toContain('wrong-fact');
  });

  it('a wrong status does not lower recall, but lowers status accuracy', () => {
    const s = score(expected({ marks: [killed22] }), [mark('22', { fact: 'strike.killed', status: 'agrees' })]);
    expect(s.recall).toEqual({ right: 1, total: 1 });
    expect(s.status).toEqual({ right: 0, total: 1 });
    expect(s.misses.map((m) => m.kind)).toEqual(['wrong-status']);
  });

  it('an expected text missing from the article is a miss counted in recall', () => {
    const s = score(expected({ marks: [{ text: '40 rockets', kind: 'figure', fact: 'strike.rockets' }] }), []);
    expect(s.recall).toEqual({ right: 0, total: 1 });
    expect(s.misses.map((m) => m.kind)).toEqual(['not-in-article']);
  });

  it('a figure expected to be tied to no fact is not in recall, and a tie there is a wrong one', () => {
    const s = score(expected({ marks: [{ text: '17', kind: 'figure', fact: null }] }), [mark('17', { fact: 'strike.killed' })]);
    expect(s.recall.total).toBe(0);
    expect(s.figurePrecision).toEqual({ right: 0, total: 1 });
  });

  it('a tie where the expectations say nothing is not counted in precision', () => {
    const s = score(expected({}), [mark('Two jets', { fact: 'strike.aircraft_count' })]);
    expect(s.figurePrecision).toEqual({ right: 0, total: 0 });
    expect(s.misses).toEqual([]);
  });

  it('nth picks the occurrence', () => {
    const article = 'Two jets, then two more jets.';
    const two = article.indexOf('two');
    const exp = expected({ marks: [{ text: 'two', nth: 0, kind: 'figure', fact: 'strike.aircraft_count' }] });
    // Case matters: "two" first occurs in "two more"; a mark on "Two jets" is not there.
    const s = scoreArticle('nth', exp, article, { event: E, marks: [{ kind: 'figure', text: 'Two', start: 0, end: 3, fact: 'strike.aircraft_count', status: 'agrees' }] });
    expect(s.recall).toEqual({ right: 0, total: 1 });
    const hit = scoreArticle('nth', exp, article, { event: E, marks: [{ kind: 'figure', text: 'two', start: two, end: two + 3, fact: 'strike.aircraft_count', status: 'agrees' }] });
    expect(hit.recall).toEqual({ right: 1, total: 1 });
  });

  it('a name mark does not stand for an expected figure', () => {
    const s = score(expected({ marks: [jets] }), [mark('Two jets', { kind: 'name', fact: 'strike.aircraft_count' })]);
    expect(s.recall).toEqual({ right: 0, total: 1 });
  });
});

describe('attribution accuracy', () => {
  const exp = (attribution: string | null) => expected({ marks: [{ text: '22 fighters', kind: 'figure', fact: 'strike.killed', attribution }] });

  it('counts a mark without an attribution field as missing and wrong', () => {
    const s = score(exp('the monitor'), [mark('22', { fact: 'strike.killed' })]);
    expect(s.attribution).toEqual({ right: 0, total: 1, missing: 1 });
  });

  it('compares after normalising case, a leading article and punctuation', () => {
    expect(normaliseAttribution('The Syrian Observatory for Human Rights.')).toBe(normaliseAttribution('Syrian Observatory for Human Rights'));
    expect(normaliseAttribution('a Kata’ib Hezbollah official')).toBe(normaliseAttribution("Kata'ib Hezbollah official"));
    const s = score(exp('the Syrian Observatory for Human Rights'), [mark('22', { fact: 'strike.killed', attribution: 'Syrian Observatory for Human Rights' })]);
    expect(s.attribution).toEqual({ right: 1, total: 1, missing: 0 });
  });

  it('takes two spellings of one known speaker as the same, a group for its official not', () => {
    expect(sameAttribution('John F. Kirby', 'John Kirby', canonicalSpeaker)).toBe(true);
    expect(sameAttribution('Lloyd J. Austin III', 'Lloyd Austin', canonicalSpeaker)).toBe(true);
    expect(sameAttribution('SOHR', 'the Syrian Observatory for Human Rights', canonicalSpeaker)).toBe(true);
    expect(sameAttribution('Department of Defense officials', 'Pentagon officials', canonicalSpeaker)).toBe(true);
    expect(sameAttribution('a Kataib Hezbollah official', 'Kataib Hezbollah', canonicalSpeaker)).toBe(false);
    expect(sameAttribution('John Kirby', 'Lloyd Austin', canonicalSpeaker)).toBe(false);
    expect(sameAttribution('John F. Kirby', 'John Kirby')).toBe(false);
    expect(sameAttribution('Pat Ryder', 'Air Force Brig. Gen. Pat Ryder')).toBe(true);
    expect(sameAttribution('the semiofficial news agency Tasnim', 'Tasnim')).toBe(true);
    expect(sameAttribution('officials', 'U.S. officials')).toBe(false);
    expect(sameAttribution('Pentagon press secretary Brig', 'Pentagon press secretary Brig. Gen. Pat Ryder')).toBe(false);
    const s = scoreArticle('k', exp('John F. Kirby'), ARTICLE, { event: E, marks: [mark('22', { fact: 'strike.killed', attribution: 'John Kirby' })] }, { canonical: canonicalSpeaker });
    expect(s.attribution).toEqual({ right: 1, total: 1, missing: 0 });
  });

  it('holds null (credited to no one) apart from a name', () => {
    expect(score(exp(null), [mark('22', { attribution: null })]).attribution.right).toBe(1);
    expect(score(exp(null), [mark('22', { attribution: 'the monitor' })]).attribution.right).toBe(0);
    expect(score(exp('the monitor'), [mark('22', { attribution: null })]).attribution.right).toBe(0);
  });

  it('scores only expected marks that give an attribution', () => {
    const s = score(expected({ marks: [{ text: '22 fighters', kind: 'figure', fact: 'strike.killed' }] }), [mark('22', { fact: 'strike.killed' })]);
    expect(s.attribution).toEqual({ right: 0, total: 0, missing: 0 });
  });
});

describe('the article as a whole', () => {
  it('lists a wrong event, and highlights on an article about no event', () => {
    const s = score(expected({ kind: 'near-miss', event: null }), [mark('22')], E);
    expect(s.misses.map((m) => m.kind)).toEqual(['wrong-event', 'marked-without-event']);
  });

  it('lists every highlighted occurrence of an unmarked text, and page chrome left in the text', () => {
    const article = 'On Friday he spoke. On Friday she did. Share this.';
    const marks: EngineMarkLike[] = [0, 20].map((start) => ({ kind: 'figure', text: 'Friday', start: start + 3, end: start + 9, fact: null, status: 'unique' }));
    const s = scoreArticle('u', expected({ unmarked: ['On Friday'], articleExcludes: ['Share this', 'Subscribe'] }), article, { event: E, marks });
    expect(s.misses.map((m) => m.kind)).toEqual(['not-excluded', 'unmarked-highlighted', 'unmarked-highlighted']);
  });

  it('summarises over articles: ratios from the summed counts, misses by article, 1 when nothing is judged', () => {
    const good = score(expected({ marks: [{ text: 'Two jets', kind: 'figure', fact: 'strike.aircraft_count' }] }), [mark('Two jets', { fact: 'strike.aircraft_count' })]);
    const bad = scoreArticle('bad', expected({ kind: 'unrelated', event: null }), ARTICLE, { event: null, marks: [] });
    const wrong = scoreArticle('wrong', expected({ kind: 'near-miss', event: null }), ARTICLE, { event: E, marks: [] });
    const card = summarise([good, bad, wrong]);
    expect(card.articles).toBe(3);
    expect(card.event_accuracy).toBeCloseTo(2 / 3);
    expect(card.by_kind).toEqual({ 'strike-2021': { right: 1, total: 1 }, unrelated: { right: 1, total: 1 }, 'near-miss': { right: 0, total: 1 } });
    expect(card.recall).toBe(1);
    expect(card.differs_precision).toBe(1);
    expect(Object.keys(card.misses)).toEqual(['wrong']);
  });
});

// ───────────────────────────── reading folders, and npm run eval ─────────────────────────────

describe('corpus folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const good = {
    about: 'a made-up brief',
    outlet: null,
    url: null,
    published: null,
    kind: 'strike-2021',
    event: '2021-02-25-us-strike-eastern-syria',
    marks: [{ text: 'Pentagon', kind: 'name', fact: 'name.pentagon' }],
    unmarked: [],
  };
  function folder(name: string, expectedJson: string | null, page: [string, string] | null = ['article.txt', 'The Pentagon said US aircraft struck eastern Syria on Thursday.']) {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    if (expectedJson !== null) writeFileSync(join(dir, 'expected.json'), expectedJson);
    if (page) writeFileSync(join(dir, page[0]), page[1]);
    return name;
  }

  it('reads a well-formed folder', () => {
    const slug = folder('fine', JSON.stringify(good));
    const entry = readCorpusArticle(slug, root);
    expect(entry.expected.articleExcludes).toEqual([]);
    expect(entry.file).toBe(join(root, slug, 'article.txt'));
  });

  it.each([
    ['no-json', null, /cannot read expected\.json/],
    ['bad-json', '{ "about": ', /not JSON/],
    ['bad-event', JSON.stringify({ ...good, event: '2022-01-01-nothing' }), /event: an event id of the reference/],
    ['bad-status', JSON.stringify({ ...good, marks: [{ text: 'x', kind: 'figure', status: 'differ' }] }), /marks\.0\.status/],
    ['unknown-field', JSON.stringify({ ...good, outlett: 'typo' }), /outlett/],
  ])('names the folder when it cannot read it (%s)', (name, json, reason) => {
    const slug = folder(name, json);
    expect(() => readCorpusArticle(slug, root)).toThrow(CorpusError);
    expect(() => readCorpusArticle(slug, root)).toThrow(new RegExp(`${name}: .*${reason.source}`));
  });

  it('names a folder with no page', () => {
    const slug = folder('no-page', JSON.stringify(good), null);
    expect(() => readCorpusArticle(slug, root)).toThrow(/no-page: has neither page\.html nor article\.txt/);
  });

  const tsx = resolve(__dirname, '../../node_modules/.bin/tsx');
  const evalScript = resolve(__dirname, '../../scripts/eval.ts');

  it('npm run eval -- --json prints one JSON object with the scores', () => {
    const dir = join(root, 'one');
    mkdirSync(dir);
    const slug = 'brief';
    mkdirSync(join(dir, slug));
    writeFileSync(join(dir, slug, 'expected.json'), JSON.stringify(good));
    writeFileSync(join(dir, slug, 'article.txt'), 'The Pentagon said US aircraft struck eastern Syria on Thursday.');
    const card = JSON.parse(execFileSync(tsx, [evalScript, '--json', '--corpus', dir], { encoding: 'utf8' }));
    expect(card).toMatchObject({ articles: 1 });
    for (const key of ['event_accuracy', 'differs_precision', 'recall', 'figure_precision', 'attribution_accuracy']) {
      expect(card[key], key).toBeGreaterThanOrEqual(0);
      expect(card[key], key).toBeLessThanOrEqual(1);
    }
    expect(card.counts.names.total).toBe(1);
  }, 60_000); // a child tsx process: slow to start on a busy machine

  it('npm run eval fails with status 2 naming a folder it cannot read', () => {
    const r = spawnSync(tsx, [evalScript, '--corpus', root], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^eval: .*bad-event: expected\.json is not in the corpus format/);
    expect(r.stdout).toBe('');
  }, 60_000);
});
