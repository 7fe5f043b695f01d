/**
 * The analyzer's `--runs N` merge: N passes over the same pages, in fresh processes, become one
 * output whose findings are those every pass agreed on and whose times are each page's median.
 */

export interface StageMs {
  article: number;
  teasers: number;
  claims: number;
}

/** What the merge reads of a line: the rest must be the same in every pass. */
export interface Timed {
  file: string;
  ms: number;
  stageMs?: StageMs;
}

export interface Failed {
  file: string;
  error: string;
}

export interface Pass<Ours extends Timed, Theirs extends Timed> {
  ours: (Ours | Failed)[];
  /** Readability.js's line for each of `ours`, null where it was not run. */
  theirs: (Theirs | null)[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const findings = ({ ms: _m, stageMs: _s, ...rest }: Timed) => JSON.stringify(rest);

/** Each page's line from every pass that analyzed it; throws if two passes found different things. */
function samePage<Line extends Timed>(lines: (Line | Failed | null | undefined)[]): Line[] {
  const done = lines.filter((l): l is Line => !!l && !('error' in l));
  const first = done[0];
  if (first && done.some((l) => findings(l) !== findings(first)))
    throw new Error(`${first.file}: the runs found different things`);
  return done;
}

function mergePage<Line extends Timed>(lines: Line[]): Line {
  const [first] = lines as [Line];
  const stage = (key: keyof StageMs) =>
    median(lines.flatMap((l) => (l.stageMs ? [l.stageMs[key]] : [])));
  return {
    ...first,
    ms: median(lines.map((l) => l.ms)),
    ...(first.stageMs
      ? {
          stageMs: {
            article: stage('article'),
            teasers: stage('teasers'),
            claims: stage('claims'),
          },
        }
      : {}),
  };
}

export function mergeRuns<Ours extends Timed, Theirs extends Timed>(
  passes: Pass<Ours, Theirs>[],
): Pass<Ours, Theirs> {
  const [first] = passes as [Pass<Ours, Theirs>];
  return {
    ours: first.ours.map((line, i) => {
      if ('error' in line) return line;
      return mergePage(samePage(passes.map((p) => p.ours[i])));
    }),
    theirs: first.theirs.map((line, i) =>
      line ? mergePage(samePage(passes.map((p) => p.theirs[i]))) : null,
    ),
  };
}
