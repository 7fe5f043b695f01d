/**
 * What the browser benchmark injects into each page: our detection as the content script runs
 * it (the screen, the gate and the body), teaser finding, and Readability.js for comparison,
 * each timed on its first call the way the content script would meet the page; then claim
 * finding, which the article runtime also runs, timed last so that it warms nothing the ratio
 * depends on.
 */
import { Readability } from '@mozilla/readability';
import { detectInBrowser, passesScreen, quickReject } from '../../lib/article';
import { findClaims } from '../../lib/claims';
import { findTeasers, hideTeasers, showTeasers } from '../../lib/teasers';

function run() {
  const t0 = performance.now();
  const article = detectInBrowser(document);
  const t1 = performance.now();
  if (article) hideTeasers(findTeasers(document, article));
  const t2 = performance.now();
  // Readability mutates the document it reads, so it gets a copy, made after our timing: a copy
  // made first would set up the page's DOM bindings (a document's wrapper, its prototypes) before
  // our first call, which the content script meets cold (0.4 ms of the always-on check's median in
  // one run over the non-articles).
  // Our hiding is undone first, so Readability reads the page as served.
  showTeasers(document);
  const copy = document.cloneNode(true) as Document;
  const t3 = performance.now();
  const parsed = new Readability(copy).parse();
  const t4 = performance.now();
  if (article) findClaims(article.blocks.map((b) => ({ text: b.text, kind: b.kind })));
  const t5 = performance.now();
  // Checked last, as it warms the page: the screen must pass every page the gate passes.
  const screenedOut = !passesScreen(document) && !quickReject(document);
  return {
    isArticle: article !== null,
    detectMs: t1 - t0,
    teasersMs: t2 - t1,
    readabilityMs: t4 - t3,
    claimsMs: t5 - t4,
    readabilityFound: parsed !== null,
    screenedOut,
  };
}

Object.assign(globalThis, { __sourcelightBench: run });
