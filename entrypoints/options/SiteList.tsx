/** The sites where Crosscheck never runs: add one (checked), remove any. */
import type { JSX, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { addSite, checkNewSite, removeSite } from './sites';

export interface SiteListProps {
  sites: string[];
  onUpdate: (change: (settings: Settings) => Settings) => void;
}

export function SiteList({ sites, onUpdate }: SiteListProps): JSX.Element {
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAfterRemove = useFocusAfterRemove(sites, listRef, inputRef);
  const remove = (site: string, index: number) => {
    focusAfterRemove(index);
    onUpdate((s) => removeSite(s, site));
  };

  return (
    <section class="options-section" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where Crosscheck never runs</h2>
      <p class="section-help">A site covers its subdomains too: example.com also covers news.example.com.</p>
      <SiteForm sites={sites} onUpdate={onUpdate} inputRef={inputRef} />
      {sites.length === 0 ? (
        <p class="empty">No sites yet: Crosscheck runs on every site.</p>
      ) : (
        <ul class="cc-stack-list site-list" ref={listRef} aria-label="Sites where Crosscheck never runs">
          {sites.map((site, index) => (
            <li key={site} class="site-item">
              <span class="site-name">{site}</span>
              <button type="button" class="cc-button" aria-label={`Remove ${site}`} onClick={() => remove(site, index)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * After a removal, focus goes to the Remove button now at the removed one's place (or the last one),
 * or to the input once the list is empty. Returns what a removal calls with its index.
 */
function useFocusAfterRemove(sites: string[], listRef: RefObject<HTMLUListElement | null>, inputRef: RefObject<HTMLInputElement | null>): (index: number) => void {
  const pending = useRef<number | null>(null);
  useEffect(() => {
    const index = pending.current;
    if (index === null) return;
    pending.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(index, buttons.length - 1)] : undefined;
    (next ?? inputRef.current)?.focus();
  }, [sites]);
  return (index) => {
    pending.current = index;
  };
}

interface SiteFormProps extends SiteListProps {
  inputRef: RefObject<HTMLInputElement | null>;
}

/** Add a site: checked against the list as shown, its error said beside the input. */
function SiteForm({ sites, onUpdate, inputRef }: SiteFormProps): JSX.Element {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

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
  );
}
