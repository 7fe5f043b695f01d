import { lengthOf } from '../text/density';
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
  /** What else the container holds, counted only if the verdict gets that far. */
  contents: () => ContainerContents;
}

export interface ContainerContents {
  /** <article> elements sharing the body's prose: a listing of posts. */
  articles: number;
  /** Code blocks: documentation. */
  code: number;
  /** Form controls: a shop or app screen. */
  controls: number;
  /** The container sits in a form that holds little else: terms to agree to, instructions. */
  form: boolean;
  /** The body opens in one of several posts, each signed by a member: a forum thread. */
  thread: boolean;
}

/**
 * Links to a member's page as forum software writes them (memberlist.php?mode=viewprofile,
 * member.php?u=1, /members/name.1/, index.php?action=profile, /profile/1-name/, /u/name), not
 * stories whose address holds the word ("new-member-area", "high-profile-case"). Not /user/
 * either: Drupal sites link /user/login on every page and bylines to /user/12.
 */
const MEMBER_LINK = [
  'member.php',
  'memberlist.php',
  '/members/',
  '/member/',
  '=profile',
  '/profile/',
  '/u/',
]
  .map((path) => `a[href*="${path}"]`)
  .join();
const THREAD_POSTS = 3;

/**
 * Whether the box the body's first paragraph sits in, or one around it, links to a member's
 * page and is one of at least THREAD_POSTS boxes of one parent, of the same tag, that each do:
 * the opening post of a thread, however long, answered by the others. The body's container may
 * be that post's text alone, so the search goes above it, up to the box holding the headline
 * (`h1`): a thread's title sits above its posts, and a story under its headline with readers'
 * comments beside it, or a page's regions that each link to a log-in page, are no such boxes.
 */
function opensThread(first: Element | undefined, h1: Element | null): boolean {
  const boxes: Element[] = [];
  for (let box = first; box?.parentElement && !(h1 && box.contains(h1)); box = box.parentElement)
    boxes.push(box);
  // Most pages link to no member in the highest box at all: one search of it settles them.
  if (!boxes.at(-1)?.querySelector(MEMBER_LINK)) return false;
  for (const box of boxes) {
    if (!box.querySelector(MEMBER_LINK)) continue;
    let posts = 0;
    for (let el = box.parentElement?.firstElementChild; el; el = el.nextElementSibling)
      if (el.tagName === box.tagName && el.querySelector(MEMBER_LINK)) posts++;
    if (posts >= THREAD_POSTS) return true;
  }
  return false;
}

/**
 * The <article> elements inside the container among which the body's prose is shared, when no
 * one of them (nor the text outside them) holds half of it: one post each in a listing; on an
 * article page the story holds most of it, whatever cards of related stories sit beside it.
 */
function postsSharing(body: Leaf[], container: Element | null, prose: number): number {
  const shares = new Map<Element | null, number>();
  for (const leaf of body) {
    if (leaf.weight <= 0) continue;
    const found = leaf.element.closest('article');
    // contains(null) is false: prose outside every post is counted under null.
    const post = found !== container && container?.contains(found) ? found : null;
    const share = (shares.get(post) ?? 0) + leaf.weight;
    if (share >= prose / 2) return 0;
    shares.set(post, share);
  }
  shares.delete(null);
  return shares.size;
}

/** The text of the form around the container, in Latin characters (lengthOf) as prose is. */
function formLength(container: Element | null): number {
  const form = container?.closest('form');
  return form ? lengthOf(form.ownerDocument)(form.textContent ?? '') : Infinity;
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
  let contents: ContainerContents | null = null;
  return {
    prose,
    paragraphs,
    noise,
    cards,
    contents: () => {
      contents ??= {
        articles: postsSharing(body, container, prose),
        code: count('pre,code'),
        controls: count('input,select,button,textarea'),
        form: formLength(container) < prose * 2,
        thread: opensThread(body.find((leaf) => leaf.weight > 0)?.element, walk.h1),
      };
      return contents;
    },
  };
}

/**
 * A 'tagged' page is judged as an 'article' or an 'unknown' one (isArticlePage). A page the
 * gate let through that declares a discussion does so only in microdata deep inside it, as a
 * story's comments may: that says nothing of the page, which is judged as an 'unknown' one.
 */
const MIN_PROSE: Record<Exclude<DeclaredKind, 'tagged' | 'discussion'>, number> = {
  article: 200,
  unknown: 500,
  other: 1500,
};

/**
 * An undeclared page that does not sign its text either (no declared date, no <article>) needs this much
 * prose: a product or landing page has a few paragraphs of copy and no date.
 */
const UNSIGNED_PROSE = 1000;

/**
 * A body container that looks like a listing, documentation, a shop/app screen, a form's own text
 * (a registration page's terms) or a forum thread, on a page whose structured data does not call
 * it an article. A site built on one page-wide form (ASP.NET) has its menus and footer in it too,
 * far more text.
 */
function looksLikeOtherPage(stats: BodyStats): boolean {
  const { articles, code, controls, form, thread } = stats.contents();
  return articles >= 3 || code >= 8 || controls >= 20 || form || thread;
}

/**
 * `signed`: the page signs its text as a piece (a publication date it declares, a dateline, or
 * the body inside an <article>). An undeclared page so signed needs only one or two paragraphs of clear
 * prose. A page tagged an article by og:type alone is held to the article bar only when signed,
 * and even then not when its container looks like a listing, docs or a shop: with og:type set
 * on every page of a site, a home page's one promo paragraph would otherwise be its "article".
 */
export function isArticlePage(stats: BodyStats, declared: DeclaredKind, signed = false): boolean {
  if (declared === 'discussion') return isArticlePage(stats, 'unknown', signed);
  if (declared === 'tagged')
    return signed
      ? isArticlePage(stats, 'article') && !looksLikeOtherPage(stats)
      : isArticlePage(stats, 'unknown');
  if (stats.prose < (declared === 'unknown' && !signed ? UNSIGNED_PROSE : MIN_PROSE[declared]))
    return false;
  if (declared === 'article') {
    return stats.noise <= stats.prose && !(stats.cards >= 4 && stats.prose < stats.cards * 150);
  }
  if (stats.paragraphs < 3 && stats.prose < 1500 && !(signed && declared === 'unknown'))
    return false;
  // Story grids: many headline links, each with a short excerpt.
  if (stats.cards >= 4 && stats.prose < stats.cards * 400) return false;
  return stats.noise <= stats.prose * 0.5 && !looksLikeOtherPage(stats);
}

/** 'discussion', judged as 'unknown', gives no verdict of its own. */
const KINDS: DeclaredKind[] = ['article', 'tagged', 'unknown', 'other'];

/**
 * The verdict for a page whose declared kind may cost a walk to read: when the page would be
 * judged the same whatever it declares, the declaration is never read.
 */
export function decideArticle(
  stats: BodyStats,
  declared: () => DeclaredKind,
  forFree: boolean,
  signed: boolean,
): boolean {
  if (forFree) return isArticlePage(stats, declared(), signed);
  const verdicts = KINDS.map((kind) => isArticlePage(stats, kind, signed));
  if (verdicts.every((v) => v === verdicts[0])) return verdicts[0] as boolean;
  return isArticlePage(stats, declared(), signed);
}
