/**
 * What a pass does once the cheap gate (pass.ts) has let a page through: read the article, run the
 * engine against the reference, and draw the highlights in one batch. It ships in the engine script
 * (entrypoints/engine.ts), injected only into pages that pass the gate, so the engine and the
 * reference never load on the pages that do not (almost all of them).
 */
import { extractFromDocument } from '../article/from-dom';
import { annotate } from '../engine/annotate';
import { getReference } from '../reference/index';
import { clearHighlights, drawHighlights } from './highlights';
import { kindsShown, stillStands, withoutFindings, type ArticleReader } from './pass';
import { summarise } from './summary';

export const readArticle: ArticleReader = (doc, settings, previous) => {
  const url = doc.location?.href ?? '';
  let article = extractFromDocument(doc);
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
  const findings = annotate(article);
  if (!findings.event) return withoutFindings(doc, 'no-event', settings, null);
  const marks = findings.marks.filter((m) => (m.kind === 'figure' ? settings.figures : settings.names));
  const shown = { ...findings, marks };
  const drawn = drawHighlights(doc, article, marks);
  const title = getReference().event(findings.event)?.title ?? null;
  return {
    summary: summarise(url, 'matched', shown, title),
    findings: shown,
    drawn,
    articleText: article.text,
    root: article.root,
    rootText: article.root.textContent,
    kinds: kindsShown(settings),
  };
};
