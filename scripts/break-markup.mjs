/**
 * Broken-markup probe: writes a copy of each given page with a share of its `</div>` tags
 * dropped, so that the parser nests the rest of the page inside whatever box was left open.
 * The copies keep their page ids, so the analyzer's output on them is scored by
 * ../shared/eval/score.py against the same ground truth.
 *
 *   node scripts/break-markup.mjs OUT_DIR PAGE.html[.gz]...
 *   BREAK_SHARE (default 0.1): share of `</div>` tags dropped; BREAK_SEED (default 11).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SHARE = Number(process.env.BREAK_SHARE || 0.1);

/** A small seeded generator (mulberry32): the same seed drops the same tags on every run. */
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

function main([outDir, ...files]) {
  if (!outDir || files.length === 0) {
    process.stderr.write('usage: node scripts/break-markup.mjs OUT_DIR PAGE.html[.gz]...\n');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  const next = random(Number(process.env.BREAK_SEED || 11));
  for (const file of files) {
    const raw = readFileSync(file);
    const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
    const broken = html.replace(/<\/div>/gi, (tag) => (next() < SHARE ? '' : tag));
    writeFileSync(join(outDir, basename(file).replace(/\.gz$/, '')), broken);
  }
}

main(process.argv.slice(2));
