/**
 * The side panel, drawn from data: the followed tab's findings grouped by status (differences first), the
 * reader's notes on that page beside them, and a legend of the marks. It stays open while the reader reads.
 */
import type { JSX } from 'preact';
import { Counts } from '../../components/Counts';
import { FindingGroups } from '../../components/FindingGroups';
import { hiddenKindsText } from '../../components/finding-words';
import { Legend } from '../../components/Legend';
import { PageNotes } from '../../components/PageNotes';
import { EventHeading, PageState } from '../../components/PageState';
import { SurfaceHeader } from '../../components/SurfaceHeader';
import type { PopupView } from '../../components/page-view';
import type { NotesData } from '../../components/use-notes';
import type { PageSummary } from '../../lib/messages';
import type { Rgba } from '../../lib/page/colours';
import type { Settings } from '../../lib/settings';

export interface SidePanelProps {
  view: PopupView;
  settings: Settings;
  hostname: string | null;
  onReveal: (id: string) => void;
  onOpenOptions: () => void;
  onTurnOnAutoHighlight: () => void;
  notes: Pick<NotesData, 'page' | 'pageError' | 'onReveal' | 'onDelete' | 'onRestore'>;
  /** The colour behind the panel: the legend's marks are drawn against it. */
  background: Rgba;
}

export function SidePanel(props: SidePanelProps): JSX.Element {
  const { view, settings, hostname, notes } = props;
  return (
    <div class="panel">
      <SurfaceHeader onOpenOptions={props.onOpenOptions} />
      <div class="panel-columns">
        <main class="panel-main" aria-busy={view.kind === 'loading' || view.kind === 'updating'}>
          <PageState
            view={view}
            hostname={hostname}
            onTurnOnAutoHighlight={props.onTurnOnAutoHighlight}
            matched={(summary) => <Matched summary={summary} settings={settings} onReveal={props.onReveal} />}
          />
        </main>
        <div class="panel-side">
          <section class="notes" aria-labelledby="notes-title">
            <h2 id="notes-title" class="section-title">
              Your notes
            </h2>
            <PageNotes view={notes.page} error={notes.pageError} onReveal={notes.onReveal} onDelete={notes.onDelete} onRestore={notes.onRestore} />
          </section>
          <Legend display={settings.display} background={props.background} />
        </div>
      </div>
    </div>
  );
}

function Matched({ summary, settings, onReveal }: { summary: PageSummary; settings: Settings; onReveal: (id: string) => void }): JSX.Element {
  const hidden = hiddenKindsText(settings);
  return (
    <>
      <EventHeading summary={summary} />
      <Counts counts={summary.counts} />
      {hidden && <p class="note">{hidden}</p>}
      {summary.marks.length > 0 ? (
        <FindingGroups marks={summary.marks} onReveal={onReveal} />
      ) : (
        !hidden && <p class="note">None of this article’s figures or names are in the reference.</p>
      )}
    </>
  );
}
