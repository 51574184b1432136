/** `npm run annotate -- FILE --explain`: the evidence for the event decision, read from the file itself. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, content: string, ...flags: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/annotate.ts'), file, ...flags], { encoding: 'utf8', cwd: root });
}

// Written for this test: a page whose only day is "last night", dated by its metadata.
const page = `<!doctype html><html><head><meta property="article:published_time" content="2021-02-26T09:30:00-05:00"></head>
<body><article><h1>Jets hit militia sites in Syria</h1>
<p>American jets last night bombed buildings in eastern Syria used by Kataib Hezbollah, the Pentagon said.</p>
<p>Two F-15E jets took part in the raid, officials said.</p></article></body></html>`;

// Each case starts the command line in a child process (tsx compiles on start): a budget for a loaded machine.
describe('annotate --explain', { timeout: 30_000 }, () => {
  it('prints the publication date, each clue and how each event weighed them', () => {
    const out = run('page.html', page, '--explain');
    expect(out).toContain('published: 2021-02-26 (from meta)');
    expect(out).toMatch(/strike-day\s+"last night" at \d+ \(the lede\)/);
    expect(out).toMatch(/\+2 its aircraft \(F-15E\)/);
    expect(out).toMatch(/-8 the page was published before it/);
    expect(out).toContain('decided: 2021-02-25-us-strike-eastern-syria');
  });

  it('adds the explanation to the JSON object, which stays one object', () => {
    const json = JSON.parse(run('page.html', page, '--json', '--explain')) as { event: string; explanation: { published: { day: number }; scores: unknown[]; clues: unknown[] } };
    expect(json.event).toBe('2021-02-25-us-strike-eastern-syria');
    expect(json.explanation.published.day).toBe(26);
    expect(json.explanation.scores).toHaveLength(2);
    expect(json.explanation.clues.length).toBeGreaterThan(0);
  });

  it('reads a plain text’s dateline', () => {
    const text = 'WASHINGTON, Oct. 27, 2023 — Two U.S. F-16 jets struck two sites near Boukamal in eastern Syria overnight, the Pentagon said.\n\nThe sites held weapons for groups backed by Iran, officials said.\n';
    const out = run('story.txt', text, '--explain');
    expect(out).toContain('published: 2023-10-27 (from dateline)');
    expect(out).toContain('decided: 2023-10-26-us-strike-boukamal');
  });
});
