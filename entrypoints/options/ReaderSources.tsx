/** The options page's list of the reader's own sources, wired to the background ('sources:list', 'sources:remove'). */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ReaderSourceList } from '../../components/ReaderSourceList';
import { errorText } from '../../components/notes-view';
import type { ReaderSource } from '../../lib/annotations/reader-source';
import { sendToBackground } from '../../utils/messaging';

/** An event by its day (its id begins with it): the options page does not carry the reference. */
const eventTitle = (id: string) => `the event of ${id.slice(0, 10)}`;

export function ReaderSources(): JSX.Element {
  const [sources, setSources] = useState<ReaderSource[] | null>(null);
  const [status, setStatus] = useState('');
  const load = () =>
    sendToBackground({ type: 'sources:list' }).then(
      (list) => setSources(list),
      (error: unknown) => {
        setSources([]);
        setStatus(errorText(error, 'Crosscheck could not read your sources.'));
      },
    );
  useEffect(() => void load(), []);
  const onRemove = (source: ReaderSource) => {
    sendToBackground({ type: 'sources:remove', id: source.id }).then(
      () => {
        setStatus(`Removed ${source.outlet}: it is no longer compared.`);
        void load();
      },
      (error: unknown) => setStatus(errorText(error, `Crosscheck could not remove ${source.outlet}.`)),
    );
  };
  return <ReaderSourceList sources={sources} eventTitle={eventTitle} status={status} onRemove={onRemove} />;
}
