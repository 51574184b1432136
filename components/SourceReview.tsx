/**
 * "Add to comparison": the claims found on the page, each kept, corrected or dropped by the reader,
 * then `Save source`. Takes the review's data and reports the reader's decisions; saving is the
 * caller's. Each claim is a group of three radio buttons (arrow keys move within it, Tab between claims).
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClaimDecision, ReviewClaim } from '../lib/annotations/page-review';

export interface SourceReviewProps {
  /** The outlet the page will be listed as. */
  outlet: string;
  claims: readonly ReviewClaim[];
  /** Saving under way: the button waits. */
  busy: boolean;
  /** Why the last save failed, in the reader's words. */
  error: string | null;
  onSave: (decisions: ReadonlyMap<string, ClaimDecision>) => void;
  onCancel: () => void;
}

type Action = ClaimDecision['action'];
const ACTIONS: ReadonlyArray<{ action: Action; label: string }> = [
  { action: 'keep', label: 'Keep' },
  { action: 'correct', label: 'Correct' },
  { action: 'drop', label: 'Drop' },
];

export function SourceReview({ outlet, claims, busy, error, onSave, onCancel }: SourceReviewProps): JSX.Element {
  const [actions, setActions] = useState<Record<string, Action>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const decisions = (): Map<string, ClaimDecision> =>
    new Map(
      claims.map((c): [string, ClaimDecision] => {
        const action = actions[c.id] ?? 'keep';
        return [c.id, action === 'correct' ? { action, text: texts[c.id] ?? c.text } : { action }];
      }),
    );
  // The button that opened the review is gone: focus moves to the review's heading, read out first.
  // A layout effect, so focus is there as the review appears (an effect waits for a frame, which a
  // popup in the background may not draw for a while).
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  const kept = claims.filter((c) => (actions[c.id] ?? 'keep') !== 'drop').length;
  return (
    <section class="source-review" aria-labelledby="source-review-title">
      <h2 id="source-review-title" class="source-review-title" tabIndex={-1} ref={heading}>
        Add this page as {outlet}
      </h2>
      <p class="hint">Keep, correct or drop what Crosscheck found here. Only your browser keeps it.</p>
      {claims.length === 0 && <p class="note">Crosscheck found no figure tied to a fact on this page, so there is nothing to add.</p>}
      <ol class="cc-stack-list source-review-claims">
        {claims.map((claim) => (
          <ClaimRow
            key={claim.id}
            claim={claim}
            action={actions[claim.id] ?? 'keep'}
            text={texts[claim.id] ?? claim.text}
            onAction={(action) => setActions((a) => ({ ...a, [claim.id]: action }))}
            onText={(text) => setTexts((t) => ({ ...t, [claim.id]: text }))}
          />
        ))}
      </ol>
      {error && (
        <p class="source-review-error" role="alert">
          {error}
        </p>
      )}
      <div class="source-review-actions">
        <button type="button" class="cc-button cc-button-primary" disabled={busy || kept === 0} onClick={() => onSave(decisions())}>
          Save source
        </button>
        <button type="button" class="cc-button" onClick={onCancel}>
          Cancel
        </button>
        <span class="hint" aria-live="polite">
          {kept} of {claims.length} kept
        </span>
      </div>
    </section>
  );
}

interface ClaimRowProps {
  claim: ReviewClaim;
  action: Action;
  text: string;
  onAction: (action: Action) => void;
  onText: (text: string) => void;
}

function ClaimRow({ claim, action, text, onAction, onText }: ClaimRowProps): JSX.Element {
  const group = `claim-${claim.id}`;
  const canCorrect = claim.value.type !== 'entity';
  return (
    <li class={`source-review-claim${action === 'drop' ? ' is-dropped' : ''}`}>
      <fieldset>
        <legend>
          {/* A name is its own label ("Pentagon"): said once. */}
          <span class="source-review-label">{claim.kind === 'name' ? 'Name' : claim.label}</span>: <strong>{claim.text}</strong>
        </legend>
        <p class="source-review-quote">“{claim.quote}”</p>
        {claim.attribution && <p class="hint">Credited to {claim.attribution}</p>}
        <div class="source-review-choices">
          {ACTIONS.filter((a) => canCorrect || a.action !== 'correct').map(({ action: value, label }) => (
            <label key={value}>
              <input type="radio" name={group} value={value} checked={action === value} onChange={() => onAction(value)} />
              {label}
            </label>
          ))}
        </div>
        {action === 'correct' && (
          <label class="source-review-correct">
            Corrected value
            <input type="text" value={text} onInput={(e) => onText((e.target as HTMLInputElement).value)} />
          </label>
        )}
      </fieldset>
    </li>
  );
}
