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
import type { ChangeScope } from './changes';
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
  /** The element the article was read from, when the page matched an event. */
  root: Element | null;
  /** Its `textContent` after the pass: when that is unchanged, so is the article (the cheap check). */
  rootText: string | null;
  /** Which kinds of finding were drawn (the settings' figures and names switches). */
  kinds: string;
}

/** True when the page has removed highlights this pass drew (a page undoing Crosscheck's work). */
export function highlightsUndone(result: PassResult | null): boolean {
  if (!result) return false;
  for (const els of result.drawn.values()) if (els.some((el) => !el.isConnected)) return true;
  return false;
}

/** "true,false": figures shown, names not. */
function kindsShown(settings: Settings): string {
  return String([settings.figures, settings.names]);
}

let passes = 0;

/** Marks the pass as done on <html>, as CONTRACT.md §1 requires. */
function finish(doc: Document, event: string | null): void {
  const html = doc.documentElement;
  if (event) html.setAttribute('data-crosscheck-event', event);
  else html.removeAttribute('data-crosscheck-event');
  html.setAttribute('data-crosscheck-ready', String(++passes));
}

/**
 * One pass. `previous` is the last pass's result on this page; `changed` says where the page changed
 * since (see changes.ts): when only inside the article, its text is compared before anything is read.
 */
export function runPass(doc: Document, settings: Settings, previous: PassResult | null, changed: ChangeScope = 'page'): PassResult {
  const url = doc.location?.href ?? '';
  const kinds = kindsShown(settings);
  const off = (state: PageSummary['state']): PassResult => {
    if (previous?.drawn.size) clearHighlights(doc);
    finish(doc, null);
    return { summary: summarise(url, state, null, null), findings: null, drawn: new Map(), articleText: null, root: null, rootText: null, kinds };
  };
  if (!settings.autoHighlight) return off('off');
  if (isSiteDisabled(settings, doc.location?.hostname ?? '')) return off('disabled');
  const same = previous !== null && previous.kinds === kinds && !highlightsUndone(previous);
  // The cheap check: the article's element still there with the same text, and nothing else that counts changed.
  if (same && changed !== 'page' && previous.summary.url === url && previous.root?.isConnected && previous.root.textContent === previous.rootText) {
    finish(doc, previous.findings?.event ?? null);
    return previous;
  }
  if (!mightBeAboutAStrike(quickText(doc))) return off('no-event');

  let article = extractFromDocument(doc);
  // Same article, highlights still in place: nothing to write (a re-pass must not lose the reader's place).
  if (same && previous.articleText === article.text) {
    if (previous.root) previous.rootText = previous.root.textContent;
    finish(doc, previous.findings?.event ?? null);
    // A new address for the same article (a fragment, a tracking parameter): the summary says where it is now.
    return previous.summary.url === url ? previous : { ...previous, summary: { ...previous.summary, url } };
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
  return {
    summary: summarise(url, 'matched', shown, title),
    findings: shown,
    drawn,
    articleText: article.text,
    root: article.root,
    rootText: article.root.textContent,
    kinds,
  };
}
