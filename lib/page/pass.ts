/**
 * One pass of Crosscheck over a live page, as the content script runs it: the settings, the cheap
 * check that nothing changed, the cheap gate, and the contract's attributes on <html>. What happens
 * once the gate lets a page through (reading the article, the engine, the highlights) is an
 * `ArticleReader` passed in (article-pass.ts, shipped in the engine script), so the code that loads on
 * every page holds no engine and no reference. Pure DOM and lib code: it runs in the page and in tests.
 */
import { mightBeAboutAStrike } from '../engine/gate';
import type { Findings } from '../engine/findings';
import type { PageSummary } from '../messages';
import { isSiteDisabled, type Settings } from '../settings';
import type { ChangeScope } from './changes';
import type { MarkLook } from './mark-look';
import { clearHighlights } from './highlights';
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
  /** How the highlights are styled now (mark-look.ts): a display change restyles them without a redraw. */
  look?: MarkLook;
  /** Where a drawn pass's time went: the `detail` of its `crosscheck:pass` measure, for benchmarks and DevTools. */
  timing?: PassTiming;
}

/** A pass's stages in ms: reading the article, waiting for the engine's answer (round trip included), drawing. */
export interface PassTiming {
  readMs: number;
  answerMs: number;
  drawMs: number;
  /** How many slices the drawing took (each a task of its own, the page's work in between). */
  drawSlices: number;
}

/**
 * Reads the article of a page the gate let through, draws its highlights, and says what it found;
 * or 'wait' while that is under way (the engine's answer, the next slice of drawing): the pass is
 * then not done, and runs again when the reader asks for it (article-pass.ts). `changed` is where the
 * page changed since the reader last ran.
 */
export type ArticleReader = (doc: Document, settings: Settings, previous: PassResult | null, changed?: ChangeScope) => PassResult | 'wait';

/** True when the page has removed highlights this pass drew (a page undoing Crosscheck's work). */
export function highlightsUndone(result: PassResult | null): boolean {
  if (!result) return false;
  for (const els of result.drawn.values()) if (els.some((el) => !el.isConnected)) return true;
  return false;
}

/** "true,false": figures shown, names not. */
export function kindsShown(settings: Settings): string {
  return String([settings.figures, settings.names]);
}

/** Whether the previous pass's highlights can stand: drawn for the same kinds, and all still in the page. */
export function stillStands(previous: PassResult | null, settings: Settings): previous is PassResult {
  return previous !== null && previous.kinds === kindsShown(settings) && !highlightsUndone(previous);
}

/** A page with nothing highlighted, and why; the previous pass's highlights are removed. */
export function withoutFindings(doc: Document, state: PageSummary['state'], settings: Settings, previous: PassResult | null): PassResult {
  if (previous?.drawn.size) clearHighlights(doc);
  const url = doc.location?.href ?? '';
  return { summary: summarise(url, state, null, null), findings: null, drawn: new Map(), articleText: null, root: null, rootText: null, kinds: kindsShown(settings) };
}

let passes = 0;

/** Marks the pass as done on <html>, as CONTRACT.md §1 requires. */
function finished(doc: Document, result: PassResult): PassResult {
  const html = doc.documentElement;
  const event = result.findings?.event ?? null;
  if (event) html.setAttribute('data-crosscheck-event', event);
  else html.removeAttribute('data-crosscheck-event');
  html.setAttribute('data-crosscheck-ready', String(++passes));
  return result;
}

/**
 * One pass. `previous` is the last pass's result on this page; `changed` says where the page changed
 * since (see changes.ts): when only inside the article, its text is compared before anything is read.
 * Returns null, and leaves <html> as it is, while the reader's work is under way (it said 'wait'):
 * the pass is done when it is run again. `underWay`: this run is the next step of such a pass, with
 * nothing changed since its last step, so the cheap check and the gate (a read of the whole page's
 * text) are not run again.
 */
export function runPass(
  doc: Document,
  settings: Settings,
  previous: PassResult | null,
  changed: ChangeScope,
  read: ArticleReader,
  underWay = false,
): PassResult | null {
  const url = doc.location?.href ?? '';
  if (!settings.autoHighlight) return finished(doc, withoutFindings(doc, 'off', settings, previous));
  if (isSiteDisabled(settings, doc.location?.hostname ?? '')) return finished(doc, withoutFindings(doc, 'disabled', settings, previous));
  if (underWay) return settle(doc, read(doc, settings, previous, 'none'));
  // The cheap check: the article's element still there with the same text, and nothing else that counts changed.
  if (
    stillStands(previous, settings) &&
    changed !== 'page' &&
    previous.summary.url === url &&
    previous.root?.isConnected &&
    previous.root.textContent === previous.rootText
  ) {
    return finished(doc, previous);
  }
  if (!mightBeAboutAStrike(quickText(doc))) return finished(doc, withoutFindings(doc, 'no-event', settings, previous));
  return settle(doc, read(doc, settings, previous, changed));
}

function settle(doc: Document, result: PassResult | 'wait'): PassResult | null {
  return result === 'wait' ? null : finished(doc, result);
}
