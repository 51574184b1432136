/**
 * A list of items to choose, after the hint that says what choosing one does: the list is described by
 * the hint, so a screen reader says it when the list is reached.
 */
import type { ComponentChildren, JSX } from 'preact';

export interface HintedListProps {
  /** The hint's id, unique in the page. */
  hintId: string;
  hint: string;
  /** The list's class. */
  class: string;
  /** The list's items (`<li>`s). */
  children: ComponentChildren;
}

export function HintedList({ hintId, hint, class: listClass, children }: HintedListProps): JSX.Element {
  return (
    <>
      <p class="hint" id={hintId}>
        {hint}
      </p>
      <ul class={listClass} aria-describedby={hintId}>
        {children}
      </ul>
    </>
  );
}
