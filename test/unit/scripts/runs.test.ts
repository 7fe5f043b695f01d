import { describe, expect, it } from 'vitest';
import { median, mergeRuns, type Pass, type Timed } from '../../../scripts/runs';

interface Line extends Timed {
  isArticle: boolean;
}

const page = (file: string, ms: number, article?: number): Line => ({
  file,
  isArticle: article !== undefined,
  ms,
  ...(article !== undefined ? { stageMs: { article, teasers: ms - article, claims: 0 } } : {}),
});

const pass = (ours: Pass<Line, Line>['ours'], theirs: Pass<Line, Line>['theirs']) => ({
  ours,
  theirs,
});

describe('mergeRuns', () => {
  it('gives each page the median of its times, stage by stage, for both tools', () => {
    const merged = mergeRuns([
      pass([page('a', 30, 10), page('b', 2)], [page('a', 90), page('b', 40)]),
      pass([page('a', 10, 4), page('b', 9)], [page('a', 50), page('b', 20)]),
      pass([page('a', 12, 8), page('b', 3)], [page('a', 70), page('b', 30)]),
    ]);
    // Stage by stage: article 10, 4, 8 and teasers 20, 6, 4.
    expect(merged.ours[0]).toEqual({
      file: 'a',
      isArticle: true,
      ms: 12,
      stageMs: { article: 8, teasers: 6, claims: 0 },
    });
    expect(merged.ours[1]).toEqual(page('b', 3));
    expect(merged.theirs.map((l) => l?.ms)).toEqual([70, 30]);
  });

  it('keeps a page that failed in the first pass as failed, and a page Readability did not run as null', () => {
    const merged = mergeRuns([
      pass([{ file: 'a', error: 'broken' }, page('b', 4)], [null, null]),
      pass([{ file: 'a', error: 'broken' }, page('b', 6)], [null, null]),
    ]);
    expect(merged.ours).toEqual([{ file: 'a', error: 'broken' }, page('b', 5)]);
    expect(merged.theirs).toEqual([null, null]);
  });

  it('stops when two passes found different things on a page', () => {
    expect(() =>
      mergeRuns([pass([page('a', 5, 1)], [null]), pass([page('a', 5)], [null])]),
    ).toThrow(/a: the runs found different things/);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
