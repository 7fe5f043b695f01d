import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article';
import { findTeasers, HIDDEN_ATTRIBUTE, hideTeasers } from '../../../lib/teasers';

/** Real pages (test/fixtures/pages, see its README) with what must hold on each. */
interface PageCase {
  file: string;
  article: boolean;
  first?: string;
  last?: string;
  unrelated?: string[];
  bodyLinks?: string[];
  /** Least share of the labelled unrelated teaser links that must be hidden. */
  minHidden?: number;
}

const dir = resolve(__dirname, '../../fixtures/pages');
const cases: PageCase[] = JSON.parse(readFileSync(resolve(dir, 'cases.json'), 'utf8'));

function load(file: string): Document {
  const html = gunzipSync(readFileSync(resolve(dir, file))).toString('utf8');
  return new JSDOM(html).window.document;
}

const isHidden = (el: Element) => el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;

describe.each(cases)('$file', (page) => {
  const doc = load(page.file);
  const article = detectArticle(doc);

  it(page.article ? 'is detected as an article' : 'is not an article', () => {
    expect(article !== null).toBe(page.article);
  });

  if (!page.article || !article) return;
  const bodyText = article.blocks.map((b) => b.text).join('\n');
  const hidden = hideTeasers(findTeasers(doc, article));

  it('holds the first and last paragraph of the body', () => {
    expect(bodyText).toContain(page.first);
    expect(bodyText).toContain(page.last);
  });

  it('returns live, non-nested blocks under the body element', () => {
    for (const block of article.blocks) {
      expect(block.element.ownerDocument).toBe(doc);
      expect(article.body.contains(block.element)).toBe(true);
      expect(article.blocks.some((o) => o !== block && o.element.contains(block.element))).toBe(
        false,
      );
    }
  });

  it('never hides the body or links in its sentences', () => {
    for (const block of article.blocks) expect(isHidden(block.element)).toBe(false);
    for (const el of hidden) expect(el.contains(article.body)).toBe(false);
    const links = [...doc.querySelectorAll('a[href]')];
    for (const href of page.bodyLinks ?? []) {
      const anchors = links.filter((a) => a.getAttribute('href') === href);
      for (const a of anchors.filter((a) => article.body.contains(a)))
        expect(isHidden(a)).toBe(false);
    }
  });

  if (page.unrelated?.length) {
    it('hides the unrelated teaser links', () => {
      const hiddenHrefs = new Set(
        [...doc.querySelectorAll('a[href]')].filter(isHidden).map((a) => a.getAttribute('href')),
      );
      const share =
        (page.unrelated ?? []).filter((h) => hiddenHrefs.has(h)).length /
        (page.unrelated?.length ?? 1);
      expect(share).toBeGreaterThanOrEqual(page.minHidden ?? 0.5);
    });
  }
});
