/** A state the popup explains in words: a heading, a sentence, maybe one action. */
import type { ComponentChildren, JSX } from 'preact';

export interface StateMessageProps {
  title: string;
  body?: string;
  children?: ComponentChildren;
}

export function StateMessage({ title, body, children }: StateMessageProps): JSX.Element {
  return (
    <section class="state" aria-labelledby="state-title">
      <h2 id="state-title" class="state-title">
        {title}
      </h2>
      {body && <p class="state-body">{body}</p>}
      {children}
    </section>
  );
}
