/**
 * `npm run reference:add -- FILE --event ID [--outlet NAME] [--url URL]`: drafts a new source for the
 * reference in reference/sources/<next id>/ (the text, and a source.json with the claims the engine finds,
 * each "reviewed": false) and tells the maintainer what to review before `npm run build:reference`
 * accepts it. See reference/README.md.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { draftSource, type Draft } from './reference/draft';
import { REFERENCE_DIR } from './reference/read';

const USAGE = 'usage: npm run reference:add -- FILE --event EVENT_ID [--outlet NAME] [--url URL]';

function report(draft: Draft, file: string): string {
  const folder = relative(process.cwd(), draft.dir);
  const { source } = draft;
  const lines = [
    `Drafted ${folder}/ from ${file}:`,
    `  article.txt  the text as given`,
    `  source.json  event ${source.event}; outlet ${source.outlet ?? 'unknown (null)'}; url ${source.url ?? 'unknown (null)'};`,
    `               published ${source.published ?? 'unknown (null): the text has no dateline or byline date'}`,
    '',
    source.claims.length === 0
      ? 'The engine tied no figure to a fact of this event: write the claims by hand (reference/README.md shows how).'
      : `${source.claims.length} draft claim(s), each "reviewed": false:`,
    ...source.claims.map((c) => `  ${c.fact.padEnd(20)} "${c.text}"${c.attribution ? ` (credited to ${c.attribution})` : ''}`),
    ...(draft.unquoted.length > 0 ? ['', 'Found but not quotable verbatim (add them by hand if they are claims):', ...draft.unquoted.map((u) => `  ${u}`)] : []),
    '',
    'To review, for each claim in source.json, against article.txt:',
    '  - is it a claim of this article about this fact (not a statement day, a part of a total, another incident)?',
    '  - is "value" what the words mean, "text" the words as written, "attribution" who the article credits?',
    '  - correct it or delete it, then set "reviewed": true. Add the claims the engine missed, and notes on any judgement.',
    '  - check "outlet", "url" and "published" (null where unknown).',
    'Then run `npm run build:reference`: it refuses the folder until every claim is reviewed and every quote is in article.txt.',
  ];
  return lines.join('\n');
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { event: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || !values.event || positionals.length > 1) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const text = readFileSync(file, 'utf8');
  const draft = draftSource({ text, event: values.event, outlet: values.outlet ?? null, url: values.url ?? null }, REFERENCE_DIR);
  console.log(report(draft, file));
}

try {
  main();
} catch (error) {
  console.error(`reference:add: ${(error as Error).message}`);
  process.exitCode = 1;
}
