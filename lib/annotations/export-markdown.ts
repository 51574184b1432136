/**
 * The Markdown export, for reading and for notes apps: one section per article (its title as a
 * heading, its address), each highlight as a blockquote followed by the note and tags, then
 * Crosscheck's findings for that article when they are exported. All text from the reader or the
 * page is escaped (markdown-escape.ts): it can never become a tag, link, heading, list or HTML.
 */
import { autolink, escapeBlock, escapeInline } from './markdown-escape';
import type { PageFindings, ReaderAnnotation } from './model';
import { groupByArticle, type ArticleGroup } from './order';
import type { ReaderSource } from './reader-source';
import { isoTime } from './time';

const STATUS_LABEL: Record<PageFindings['findings'][number]['status'], string> = {
  differs: 'Differs',
  agrees: 'Agrees',
  unique: 'Only in this article',
};

export function exportMarkdown(annotations: ReaderAnnotation[], findings: PageFindings[] | null, generated: Date, sources: ReaderSource[] = []): string {
  const groups = groupByArticle(annotations, findings);
  const iso = isoTime(generated);
  const blocks: string[] = ['# Crosscheck notes'];
  const articles = groups.filter((g) => g.annotations.length > 0).length;
  blocks.push(
    `Exported on ${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC: ${count(annotations.length, 'note')} on ${count(articles, 'article')}` +
      `${findings ? ", with Crosscheck's findings" : ''}.`,
  );
  for (const group of groups) blocks.push(...articleBlocks(group, findings !== null));
  if (sources.length > 0) blocks.push(...sourcesBlocks(sources));
  return `${blocks.join('\n\n')}\n`;
}

function articleBlocks(group: ArticleGroup, withFindings: boolean): string[] {
  const blocks: string[] = [`## ${escapeInline(group.title.trim() || hostOf(group.url) || 'Untitled page')}`];
  blocks.push(autolink(group.url) ?? 'Address not shown: it is not a web address.');
  for (const a of group.annotations) {
    const quote = escapeBlock(a.quote.exact).map((line) => (line === '' ? '>' : `> ${line}`));
    if (quote.length > 0) blocks.push(quote.join('\n'));
    const note = escapeBlock(a.note);
    if (note.length > 0) blocks.push(note.join('\n'));
    if (a.tags.length > 0) blocks.push(`Tags: ${a.tags.map(escapeInline).join(', ')}`);
  }
  if (withFindings && group.findings) blocks.push(...findingsBlocks(group.findings));
  return blocks;
}

function findingsBlocks(page: PageFindings): string[] {
  const blocks = ["### Crosscheck's findings"];
  const recorded = page.recorded.slice(0, 10);
  blocks.push(page.event ? `Event: ${escapeInline(page.event)} (recorded ${escapeInline(recorded)}).` : `Recorded ${escapeInline(recorded)}.`);
  if (page.findings.length === 0) {
    blocks.push('Crosscheck found nothing to compare in this article.');
    return blocks;
  }
  const lines = page.findings.map((f) => {
    const about = f.fact ? `${f.kind}, ${escapeInline(f.fact)}` : f.kind;
    const others = f.others.map(
      (o) => `${escapeInline(o.outlet)}: ${escapeInline(o.value)}${o.attribution ? ` (${escapeInline(o.attribution)})` : ''}`,
    );
    return `- ${STATUS_LABEL[f.status]}: ${escapeInline(f.text)} (${about})${others.length > 0 ? `. Other outlets: ${others.join('; ')}` : ''}.`;
  });
  blocks.push(lines.join('\n'));
  return blocks;
}

/** The articles the reader added to the comparison, each with the claims kept (for reading: the JSON file restores them). */
function sourcesBlocks(sources: ReaderSource[]): string[] {
  const blocks = ['## Your sources'];
  for (const source of sources) {
    blocks.push(`### ${escapeInline(source.outlet)}`);
    blocks.push(autolink(source.url) ?? 'Address not shown: it is not a web address.');
    blocks.push(`Event: ${escapeInline(source.event)}, added ${escapeInline(source.savedAt.slice(0, 10))}.`);
    const lines = source.claims.map(
      (c) => `- ${escapeInline(c.fact)}: ${escapeInline(c.text)}${c.attribution ? ` (credited to ${escapeInline(c.attribution)})` : ''}`,
    );
    if (lines.length > 0) blocks.push(lines.join('\n'));
  }
  return blocks;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
