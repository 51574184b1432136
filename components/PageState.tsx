/**
 * Where the page stands, in words, for the popup and the side panel: loading, a page Crosscheck cannot read,
 * off for the site, automatic highlighting off, catching up with a change, nothing to check. A matched page
 * is drawn by the caller (`matched`), since each surface shows its findings differently.
 */
import type { JSX } from 'preact';
import type { PageSummary } from '../lib/messages';
import { normaliseSite } from '../lib/settings';
import { NO_EVENT_TEXT, unavailableText } from './finding-words';
import type { PopupView } from './page-view';
import { StateMessage } from './StateMessage';

export interface PageStateProps {
  view: PopupView;
  /** The page's hostname when it is a web page. */
  hostname: string | null;
  onTurnOnAutoHighlight: () => void;
  matched: (summary: PageSummary) => JSX.Element;
}

export function PageState({ view, hostname, onTurnOnAutoHighlight, matched }: PageStateProps): JSX.Element {
  switch (view.kind) {
    case 'loading':
      return <StateMessage title="Checking this page…" />;
    case 'unavailable': {
      const { title, body } = unavailableText(view.reason);
      return <StateMessage title={title} body={body} />;
    }
    case 'site-off': {
      const scope = hostname && view.site !== normaliseSite(hostname) ? `${view.site} or its subdomains` : view.site;
      return (
        <StateMessage
          title="Crosscheck is off for this site"
          body={`Crosscheck never runs on ${scope}. Turn on “Crosscheck on this site” to check this page.`}
        />
      );
    }
    case 'auto-off':
      return (
        <StateMessage title="Automatic highlighting is off" body="Crosscheck doesn’t highlight articles until automatic highlighting is on again.">
          <button type="button" class="cc-button cc-button-primary state-action" onClick={onTurnOnAutoHighlight}>
            Turn on automatic highlighting
          </button>
        </StateMessage>
      );
    case 'updating':
      return <StateMessage title="Updating…" body="Applying your change to the page." />;
    case 'reload':
      return <StateMessage title="Reload the page to apply your change" body="The page hasn’t caught up with your settings yet." />;
    case 'no-event':
      return <StateMessage title="Nothing to check" body={NO_EVENT_TEXT} />;
    case 'matched':
      return matched(view.summary);
  }
}

/** "This article is about …": the matched event as a heading. */
export function EventHeading({ summary }: { summary: PageSummary }): JSX.Element {
  return (
    <section class="event" aria-labelledby="event-label">
      <p id="event-label" class="eyebrow">
        This article is about
      </p>
      <h2 class="event-title">{summary.eventTitle ?? summary.event ?? 'an event in the reference'}</h2>
    </section>
  );
}
