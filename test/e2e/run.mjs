import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { browserPath, CHROME_BUILD, FIREFOX_BUILD, requireBuild } from './support/browsers.mjs';

/**
 * Runs the end-to-end suite once per browser, one after the other (each launch takes most of a
 * core), and prints the time each took. `node test/e2e/run.mjs firefox` runs one browser only.
 * Assumes the extension is built (`npm test` builds first).
 */
const BROWSERS = { chromium: CHROME_BUILD, firefox: FIREFOX_BUILD };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BROWSERS);

try {
  for (const name of wanted) {
    if (!(name in BROWSERS)) throw new Error(`unknown browser "${name}"; use chromium or firefox`);
    browserPath(name);
    requireBuild(BROWSERS[name]);
  }
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}

const results = wanted.map((name) => {
  const started = Date.now();
  const { status, stdout } = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=spec', join(import.meta.dirname, `${name}.test.mjs`)],
    { stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  process.stdout.write(stdout);
  const count = (word) => Number(stdout.match(new RegExp(`ℹ ${word} (\\d+)`))?.[1] ?? 0);
  return {
    name,
    ok: status === 0,
    passed: count('pass'),
    // A run that died before reporting counts as one failure.
    failed: count('fail') || (status === 0 ? 0 : 1),
    seconds: (Date.now() - started) / 1000,
  };
});

console.log('\ne2e summary');
for (const r of results)
  console.log(`  ${r.name.padEnd(9)} ${r.ok ? 'pass' : 'FAIL'}  ${r.seconds.toFixed(1)} s`);
const total = (key) => results.reduce((n, r) => n + r[key], 0);
console.log(`e2e: ${total('passed')} passed, ${total('failed')} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
