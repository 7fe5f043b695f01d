import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/claims';
import type { Paragraph } from '../../../lib/model';
import { matchClaims, type Scored, speakerOk } from './matchRule';

/**
 * Regression floors on the labelled corpus pages (test/fixtures/claims: the paragraphs of each
 * page's human-checked body text and its claim labels, see each file's `source`). Each figure is
 * what the engine reached when the floor was set: a change that loses a matched claim, a right
 * speaker or a right source kind, or that adds a false claim, fails here.
 */
const FLOORS: Record<
  string,
  { matched: number; speakers: number; kinds: number; predicted: number }
> = {
  '08f79376': { matched: 23, speakers: 23, kinds: 23, predicted: 24 },
  '264dc3ae': { matched: 23, speakers: 23, kinds: 23, predicted: 23 },
  '39d5c43b': { matched: 12, speakers: 12, kinds: 12, predicted: 12 },
  '65408257': { matched: 25, speakers: 25, kinds: 25, predicted: 25 },
  '6ebac05f': { matched: 13, speakers: 12, kinds: 13, predicted: 13 },
  '702d1da6': { matched: 29, speakers: 29, kinds: 29, predicted: 32 },
  '7916ecca': { matched: 11, speakers: 11, kinds: 11, predicted: 11 },
  '7a457a4f': { matched: 13, speakers: 11, kinds: 11, predicted: 14 },
  '7f93c194': { matched: 13, speakers: 13, kinds: 12, predicted: 13 },
  '8267acac': { matched: 33, speakers: 33, kinds: 33, predicted: 34 },
  '833caf3b': { matched: 25, speakers: 25, kinds: 25, predicted: 25 },
  a6968f42: { matched: 13, speakers: 13, kinds: 13, predicted: 13 },
  b6906ca0: { matched: 21, speakers: 21, kinds: 21, predicted: 22 },
  bd673bd7: { matched: 13, speakers: 13, kinds: 13, predicted: 13 },
  c58aa507: { matched: 54, speakers: 54, kinds: 54, predicted: 55 },
  c90731f0: { matched: 24, speakers: 24, kinds: 24, predicted: 24 },
  d0382c0d: { matched: 13, speakers: 13, kinds: 13, predicted: 13 },
  d1c57d78: { matched: 24, speakers: 24, kinds: 24, predicted: 24 },
  eb62ac84: { matched: 27, speakers: 26, kinds: 26, predicted: 27 },
  ef4e67b6: { matched: 15, speakers: 13, kinds: 13, predicted: 16 },
  seed: { matched: 15, speakers: 15, kinds: 15, predicted: 16 },
};

interface Fixture {
  id: string;
  paragraphs: Paragraph[];
  gold: Scored[];
}

const dir = resolve(__dirname, '../../fixtures/claims');
const pages: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Fixture);

const score = (page: Fixture) => {
  const claims = findClaims(page.paragraphs);
  const pairs = matchClaims(claims, page.gold);
  return {
    claims,
    matched: pairs.length,
    speakers: pairs.filter(([g, p]) => speakerOk(p, g)).length,
    kinds: pairs.filter(([g, p]) => g.sourceKind === p.sourceKind).length,
  };
};

describe('claims on the labelled corpus', () => {
  it('has a floor for every labelled page', () => {
    expect(pages.map((p) => p.id.slice(0, 8)).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const page of pages) {
    const key = page.id.slice(0, 8);
    it(`keeps its figures on ${key}`, () => {
      const floor = FLOORS[key];
      const got = score(page);
      expect(got.matched).toBeGreaterThanOrEqual(floor?.matched ?? Number.POSITIVE_INFINITY);
      expect(got.speakers).toBeGreaterThanOrEqual(floor?.speakers ?? Number.POSITIVE_INFINITY);
      expect(got.kinds).toBeGreaterThanOrEqual(floor?.kinds ?? Number.POSITIVE_INFINITY);
      expect(got.claims.length - got.matched).toBeLessThanOrEqual(
        (floor?.predicted ?? 0) - (floor?.matched ?? 0),
      );
    });
  }

  it('reaches the targets over all pages together', () => {
    let gold = 0;
    let predicted = 0;
    let matched = 0;
    let speakers = 0;
    let kinds = 0;
    for (const page of pages) {
      const got = score(page);
      gold += page.gold.length;
      predicted += got.claims.length;
      matched += got.matched;
      speakers += got.speakers;
      kinds += got.kinds;
    }
    expect(matched / predicted).toBeGreaterThanOrEqual(0.95);
    expect(matched / gold).toBeGreaterThanOrEqual(0.92);
    expect(speakers / matched).toBeGreaterThanOrEqual(0.92);
    expect(kinds / matched).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the seed article at least 13 of its 15 claims with the right speakers', () => {
    const seed = pages.find((p) => p.id === 'seed');
    expect(seed).toBeDefined();
    if (seed) expect(score(seed).speakers).toBeGreaterThanOrEqual(13);
  });

  it('gives offsets whose slice is the quote', () => {
    for (const page of pages) {
      for (const c of findClaims(page.paragraphs)) {
        expect(page.paragraphs[c.paragraph]?.text.slice(c.start, c.end)).toBe(c.quote);
      }
    }
  });
});
