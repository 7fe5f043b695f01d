import { detectArticle } from '../../../lib/article';
import { findTeasers, HIDDEN_ATTRIBUTE, hideTeasers } from '../../../lib/teasers';

/** Body paragraphs of the test article about Ukraine security guarantees. */
export const para = (i: number) =>
  `<p>Paragraph ${i}: Ukraine and its European allies discussed security guarantees with Zelensky in Kyiv, where Macron and Starmer promised troops.</p>`;
export const paras = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => para(i + from)).join('');

/**
 * Builds a small article page around `body` (declared an article about Ukraine security
 * guarantees), hides its teasers, and reports for a selector whether each match ended up hidden.
 */
export function runPage(body: string) {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.documentElement.innerHTML = `<head><meta property="og:type" content="article"><meta property="og:title" content="Europe offers Ukraine security guarantees"></head><body>${body}</body>`;
  const article = detectArticle(doc);
  if (!article) throw new Error('not detected');
  hideTeasers(findTeasers(doc, article));
  const hidden = (sel: string) =>
    [...doc.querySelectorAll(sel)].map((el) => el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null);
  return { doc, article, hidden };
}
