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
}

export interface AnalysisOptions {
  hideTeasers: boolean;
  findClaims: boolean;
}

/** Runs detection, teaser hiding and claim finding; returns null (having changed nothing) on a non-article. */
export function analyzePage(doc: Document, options: AnalysisOptions): PageAnalysis | null {
  const article = detectArticle(doc);
  if (!article) return null;
  const paragraphs = article.blocks.map((b) => ({ text: b.text, kind: b.kind }));
  const teasers = options.hideTeasers ? findTeasers(doc, article) : [];
  const hidden = hideTeasers(teasers);
  const claims = options.findClaims ? findClaims(paragraphs) : [];
  return { article, paragraphs, teasers, hidden, claims };
}

/** The article body as plain text, one block per line. */
export function bodyTextOf(article: ArticleDetection): string {
  return article.blocks.map((b) => b.text).join('\n');
}
