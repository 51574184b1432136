/**
 * Drafts a new source folder for a maintainer to review: the article's text as given, and a source.json
 * whose claims are what the engine finds in it (each figure it ties to a fact of the event), every one
 * marked "reviewed": false so the build refuses them until a person has checked them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromPlainText } from '../../lib/article/from-text';
import { publishedFromText } from '../../lib/article/published';
import { annotate } from '../../lib/engine/annotate';
import type { Mark } from '../../lib/engine/findings';
import { getReference, type Reference } from '../../lib/engine/reference';
import { splitSentences, type Sentence } from '../../lib/engine/sentences';
import type { ClaimValue, EventId } from '../../lib/reference/types';
import { formatJsonFile } from './format';
import { readReferenceFolder } from './read';
import type { ClaimEntry, SourceFile } from './schema';
import { toReadable } from './values';

export interface DraftRequest {
  text: string;
  event: string;
  outlet: string | null;
  url: string | null;
}

export interface Draft {
  id: string;
  /** The new folder. */
  dir: string;
  source: SourceFile;
  /** Figures the engine found but could not quote verbatim from the text: the maintainer adds them by hand. */
  unquoted: string[];
}

/** The next free folder name: one past the highest, three digits. */
export function nextSourceId(referenceDir: string): string {
  const ids = readReferenceFolder(referenceDir).sources.map((s) => Number(s.id)).filter(Number.isInteger);
  return String(Math.max(-1, ...ids) + 1).padStart(3, '0');
}

/** The reference narrowed to one event, so the engine ties figures to that event's facts. */
function forEvent(reference: Reference, event: EventId): Reference {
  return {
    ...reference,
    events: reference.events.filter((e) => e.id === event),
    facts: reference.facts.filter((f) => f.event === event),
    event: (id) => (id === event ? reference.event(id) : undefined),
    // A new article is no source yet: recognising it as one would take that source's event and claims.
    recogniseSource: () => null,
  };
}

/** The sentence around a figure, verbatim from the original text and found there once; or null. */
function quoteFor(mark: Mark, sentences: readonly Sentence[], articleText: string, original: string): string | null {
  const sentence = sentences.find((s) => s.start <= mark.start && mark.end <= s.end);
  const candidates = [sentence ? articleText.slice(sentence.start, sentence.end).trim() : null, mark.text];
  for (const quote of candidates) {
    if (!quote || !quote.includes(mark.text)) continue;
    const at = original.indexOf(quote);
    if (at >= 0 && original.indexOf(quote, at + 1) < 0) return quote;
  }
  return null;
}

function draftClaims(text: string, event: EventId): { claims: ClaimEntry[]; unquoted: string[] } {
  const article = extractFromPlainText(text);
  const findings = annotate(article, forEvent(getReference(), event));
  const sentences = splitSentences(article);
  const claims: ClaimEntry[] = [];
  const unquoted: string[] = [];
  for (const mark of findings.marks) {
    if (mark.kind !== 'figure' || mark.fact === null || mark.value.type === 'person') continue;
    const quote = quoteFor(mark, sentences, article.text, text);
    if (!quote) {
      unquoted.push(`${mark.fact} "${mark.text}"`);
      continue;
    }
    const { iso: _resolved, ...value } = mark.value as ClaimValue & { iso?: string };
    claims.push({ fact: mark.fact, value: toReadable(value as ClaimValue), text: mark.text, attribution: mark.attribution, quote, reviewed: false });
  }
  return { claims, unquoted };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes reference/sources/<next id>/ and returns what it wrote. Throws on an unknown event or a known article. */
export function draftSource(request: DraftRequest, referenceDir: string): Draft {
  const reference = getReference();
  const event = reference.event(request.event as EventId);
  if (!event) throw new Error(`no event "${request.event}": the events are ${reference.events.map((e) => e.id).join(', ')}`);
  const known = reference.recogniseSource(extractFromPlainText(request.text).text);
  if (known) throw new Error(`this article is already in the reference, as source ${known} (reference/sources/${known}/)`);
  const id = nextSourceId(referenceDir);
  const dir = join(referenceDir, 'sources', id);
  if (existsSync(dir)) throw new Error(`${dir} exists already`);
  const stamp = publishedFromText(request.text);
  const { claims, unquoted } = draftClaims(request.text, event.id);
  const source: SourceFile = {
    id,
    event: event.id,
    outlet: request.outlet,
    url: request.url,
    published: stamp ? `${stamp.year}-${pad(stamp.month)}-${pad(stamp.day)}` : null,
    notes: [],
    claims,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'article.txt'), request.text);
  writeFileSync(join(dir, 'source.json'), formatJsonFile(source));
  return { id, dir, source, unquoted };
}
