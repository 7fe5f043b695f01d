import type { SourcelightDb } from '../../lib/db';
import { HighlightLibrary } from './HighlightLibrary';
import { SettingsPanel } from './SettingsPanel';
import { TransferPanel } from './TransferPanel';

export function OptionsApp({ db }: { db: SourcelightDb }) {
  return (
    <div className="options">
      <header className="options-head">
        <h1>Sourcelight</h1>
        <p className="muted">Saved highlights and settings</p>
      </header>
      <main className="options-main">
        <HighlightLibrary db={db} />
        <aside className="side">
          <SettingsPanel />
          <TransferPanel db={db} />
        </aside>
      </main>
    </div>
  );
}
