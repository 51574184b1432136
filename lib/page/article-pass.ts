/**
 * What a pass does once the cheap gate (pass.ts) has let a page through: read the article in the page
 * (from-dom.ts, in steps), have it annotated (by the background, where the engine and the reference
 * live, so the page's main thread never runs the engine and the script on every page never grows with
 * the reference), then draw the highlights in slices (draw-plan.ts).
 *
 * Every step stops at `sliceMs`: the reader returns 'wait' and asks for the pass to run again
 * (`resume`) when it has more to read or draw, or when the engine answers. The pass is done, and
 * measured, when the last slice is drawn. A page that changes its article meanwhile starts the work
 * again from its new text.
 */
import { readDocument, type DomArticle } from '../article/from-dom';
import type { ArticleText } from '../article/types';
import type { EngineAnswer } from '../engine/findings-wire';
import type { Settings } from '../settings';
import { drawSlice, isDrawn, planHighlights, type DrawPlan } from './draw-plan';
import { clearHighlights } from './highlights';
import { lookFor, type MarkLook } from './mark-look';
import { kindsShown, stillStands, withoutFindings, type ArticleReader, type PassResult, type PassTiming } from './pass';
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
  /** Longest stretch of reading or drawing before yielding to the page, in ms (Infinity: all at once). */
  sliceMs: number;
}

/** One article on its way from the page's DOM to its highlights. */
interface Job {
  url: string;
  kinds: string;
  /** The walk over the page while the article is being read (from-dom.ts, in steps). */
  reading?: Generator<void, DomArticle, void>;
  /** The previous pass's highlights were taken away before this reading: the article is to be drawn again. */
  cleared: boolean;
  article?: DomArticle;
  /** The article root's text once read: a change means the page rewrote the article. */
  rootText?: string;
  /** The engine has been asked. */
  asked?: boolean;
  /** undefined while the engine works. */
  annotated?: EngineAnswer | null;
  plan?: DrawPlan;
  look?: MarkLook;
  /** When each stage ended (deps.now()), for the pass's timing. */
  clock: StageClock;
}

interface StageClock {
  began: number;
  read?: number;
  answered?: number;
  drawSlices: number;
}

export function createArticleReader(deps: ArticleReaderDeps): ArticleReader {
  const reading = new ArticleReading(deps);
  return (doc, settings, previous, changed = 'page') => reading.next(doc, settings, previous, changed !== 'none');
}

/** The reader's state between steps: at most one job, the article now on its way. */
class ArticleReading {
  private job: Job | null = null;
  /** When the step under way should give the page its main thread back. */
  private deadline = Infinity;
  private readonly pause = () => this.deps.now() >= this.deadline;

  constructor(private readonly deps: ArticleReaderDeps) {}

  /** One step: go on with the job that still describes the page, or start one. */
  next(doc: Document, settings: Settings, previous: PassResult | null, changed: boolean): PassResult | 'wait' {
    const began = this.deps.now();
    this.deadline = began + this.deps.sliceMs;
    let at = this.current(doc, settings, changed);
    if (!at) {
      at = { url: doc.location?.href ?? '', kinds: kindsShown(settings), reading: readDocument(doc, this.pause), cleared: false, clock: { began, drawSlices: 0 } };
      this.job = at;
    }
    return at.reading ? this.read(doc, settings, previous, at) : this.step(doc, settings, at);
  }

  /**
   * The job, if it still describes the page: same address, same switches, and the article as it was
   * read. While it is still being read, any change starts the reading again.
   */
  private current(doc: Document, settings: Settings, changed: boolean): Job | null {
    const job = this.job;
    if (!job) return null;
    const root = job.article?.root;
    const same =
      job.url === (doc.location?.href ?? '') &&
      job.kinds === kindsShown(settings) &&
      (root ? root.isConnected && (!changed || root.textContent === job.rootText) : !changed);
    if (!same) this.job = null;
    return this.job;
  }

  /** Reads on, within this step's time; then decides what the article read needs. */
  private read(doc: Document, settings: Settings, previous: PassResult | null, at: Job): PassResult | 'wait' {
    const step = at.reading!.next();
    if (!step.done) {
      this.deps.resume();
      return 'wait';
    }
    at.reading = undefined;
    const article = step.value;
    if (!at.cleared) {
      // Same article, highlights still in place: nothing to write (a re-pass must not lose the reader's place).
      if (stillStands(previous, settings) && previous.articleText === article.text) {
        this.job = null;
        if (previous.root) previous.rootText = previous.root === article.root ? article.rootText : previous.root.textContent;
        // A new address for the same article (a fragment, a tracking parameter): the summary says where it is now.
        return previous.summary.url === at.url ? previous : { ...previous, summary: { ...previous.summary, url: at.url }, timing: undefined };
      }
      if (previous?.drawn.size) {
        // The old highlights split the page's text nodes: read again once they are gone, for a map to the nodes as they are.
        clearHighlights(doc);
        at.cleared = true;
        at.reading = readDocument(doc, this.pause);
        return this.read(doc, settings, previous, at);
      }
    }
    at.article = article;
    at.rootText = article.rootText;
    at.clock.read = this.deps.now();
    // Sending a long article (cutting it into pieces, the first piece's serialization) is a task of its own.
    if (this.pause()) {
      this.deps.resume();
      return 'wait';
    }
    return this.ask(doc, settings, at);
  }

  /** Sends the article to the engine; an engine in-process answers at once. */
  private ask(doc: Document, settings: Settings, at: Job): PassResult | 'wait' {
    at.asked = true;
    const answer = this.deps.annotate(at.article!);
    const keep = (annotated: EngineAnswer | null) => {
      at.annotated = annotated;
      at.clock.answered = this.deps.now();
    };
    if (!(answer instanceof Promise)) {
      keep(answer);
      return this.step(doc, settings, at);
    }
    const settle = (annotated: EngineAnswer | null) => {
      keep(annotated);
      if (this.job === at) this.deps.resume();
    };
    answer.then(settle, () => settle(null));
    return 'wait';
  }

  /** The job's next step once read: wait for the engine, draw a slice, or finish. */
  private step(doc: Document, settings: Settings, at: Job): PassResult | 'wait' {
    if (!at.asked) return this.ask(doc, settings, at);
    if (at.annotated === undefined) return 'wait';
    const findings = at.annotated?.findings;
    if (!findings?.event) {
      this.job = null;
      return withoutFindings(doc, 'no-event', settings, null);
    }
    if (!at.plan) {
      const marks = findings.marks.filter((m) => (m.kind === 'figure' ? settings.figures : settings.names));
      at.annotated = { ...at.annotated!, findings: { ...findings, marks } };
      at.plan = planHighlights(at.article!, marks);
      // How marks look here: what the display setting makes stand out, against the article's own background.
      at.look = lookFor(settings.display, at.article!.root);
    }
    drawSlice(doc, at.plan, this.deadline, this.deps.now, at.look);
    at.clock.drawSlices++;
    if (!isDrawn(at.plan)) {
      this.deps.resume();
      return 'wait';
    }
    this.job = null;
    return drawnResult(at, timingOf(at.clock, this.deps.now()));
  }
}

function timingOf(clock: StageClock, drawn: number): PassTiming {
  const read = clock.read ?? clock.began;
  const answered = clock.answered ?? read;
  return { readMs: read - clock.began, answerMs: answered - read, drawMs: drawn - answered, drawSlices: clock.drawSlices };
}

/** What a finished job says: the summary, the findings shown and the elements drawn for each. */
function drawnResult(at: Job, timing: PassTiming): PassResult {
  const { findings, eventTitle } = at.annotated!;
  const article = at.article!;
  return {
    summary: summarise(at.url, 'matched', findings, eventTitle),
    findings,
    drawn: at.plan!.drawn,
    articleText: article.text,
    root: article.root,
    // Drawing wraps text without changing it, and every step checked the text against the page's changes:
    // it is still the text read (reading it again would cost a walk of the whole article in this task).
    rootText: at.rootText ?? article.root.textContent,
    kinds: at.kinds,
    look: at.look,
    timing,
  };
}
