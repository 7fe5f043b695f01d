import { detectArticle } from '../../../lib/article';
import { findTeasers, HIDDEN_ATTRIBUTE, hideTeasers } from '../../../lib/teasers';

/** Body paragraphs of the test article about Ukraine security guarantees. */
export const para = (i: number) =>
  `<p>Paragraph ${i}: Ukraine and its European allies discussed security guarantees with Zelensky in Kyiv, where Macron and Starmer promised troops.</p>`;
export const paras = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => para(i + from)).join('');

/** Story headlines unrelated to the test article, long enough to count as headlines anywhere. */
export const headline = [
  'Celebrity chef opens a new restaurant downtown tonight',
  'Local football club wins the cup final on penalties',
  'Best summer tomato recipes to make this weekend',
];

/** List items linking each title at a story-like address under `/prefix/`. */
export const items = (prefix: string, titles: string[]) =>
  titles
    .map(
      (t, i) =>
        `<li><a href="/${prefix}/${i}-${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`,
    )
    .join('');

/**
 * Builds a small article page around `body` (declared an article about Ukraine security
 * guarantees; `head` adds to its <head>), hides its teasers, and reports for a selector whether each match ended up hidden.
 */
export function runPage(body: string, head = '') {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.documentElement.innerHTML = `<head><meta property="og:type" content="article"><meta property="og:title" content="Europe offers Ukraine security guarantees">${head}</head><body>${body}</body>`;
  const article = detectArticle(doc);
  if (!article) throw new Error('not detected');
  hideTeasers(findTeasers(doc, article));
  const hidden = (sel: string) =>
    [...doc.querySelectorAll(sel)].map((el) => el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null);
  return { doc, article, hidden };
}
