import { describe, expect, it } from 'vitest';
import { formatShare, sourceName, summarizeClaims } from '../../../components/claimSummary';
import { claims } from './fixtures';

describe('summarizeClaims', () => {
  const summary = summarizeClaims(claims);

  it('groups by kind in the fixed order, skipping empty kinds', () => {
    expect(summary.groups.map((g) => g.kind)).toEqual([
      'person',
      'organization',
      'media',
      'anonymous',
      'unattributed',
    ]);
  });

  it('groups a kind by resolved speaker, most claims first', () => {
    const people = summary.groups[0];
    expect(people?.sources.map((s) => [s.name, s.claims.map((c) => c.id)])).toEqual([
      ['Volodymyr Zelensky', ['c1', 'c2']],
      ['Anna Berg', ['c3']],
    ]);
    expect(people?.claimCount).toBe(3);
  });

  it('counts distinct sources, anonymous ones included, unattributed not', () => {
    expect(summary.claimCount).toBe(8);
    // Zelensky, Berg, the ministry, Reuters, "officials", "a senior diplomat".
    expect(summary.sourceCount).toBe(6);
  });

  it('computes the share of anonymous or unattributed claims', () => {
    expect(summary.weakShare).toBeCloseTo(3 / 8);
    expect(formatShare(summary.weakShare)).toBe('38%');
    expect(summarizeClaims([]).weakShare).toBe(0);
  });

  it('names sources case-insensitively and falls back when there is no speaker', () => {
    const shouting = { ...claims[2], id: 'x', resolvedSpeaker: 'ANNA BERG' } as (typeof claims)[0];
    const people = summarizeClaims([claims[2] as (typeof claims)[0], shouting]).groups[0];
    expect(people?.sources).toHaveLength(1);
    expect(sourceName(claims[7] as (typeof claims)[0])).toBe('No source given');
    expect(sourceName({ ...(claims[5] as (typeof claims)[0]), speaker: null })).toBe(
      'Unnamed source',
    );
  });

  const said = (id: string, speaker: string, resolvedSpeaker = speaker) =>
    ({ ...claims[0], id, speaker, resolvedSpeaker }) as (typeof claims)[0];
  const sources = (list: (typeof claims)[0][]) =>
    summarizeClaims(list).groups[0]?.sources.map((s) => [s.name, s.claims.map((c) => c.id)]);

  it('lists one person named more or less fully as one source, under the fullest name', () => {
    expect(
      sources([
        said('a', 'Trump'),
        said('b', 'The president', 'President Trump'),
        said('c', 'US President Donald Trump'),
        said('d', 'Colby', 'Elbridge Colby, the Defence Undersecretary for Policy'),
        said('e', 'Mr. Colby'),
        said('f', 'Vindman and Williams'),
        said('g', 'Williams', 'Jennifer Williams'),
      ]),
    ).toEqual([
      ['US President Donald Trump', ['a', 'b', 'c']],
      ['Elbridge Colby, the Defence Undersecretary for Policy', ['d', 'e']],
      ['Jennifer Williams', ['g']],
      ['Vindman and Williams', ['f']],
    ]);
  });

  it('keeps a bare surname apart when two people carry it', () => {
    expect(
      sources([
        said('a', 'Donald Trump'),
        said('b', 'Ivanka Trump'),
        said('c', 'Trump'),
        said('d', 'The president', 'President Trump'),
      ]),
    ).toEqual([
      ['President Trump', ['c', 'd']],
      ['Donald Trump', ['a']],
      ['Ivanka Trump', ['b']],
    ]);
  });

  it('names a person by the name most of the claims use, then by the fullest', () => {
    expect(
      sources([
        said('a', 'Mr. Trump', 'President Trump'),
        said('b', 'The cabinet members gathered around Mr. Trump'),
        said('c', 'Trump', 'President Trump'),
      ]),
    ).toEqual([['President Trump', ['a', 'b', 'c']]]);
  });

  it('joins a body named more or less fully, never anonymous sources', () => {
    const as = (id: string, speaker: string, sourceKind: (typeof claims)[0]['sourceKind']) =>
      ({ ...said(id, speaker), sourceKind }) as (typeof claims)[0];
    const groups = summarizeClaims([
      as('a', 'the Taliban', 'organization'),
      as('b', 'The Afghan Taliban', 'organization'),
      as('c', 'the US military', 'organization'),
      as('d', 'officials within the Pentagon', 'anonymous'),
      as('e', 'sources at the Pentagon', 'anonymous'),
    ]).groups;
    expect(groups.map((g) => [g.kind, g.sources.map((s) => s.claims.map((c) => c.id))])).toEqual([
      ['organization', [['a', 'b'], ['c']]],
      ['anonymous', [['d'], ['e']]],
    ]);
  });
});
