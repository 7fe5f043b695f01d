/**
 * Page probes: write a copy of each given page with one thing about it changed, to see how much
 * detection, the body and the teasers lean on it. The copies keep their page ids, so the
 * analyzer's output on them is scored by ../shared/eval/score.py as the originals are.
 *
 *   node scripts/page-probe.mjs break|tag|strip|unname OUT_DIR PAGE.html[.gz]...
 *
 * break: a share of the `</div>` tags dropped, so that the parser nests the rest of the page
 *      inside whatever box was left open. BREAK_SHARE (default 0.1): share dropped; BREAK_SEED
 *      (default 11): the same seed drops the same tags on every run.
 * tag: og:type set to "article", as sites that set it on every page (home pages included) do;
 *      run it on the non-articles.
 * strip: JSON-LD, og:type and microdata types removed, as on a site that declares nothing; run
 *      it on the articles.
 * unname: every class and id attribute removed, as on sites whose build hashes its class names
 *      ("css-1q2w3e"): what is left is the markup's structure and its text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const OG_TYPE = /<meta\b[^>]*\b(?:property|name)\s*=\s*["']?og:type\b[^>]*>/gi;
const JSON_LD = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json\b[^>]*>[\s\S]*?<\/script>/gi;
const ITEMTYPE = /\sitemtype\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const NAMES = /(<[a-z][^>]*?)\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const HEAD_START = /<head\b[^>]*>/i;
const TAGGED = '<meta property="og:type" content="article">';

/** A small seeded generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BREAK_SHARE = Number(process.env.BREAK_SHARE || 0.1);
// One sequence over all the pages of a run, in the order given.
const nextBreak = random(Number(process.env.BREAK_SEED || 11));

const probes = {
  break: (html) => html.replace(/<\/div>/gi, (tag) => (nextBreak() < BREAK_SHARE ? '' : tag)),
  tag: (html) => {
    const untyped = html.replace(OG_TYPE, '');
    return HEAD_START.test(untyped)
      ? untyped.replace(HEAD_START, (head) => head + TAGGED)
      : TAGGED + untyped;
  },
  strip: (html) => html.replace(JSON_LD, '').replace(OG_TYPE, '').replace(ITEMTYPE, ''),
  // Twice: a tag with both attributes loses one per pass (the matches may not overlap).
  unname: (html) => html.replace(NAMES, '$1').replace(NAMES, '$1'),
};

function main([mode, outDir, ...files]) {
  const probe = probes[mode];
  if (!probe || !outDir || files.length === 0) {
    process.stderr.write(
      'usage: node scripts/page-probe.mjs break|tag|strip|unname OUT_DIR PAGE.html[.gz]...\n',
    );
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const raw = readFileSync(file);
    const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    writeFileSync(join(outDir, basename(file).replace(/\.gz$/, '')), probe(html));
  }
}

main(process.argv.slice(2));
