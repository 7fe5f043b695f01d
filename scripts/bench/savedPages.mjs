/**
 * What the two browser benchmarks share: the saved pages they read, the local server that
 * gives them to the browser, and the median they report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The saved pages (`.html`, `.html.gz`) in a folder. */
export const pagesIn = (dir) =>
  readdirSync(dir)
    .filter((f) => /\.html(?:\.gz)?$/.test(f))
    .map((f) => join(dir, f));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : Number.NaN;
};

/**
 * Serves `files[i]` at `/?i=<i>` on 127.0.0.1 (unzipped, as HTML, with `headers` added) at a
 * free port; resolves to its origin and a close function.
 */
export async function serveSavedPages(files, headers = {}) {
  const server = createServer((req, res) => {
    const file = files[Number(new URL(req.url, 'http://x').searchParams.get('i'))];
    if (!file) return res.writeHead(404).end();
    const raw = readFileSync(file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(file.endsWith('.gz') ? gunzipSync(raw) : raw);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
