/**
 * `npm run annotate -- FILE [--json] [--explain]`: the engine on an HTML or plain-text file (CONTRACT.md §2);
 * `--explain` adds the evidence for the event decision and how each event weighed it.
 * A file that cannot be read or parsed gets one line on stderr and exit status 2.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractFromDocument } from '../lib/article/from-dom';
import { extractFromPlainText } from '../lib/article/from-text';
import type { ArticleText } from '../lib/article/types';
import { annotate, explainEvent } from '../lib/engine/annotate';
import type { EventDecision } from '../lib/engine/event';
import type { Findings } from '../lib/engine/findings';
import { getReference } from '../lib/engine/reference';
import { describeValue, otherReportLine, statusLine, thisArticleLine } from '../lib/present/wording';

function fail(message: string): never {
  process.stderr.write(`annotate: ${message}\n`);
  process.exit(2);
}

function readArticle(file: string): ArticleText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.includes(0)) fail(`cannot parse ${file}: it is a binary file, not HTML or text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`cannot parse ${file}: it is not UTF-8 text`);
  }
  const looksLikeHtml = /\.x?html?$/i.test(extname(file)) || /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
  if (!looksLikeHtml) return extractFromPlainText(text);
  try {
    const { document } = parseHTML(text);
    return extractFromDocument(document as unknown as Document);
  } catch (error) {
    fail(`cannot parse ${file} as HTML: ${(error as Error).message}`);
  }
}

function printForPeople(file: string, findings: Findings): void {
  const reference = getReference();
  const event = findings.event ? reference.event(findings.event) : undefined;
  const out: string[] = [file];
  out.push(event ? `Event: ${event.title} (${event.id})` : 'Event: none (this article is about nothing in the reference)');
  if (findings.source) out.push(`Source: this is the reference's own source ${findings.source} (${reference.source(findings.source)?.label}); it is not compared with itself`);
  const count = (s: string) => findings.marks.filter((m) => m.status === s).length;
  if (event) out.push(`${findings.marks.length} highlights: ${count('differs')} differ, ${count('agrees')} agree, ${count('unique')} unique`);
  for (const mark of findings.marks) {
    const where = `${mark.start}-${mark.end}`;
    const fact = mark.fact ? ` [${mark.fact}]` : '';
    out.push('', `${mark.status.toUpperCase().padEnd(7)} ${mark.kind} "${mark.text}" = ${describeValue(mark)}${fact} at ${where}`);
    const here = thisArticleLine(mark);
    if (here) out.push(`        ${here}`);
    out.push(`        ${statusLine(mark)}`);
    for (const other of mark.others) {
      out.push(`        ${{ different: '≠', same: '=', 'less-specific': '~' }[other.relation]} ${otherReportLine(other)} — “${other.quote}”`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The evidence for the event decision and how each event weighed it. */
function printExplanation(article: ArticleText, decision: EventDecision): void {
  const out: string[] = ['', 'Event decision'];
  const p = decision.published;
  out.push(p ? `  published: ${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} (from ${p.from}${p.utc ? ', a UTC stamp: the day either side is allowed' : ''})` : '  published: not given');
  out.push('  evidence:');
  if (decision.clues.length === 0) out.push('    none');
  for (const clue of decision.clues) {
    const where = clue.at >= 0 ? ` at ${clue.at}` : '';
    out.push(`    ${clue.kind.padEnd(13)} "${clue.text}"${where}${clue.kind === 'strike-day' && clue.lede ? ' (the lede)' : ''}`);
  }
  for (const score of decision.scores) {
    out.push(`  ${score.event}: ${score.score}`);
    for (const reason of score.reasons) out.push(`    ${reason}`);
  }
  out.push(`  decided: ${decision.event ?? 'none'} (an event needs at least 4 points and a lead of 2)`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const explain = argv.includes('--explain');
  const files = argv.filter((a) => a !== '--json' && a !== '--explain');
  if (files.length !== 1 || files[0]?.startsWith('--')) fail('usage: npm run annotate -- FILE [--json] [--explain]');
  const file = files[0] as string;
  const article = readArticle(file);
  const findings = annotate(article);
  if (json) {
    // --explain adds the decision to the JSON object rather than breaking it with text.
    const extra = explain ? { explanation: explainEvent(article) } : {};
    process.stdout.write(`${JSON.stringify({ ...findings, ...extra }, null, 2)}\n`);
    return;
  }
  printForPeople(file, findings);
  if (explain) printExplanation(article, explainEvent(article));
}

main(process.argv.slice(2));
