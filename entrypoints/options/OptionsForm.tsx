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
        <Switch
          id="auto-highlight"
          label="Highlight automatically"
          description="Highlight figures and names on every article about an event in Crosscheck’s reference."
          checked={settings.autoHighlight}
          onChange={(on) => onUpdate((s) => ({ ...s, autoHighlight: on }))}
        />
        <Switch
          id="figures"
          label="Figures"
          description="Counts, dates, times, aircraft, calibres and weights."
          checked={settings.figures}
          onChange={(on) => onUpdate((s) => ({ ...s, figures: on }))}
        />
        <Switch
          id="names"
          label="Names"
          description="People, groups, places and organisations."
          checked={settings.names}
          onChange={(on) => onUpdate((s) => ({ ...s, names: on }))}
        />
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
