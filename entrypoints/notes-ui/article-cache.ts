/**
 * The article as lib/article extracts it, extracted again only after the document changed (a
 * MutationObserver says so): drawing highlights splits text nodes and pages re-render, so offsets are
 * always taken in a fresh extraction. Crosscheck's own writes (highlights, UI hosts) are told apart
 * from the page's: only the page's changes call `onPageChange`.
 */
import { extractFromDocument, type DomArticle } from '../../lib/article/from-dom';
import { isOurs } from '../../lib/page/highlights';

export class ArticleCache {
  private article: DomArticle | null = null;
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    /** Called for each batch of changes the page made (not Crosscheck). */
    private readonly onPageChange: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.take(records));
  }

  start(): void {
    if (this.doc.body) this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer.disconnect();
  }

  /** The article as the document is now. */
  get(): DomArticle {
    this.take(this.observer.takeRecords());
    return (this.article ??= extractFromDocument(this.doc));
  }

  /** Runs one of Crosscheck's own writes to the page: not reported as a page change; the article is read again after. */
  write<T>(change: () => T): T {
    this.take(this.observer.takeRecords());
    try {
      return change();
    } finally {
      this.observer.takeRecords();
      this.article = null;
    }
  }

  private take(records: MutationRecord[]): void {
    if (records.length === 0) return;
    this.article = null;
    const pageChanged = records.some((r) => !isOurs(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOurs));
    if (pageChanged) this.onPageChange();
  }
}
