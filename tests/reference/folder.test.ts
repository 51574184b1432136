/**
 * The maintainer's folder, reference/: every file validates, the generated module is what it makes today,
 * and a broken copy is refused with a message in the folder's own terms.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATED_FILE } from '../../scripts/build-reference';
import { buildReference } from '../../scripts/reference/build';
import { checkReference } from '../../scripts/reference/check';
import { readReferenceFolder, REFERENCE_DIR } from '../../scripts/reference/read';

const folders = readReferenceFolder().sources.map((s) => s.id);

/** Problems of the whole folder that concern one file. */
function problemsOf(path: string): string[] {
  const result = checkReference(readReferenceFolder());
  return result.ok ? [] : result.problems.filter((p) => p.startsWith(path));
}

describe('reference/', () => {
  it('builds without a problem', () => {
    const result = buildReference();
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it.each(folders)('source %s validates, and every claim of its source.json reaches the build', (id) => {
    expect(problemsOf(`reference/sources/${id}/`)).toEqual([]);
    const written = (JSON.parse(readFileSync(join(REFERENCE_DIR, 'sources', id, 'source.json'), 'utf8')) as { claims: unknown[] }).claims;
    const result = buildReference();
    const built = result.ok ? result.data.claims.filter((c) => c.source === id && !c.fact.startsWith('name.')) : [];
    expect(built).toHaveLength(written.length);
  });

  it('validates every event file and entities.json', () => {
    expect(problemsOf('reference/events/')).toEqual([]);
    expect(problemsOf('reference/entities.json')).toEqual([]);
    expect(problemsOf('reference/offices.json')).toEqual([]);
  });

  it('ships exactly what the folder makes today (run `npm run build:reference` after editing it)', () => {
    const result = buildReference();
    expect(result.ok && result.generated).toBe(readFileSync(GENERATED_FILE, 'utf8'));
  });
});

describe('a broken copy of reference/', () => {
  let temp: string | null = null;
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true });
    temp = null;
  });

  /** A copy in a temp folder, its messages still reading "reference/…"; edit(dir) breaks it. */
  function problemsAfter(edit: (dir: string) => void): string[] {
    temp = mkdtempSync(join(tmpdir(), 'crosscheck-reference-'));
    const dir = join(temp, 'reference');
    cpSync(REFERENCE_DIR, dir, { recursive: true });
    edit(dir);
    const result = buildReference(dir);
    return result.ok ? [] : result.problems;
  }

  interface SourceJson {
    event: string;
    claims: Array<{ fact: string; quote: string; reviewed?: boolean }>;
  }
  /** The last source folder with a claim (any will do), and that claim's fact. */
  const target = [...folders].reverse().find((id) => (JSON.parse(readFileSync(join(REFERENCE_DIR, 'sources', id, 'source.json'), 'utf8')) as SourceJson).claims.length > 0)!;
  function editSource(dir: string, change: (json: SourceJson) => void): void {
    const file = join(dir, 'sources', target, 'source.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as SourceJson;
    change(json);
    writeFileSync(file, JSON.stringify(json));
  }
  const firstFact = (JSON.parse(readFileSync(join(REFERENCE_DIR, 'sources', target, 'source.json'), 'utf8')) as SourceJson).claims[0]!.fact;

  it('names the source and the claim whose quote is not in the article', () => {
    const problems = problemsAfter((dir) => editSource(dir, (json) => (json.claims[0]!.quote = `${json.claims[0]!.quote} (a sentence nobody wrote)`)));
    expect(problems).toEqual([`reference/sources/${target}/source.json, claim ${firstFact}: the quote is not in article.txt`]);
  });

  it('refuses a claim not reviewed yet, saying how to review it', () => {
    const problems = problemsAfter((dir) => editSource(dir, (json) => (json.claims[0]!.reviewed = false)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^reference/sources/${target}/source.json, claim ${firstFact.replace('.', '\\.')}: not reviewed yet .*"reviewed": true$`));
  });

  it('refuses a claim on a fact its event does not track', () => {
    const problems = problemsAfter((dir) => editSource(dir, (json) => (json.claims[0]!.fact = 'strike.nonsense')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^reference/sources/${target}/source.json, claim strike.nonsense: the event .* has no fact strike.nonsense`));
  });

  it('names the field a schema problem is in, and a missing article', () => {
    const problems = problemsAfter((dir) => {
      editSource(dir, (json) => ((json as unknown as { outlet: number }).outlet = 7));
      unlinkSync(join(dir, 'sources', target, 'article.txt'));
    });
    expect(problems).toEqual([
      `reference/sources/${target}/source.json, outlet: must be the outlet’s name, or null`,
      `reference/sources/${target}/article.txt: the article's text is missing or empty`,
    ]);
  });

  const event = readReferenceFolder().events[0]!.name;
  function editEvent(dir: string, change: (json: { signatures: string[]; anchors: string[] }) => void): void {
    const file = join(dir, 'events', `${event}.json`);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { signatures: string[]; anchors: string[] };
    change(json);
    writeFileSync(file, JSON.stringify(json));
  }

  it('refuses an event whose regular expression does not compile', () => {
    let at = -1;
    const problems = problemsAfter((dir) => editEvent(dir, (json) => (at = json.signatures.push('(unclosed') - 1)));
    expect(problems).toEqual([`reference/events/${event}.json, signatures.${at}: is not a valid regular expression`]);
  });

  it('refuses an event that names an entity entities.json does not have', () => {
    const problems = problemsAfter((dir) => editEvent(dir, (json) => json.anchors.push('nobody-at-all')));
    expect(problems).toEqual([`reference/events/${event}.json, anchors: no entity "nobody-at-all" in entities.json`]);
  });

  it('says which file is not valid JSON', () => {
    const problems = problemsAfter((dir) => writeFileSync(join(dir, 'entities.json'), '{ "entities": [ }'));
    expect(problems[0]).toMatch(/^reference\/entities\.json: not valid JSON/);
  });
});
