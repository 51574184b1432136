/** The options page wired to storage: every change is saved at once and says so. */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { usePageBackground } from '../../components/use-page-background';
import { updateSettings, useSettings } from '../../components/use-settings';
import type { Settings } from '../../lib/settings';
import { OptionsForm } from './OptionsForm';
import { ReaderSources } from './ReaderSources';

const STATUS_MS = 2000;

export function OptionsApp(): JSX.Element {
  const settings = useSettings();
  const [status, setStatus] = useState('');
  const background = usePageBackground();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onUpdate = (change: (s: Settings) => Settings) => {
    clearTimeout(timer.current);
    updateSettings(change).then(
      () => {
        setStatus('Saved');
        timer.current = setTimeout(() => setStatus(''), STATUS_MS);
      },
      (error: unknown) => setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  if (!settings) {
    return (
      <main class="options" aria-busy="true">
        <h1>Crosscheck options</h1>
      </main>
    );
  }
  return (
    <OptionsForm settings={settings} status={status} onUpdate={onUpdate} background={background}>
      <ReaderSources />
    </OptionsForm>
  );
}
