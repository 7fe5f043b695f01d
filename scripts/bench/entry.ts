/**
 * What the browser benchmark injects into each page: our detection as the content script runs
 * it (the screen, the gate and the body), teaser finding, and Readability.js for comparison,
 * each timed on its first call the way the content script would meet the page; then claim
 * finding, which the article runtime also runs, timed last. Readability runs in a page of its
 * own, cold too.
 */
import { Readability } from '@mozilla/readability';
import { detectInBrowser, passesScreen, quickReject } from '../../lib/article';
import { findClaims } from '../../lib/claims';
import { findTeasers, hideTeasers } from '../../lib/teasers';

function run() {
  const t0 = performance.now();
  const article = detectInBrowser(document);
  const t1 = performance.now();
  if (article) hideTeasers(findTeasers(document, article));
  const t2 = performance.now();
  if (article) findClaims(article.blocks.map((b) => ({ text: b.text, kind: b.kind })));
  const t3 = performance.now();
  // Checked last, as it warms the page: the screen must pass every page the gate passes.
  const screenedOut = !passesScreen(document) && !quickReject(document);
  return {
    isArticle: article !== null,
    detectMs: t1 - t0,
    teasersMs: t2 - t1,
    claimsMs: t3 - t2,
    screenedOut,
  };
}

/**
 * Readability.js, timed in a fresh page of its own: run after our code in the same page, it
 * found the engine warmed by us (regular expressions, DOM bindings, heap), and whichever of
 * the two ran first paid for that.
 */
function runReadability() {
  const t0 = performance.now();
  const parsed = new Readability(document).parse();
  return { readabilityMs: performance.now() - t0, readabilityFound: parsed !== null };
}

Object.assign(globalThis, { __sourcelightBench: run, __readabilityBench: runReadability });
