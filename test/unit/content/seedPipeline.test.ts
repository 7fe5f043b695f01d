import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorsFor, highlightClaims } from '@/entrypoints/content/highlights';
import { analyzePage, type PageAnalysis } from '@/lib/pipeline';
import { matchClaims, speakerOk } from '../claims/matchRule';

/**
 * The whole content-script path on the demo page (test/fixtures/seed.html, built from
 * shared/corpus/seed/article.txt), with its claim labels (test/fixtures/seed-claims.json, a copy
 * of shared/corpus/labels/claims/seed.json): what the analyzer reports is what the page shows.
 */
const html = readFileSync(resolve(__dirname, '../../fixtures/seed.html'), 'utf8');
const gold = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/seed-claims.json'), 'utf8'))
  .claims as { quote: string; speaker: string; resolvedSpeaker: string }[];

const TRAILER = [
  'DC under federal control',
  'Sri Lanka Is Always A Threat',
  'Strictly Come Dancing',
  'Donald Trump just admitted',
  'Obstacles from Andhra Pradesh',
];

const isHidden = (el: Element) => el.closest('[data-sourcelight-hidden]') !== null;

describe('the seed page through the content-script pipeline', () => {
  let analysis: PageAnalysis;

  beforeEach(() => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      html,
      'text/html',
    ).documentElement.innerHTML;
    const result = analyzePage(document, { hideTeasers: true, findClaims: true });
    if (!result) throw new Error('the seed page was not detected as an article');
    analysis = result;
  });

  it('hides the five trailer headlines and nothing of the article, navigation or in-body links', () => {
    const links = [...document.querySelectorAll('a')];
    for (const headline of TRAILER) {
      const link = links.find((a) => a.textContent?.includes(headline));
      expect(link, headline).toBeDefined();
      expect(isHidden(link as Element), headline).toBe(true);
    }
    for (const a of document.querySelectorAll('header a, nav a, footer a')) {
      expect(isHidden(a), a.textContent ?? '').toBe(false);
    }
    for (const p of analysis.article.blocks) expect(isHidden(p.element)).toBe(false);
    const inBody = links.filter((a) => analysis.article.body.contains(a));
    expect(inBody.length).toBeGreaterThan(0);
    for (const a of inBody) expect(isHidden(a), a.textContent ?? '').toBe(false);
  });

  it('finds at least 13 of the 15 labelled claims with the right sources', () => {
    const pairs = matchClaims(analysis.claims, gold);
    expect(pairs.length).toBeGreaterThanOrEqual(13);
    expect(pairs.filter(([g, p]) => speakerOk(p, g)).length).toBeGreaterThanOrEqual(13);
  });

  it('wraps each claim quote in a focusable mark holding exactly the quote', () => {
    const placed = highlightClaims(
      analysis.article,
      analysis.claims,
      anchorsFor(analysis.paragraphs, analysis.claims),
    );
    expect(placed.every((p) => p.marks.length > 0)).toBe(true);
    for (const p of placed) {
      const text = p.marks.map((m) => m.textContent).join('');
      expect(text.replace(/\s+/g, ' ')).toBe(p.claim.quote);
      expect(p.anchor.exact).toBe(p.claim.quote);
      expect(p.marks.every((m) => m.tabIndex === 0)).toBe(true);
    }
    expect(document.querySelectorAll('mark[data-sourcelight-claim]').length).toBeGreaterThanOrEqual(
      placed.length,
    );
  });
});
