/**
 * Command-line analyzer: runs the content script's lib/ pipeline over saved pages and prints
 * one JSON line per file in the schema of ../shared/corpus/README.md, for eval/score.py.
 *
 *   npm run analyze -- [--readability FILE] [--runs N] PAGE.html[.gz]...
 *
 * --readability FILE also runs Readability.js on a fresh parse of each page and writes its
 * result in the same schema to FILE, so both can be scored by score.py in one run; the median
 * of per-page time ratios (our detection + body + teasers / Readability's parse) goes to
 * stderr. Each line's `stageMs` splits `ms` into article, teasers and claims. --runs N makes
 * the pass N times in fresh processes and gives each page the median of its times (runs.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ArticleMeta, Claim } from '../lib/model';
import { analyzePage, bodyTextOf } from '../lib/pipeline';
import { summarize } from '../lib/teasers';
import { type Failed, median, mergeRuns, type Pass, type StageMs } from './runs';

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

/** One line of the analyzer's output, in the corpus schema (`stageMs` on article pages only). */
interface PageLine {
  file: string;
  isArticle: boolean;
  article: (ArticleMeta & { bodyText: string }) | null;
  teasers: ReturnType<typeof summarize>;
  hiddenText: string;
  claims: Omit<Claim, 'paragraph' | 'start' | 'end'>[];
  ms: number;
  stageMs?: StageMs;
}

function analyzeFile(file: string, html: string): PageLine {
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

type OurLine = PageLine | Failed;
type TheirLine = ReturnType<typeof readabilityFile>;

/** One pass over the pages in this process, Readability.js run after ours on each page. */
function analyzeAll(files: string[], withReadability: boolean) {
  const ours: OurLine[] = [];
  const theirs: (TheirLine | null)[] = [];
  for (const file of files) {
    let html: string;
    try {
      html = readPage(file);
      ours.push(analyzeFile(file, html));
      closeDocuments();
    } catch (error) {
      ours.push({ file, error: String(error) });
      theirs.push(null);
      continue;
    }
    theirs.push(withReadability ? readabilityFile(file, html) : null);
    closeDocuments();
  }
  return { ours, theirs };
}

/** The speed figures to stderr: issue 4's ratio (claims excluded) and the cost on non-articles. */
function reportTimes(ours: OurLine[], theirs: (TheirLine | null)[] | null, label = ''): void {
  const ratios: number[] = [];
  const articleRatios: number[] = [];
  const rejectMs: number[] = [];
  ours.forEach((line, i) => {
    if ('error' in line) return;
    if (!line.isArticle) rejectMs.push(line.ms);
    const their = theirs?.[i];
    if (!their || their.ms <= 0) return;
    const mine = line.stageMs ? line.stageMs.article + line.stageMs.teasers : line.ms;
    ratios.push(mine / their.ms);
    if (line.isArticle) articleRatios.push(mine / their.ms);
  });
  if (rejectMs.length > 0) {
    process.stderr.write(
      `${label}pages found not to be articles: ${rejectMs.length}, median ${median(rejectMs).toFixed(2)} ms in jsdom, whose DOM is JavaScript (the always-on check in a browser: npm run bench)\n`,
    );
  }
  if (theirs) {
    process.stderr.write(
      `${label}time ratio (detection+body+teasers)/Readability: median ${median(ratios).toFixed(3)} over ${ratios.length} pages, ${median(articleRatios).toFixed(3)} over the ${articleRatios.length} found to be articles\n`,
    );
  }
}

/**
 * `--runs N`: the whole pass N times, each in a fresh process (so no run inherits another's
 * caches or compiled code), each page's times the median of its N runs. A single jsdom run
 * times the same page up to three times apart, for Readability as for us.
 */
function analyzeInRuns(files: string[], withReadability: boolean, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-analyze-'));
  const passes: Pass<PageLine, TheirLine>[] = [];
  for (let run = 0; run < runs; run++) {
    const out = join(dir, `run${run}.json`);
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1] as string,
        '--pass-to',
        out,
        ...(withReadability ? ['--readability', '-'] : []),
        ...files,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (child.status !== 0)
      throw new Error(`run ${run + 1} of ${runs} failed (exit ${child.status})`);
    const pass = JSON.parse(readFileSync(out, 'utf8')) as (typeof passes)[number];
    passes.push(pass);
    reportTimes(pass.ours, withReadability ? pass.theirs : null, `run ${run + 1}: `);
  }
  rmSync(dir, { recursive: true, force: true });
  return mergeRuns(passes);
}

function main(argv: string[]): void {
  let readabilityOut: string | null = null;
  let passTo: string | null = null;
  let runs = 1;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--readability') readabilityOut = argv[++i] ?? null;
    else if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg === '--pass-to') passTo = argv[++i] ?? null;
    else files.push(arg);
  }
  if (files.length === 0 || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write(
      'usage: npm run analyze -- [--readability OUT.jsonl] [--runs N] PAGE.html[.gz]...\n',
    );
    process.exit(2);
  }
  const withReadability = readabilityOut !== null;
  if (passTo) {
    // One of --runs' passes: both tools' lines go to the parent in one JSON file.
    writeFileSync(passTo, JSON.stringify(analyzeAll(files, withReadability)));
    return;
  }
  const { ours, theirs } =
    runs > 1 ? analyzeInRuns(files, withReadability, runs) : analyzeAll(files, withReadability);
  for (const line of ours) process.stdout.write(`${JSON.stringify(line)}\n`);
  if (readabilityOut) {
    const lines = theirs.filter((l): l is TheirLine => l !== null).map((l) => JSON.stringify(l));
    writeFileSync(readabilityOut, `${lines.join('\n')}\n`);
  }
  reportTimes(ours, withReadability ? theirs : null, runs > 1 ? `median of ${runs} runs: ` : '');
}

main(process.argv.slice(2));
