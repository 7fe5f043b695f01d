import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article';

const paragraph = (i: number) =>
  `<p>Paragraph ${i}: European leaders met in Paris on Tuesday to discuss how troops could be deployed after a ceasefire, according to a diplomat who attended the talks.</p>`;

const related =
  '<h3>Related</h3><ul><li><a href="/a/one">One other story</a></li><li><a href="/a/two">Two other stories</a></li></ul>';

/**
 * A box of related links whose closing tag the page forgot: the parser nests the story body
 * inside the box, whose name says it is no body.
 */
function unclosedRelatedBox(ld: boolean) {
  const head = ld
    ? '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Leaders discuss troops for Ukraine"}</script>'
    : '';
  const body = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('');
  return new JSDOM(
    `<head>${head}<title>Leaders discuss troops for Ukraine</title></head><body><div class="related-stories">${related}<div class="story-body">${body}</div></body>`,
  ).window.document;
}

describe('broken markup', () => {
  it('finds the body of a page declared an article though an unclosed box swallowed it', () => {
    const doc = unclosedRelatedBox(true);
    const article = detectArticle(doc);
    expect(article?.blocks.length).toBe(6);
    expect(article?.body).toBe(doc.querySelector('.story-body'));
  });

  it('takes nothing from inside such a box on a page that declares no article', () => {
    expect(detectArticle(unclosedRelatedBox(false))).toBeNull();
  });
});
