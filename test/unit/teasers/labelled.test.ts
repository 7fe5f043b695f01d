import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article';
import { findTeasers, hideTeasers, summarize } from '../../../lib/teasers';

// Labelled Zyte pages (see test/fixtures/teasers/README.md), scored as eval/score.py does.
interface Labels {
  blocks: { kind: string; links: { href: string; topicRelated: boolean }[] }[];
  bodyLinks: string[];
}

const dir = resolve(__dirname, '../../fixtures/teasers');

function score(id: string) {
  const html = gunzipSync(readFileSync(resolve(dir, `${id}.html.gz`))).toString('utf8');
  const labels = JSON.parse(readFileSync(resolve(dir, `${id}.labels.json`), 'utf8')) as Labels;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = detectArticle(doc);
  if (!article) throw new Error(`${id} not detected`);
  const blocks = findTeasers(doc, article);
  hideTeasers(blocks);
  const hidden = new Set(
    summarize(blocks).flatMap((b) => b.links.filter((l) => l.hidden).map((l) => l.href)),
  );
  const links = labels.blocks.filter((b) => b.kind !== 'promo').flatMap((b) => b.links);
  const unrelated = links.filter((l) => !l.topicRelated);
  const related = links.filter((l) => l.topicRelated);
  const bodyHidden = labels.bodyLinks.filter((href) =>
    [...hidden].some((h) => h !== '' && href.endsWith(h)),
  );
  return {
    hideRecall: unrelated.filter((l) => hidden.has(l.href)).length / unrelated.length,
    keepRate: related.length
      ? related.filter((l) => !hidden.has(l.href)).length / related.length
      : 1,
    bodyHidden,
  };
}

describe('teasers on labelled pages', () => {
  it.each([
    // id, hide recall floor, keep rate floor (the figures reached, rounded down)
    ['b37be353', 1, 1],
    ['8b194530', 1, 1],
    ['65bf3048', 0.84, 1],
    ['b3c19dd5', 0.7, 1],
    ['9ebb3af6', 0.93, 0.66],
  ])('%s hides at least %f of unrelated links and keeps %f of related ones', (id, recall, keep) => {
    const result = score(id);
    expect(result.hideRecall).toBeGreaterThanOrEqual(recall);
    expect(result.keepRate).toBeGreaterThanOrEqual(keep);
    expect(result.bodyHidden).toEqual([]);
  });
});
