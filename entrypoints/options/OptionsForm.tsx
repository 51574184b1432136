/** The options, drawn from the settings; every change goes straight to `onUpdate`. */
import type { ComponentChildren, JSX } from 'preact';
import { DisplayChoice } from '../../components/DisplayChoice';
import { Legend } from '../../components/Legend';
import { Switch } from '../../components/Switch';
import type { Rgba } from '../../lib/page/colours';
import type { Settings } from '../../lib/settings';
import { SiteList } from './SiteList';

export interface OptionsFormProps {
  settings: Settings;
  /** "Saved", an error, or empty: announced politely. */
  status: string;
  onUpdate: (change: (settings: Settings) => Settings) => void;
  /** The colour behind the page: the legend's marks are drawn against it. */
  background: Rgba;
  /** More sections at the end (the reader's sources, wired by OptionsApp). */
  children?: ComponentChildren;
}

/** The highlighting switches, in the order shown: each turns one boolean setting on or off. */
const SWITCHES: Array<{ key: 'autoHighlight' | 'figures' | 'names'; id: string; label: string; description: string }> = [
  {
    key: 'autoHighlight',
    id: 'auto-highlight',
    label: 'Highlight automatically',
    description: 'Highlight figures and names on every article about an event in Crosscheck’s reference.',
  },
  { key: 'figures', id: 'figures', label: 'Figures', description: 'Counts, dates, times, aircraft, calibres and weights.' },
  { key: 'names', id: 'names', label: 'Names', description: 'People, groups, places and organisations.' },
];

export function OptionsForm({ settings, status, onUpdate, background, children }: OptionsFormProps): JSX.Element {
  return (
    <main class="options">
      <header class="options-header">
        <h1>Crosscheck options</h1>
        <p class="save-status" role="status" aria-live="polite">
          {status}
        </p>
      </header>
      <section class="options-section" aria-labelledby="highlighting-title">
        <h2 id="highlighting-title">Highlighting</h2>
        {SWITCHES.map(({ key, id, label, description }) => (
          <Switch key={key} id={id} label={label} description={description} checked={settings[key]} onChange={(on) => onUpdate((s) => ({ ...s, [key]: on }))} />
        ))}
      </section>
      <section class="options-section" aria-labelledby="display-title">
        <h2 id="display-title">Display</h2>
        <DisplayChoice value={settings.display} onChange={(display) => onUpdate((s) => ({ ...s, display }))} idPrefix="options-display" withHelp />
      </section>
      <div class="options-section">
        <Legend display={settings.display} background={background} />
      </div>
      <SiteList sites={settings.disabledSites} onUpdate={onUpdate} />
      {children}
    </main>
  );
}
