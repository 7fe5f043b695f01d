import { describe, expect, it } from 'vitest';
import { checkLabelledPages, type Floor, loadPages, scorePage } from './labelledPages';

/**
 * Regression floors on the labelled corpus pages (test/fixtures/claims: the paragraphs of each
 * page's human-checked body text and its claim labels, see each file's `source`). Each figure is
 * what the engine reached when the floor was set: a change that loses a matched claim, a right
 * speaker or a right source kind, or that adds a false claim, fails here.
 */
const FLOORS: Record<string, Floor> = {
  '08f79376': { matched: 24, speakers: 24, kinds: 24, predicted: 24 },
  '264dc3ae': { matched: 23, speakers: 23, kinds: 23, predicted: 23 },
  '39d5c43b': { matched: 12, speakers: 12, kinds: 12, predicted: 12 },
  '65408257': { matched: 25, speakers: 25, kinds: 25, predicted: 25 },
  '6ebac05f': { matched: 14, speakers: 13, kinds: 14, predicted: 14 },
  '702d1da6': { matched: 30, speakers: 30, kinds: 30, predicted: 33 },
  '7916ecca': { matched: 11, speakers: 11, kinds: 11, predicted: 11 },
  '7a457a4f': { matched: 13, speakers: 11, kinds: 11, predicted: 14 },
  '7f93c194': { matched: 14, speakers: 14, kinds: 13, predicted: 14 },
  '8267acac': { matched: 33, speakers: 33, kinds: 33, predicted: 34 },
  '833caf3b': { matched: 28, speakers: 28, kinds: 28, predicted: 28 },
  a6968f42: { matched: 13, speakers: 13, kinds: 13, predicted: 13 },
  b6906ca0: { matched: 23, speakers: 23, kinds: 23, predicted: 23 },
  bd673bd7: { matched: 14, speakers: 14, kinds: 14, predicted: 14 },
  c58aa507: { matched: 54, speakers: 54, kinds: 54, predicted: 54 },
  c90731f0: { matched: 25, speakers: 25, kinds: 25, predicted: 25 },
  d0382c0d: { matched: 14, speakers: 14, kinds: 14, predicted: 14 },
  d1c57d78: { matched: 24, speakers: 24, kinds: 24, predicted: 24 },
  eb62ac84: { matched: 27, speakers: 26, kinds: 26, predicted: 27 },
  ef4e67b6: { matched: 15, speakers: 13, kinds: 13, predicted: 16 },
  seed: { matched: 15, speakers: 15, kinds: 15, predicted: 16 },
};

const pages = loadPages('claims');

checkLabelledPages('claims on the labelled corpus', pages, FLOORS, {
  precision: 0.95,
  recall: 0.95,
  speakers: 0.92,
  kinds: 0.85,
});

describe('the seed article', () => {
  it('gives at least 13 of its 15 claims with the right speakers', () => {
    const seed = pages.find((p) => p.id === 'seed');
    expect(seed).toBeDefined();
    if (seed) expect(scorePage(seed).speakers).toBeGreaterThanOrEqual(13);
  });
});
