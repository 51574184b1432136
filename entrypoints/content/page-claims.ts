/**
 * The popup's "Add to comparison" asks the page what it offers ('get-page-claims'): the last pass's
 * findings without the other sources' reports, the article text their offsets point into, and what the
 * page says about itself (site name, canonical link, title, publication day). No engine here: the popup
 * builds the review (lib/annotations/page-review.ts).
 */
import type { PageClaimsInput } from '../../lib/annotations/page-review';
import { publishedFromDocument } from '../../lib/article/published';
import type { PassResult } from '../../lib/page/pass';

const pad = (n: number) => String(n).padStart(2, '0');

/** What the page offers, or null before a pass found an event. */
export function pageClaims(doc: Document, last: PassResult | null): PageClaimsInput | null {
  const findings = last?.findings;
  if (!last || !findings?.event) return null;
  const published = publishedFromDocument(doc);
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() || null;
  return {
    href: doc.location?.href ?? last.summary.url,
    canonical: doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href || null,
    siteName: meta('meta[property="og:site_name"]'),
    title: meta('meta[property="og:title"]') ?? doc.title,
    published: published ? `${published.year}-${pad(published.month)}-${pad(published.day)}` : null,
    event: findings.event,
    eventTitle: last.summary.eventTitle,
    referenceSource: findings.source,
    text: findings.article,
    marks: findings.marks.map(({ id, kind, text, start, end, fact, factLabel, value, attribution }) => ({
      id,
      kind,
      text,
      start,
      end,
      fact,
      factLabel,
      value,
      attribution,
    })),
  };
}
