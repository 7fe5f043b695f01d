import type { DeclaredKind } from './meta';
import type { Leaf, WalkResult } from './walk';

/**
 * Is this page an article? A page is one when its best container holds enough prose, and that
 * prose is not a grid of story cards (headline links with one-line excerpts, which is what news
 * fronts and listings look like). What the page declares about itself moves the bar: a page
 * that says it is an article needs less prose (paywalled and short pieces), one that says it is
 * a product, video or listing needs a lot more.
 */

export interface BodyStats {
  /** Unlinked characters of the body's prose paragraphs. */
  prose: number;
  paragraphs: number;
  /** Characters of link lists, headline links and stray labels inside the container. */
  noise: number;
  /** Headline links inside the container: story cards. */
  cards: number;
  /** <article> elements inside the container: a listing of posts. */
  articles: number;
  /** Code blocks inside the container: documentation. */
  code: number;
  /** Form controls inside the container: a shop or app screen. */
  controls: number;
}

export function bodyStats(walk: WalkResult, body: Leaf[]): BodyStats {
  let prose = 0;
  let paragraphs = 0;
  for (const leaf of body) {
    if (leaf.weight > 0) {
      prose += leaf.weight;
      paragraphs++;
    }
  }
  let noise = 0;
  let cards = 0;
  for (let i = walk.start; i < walk.end; i++) {
    const leaf = walk.leaves[i] as Leaf;
    if (leaf.weight < 0) noise -= leaf.weight;
    if (leaf.kind === 'heading' && leaf.weight < 0) cards++;
  }
  const container = walk.container;
  const count = (selector: string) => container?.querySelectorAll(selector).length ?? 0;
  return {
    prose,
    paragraphs,
    noise,
    cards,
    articles: count('article'),
    code: count('pre, code'),
    controls: count('input, select, button, textarea'),
  };
}

const MIN_PROSE: Record<DeclaredKind, number> = { article: 200, unknown: 500, other: 1500 };

/** Undeclared pages whose body container looks like a listing, documentation or a shop/app screen. */
function looksLikeOtherPage(stats: BodyStats): boolean {
  return stats.articles >= 3 || stats.code >= 8 || stats.controls >= 20;
}

/**
 * `signed`: an undeclared page that still signs its text as a piece (a byline or a publication
 * date, or the body inside an <article>); one or two paragraphs of clear prose are then enough.
 */
export function isArticlePage(stats: BodyStats, declared: DeclaredKind, signed = false): boolean {
  if (stats.prose < MIN_PROSE[declared]) return false;
  if (declared === 'article') {
    return stats.noise <= stats.prose && !(stats.cards >= 4 && stats.prose < stats.cards * 150);
  }
  if (stats.paragraphs < 3 && stats.prose < 1500 && !(signed && declared === 'unknown'))
    return false;
  // Story grids: many headline links, each with a short excerpt.
  if (stats.cards >= 4 && stats.prose < stats.cards * 400) return false;
  return stats.noise <= stats.prose * 0.5 && !looksLikeOtherPage(stats);
}
