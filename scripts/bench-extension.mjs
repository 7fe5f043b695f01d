/**
 * The always-on check timed where it runs: the extension itself, built with `--mode bench`
 * (its gate then writes the check's time to `data-sourcelight-ms` on <html>), loaded into
 * headless Chromium and Firefox ESR, on saved pages served from 127.0.0.1 under a CSP that
 * blocks the pages' own scripts and everything off the machine. Each page is opened REPEAT
 * times in a fresh tab; the median counts. Prints a JSON line per page and a summary per
 * browser: the median over the pages found not to be articles, what each such page pays, and
 * over article pages (given on the command line) the median time to find the article and its body.
 *
 *   npm run bench:extension -- [PAGE.html[.gz]...]   (default: ../shared/corpus/non-articles)
 *   BENCH_REPEAT=N (default 3), BENCH_BROWSERS=chromium,firefox
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
process.env.CHROME_BUILD = join(ROOT, '.output/chrome-mv3-bench');
process.env.FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2-bench');
// Imported after the build paths are set: the launchers read them when loaded.
const { launchers } = await import('../test/e2e/support/browsers.mjs');
const { waitFor } = await import('../test/e2e/support/poll.mjs');

const REPEAT = Number(process.env.BENCH_REPEAT || 3);
const BROWSERS = (process.env.BENCH_BROWSERS || 'chromium,firefox').split(',');
const CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'none'";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : Number.NaN;
};

function defaultPages() {
  const dir = resolve(ROOT, '../shared/corpus/non-articles');
  return readdirSync(dir)
    .filter((f) => /\.html(?:\.gz)?$/.test(f))
    .map((f) => join(dir, f));
}

/** What the gate reported on one page load: its time and its verdict. */
const readGate = () => {
  const html = document.documentElement;
  const ms = html.dataset.sourcelightMs;
  const mode = html.dataset.sourcelight;
  return ms !== undefined && mode !== undefined && { ms: Number(ms), mode };
};

async function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : defaultPages();
  const server = createServer((req, res) => {
    const file = files[Number(new URL(req.url, 'http://x').searchParams.get('i'))];
    if (!file) return res.writeHead(404).end();
    const raw = readFileSync(file);
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP,
    });
    res.end(file.endsWith('.gz') ? gunzipSync(raw) : raw);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const name of BROWSERS) {
      // Firefox rounds performance.now() to the millisecond unless told otherwise.
      const harness = await launchers[name]({ prefs: { 'privacy.reduceTimerPrecision': false } });
      const rows = [];
      try {
        for (const [i, file] of files.entries()) {
          const runs = [];
          for (let k = 0; k < REPEAT; k++) {
            const page = await harness.openPage(`${origin}/?i=${i}`);
            try {
              runs.push(await waitFor(page, readGate, undefined, { timeout: 15_000 }));
            } finally {
              await page.close();
            }
          }
          const row = {
            browser: name,
            file: basename(file),
            ms: median(runs.map((r) => r.ms)),
            article: runs[0].mode === 'article',
          };
          rows.push(row);
          process.stdout.write(`${JSON.stringify(row)}\n`);
        }
      } finally {
        await harness.close();
      }
      const not = rows.filter((r) => !r.article);
      const articles = rows.filter((r) => r.article);
      const parts = [`${name}: ${rows.length} pages`];
      if (not.length)
        parts.push(
          `${not.length} found not to be articles: always-on check median ${median(not.map((r) => r.ms)).toFixed(2)} ms`,
        );
      if (articles.length)
        parts.push(
          `${articles.length} articles: detection (gate and body) median ${median(articles.map((r) => r.ms)).toFixed(2)} ms`,
        );
      console.error(parts.join('; '));
    }
  } finally {
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
