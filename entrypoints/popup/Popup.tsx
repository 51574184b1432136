/** The popup, drawn from data: what the page found (or why nothing), the site switch, a way to Options, the reader’s notes. */
import type { JSX } from 'preact';
import { normaliseSite, type Settings } from '../../lib/settings';
import { Counts } from './components/Counts';
import { FindingsList } from './components/FindingsList';
import { NotesPanel, type NotesPanelProps } from './components/NotesPanel';
import { SiteSwitch } from './components/SiteSwitch';
import { StateMessage } from './components/StateMessage';
import { coveringSite, type PopupView } from './page';
import { NO_EVENT_TEXT, unavailableText } from './wording';

export interface PopupProps {
  view: PopupView;
  settings: Settings;
  /** The page's hostname when it is a web page; the site switch shows only then. */
  hostname: string | null;
  onSiteChange: (enabled: boolean) => void;
  onReveal: (id: string) => void;
  onOpenOptions: () => void;
  onTurnOnAutoHighlight: () => void;
  /** The reader's own notes, below the findings (this page's, search, export, import). */
  notes?: NotesPanelProps;
}

export function Popup(props: PopupProps): JSX.Element {
  const { view, settings, hostname, onSiteChange, onOpenOptions, notes } = props;
  const showSwitch = hostname !== null && view.kind !== 'unavailable' && view.kind !== 'loading';
  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="popup-title">Crosscheck</h1>
        <button type="button" class="cc-link-button" onClick={onOpenOptions}>
          Options
        </button>
      </header>
      {showSwitch && <SiteSwitch hostname={hostname} coveredBy={coveringSite(settings, hostname)} onChange={onSiteChange} />}
      <main class="popup-body" aria-busy={view.kind === 'loading' || view.kind === 'updating'}>
        <PopupBody {...props} />
      </main>
      {notes && <NotesPanel {...notes} />}
    </div>
  );
}

function PopupBody({ view, settings, hostname, onReveal, onTurnOnAutoHighlight }: PopupProps): JSX.Element {
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
      return <Matched summary={view.summary} settings={settings} onReveal={onReveal} />;
  }
}

function Matched({ summary, settings, onReveal }: { summary: Extract<PopupView, { kind: 'matched' }>['summary']; settings: Settings; onReveal: (id: string) => void }): JSX.Element {
  const hidden = [!settings.figures && 'Figures', !settings.names && 'Names'].filter((x): x is string => Boolean(x));
  return (
    <>
      <section class="event" aria-labelledby="event-label">
        <p id="event-label" class="eyebrow">
          This article is about
        </p>
        <h2 class="event-title">{summary.eventTitle ?? summary.event ?? 'an event in the reference'}</h2>
      </section>
      <Counts counts={summary.counts} />
      {hidden.length > 0 && (
        <p class="note">
          {hidden.length === 2 ? 'Figures and names are' : `${hidden[0]} are`} turned off in Options, so {hidden.length === 2 ? 'nothing is' : 'they are not'} highlighted.
        </p>
      )}
      {summary.marks.length > 0 ? (
        <FindingsList marks={summary.marks} onReveal={onReveal} />
      ) : (
        hidden.length < 2 && <p class="note">None of this article’s figures or names are in the reference.</p>
      )}
    </>
  );
}
