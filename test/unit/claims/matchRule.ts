/**
 * The claim match rule of shared/eval/score.py, ported so the corpus test measures what the
 * evaluation measures: two quotes match when the tokens they share are at least half of the
 * longer quote's tokens, one-to-one, best overlaps first; a speaker is right when one name
 * contains the other, lower-cased and without articles.
 */

export interface Scored {
  quote: string;
  speaker?: string | null;
  resolvedSpeaker?: string | null;
  sourceKind?: string;
}

const STOP = new Set('the a an of to in for on at by with and or de la le el da'.split(' '));

const tokens = (s: string | null | undefined) =>
  (s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens(s)) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function matchClaims<P extends Scored, G extends Scored>(pred: P[], gold: G[]): [G, P][] {
  const cands: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    const gt = counts(g.quote);
    const n = [...gt.values()].reduce((a, b) => a + b, 0) || 1;
    pred.forEach((p, pi) => {
      const pt = counts(p.quote);
      let common = 0;
      for (const [k, v] of gt) common += Math.min(v, pt.get(k) ?? 0);
      const cover = common / Math.max(n, [...pt.values()].reduce((a, b) => a + b, 0) || 1);
      if (cover >= 0.5) cands.push([cover, gi, pi]);
    });
  });
  cands.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, P][] = [];
  for (const [, gi, pi] of cands) {
    if (usedG.has(gi) || usedP.has(pi)) continue;
    usedG.add(gi);
    usedP.add(pi);
    pairs.push([gold[gi] as G, pred[pi] as P]);
  }
  return pairs;
}

const norm = (s: string) =>
  tokens(s)
    .filter((t) => !STOP.has(t))
    .join(' ');

export function speakerOk(pred: Scored, gold: Scored): boolean {
  const ps = [pred.speaker, pred.resolvedSpeaker].filter((x): x is string => !!x).map(norm);
  const gs = [gold.speaker, gold.resolvedSpeaker].filter((x): x is string => !!x).map(norm);
  return ps.some((p) => !!p && gs.some((g) => !!g && (p === g || g.includes(p) || p.includes(g))));
}
