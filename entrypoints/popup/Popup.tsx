/**
 * The popup, a short summary drawn from data: what the page found (its counts and first differences) or why
 * nothing, a way to the side panel for every finding, what stands out on pages, the site switch, Options, and
 * the reader's notes. One scroller: the popup itself.
 */
import type { JSX } from 'preact';
import { Counts } from '../../components/Counts';
import { DisplayChoice } from '../../components/DisplayChoice';
import { hiddenKindsText } from '../../components/finding-words';
import { CompareEveryFact } from '../../components/FactsLink';
import { FindingsList } from '../../components/FindingsList';
import { EventHeading, PageState } from '../../components/PageState';
import { SurfaceHeader } from '../../components/SurfaceHeader';
import { coveringSite, type PopupView } from '../../components/page-view';
import type { PageSummary } from '../../lib/messages';
import type { Display, Settings } from '../../lib/settings';
import { NotesPanel, type NotesPanelProps } from './components/NotesPanel';
import { SiteSwitch } from './components/SiteSwitch';

/** How many differing findings the popup lists; the side panel has them all. */
export const PREVIEW_COUNT = 3;

export interface PopupProps {
  view: PopupView;
  settings: Settings;
  /** The page's hostname when it is a web page; the site switch shows only then. */
  hostname: string | null;
  onSiteChange: (enabled: boolean) => void;
  onReveal: (id: string) => void;
  onOpenOptions: () => void;
  onTurnOnAutoHighlight: () => void;
  onDisplayChange?: (display: Display) => void;
  /** Opens the side panel; absent where the browser has none. */
  onOpenPanel?: () => void;
  /** The reader's own notes, below the summary (this page's, search, export, import). */
  notes?: NotesPanelProps;
  /** "Add to comparison" for a matched page (entrypoints/popup/components/AddToComparison.tsx). */
  addSource?: (summary: PageSummary) => JSX.Element | null;
}

export function Popup(props: PopupProps): JSX.Element {
  const { view, settings, hostname, onSiteChange, onOpenOptions, onDisplayChange, notes } = props;
  const showSwitch = hostname !== null && view.kind !== 'unavailable' && view.kind !== 'loading';
  return (
    <div class="popup">
      <SurfaceHeader onOpenOptions={onOpenOptions} />
      <main class="popup-body" aria-busy={view.kind === 'loading' || view.kind === 'updating'}>
        <PageState
          view={view}
          hostname={hostname}
          onTurnOnAutoHighlight={props.onTurnOnAutoHighlight}
          matched={(summary) => <Matched summary={summary} {...props} />}
        />
      </main>
      {showSwitch && <SiteSwitch hostname={hostname} coveredBy={coveringSite(settings, hostname)} onChange={onSiteChange} />}
      {onDisplayChange && (
        <div class="popup-display">
          <DisplayChoice value={settings.display} onChange={onDisplayChange} idPrefix="popup-display" />
        </div>
      )}
      {notes && <NotesPanel {...notes} />}
    </div>
  );
}

function Matched({ summary, settings, onReveal, onOpenPanel, addSource }: PopupProps & { summary: PageSummary }): JSX.Element {
  const hidden = hiddenKindsText(settings);
  const differing = summary.marks.filter((m) => m.status === 'differs');
  const more = summary.marks.length - Math.min(differing.length, PREVIEW_COUNT);
  return (
    <>
      <EventHeading summary={summary} />
      <Counts counts={summary.counts} />
      {hidden && <p class="note">{hidden}</p>}
      {differing.length > 0 && <FindingsList marks={differing.slice(0, PREVIEW_COUNT)} onReveal={onReveal} title="Where outlets differ" />}
      {differing.length === 0 && summary.marks.length > 0 && <p class="note">No figure or name here differs from what other outlets report.</p>}
      {summary.marks.length === 0 && !(settings.figures === false && settings.names === false) && (
        <p class="note">None of this article’s figures or names are in the reference.</p>
      )}
      {summary.event && <CompareEveryFact event={summary.event} from={summary.url} />}
      {onOpenPanel && summary.marks.length > 0 && (
        <div class="open-panel">
          <p class="hint" id="open-panel-hint">
            {more > 0 ? `All ${summary.marks.length} findings, your notes and a legend of the marks are in the side panel.` : 'Your notes and a legend of the marks are in the side panel.'}
          </p>
          <button type="button" class="cc-button cc-button-primary" aria-describedby="open-panel-hint" onClick={onOpenPanel}>
            Open the side panel
          </button>
        </div>
      )}
      {addSource?.(summary)}
    </>
  );
}
