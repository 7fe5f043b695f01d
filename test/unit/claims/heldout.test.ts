import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/claims';
import type { Paragraph } from '../../../lib/model';
import { matchClaims, type Scored, speakerOk } from './matchRule';

/**
 * Floors on six zyte pages the engine was not first tuned on (test/fixtures/claims-heldout: the
 * paragraphs of each page's ground-truth body, labelled by hand for this project, see each file's
 * `source` and `notes`). Before any change for them the engine reached P 0.883, R 0.831; the
 * general fixes made after studying their errors brought it to the floors below, so these pages
 * are no longer held out: they guard those fixes against regressions.
 */
const FLOORS: Record<
  string,
  { matched: number; speakers: number; kinds: number; predicted: number }
> = {
  '06e5123e': { matched: 10, speakers: 10, kinds: 10, predicted: 10 },
  '7a664e40': { matched: 32, speakers: 32, kinds: 32, predicted: 33 },
  '7de52419': { matched: 21, speakers: 21, kinds: 20, predicted: 22 },
  '961bd85c': { matched: 6, speakers: 6, kinds: 6, predicted: 6 },
  ea25dd7e: { matched: 22, speakers: 22, kinds: 21, predicted: 22 },
  eecd2575: { matched: 16, speakers: 16, kinds: 16, predicted: 16 },
};

interface Fixture {
  id: string;
  paragraphs: Paragraph[];
  gold: Scored[];
}

const dir = resolve(__dirname, '../../fixtures/claims-heldout');
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

describe('claims on the held-out pages', () => {
  it('has a floor for every held-out page', () => {
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

  it('stays near the labelled pages’ figures over all held-out pages together', () => {
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
    expect(matched / predicted).toBeGreaterThanOrEqual(0.97);
    expect(matched / gold).toBeGreaterThanOrEqual(0.9);
    expect(speakers / matched).toBeGreaterThanOrEqual(0.98);
    expect(kinds / matched).toBeGreaterThanOrEqual(0.97);
  });

  it('gives offsets whose slice is the quote', () => {
    for (const page of pages) {
      for (const c of findClaims(page.paragraphs)) {
        expect(page.paragraphs[c.paragraph]?.text.slice(c.start, c.end)).toBe(c.quote);
      }
    }
  });
});
