import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/claims';
import type { Paragraph } from '../../../lib/model';
import { matchClaims, type Scored, speakerOk } from './matchRule';

/** One labelled page of test/fixtures: its body paragraphs and its gold claims. */
export interface LabelledPage {
  id: string;
  paragraphs: Paragraph[];
  gold: Scored[];
}

/** What the engine reached on a page when its floor was set. */
export interface Floor {
  matched: number;
  speakers: number;
  kinds: number;
  predicted: number;
}

export interface Targets {
  precision: number;
  recall: number;
  speakers: number;
  kinds: number;
}

export function loadPages(folder: string): LabelledPage[] {
  const dir = resolve(__dirname, '../../fixtures', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as LabelledPage);
}

export function scorePage(page: LabelledPage) {
  const claims = findClaims(page.paragraphs);
  const pairs = matchClaims(claims, page.gold);
  return {
    claims,
    matched: pairs.length,
    speakers: pairs.filter(([g, p]) => speakerOk(p, g)).length,
    kinds: pairs.filter(([g, p]) => g.sourceKind === p.sourceKind).length,
  };
}

/**
 * The table-driven regression test over a folder of labelled pages: per-page floors (a change
 * that loses a matched claim, a right speaker or kind, or adds a false claim fails), the
 * overall figures, and exact offsets.
 */
export function checkLabelledPages(
  title: string,
  pages: LabelledPage[],
  floors: Record<string, Floor>,
  targets: Targets,
): void {
  describe(title, () => {
    it('has a floor for every page', () => {
      expect(pages.map((p) => p.id.slice(0, 8)).sort()).toEqual(Object.keys(floors).sort());
    });

    for (const page of pages) {
      const key = page.id.slice(0, 8);
      it(`keeps its figures on ${key}`, () => {
        const floor = floors[key];
        const got = scorePage(page);
        expect(got.matched).toBeGreaterThanOrEqual(floor?.matched ?? Number.POSITIVE_INFINITY);
        expect(got.speakers).toBeGreaterThanOrEqual(floor?.speakers ?? Number.POSITIVE_INFINITY);
        expect(got.kinds).toBeGreaterThanOrEqual(floor?.kinds ?? Number.POSITIVE_INFINITY);
        expect(got.claims.length - got.matched).toBeLessThanOrEqual(
          (floor?.predicted ?? 0) - (floor?.matched ?? 0),
        );
      });
    }

    it('reaches its targets over all pages together', () => {
      let gold = 0;
      let predicted = 0;
      let matched = 0;
      let speakers = 0;
      let kinds = 0;
      for (const page of pages) {
        const got = scorePage(page);
        gold += page.gold.length;
        predicted += got.claims.length;
        matched += got.matched;
        speakers += got.speakers;
        kinds += got.kinds;
      }
      expect(matched / predicted).toBeGreaterThanOrEqual(targets.precision);
      expect(matched / gold).toBeGreaterThanOrEqual(targets.recall);
      expect(speakers / matched).toBeGreaterThanOrEqual(targets.speakers);
      expect(kinds / matched).toBeGreaterThanOrEqual(targets.kinds);
    });

    it('gives offsets whose slice is the quote', () => {
      for (const page of pages) {
        for (const c of findClaims(page.paragraphs)) {
          expect(page.paragraphs[c.paragraph]?.text.slice(c.start, c.end)).toBe(c.quote);
        }
      }
    });
  });
}
