import { bareName, sameName } from '../lib/claims/personNames';
import type { PageClaim } from '../lib/messages';
import type { SourceKind } from '../lib/model';
import { KIND_ORDER } from './kinds';

export interface SourceClaims {
  name: string;
  claims: PageClaim[];
}

export interface KindGroup {
  kind: SourceKind;
  sources: SourceClaims[];
  claimCount: number;
}

export interface ClaimSummary {
  claimCount: number;
  /** Distinct named or anonymous sources; unattributed claims have no source to count. */
  sourceCount: number;
  /** Share (0 to 1) of claims from anonymous or unattributed sources. */
  weakShare: number;
  groups: KindGroup[];
}

/** What a source is called in the popup: who the speaker turned out to be, if we know. */
export function sourceName(claim: PageClaim): string {
  const name = claim.resolvedSpeaker ?? claim.speaker;
  if (name) return name;
  return claim.sourceKind === 'unattributed' ? 'No source given' : 'Unnamed source';
}

/**
 * Kinds whose sources have names. Anonymous sources have none to tell them apart: "officials
 * within the Pentagon" and "sources at the Pentagon" may be other people.
 */
const NAMED = new Set<SourceKind>(['person', 'organization', 'media']);

/** The name joined sources go by: the one most of their claims use, then the fullest. */
const byUse = (a: SourceClaims, b: SourceClaims) =>
  b.claims.length - a.claims.length || b.name.length - a.name.length;

/**
 * The sources that are one person or body named more or less fully ("Trump", "President Trump",
 * "US President Donald Trump"; "the Taliban", "the Afghan Taliban"), as one source. A short name
 * that could be either of two ("Trump" beside "Donald Trump" and "Melania Trump") stays apart.
 */
function mergeNamed(sources: SourceClaims[], order: Map<PageClaim, number>): SourceClaims[] {
  const names = new Map(sources.map((s) => [s, bareName(s.name)]));
  const known = [...new Set(names.values())].filter((n): n is string => n !== null);
  const fullest = known.filter((n) => !known.some((o) => o.length > n.length && sameName(o, n)));
  const members = new Map<string, SourceClaims[]>();
  for (const source of sources) {
    const name = names.get(source) ?? null;
    const fuller = name ? fullest.filter((n) => sameName(n, name)) : [];
    const key = fuller.length === 1 ? `=${fuller[0]}` : name ? `=${name}` : source.name;
    members.set(key, [...(members.get(key) ?? []), source]);
  }
  const at = (c: PageClaim) => order.get(c) ?? 0;
  return [...members.values()].map((group) => ({
    name: (group.sort(byUse)[0] as SourceClaims).name,
    claims: group.flatMap((s) => s.claims).sort((a, b) => at(a) - at(b)),
  }));
}

/** Claims grouped by kind (in KIND_ORDER), then by source (most claims first), in page order. */
export function summarizeClaims(claims: PageClaim[]): ClaimSummary {
  const byKind = new Map<SourceKind, Map<string, SourceClaims>>();
  for (const claim of claims) {
    const sources = byKind.get(claim.sourceKind) ?? new Map<string, SourceClaims>();
    byKind.set(claim.sourceKind, sources);
    const name = sourceName(claim);
    const key = name.toLocaleLowerCase();
    const source = sources.get(key) ?? { name, claims: [] };
    source.claims.push(claim);
    sources.set(key, source);
  }
  const order = new Map(claims.map((c, i) => [c, i]));
  const groups = KIND_ORDER.flatMap((kind): KindGroup[] => {
    const sources = byKind.get(kind);
    if (!sources) return [];
    const joined = NAMED.has(kind)
      ? mergeNamed([...sources.values()], order)
      : [...sources.values()];
    const list = joined.sort(
      (a, b) => b.claims.length - a.claims.length || a.name.localeCompare(b.name),
    );
    return [{ kind, sources: list, claimCount: list.reduce((n, s) => n + s.claims.length, 0) }];
  });
  const weak = claims.filter(
    (c) => c.sourceKind === 'anonymous' || c.sourceKind === 'unattributed',
  );
  return {
    claimCount: claims.length,
    sourceCount: groups
      .filter((g) => g.kind !== 'unattributed')
      .reduce((n, g) => n + g.sources.length, 0),
    weakShare: claims.length === 0 ? 0 : weak.length / claims.length,
    groups,
  };
}

export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;
