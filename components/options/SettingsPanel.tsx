import { type FormEvent, useState } from 'react';
import {
  normalizeHostname,
  type Settings,
  withSiteDisabled,
  withSiteEnabled,
} from '../../lib/settings';
import { useSettings } from '../useSettings';

function Toggle({
  testId,
  checked,
  onChange,
  children,
}: {
  testId: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <label className="toggle">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}

function DisabledSites({ settings, save }: { settings: Settings; save: (s: Settings) => void }) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const host = normalizeHostname(draft);
    setInvalid(host === null);
    if (host === null) return;
    save(withSiteDisabled(settings, host));
    setDraft('');
  };
  return (
    <div data-testid="disabled-sites">
      <h3>Sites where Sourcelight stays off</h3>
      <form className="row" onSubmit={add}>
        <input
          type="text"
          placeholder="example.com"
          aria-label="Site to turn off"
          aria-invalid={invalid}
          data-testid="disabled-site-input"
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" data-testid="disabled-site-add">
          Add
        </button>
      </form>
      {invalid && <p className="error small">That is not a site name (try "example.com").</p>}
      {settings.disabledSites.length === 0 ? (
        <p className="muted small">None: Sourcelight runs on every site.</p>
      ) : (
        <ul className="sites">
          {settings.disabledSites.map((site) => (
            <li key={site} data-testid="disabled-site-item">
              <span>{site}</span>
              <button
                type="button"
                className="subtle"
                data-testid="disabled-site-remove"
                aria-label={`Turn Sourcelight back on for ${site}`}
                onClick={() => save(withSiteEnabled(settings, site))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SettingsPanel() {
  const [settings, update] = useSettings();
  if (!settings) return <section className="panel muted">Loading settings…</section>;
  const save = (next: Settings) => void update(next);
  return (
    <section className="panel" aria-label="Settings">
      <h2>Settings</h2>
      <Toggle
        testId="setting-hide-teasers"
        checked={settings.hideTeasers}
        onChange={(hideTeasers) => save({ ...settings, hideTeasers })}
      >
        Hide teaser links unrelated to the article
      </Toggle>
      <Toggle
        testId="setting-highlight-claims"
        checked={settings.highlightClaims}
        onChange={(highlightClaims) => save({ ...settings, highlightClaims })}
      >
        Highlight attributed claims
      </Toggle>
      <DisabledSites settings={settings} save={save} />
    </section>
  );
}
