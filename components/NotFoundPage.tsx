/**
 * An extension page asked for something Crosscheck does not know (an event, a source): says so, and
 * links to what it does know instead.
 */
import type { JSX } from 'preact';

export interface NotFoundPageProps {
  /** The page's own class (its stylesheet's root). */
  pageClass: string;
  title: string;
  /** What was not found, and what the links are. */
  message: string;
  messageClass?: string;
  choices: Array<{ id: string; href: string; label: string }>;
}

export function NotFoundPage({ pageClass, title, message, messageClass, choices }: NotFoundPageProps): JSX.Element {
  return (
    <main class={pageClass}>
      <h1>{title}</h1>
      <p class={messageClass} role="alert">
        {message}
      </p>
      <ul class="facts-events">
        {choices.map((c) => (
          <li key={c.id}>
            <a href={c.href}>{c.label}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
