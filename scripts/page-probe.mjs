/**
 * Page probes: write a copy of each given page with one thing about it changed, to see how much
 * detection, the body and the teasers lean on it. The copies keep their page ids, so the
 * analyzer's output on them is scored by ../shared/eval/score.py as the originals are.
 *
 *   node scripts/page-probe.mjs tag|strip|unname OUT_DIR PAGE.html[.gz]...
 *
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

const probes = {
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
      'usage: node scripts/page-probe.mjs tag|strip|unname OUT_DIR PAGE.html[.gz]...\n',
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
