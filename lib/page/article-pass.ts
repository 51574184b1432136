/**
 * What a pass does once the cheap gate (pass.ts) has let a page through: read the article in the page,
 * have it annotated (by the background, where the engine and the reference live, so the page's main
 * thread never runs the engine and the script on every page never grows with the reference), then draw
 * the highlights in slices that yield to the page (draw-plan.ts).
 *
 * Each step that has to wait (the engine's answer, the next slice) makes the reader return 'wait' and
 * ask for the pass to run again (`resume`); the pass is done, and measured, when the last slice is
 * drawn. A page that changes its article meanwhile starts the work again from its new text.
 */
import { extractFromDocument, type DomArticle } from '../article/from-dom';
import type { ArticleText } from '../article/types';
import type { EngineAnswer } from '../engine/findings-wire';
import type { Settings } from '../settings';
import { drawSlice, isDrawn, planHighlights, type DrawPlan } from './draw-plan';
import { clearHighlights } from './highlights';
import { lookFor, type MarkLook } from './mark-look';
import { kindsShown, stillStands, withoutFindings, type ArticleReader, type PassResult } from './pass';
import { summarise } from './summary';

export interface ArticleReaderDeps {
  /**
   * The engine, wherever it runs: a promise when it runs elsewhere (the background), a value when
   * in-process; null when it cannot be asked (the page then counts as about no event).
   */
  annotate(article: ArticleText): EngineAnswer | null | Promise<EngineAnswer | null>;
  /** Runs the pass again soon: the engine answered, or the next slice is due. */
  resume(): void;
  now(): number;
  /** Longest stretch of drawing before yielding to the page, in ms (Infinity: all at once). */
  sliceMs: number;
}

/** One article on its way from the page's DOM to its highlights. */
interface Job {
  article: DomArticle;
  url: string;
  kinds: string;
  /** The article root's text when the job started: a change means the page rewrote the article. */
  rootText: string;
  /** undefined while the engine works. */
  annotated?: EngineAnswer | null;
  plan?: DrawPlan;
  look?: MarkLook;
}

export function createArticleReader(deps: ArticleReaderDeps): ArticleReader {
  let job: Job | null = null;

  /** Whether the job still describes the page: same address, same switches, same article text. */
  const current = (doc: Document, settings: Settings, changed: boolean): Job | null => {
    if (!job) return null;
    const root = job.article.root;
    const same =
      job.url === (doc.location?.href ?? '') &&
      job.kinds === kindsShown(settings) &&
      root.isConnected &&
      (!changed || root.textContent === job.rootText);
    if (!same) job = null;
    return job;
  };

  const start = (doc: Document, settings: Settings, previous: PassResult | null): PassResult | 'wait' => {
    let article = extractFromDocument(doc);
    const url = doc.location?.href ?? '';
    // Same article, highlights still in place: nothing to write (a re-pass must not lose the reader's place).
    if (stillStands(previous, settings) && previous.articleText === article.text) {
      if (previous.root) previous.rootText = previous.root.textContent;
      // A new address for the same article (a fragment, a tracking parameter): the summary says where it is now.
      return previous.summary.url === url ? previous : { ...previous, summary: { ...previous.summary, url } };
    }
    if (previous?.drawn.size) {
      clearHighlights(doc);
      article = extractFromDocument(doc);
    }
    const started: Job = { article, url, kinds: kindsShown(settings), rootText: article.root.textContent ?? '' };
    job = started;
    const answer = deps.annotate(article);
    if (!(answer instanceof Promise)) {
      started.annotated = answer;
      return step(doc, settings, started);
    }
    answer.then(
      (annotated) => {
        started.annotated = annotated;
        if (job === started) deps.resume();
      },
      () => {
        started.annotated = null;
        if (job === started) deps.resume();
      },
    );
    return 'wait';
  };

  /** The job's next step: wait for the engine, draw a slice, or finish. */
  const step = (doc: Document, settings: Settings, at: Job): PassResult | 'wait' => {
    if (at.annotated === undefined) return 'wait';
    const findings = at.annotated?.findings;
    if (!findings?.event) {
      job = null;
      return withoutFindings(doc, 'no-event', settings, null);
    }
    if (!at.plan) {
      const marks = findings.marks.filter((m) => (m.kind === 'figure' ? settings.figures : settings.names));
      at.annotated = { ...at.annotated!, findings: { ...findings, marks } };
      at.plan = planHighlights(at.article, marks);
      // How marks look here: what the display setting makes stand out, against the article's own background.
      at.look = lookFor(settings.display, at.article.root);
    }
    drawSlice(doc, at.plan, deps.now() + deps.sliceMs, deps.now, at.look);
    if (!isDrawn(at.plan)) {
      deps.resume();
      return 'wait';
    }
    job = null;
    const shown = at.annotated!.findings;
    return {
      summary: summarise(at.url, 'matched', shown, at.annotated!.eventTitle),
      findings: shown,
      drawn: at.plan.drawn,
      articleText: at.article.text,
      root: at.article.root,
      rootText: at.article.root.textContent,
      kinds: at.kinds,
      look: at.look,
    };
  };

  return (doc, settings, previous, changed = 'page') => {
    const going = current(doc, settings, changed !== 'none');
    return going ? step(doc, settings, going) : start(doc, settings, previous);
  };
}
