/**
 * One pass of Crosscheck over a live page: the cheap gate, the engine on the article, and one batch of
 * DOM writes (highlights and the contract's attributes on <html>). Pure DOM and lib code, so it runs
 * in the page and in tests alike.
 */
import { extractFromDocument } from '../article/from-dom';
import { annotate } from '../engine/annotate';
import { mightBeAboutAStrike } from '../engine/event';
import type { Findings } from '../engine/findings';
import type { PageSummary } from '../messages';
import { getReference } from '../reference/index';
import { isSiteDisabled, type Settings } from '../settings';
import { clearHighlights, drawHighlights } from './highlights';
import { quickText } from './quick-text';
import { summarise } from './summary';

export interface PassResult {
  summary: PageSummary;
  findings: Findings | null;
  /** The elements drawn for each mark id. */
  drawn: Map<string, HTMLElement[]>;
  /** The article text the highlights were drawn for, to skip redrawing when it has not changed. */
  articleText: string | null;
}

let passes = 0;

/** Marks the pass as done on <html>, as CONTRACT.md §1 requires. */
function finish(doc: Document, event: string | null): void {
  const html = doc.documentElement;
  if (event) html.setAttribute('data-crosscheck-event', event);
  else html.removeAttribute('data-crosscheck-event');
  html.setAttribute('data-crosscheck-ready', String(++passes));
}

export function runPass(doc: Document, settings: Settings, previous: PassResult | null): PassResult {
  const url = doc.location?.href ?? '';
  const off = (state: PageSummary['state']): PassResult => {
    if (previous?.drawn.size) clearHighlights(doc);
    finish(doc, null);
    return { summary: summarise(url, state, null, null), findings: null, drawn: new Map(), articleText: null };
  };
  if (!settings.autoHighlight) return off('off');
  if (isSiteDisabled(settings, doc.location?.hostname ?? '')) return off('disabled');
  if (!mightBeAboutAStrike(quickText(doc))) return off('no-event');

  let article = extractFromDocument(doc);
  // Same article, highlights still in place: nothing to write (a re-pass must not lose the reader's place).
  if (previous?.articleText === article.text && [...previous.drawn.values()].every((els) => els.every((el) => el.isConnected))) {
    finish(doc, previous.findings?.event ?? null);
    return previous;
  }
  if (previous?.drawn.size) {
    clearHighlights(doc);
    article = extractFromDocument(doc);
  }
  const findings = annotate(article);
  if (!findings.event) return off('no-event');
  const marks = findings.marks.filter((m) => (m.kind === 'figure' ? settings.figures : settings.names));
  const shown = { ...findings, marks };
  const drawn = drawHighlights(doc, article, marks);
  finish(doc, findings.event);
  const title = getReference().event(findings.event)?.title ?? null;
  return { summary: summarise(url, 'matched', shown, title), findings: shown, drawn, articleText: article.text };
}
