/**
 * The always-on check timed where it runs: the extension itself, built with `--mode bench`
 * (its gate then writes the check's time, its own and the verdict to `data-sourcelight-ms`,
 * `data-sourcelight-total-ms` and `data-sourcelight-verdict` on <html>), loaded into headless
 * Chromium and Firefox ESR, on saved pages served from 127.0.0.1 under a CSP that blocks the
 * pages' own scripts and everything off the machine. Each page is opened REPEAT times in a fresh
 * tab; the median counts. Prints a JSON line per page and a summary per browser: the median over
 * the pages found not to be articles, what each such page pays (the check, and the whole script
 * up to the end of its first run: the check, its message listener and its watch for a page that
 * changes later), and over article pages (given on the command line) the median time to find
 * the article and its body.
 *
 *   npm run bench:extension -- [PAGE.html[.gz]...]   (default: ../shared/corpus/non-articles)
 *   BENCH_REPEAT=N (default 5: a cold run moves by a millisecond), BENCH_BROWSERS=chromium,firefox
 */
import { basename, join, resolve } from 'node:path';
import { median, pagesIn, serveSavedPages } from './bench/savedPages.mjs';

const ROOT = resolve(import.meta.dirname, '..');
process.env.CHROME_BUILD = join(ROOT, '.output/chrome-mv3-bench');
process.env.FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2-bench');
// Imported after the build paths are set: the launchers read them when loaded.
const { launchers } = await import('../test/e2e/support/browsers.mjs');
const { waitFor } = await import('../test/e2e/support/poll.mjs');

const REPEAT = Number(process.env.BENCH_REPEAT || 5);
const BROWSERS = (process.env.BENCH_BROWSERS || 'chromium,firefox').split(',');
const CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'none'";

const defaultPages = () => pagesIn(resolve(ROOT, '../shared/corpus/non-articles'));

/** What the gate reported on one page load: its check's time, its script's, and its verdict. */
const readGate = () => {
  const { dataset } = document.documentElement;
  const { sourcelightMs: ms, sourcelightTotalMs: total, sourcelightVerdict: mode } = dataset;
  return ms !== undefined && { ms: Number(ms), total: Number(total), mode };
};

async function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : defaultPages();
  const server = await serveSavedPages(files, { 'content-security-policy': CSP });
  const { origin } = server;
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
            total: median(runs.map((r) => r.total)),
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
      const ms = (xs) => `${median(xs).toFixed(2)} ms`;
      if (not.length)
        parts.push(
          `${not.length} found not to be articles: always-on check median ${ms(not.map((r) => r.ms))} (the whole script at load ${ms(not.map((r) => r.total))})`,
        );
      if (articles.length)
        parts.push(
          `${articles.length} articles: detection (gate and body) median ${ms(articles.map((r) => r.ms))}`,
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
