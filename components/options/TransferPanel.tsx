import { useState } from 'react';
import { exportAll, importAll, type SourcelightDb } from '../../lib/db';

function download(json: string, now: Date) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `sourcelight-highlights-${now.toISOString().slice(0, 10)}.json`;
  // Firefox only follows a download link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Export to a JSON file and import one; a bad file is reported and changes nothing. */
export function TransferPanel({ db }: { db: SourcelightDb }) {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const onExport = async () => {
    const result = await exportAll(db);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    download(result.value, new Date());
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    let text: string;
    try {
      text = await file.text();
    } catch {
      setNotice(null);
      setError('Nothing was imported. The file could not be read.');
      return;
    }
    const result = await importAll(db, text);
    if (result.ok) {
      setError(null);
      setNotice(
        `Imported ${result.value.imported}, skipped ${result.value.skipped} already saved.`,
      );
    } else {
      setNotice(null);
      setError(`Nothing was imported. ${result.error.message}`);
    }
  };

  return (
    <section className="panel" aria-label="Export and import">
      <h2>Export &amp; import</h2>
      <div className="row">
        <button type="button" data-testid="export" onClick={() => void onExport()}>
          Export JSON
        </button>
        <label className="button">
          Import JSON
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            data-testid="import"
            onChange={(e) => void onImport(e.currentTarget)}
          />
        </label>
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="import-result">
          {notice}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
    </section>
  );
}
