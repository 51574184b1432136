/** The sites where Crosscheck never runs: add one (checked), remove any. */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { addSite, checkNewSite, removeSite } from './sites';

export interface SiteListProps {
  sites: string[];
  onUpdate: (change: (settings: Settings) => Settings) => void;
}

export function SiteList({ sites, onUpdate }: SiteListProps): JSX.Element {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** After a removal, where focus goes once the list has redrawn. */
  const focusAfterRemove = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : undefined;
    (next ?? inputRef.current)?.focus();
  }, [sites]);

  const submit = (event: Event) => {
    event.preventDefault();
    // Checked against the list as shown; the stored list is re-read when the change is applied.
    const checked = checkNewSite(sites, draft);
    if (!checked.ok) {
      setError(checked.error);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setDraft('');
    onUpdate((s) => addSite(s, checked.site));
  };

  return (
    <section class="options-section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where Crosscheck never runs</h2>
      <p class="section-help">A site covers its subdomains too: example.com also covers news.example.com.</p>
      <form class="site-form" onSubmit={submit} noValidate>
        <label for="site-input">Add a site</label>
        <div class="site-form-row">
          <input
            id="site-input"
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" class="cc-button">
            Add
          </button>
        </div>
        {error && (
          <p id="site-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="empty">No sites yet: Crosscheck runs on every site.</p>
      ) : (
        <ul class="site-list" ref={listRef} aria-label="Sites where Crosscheck never runs">
          {sites.map((site, index) => (
            <li key={site} class="site-item">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="cc-button"
                aria-label={`Remove ${site}`}
                onClick={() => {
                  focusAfterRemove.current = index;
                  onUpdate((s) => removeSite(s, site));
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
