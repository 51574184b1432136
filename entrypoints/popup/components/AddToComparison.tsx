/**
 * The popup's "Add to comparison", wired to the browser: asks the page what it offers ('get-page-claims'),
 * shows the review (components/SourceReview.tsx), and saves through the background ('sources:save').
 * Shown only on a page that matched an event, is not a bundled source, and is not saved already.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SourceReview } from '../../../components/SourceReview';
import { errorText } from '../../../components/notes-view';
import { draftFromReview, offerFor, outletOf, reviewClaims, type ClaimDecision, type PageClaimsInput, type ReviewClaim } from '../../../lib/annotations/page-review';
import type { ReaderSource } from '../../../lib/annotations/reader-source';
import { sendToBackground, sendToTab } from '../../../utils/messaging';

type Phase =
  | { kind: 'hidden' }
  | { kind: 'offer'; input: PageClaimsInput }
  | { kind: 'review'; input: PageClaimsInput; claims: ReviewClaim[]; busy: boolean; error: string | null }
  | { kind: 'saved'; source: ReaderSource; justNow: boolean };

async function loadPhase(tabId: number): Promise<Phase> {
  const input = await sendToTab(tabId, { type: 'get-page-claims' });
  const first = offerFor(input, []);
  if (first.kind !== 'offer') return { kind: 'hidden' };
  const listed = await sendToBackground({ type: 'sources:list', event: first.input.event ?? undefined });
  const offer = offerFor(input, listed);
  return offer.kind === 'saved' ? { ...offer, justNow: false } : offer;
}

export function AddToComparison({ tabId, pageKey }: { tabId: number; /** Changes when the page's findings do. */ pageKey: string }): JSX.Element | null {
  const [phase, setPhase] = useState<Phase>({ kind: 'hidden' });
  useEffect(() => {
    let live = true;
    loadPhase(tabId).then(
      (next) => live && setPhase((now) => (now.kind === 'review' || (now.kind === 'saved' && now.justNow) ? now : next)),
      () => live && setPhase({ kind: 'hidden' }),
    );
    return () => {
      live = false;
    };
  }, [tabId, pageKey]);

  const save = async (input: PageClaimsInput, claims: ReviewClaim[], decisions: ReadonlyMap<string, ClaimDecision>) => {
    const draft = draftFromReview(input, claims, decisions);
    if (!draft.ok) return setPhase({ kind: 'review', input, claims, busy: false, error: draft.error });
    setPhase({ kind: 'review', input, claims, busy: true, error: null });
    try {
      const result = await sendToBackground({ type: 'sources:save', source: draft.draft });
      setPhase(result.ok ? { kind: 'saved', source: result.source, justNow: true } : { kind: 'review', input, claims, busy: false, error: result.error });
    } catch (error) {
      setPhase({ kind: 'review', input, claims, busy: false, error: errorText(error, 'Crosscheck could not save this source. Try again.') });
    }
  };

  switch (phase.kind) {
    case 'hidden':
      return null;
    case 'offer':
      return (
        <div class="add-source">
          <p class="hint" id="add-source-hint">
            Not in the comparison yet: add this page as {outletOf(phase.input.siteName, phase.input.href)} and other articles about this event are compared with it.
          </p>
          <button
            type="button"
            class="cc-button"
            aria-describedby="add-source-hint"
            onClick={() => setPhase({ kind: 'review', input: phase.input, claims: reviewClaims(phase.input), busy: false, error: null })}
          >
            Add to comparison
          </button>
        </div>
      );
    case 'review':
      return (
        <SourceReview
          outlet={outletOf(phase.input.siteName, phase.input.href)}
          claims={phase.claims}
          busy={phase.busy}
          error={phase.error}
          onSave={(decisions) => void save(phase.input, phase.claims, decisions)}
          onCancel={() => setPhase({ kind: 'offer', input: phase.input })}
        />
      );
    case 'saved':
      return (
        <p class="note add-source-saved" role={phase.justNow ? 'status' : undefined}>
          {phase.justNow ? 'Saved. ' : ''}This page is in your comparison as {phase.source.outlet} ({phase.source.claims.length}{' '}
          {phase.source.claims.length === 1 ? 'claim' : 'claims'}); the options page lists your sources.
        </p>
      );
  }
}
