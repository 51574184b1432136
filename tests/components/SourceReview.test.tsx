// @vitest-environment happy-dom
/** The review before a page becomes a reader source, and how the popover shows a reader source. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popover } from '../../components/Popover';
import { SourceReview } from '../../components/SourceReview';
import { extractFromPlainText } from '../../lib/article/from-text';
import { draftFromReview, offerFor, outletOf, reviewClaims, type ClaimDecision, type PageClaimsInput } from '../../lib/annotations/page-review';
import { answerFor } from '../../lib/engine/answer';
import { getReference } from '../../lib/engine/reference';
import { withReaderSources } from '../../lib/engine/reader-sources';
import { saved } from '../support/reader-sources';

const TEXT = `US strike in Syria kills militia fighters

The United States carried out an airstrike in eastern Syria on Thursday against facilities used by Iran-backed militias, the Pentagon said. A monitor said 31 fighters were killed in the raid.

Kataib Hezbollah said later that 31 was too high.`;

function pageInput(text = TEXT): PageClaimsInput {
  const article = extractFromPlainText(text);
  const { findings, eventTitle } = answerFor(article);
  return {
    href: 'https://www.harbour-gazette.example/world/syria?utm_source=feed#top',
    canonical: null,
    siteName: null,
    title: 'Militia sites hit in Syria',
    published: '2021-02-26',
    event: findings.event,
    eventTitle,
    referenceSource: findings.source,
    text: article.text,
    marks: findings.marks,
  };
}

describe('the review of a page’s claims', () => {
  const input = pageInput();
  const claims = reviewClaims(input);

  it('offers each fact once, at its first mention, with the sentence it is in', () => {
    const killed = claims.filter((c) => c.fact === 'strike.killed');
    expect(killed).toHaveLength(1);
    expect(killed[0]).toMatchObject({ text: '31', value: { type: 'count', n: 31 }, quote: 'A monitor said 31 fighters were killed in the raid.' });
    expect(input.event).toMatch(/^2021-02-25/);
    expect(new Set(claims.map((c) => c.fact)).size).toBe(claims.length);
    // Figures first, then names.
    const kinds = claims.map((c) => c.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(kinds).toContain('name');
  });

  it('labels the page with its site name, or its host without www', () => {
    expect(outletOf('  The Harbour\nGazette ', input.href)).toBe('The Harbour Gazette');
    expect(outletOf(null, input.href)).toBe('harbour-gazette.example');
  });

  it('keeps, corrects and drops as the reader decided, with the page’s normalised address', () => {
    const killed = claims.find((c) => c.fact === 'strike.killed')!;
    const decisions = new Map<string, ClaimDecision>(claims.map((c) => [c.id, { action: 'drop' }]));
    decisions.set(killed.id, { action: 'correct', text: 'at least 30' });
    const result = draftFromReview(input, claims, decisions);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.url).toBe('https://www.harbour-gazette.example/world/syria');
    expect(result.draft.claims).toEqual([
      { fact: 'strike.killed', value: { type: 'count', n: 30, qualifier: 'at-least' }, text: 'at least 30', quote: killed.quote, attribution: killed.attribution },
    ]);
  });

  it('says what is wrong: a correction it cannot read, nothing kept, a bundled source', () => {
    const killed = claims.find((c) => c.fact === 'strike.killed')!;
    const unreadable = draftFromReview(input, claims, new Map([[killed.id, { action: 'correct', text: 'unknown' }]]));
    expect(unreadable).toEqual({ ok: false, error: expect.stringContaining('cannot read “unknown”') });
    const none = draftFromReview(input, claims, new Map(claims.map((c) => [c.id, { action: 'drop' }])));
    expect(none).toEqual({ ok: false, error: expect.stringContaining('Keep at least one') });
    expect(draftFromReview({ ...input, referenceSource: '004' }, claims, new Map()).ok).toBe(false);
  });
});

describe('what the popup offers', () => {
  const input = pageInput();
  it('offers Add to comparison on a page of an event, not a bundled source nor one already saved', () => {
    expect(offerFor(input, []).kind).toBe('offer');
    expect(offerFor(null, []).kind).toBe('hidden');
    expect(offerFor({ ...input, event: null }, []).kind).toBe('hidden');
    expect(offerFor({ ...input, referenceSource: '004' }, []).kind).toBe('hidden');
    const mine = saved({ url: 'https://www.harbour-gazette.example/world/syria', event: input.event! });
    expect(offerFor(input, [mine])).toEqual({ kind: 'saved', source: mine });
    expect(offerFor(input, [saved({ url: 'https://elsewhere.example/a', event: input.event! })]).kind).toBe('offer');
  });
});

describe('SourceReview and the popover', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('shows one radio group per claim and reports the decisions on Save source', () => {
    const claims = reviewClaims(pageInput());
    let got: ReadonlyMap<string, ClaimDecision> | null = null;
    render(<SourceReview outlet="Harbour Gazette" claims={claims} busy={false} error={null} onSave={(d) => (got = d)} onCancel={() => {}} />, root);
    expect(root.querySelectorAll('fieldset')).toHaveLength(claims.length);
    const first = claims[0]!;
    const drop = root.querySelector<HTMLInputElement>(`input[name="claim-${first.id}"][value="drop"]`)!;
    act(() => drop.click());
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save source')!;
    act(() => save.click());
    expect(got!.get(first.id)).toEqual({ action: 'drop' });
  });

  it('lists a reader source in the popover as added by the reader, with a link to its page', () => {
    const text = TEXT.replace(/31/g, '22');
    const { findings } = answerFor(extractFromPlainText(text), withReaderSources(getReference(), [saved()]));
    const mark = findings.marks.find((m) => m.fact === 'strike.killed')!;
    render(<Popover mark={mark} onClose={() => {}} />, root);
    expect(root.textContent).toContain('Harbour Gazette (added by you)');
    const link = root.querySelector<HTMLAnchorElement>('a.cc-reader-link');
    expect(link?.getAttribute('href')).toBe(saved().url);
    expect(link?.rel).toContain('noopener');
  });
});
