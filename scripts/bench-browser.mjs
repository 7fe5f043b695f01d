/**
 * Speed in a real browser: loads saved pages in headless Chromium (page scripts off, nothing
 * fetched beyond 127.0.0.1), injects our detection and teaser code and Readability.js, and
 * times each on its first call, each in a fresh page of its own. Prints, as JSON lines and a
 * summary:
 *   - the median cost of the always-on check on pages that are not articles;
 *   - the median per-page ratio (detection + body + teasers) / Readability.js on article pages;
 *   - the median cost of claim finding on article pages, which the ratio leaves out;
 *   - and, failing the run, any page that the screen turns away but the gate passes.
 *
 *   npm run bench -- [PAGE.html[.gz]...]   (default: the zyte pages and the non-articles of ../shared/corpus)
 *   BENCH_REPEAT=N (default 3): cold runs per page, each in a fresh page; the median counts.
 */
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from '../test/e2e/support/browsers.mjs';
import { median, pagesIn, serveSavedPages } from './bench/savedPages.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');

const defaultPages = () => [
  ...pagesIn(join(CORPUS, 'zyte/html')),
  ...pagesIn(join(CORPUS, 'non-articles')),
];

/** Cold runs per page (BENCH_REPEAT); the median of them is the page's time. */
const REPEAT = Number(process.env.BENCH_REPEAT || 3);

async function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : defaultPages();
  const bundle = await build({
    entryPoints: [join(ROOT, 'scripts/bench/entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    alias: { '@': ROOT },
  });
  const code = bundle.outputFiles[0].text;

  const server = await serveSavedPages(files);
  const { origin } = server;

  const browser = await chromium.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  /**
   * Each page is measured in a browser context of its own: in one context shared by all 223
   * pages, the pages measured last (the non-articles) ran in a browser carrying every earlier
   * page's cache and history.
   */
  const newContext = async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    // A page that leaves by itself (a meta refresh to its live site) would take the measurement
    // down with it: a 204 answer to such a navigation keeps the saved page where it is.
    await context.route('**/*', (route) => {
      const request = route.request();
      if (request.url().startsWith(origin)) return route.continue();
      return request.isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort();
    });
    return context;
  };
  /** A fresh page (a fresh JS context) with the code injected and one call of `fn`. */
  const callInFreshPage = async (context, i, fn) => {
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/?i=${i}`, { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(code);
      return await page.evaluate((name) => globalThis[name](), fn);
    } finally {
      await page.close();
    }
  };
  /** One cold measurement: ours in one fresh page, Readability.js in another, each first. */
  const measure = async (context, i) => ({
    ...(await callInFreshPage(context, i, '__sourcelightBench')),
    ...(await callInFreshPage(context, i, '__readabilityBench')),
  });
  const rows = [];
  for (const [i, file] of files.entries()) {
    try {
      // A single cold run is at the mercy of whatever the browser does meanwhile (a collection,
      // a compile on another thread): each page is loaded REPEAT times and each time is the
      // median of its runs.
      const context = await newContext();
      const runs = [];
      try {
        for (let k = 0; k < REPEAT; k++) runs.push(await measure(context, i));
      } finally {
        await context.close();
      }
      const timed = ['detectMs', 'teasersMs', 'readabilityMs', 'claimsMs'];
      const row = { file: basename(file), ...runs[0] };
      for (const key of timed) row[key] = median(runs.map((r) => r[key]));
      rows.push(row);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ file: basename(file), error: String(error) })}\n`);
    }
  }
  // Times move with the browser's version as much as with our code: the summary names it.
  const version = browser.version();
  await browser.close();
  server.close();

  const screenedOut = rows.filter((r) => r.screenedOut).map((r) => r.file);
  const rejected = rows.filter((r) => !r.isArticle).map((r) => r.detectMs);
  const articles = rows.filter((r) => r.isArticle);
  const ratios = articles
    .filter((r) => r.readabilityMs > 0)
    .map((r) => (r.detectMs + r.teasersMs) / r.readabilityMs);
  const medianOf = (pick) => median(articles.map(pick)).toFixed(2);
  console.error(
    `chromium ${version}: ${rows.length} pages; not articles: ${rejected.length}, always-on check median ${median(rejected).toFixed(2)} ms; ` +
      `articles: (detection+body+teasers)/Readability median ${median(ratios).toFixed(3)}, ` +
      `median ms ours ${medianOf((r) => r.detectMs + r.teasersMs)} vs Readability ${medianOf((r) => r.readabilityMs)}; ` +
      `claims (not in the ratio) median ${medianOf((r) => r.claimsMs)} ms`,
  );
  // The screen (lib/article/screen.ts) may only turn away pages that the gate rejects.
  if (screenedOut.length) {
    console.error(`pages the screen turned away but the gate passes: ${screenedOut.join(' ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
