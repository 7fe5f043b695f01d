import { type ArticleDetection, detectArticle } from './article';
import { findClaims } from './claims';
import type { Claim, Paragraph } from './model';
import { findTeasers, hideTeasers, type TeaserBlock } from './teasers';

/** Everything Sourcelight learns about one article page, with live elements for the content script. */
export interface PageAnalysis {
  article: ArticleDetection;
  paragraphs: Paragraph[];
  teasers: TeaserBlock[];
  hidden: Element[];
  claims: Claim[];
  /** Milliseconds spent in each stage, for the analyzer's speed figures. */
  timings: { article: number; teasers: number; claims: number };
}

export interface AnalysisOptions {
  hideTeasers: boolean;
  findClaims: boolean;
}

/** Runs detection, teaser hiding and claim finding; returns null (having changed nothing) on a non-article. */
export function analyzePage(doc: Document, options: AnalysisOptions): PageAnalysis | null {
  const t0 = performance.now();
  const article = detectArticle(doc);
  if (!article) return null;
  const detection = performance.now() - t0;
  const analysis = analyzeArticle(doc, article, options);
  analysis.timings.article = detection;
  return analysis;
}

/** Teaser hiding and claim finding on a page already found to be an article. */
export function analyzeArticle(
  doc: Document,
  article: ArticleDetection,
  options: AnalysisOptions,
): PageAnalysis {
  const paragraphs = article.blocks.map((b) => ({ text: b.text, kind: b.kind }));
  const t1 = performance.now();
  const teasers = options.hideTeasers ? findTeasers(doc, article) : [];
  const hidden = hideTeasers(teasers);
  const t2 = performance.now();
  const claims = options.findClaims ? findClaims(paragraphs) : [];
  const timings = { article: 0, teasers: t2 - t1, claims: performance.now() - t2 };
  return { article, paragraphs, teasers, hidden, claims, timings };
}

/** The article body as plain text, one block per line. */
export function bodyTextOf(article: ArticleDetection): string {
  return article.blocks.map((b) => b.text).join('\n');
}
