import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The analyzer's `--runs N` wiring (scripts/analyze.ts; the merge itself is runs.test.ts): N
 * passes in fresh processes, merged into one output with the findings of a single run.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = join(ROOT, 'test/fixtures/seed.html');
const dir = mkdtempSync(join(tmpdir(), 'analyze-runs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return {
    lines: run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    stderr: run.stderr,
  };
}

const withoutTimes = ({ ms: _m, stageMs: _s, ...rest }: Record<string, unknown>) => rest;

describe('analyzer --runs', () => {
  it('reports each run, then one merged line per page with the same findings as a single run', () => {
    const single = analyze([SEED]).lines;
    const theirsFile = join(dir, 'readability.jsonl');
    const { lines, stderr } = analyze(['--runs', '2', '--readability', theirsFile, SEED]);
    expect(lines).toHaveLength(1);
    expect(withoutTimes(lines[0])).toEqual(withoutTimes(single[0]));
    expect(lines[0].stageMs.article).toBeGreaterThan(0);
    for (const run of [1, 2]) expect(stderr).toContain(`run ${run}: time ratio`);
    expect(stderr).toMatch(/median of 2 runs: time ratio .* median \d\.\d{3} over 1 pages/);
    const theirs = readFileSync(theirsFile, 'utf8').trim().split('\n');
    expect(theirs).toHaveLength(1);
    expect(JSON.parse(theirs[0] as string).ms).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a run count that is not a positive whole number', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), '--runs', '0', SEED],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage');
  }, 30_000);
});
