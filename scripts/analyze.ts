/**
 * Command-line analyzer: runs the content script's lib/ pipeline over saved pages and prints
 * one JSON line per file in the schema of ../shared/corpus/README.md, for eval/score.py.
 *
 *   npm run analyze -- [--readability FILE] PAGE.html[.gz]...
 *
 * --readability FILE also runs Readability.js on a fresh parse of each page and writes its
 * result in the same schema to FILE, so both can be scored by score.py in one run; the median
 * of per-page time ratios (our detection + body + teasers / Readability's parse) goes to
 * stderr. Each line's `stageMs` splits `ms` into article, teasers and claims.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzePage, bodyTextOf } from '../lib/pipeline';
import { summarize } from '../lib/teasers';

const virtualConsole = new VirtualConsole();

/**
 * With `node --expose-gc` (as `npm run analyze` runs it), garbage left by parsing the page is
 * collected before each timed run, so neither our code nor Readability's is billed for jsdom's
 * parse; without the flag this does nothing.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function readPage(file: string): string {
  const raw = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

const open: JSDOM[] = [];

function parse(html: string): Document {
  const dom = new JSDOM(html, { virtualConsole });
  open.push(dom);
  return dom.window.document;
}

/** jsdom keeps a window alive until it is closed; a run over hundreds of pages must release them. */
function closeDocuments(): void {
  for (const dom of open.splice(0)) dom.window.close();
}

function analyzeFile(file: string, html: string) {
  const doc = parse(html);
  collectGarbage();
  const t0 = performance.now();
  const result = analyzePage(doc, { hideTeasers: true, findClaims: true });
  const ms = performance.now() - t0;
  if (!result) {
    return { file, isArticle: false, article: null, teasers: [], hiddenText: '', claims: [], ms };
  }
  const { article, teasers, hidden, claims, timings } = result;
  return {
    file,
    isArticle: true,
    article: { ...article.meta, bodyText: bodyTextOf(article) },
    teasers: summarize(teasers),
    hiddenText: hidden.map((el) => el.textContent ?? '').join('\n'),
    claims: claims.map(({ paragraph: _p, start: _s, end: _e, ...claim }) => claim),
    ms,
    stageMs: timings,
  };
}

function readabilityFile(file: string, html: string) {
  const doc = parse(html);
  collectGarbage();
  const t0 = performance.now();
  const parsed = new Readability(doc).parse();
  const ms = performance.now() - t0;
  return {
    file,
    isArticle: Boolean(parsed),
    article: parsed
      ? {
          title: parsed.title ?? '',
          byline: parsed.byline ?? null,
          publishedAt: parsed.publishedTime ?? null,
          siteName: parsed.siteName ?? null,
          bodyText: parsed.textContent ?? '',
        }
      : null,
    teasers: [],
    hiddenText: '',
    claims: [],
    ms,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function main(argv: string[]): void {
  let readabilityOut: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--readability') readabilityOut = argv[++i] ?? null;
    else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write('usage: npm run analyze -- [--readability OUT.jsonl] PAGE.html[.gz]...\n');
    process.exit(2);
  }
  const readabilityLines: string[] = [];
  const ratios: number[] = [];
  const articleRatios: number[] = [];
  const rejectMs: number[] = [];
  for (const file of files) {
    let line: ReturnType<typeof analyzeFile>;
    let html: string;
    try {
      html = readPage(file);
      line = analyzeFile(file, html);
      closeDocuments();
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ file, error: String(error) })}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
    if (!line.isArticle) rejectMs.push(line.ms);
    if (readabilityOut) {
      const theirs = readabilityFile(file, html);
      closeDocuments();
      readabilityLines.push(JSON.stringify(theirs));
      // Issue 4's speed figure: detection, body and teasers (claims excluded) against Readability.
      const ours = line.stageMs ? line.stageMs.article + line.stageMs.teasers : line.ms;
      if (theirs.ms > 0) {
        ratios.push(ours / theirs.ms);
        if (line.isArticle) articleRatios.push(ours / theirs.ms);
      }
    }
  }
  if (rejectMs.length > 0) {
    process.stderr.write(
      `pages found not to be articles: ${rejectMs.length}, median ${median(rejectMs).toFixed(2)} ms in jsdom, whose DOM is JavaScript (the always-on check in a browser: npm run bench)\n`,
    );
  }
  if (readabilityOut) {
    writeFileSync(readabilityOut, `${readabilityLines.join('\n')}\n`);
    process.stderr.write(
      `time ratio (detection+body+teasers)/Readability: median ${median(ratios).toFixed(3)} over ${ratios.length} pages, ${median(articleRatios).toFixed(3)} over the ${articleRatios.length} found to be articles\n`,
    );
  }
}

main(process.argv.slice(2));
