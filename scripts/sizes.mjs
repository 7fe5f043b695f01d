/**
 * Size budget report: the built script that runs on every page, the article runtime loaded
 * only on articles (it holds the overlay), and the extension pages, minified and gzipped.
 * Run after `npm run build`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// 21 kB until the twelfth session: phrase and class-word lists in place of long patterns, which
// cost a cold page more to compile than they take in bytes, added 0.45 kB. Following in-page
// navigations (a site that swaps its story without loading a page) and second looks at a page
// that renders or re-renders its story late added 1.4 kB in the fourteenth. Holding pages that
// only og:type calls articles to a higher bar, listings of microdata posts, and telling a
// listing of posts by how its prose is shared among them added 0.4 kB in the fifteenth. Turning
// away forum threads and question pages, those that declare themselves (0.13 kB) and threads
// told by their posts' links to members (0.52 kB), added 0.65 kB in the seventeenth. The
// screen, which asks the gate's questions by XPath so that no element of a page it turns away
// reaches script (a millisecond in Chromium), added 2.0 kB in the eighteenth. Widening the body
// only to prose after the headline (not to an alert bar above it) added 74 B in the twenty-first,
// and measuring pages titled in Chinese, Japanese or Korean by what their characters say, with
// dates written year first, 0.36 kB more; asking such pages the screen's questions (with their
// lengths divided) instead of leaving them to the gate, 0.19 kB; inline "Read also:" lead-ins
// in Russian, Italian, Polish, Chinese, Japanese and Korean, 0.21 kB (each CJK character is a
// six-byte escape in the bundle). Leaving a site's front page ("/", "/en/") unread, a list of
// stories however much prose it shows, added 0.12 kB in the twenty-second.
const BUDGET = { 'content-scripts/content.js': 27_200 };
const root = process.argv[2] ?? '.output/chrome-mv3';

function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

let over = false;
for (const file of files(root).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(root, file));
  const gz = gzipSync(code, { level: 9 }).length;
  const budget = BUDGET[file];
  const flag = budget && code.length > budget ? `  OVER BUDGET (${budget} B)` : '';
  over ||= Boolean(flag);
  console.log(
    `${file.padEnd(40)} ${String(code.length).padStart(8)} B min  ${String(gz).padStart(7)} B gzip${flag}`,
  );
}
process.exitCode = over ? 1 : 0;
