import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article';

const paragraph = (i: number) =>
  `<p>Paragraph ${i}: European leaders met in Paris on Tuesday to discuss how troops could be deployed after a ceasefire, according to a diplomat who attended the talks.</p>`;

const related =
  '<h3>Related</h3><ul><li><a href="/a/one">One other story</a></li><li><a href="/a/two">Two other stories</a></li></ul>';

const DECLARATIONS = {
  ld: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Leaders discuss troops for Ukraine"}</script>',
  og: '<meta property="og:type" content="article">',
  none: '',
};

/**
 * A box of related links whose closing tag the page forgot: the parser nests the story body
 * inside the box, whose name says it is no body.
 */
function unclosedRelatedBox(declared: keyof typeof DECLARATIONS, paragraphs = 6) {
  const body = Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('');
  return new JSDOM(
    `<head>${DECLARATIONS[declared]}<title>Leaders discuss troops for Ukraine</title></head><body><div class="related-stories">${related}<div class="story-body">${body}</div></body>`,
  ).window.document;
}

describe('broken markup', () => {
  it('finds the body of a page declared an article though an unclosed box swallowed it', () => {
    const doc = unclosedRelatedBox('ld');
    const article = detectArticle(doc);
    expect(article?.blocks.length).toBe(6);
    expect(article?.body).toBe(doc.querySelector('.story-body'));
  });

  it('takes nothing from inside such a box on a page that declares no article', () => {
    expect(detectArticle(unclosedRelatedBox('none'))).toBeNull();
    expect(detectArticle(unclosedRelatedBox('none', 12))).toBeNull();
  });

  it('looks again on a page declared an article by og:type only when it holds a long run of prose', () => {
    const doc = unclosedRelatedBox('og', 12);
    expect(detectArticle(doc)?.body).toBe(doc.querySelector('.story-body'));
    // og:type article is also on live-score and forum pages, whose boxes hold short prose.
    expect(detectArticle(unclosedRelatedBox('og', 6))).toBeNull();
  });
});
