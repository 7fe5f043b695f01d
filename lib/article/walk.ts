import type { ParagraphKind } from '../model';
import { lengthOf } from '../text/density';
import { memoByString } from '../text/memo';
import { type CardEvidence, isCardLike, MIN_HEADLINE_CHARS, repeatedCards } from './cards';
import { boilerplateName, hiddenAs, isSkippedTag } from './prune';

/**
 * One pass over the page that finds its leaf text blocks (paragraph-like elements with no block
 * inside) and the container holding the most prose net of link lists and stray labels. Each leaf
 * gets a weight: prose counts its unlinked characters, link lists and headline links count
 * against, so the best container is the smallest subtree where the article's paragraphs
 * outweigh everything around them (the maximum-sum subtree).
 */

export interface Leaf {
  element: Element;
  kind: ParagraphKind;
  /**
   * Visible characters, approximately: whitespace-trimmed text node lengths, in Latin
   * characters (lengthOf).
   */
  chars: number;
  linkChars: number;
  /** Ends like a sentence (., !, ?, closing quote): tells prose from labels. */
  sentence: boolean;
  weight: number;
  /** Inside a boilerplate-named box (share bar, related box, comments). */
  boilerplate: boolean;
  /** A table row of plain cells: data (results, figures), short by nature but not a label. */
  row: boolean;
}

export interface WalkResult {
  leaves: Leaf[];
  /** Best container and the range of `leaves` inside it. */
  container: Element | null;
  start: number;
  end: number;
  score: number;
  /** The first <h1> the walk entered (none inside skipped chrome such as a page <header>). */
  h1: Element | null;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'CENTER',
  'SUMMARY',
]);

const SENTENCE_END = /[.!?…:;"'”’»)\]。！？」』]/;

/** A run of inline text this long beside block children makes the parent one block (text laid out with <br>). */
const MIXED_INLINE_CHARS = 80;

/** Prose (net characters) above which a box with a weak boilerplate name is taken for a page wrapper. */
const WRAPPER_PROSE = 500;

interface Candidate {
  element: Element;
  score: number;
  start: number;
  end: number;
}

interface Stat extends CardEvidence {
  chars: number;
  /** Linked characters before the first unlinked text. */
  lead: number;
  linkChars: number;
  hasBlock: boolean;
  hasH1: boolean;
  score: number;
  best: Candidate | null;
}

const better = (a: Candidate | null, b: Candidate | null) =>
  b && (!a || b.score > a.score) ? b : a;

function kindOf(tag: string, inQuote: boolean, inFigure: boolean): ParagraphKind {
  if (inFigure || tag === 'FIGCAPTION') return 'caption';
  if (inQuote) return 'quote';
  if (tag.length === 2 && tag.charAt(0) === 'H' && tag !== 'HR') return 'heading';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  return 'text';
}

export function weigh(
  leaf: Pick<Leaf, 'chars' | 'linkChars' | 'kind' | 'sentence' | 'row'>,
): number {
  const { chars: t, linkChars: l } = leaf;
  if (t === 0) return 0;
  const density = l / t;
  if (leaf.kind === 'heading') return density > 0.5 ? -t : 0;
  // A sentence-ending paragraph dense with links (sources and names linked in the text) is
  // prose all the same when enough of it is unlinked; a link list never has that much.
  if (density > 0.5) return leaf.sentence && t - l >= LINKED_PROSE ? t - l : -t;
  if (leaf.kind === 'caption') return 0;
  if (t >= 80 || (t >= 30 && leaf.sentence)) return t - l;
  return leaf.row ? 0 : -Math.min(t, 30) / 2;
}

/**
 * Captions laid out without <figure>/<figcaption> ("wp-caption", "image__caption",
 * "caption-text"): a class word that ends in "caption", on the element itself.
 */
const CAPTION_CLASS =
  /(?:^|\s)(?:[\w-]*[-_])?caption(?:[-_]+(?:text|full|truncated|content|inner|wrap|wrapper))?(?=\s|$)/;

const captionByClass = memoByString((cls) => {
  // The substring test first: the pattern's first run is costly, and few classes name captions.
  const lower = cls.toLowerCase();
  return lower.includes('caption') && CAPTION_CLASS.test(lower);
});

function isCaptionClass(cls: string | null): boolean {
  return !!cls && captionByClass(cls);
}

const NO_TEXT = {
  chars: 0,
  linkChars: 0,
  lead: 0,
  score: 0,
  best: null,
  prose: 0,
  proseLeaves: 0,
  headline: false,
};

/**
 * Net prose an element must add to its best descendant to take its place when it adds nothing
 * before it: a newsletter line or a teaser excerpt after the article is no reason to take the
 * whole page for its container, but a standfirst before it is the article's first paragraph.
 */
const WIDEN_GAIN = 300;
const WIDEN_SHARE = 0.1;

/** Unlinked characters that make a link-dense leaf prose all the same. */
const LINKED_PROSE = 100;

/** Table cells holding only inline content are parts of their row, which is the leaf. */
const CELL_TAGS = new Set(['TD', 'TH']);

/** A page's own address, without its query and fragment ("about:blank" for a document made in memory). */
const addressOf = (url: URL) => url.origin + url.pathname;

/**
 * Whether a link goes to a place on the page itself ("#post-3", or the page's own address with
 * a fragment, as a live blog links each update): it takes the reader nowhere else.
 */
function linksHere(href: string | null, base: string, here: string): boolean {
  if (!href) return false;
  if (href.charAt(0) === '#') return true;
  if (!href.includes('#')) return false;
  try {
    return addressOf(new URL(href, base)) === here;
  } catch {
    return false;
  }
}

/**
 * `readNames` false: boilerplate class names count for nothing, for a second look at a page
 * whose body an unclosed box (a sidebar named "related") swallowed.
 */
export function walkBody(root: Element, readNames = true): WalkResult {
  const leaves: Leaf[] = [];
  let lastChar = '';
  let h1: Element | null = null;
  const base = root.ownerDocument.baseURI;
  const here = addressOf(new URL(root.ownerDocument.URL));
  // Not querySelector: jsdom's takes a millisecond a page to find it.
  const firstH1 = root.getElementsByTagName('h1')[0];
  const lengthIn = lengthOf(root.ownerDocument);

  const visit = (
    el: Element,
    tag: string,
    inLink: boolean,
    inQuote: boolean,
    inFigure: boolean,
  ): Stat => {
    // Each DOM read is a binding call, and a cold one in the content script: read once here.
    const cls = el.hasAttributes() ? el.getAttribute('class') : null;
    const start = leaves.length;
    // A live blog's update headlines link to the updates themselves: no links away.
    const link = inLink || (tag === 'A' && !linksHere(el.getAttribute('href'), base, here));
    const quote = inQuote || tag === 'BLOCKQUOTE';
    const figure = inFigure || tag === 'FIGURE' || isCaptionClass(cls);
    let chars = 0;
    let linkChars = 0;
    let inlineChars = 0;
    let hasBlock = false;
    let score = 0;
    let hasH1 = tag === 'H1';
    if (hasH1) h1 ??= el;
    let best: Candidate | null = null;
    let lead = 0;
    let leading = true;
    let prose = 0;
    let proseLeaves = 0;
    let headline = link && (tag === 'IMG' || tag === 'PICTURE');
    let cards:
      | { element: Element; score: number; prose: number; start: number; end: number }[]
      | null = null;
    // Most elements hold text only: read it in one call instead of touching each text node
    // (every node the walk touches costs a wrapper object on a cold page).
    const textOnly = el.firstElementChild === null ? (el.textContent ?? '').trim() : null;
    if (textOnly) {
      chars = lengthIn(textOnly);
      inlineChars = chars;
      if (link) {
        linkChars = chars;
        lead = chars;
      } else leading = false;
      lastChar = textOnly.charAt(textOnly.length - 1);
    }
    for (let node = textOnly === null ? el.firstChild : null; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const data = (node as Text).data.trim();
        if (data.length === 0) continue;
        const length = lengthIn(data);
        chars += length;
        inlineChars += length;
        if (link) linkChars += length;
        if (leading) {
          if (link) lead += length;
          else leading = false;
        }
        lastChar = data.charAt(data.length - 1);
      } else if (node.nodeType === 1) {
        const child = node as Element;
        const childTag = child.tagName.toUpperCase();
        if (isSkippedTag(childTag)) continue;
        // Kept from screen readers but shown: skipped as an icon or a decorative copy is, unless
        // it holds the headline: the page's wrapper, hidden so while a dialog is open (or an ad
        // box left unclosed around the story). Holding an <h1>, such a box is never inside a
        // body block, whose text (skipInBody) leaves every aria-hidden element out. One native
        // search spares the walk of every icon and menu so hidden.
        const hidden = hiddenAs(child);
        if (hidden === 'view' || (hidden === 'aria' && !child.querySelector('h1'))) continue;
        const childStart = leaves.length;
        const h1Before = h1;
        const lastCharBefore = lastChar;
        const s = visit(child, childTag, link, quote, figure);
        // The headline may sit in chrome the walk skips.
        if (hidden === 'aria' && !s.hasH1) {
          leaves.length = childStart;
          h1 = h1Before;
          lastChar = lastCharBefore;
          continue;
        }
        if (isCardLike(s)) {
          cards ??= [];
          cards.push({
            element: child,
            score: s.score,
            prose: s.prose,
            start: childStart,
            end: leaves.length,
          });
        }
        if (leading) {
          lead += s.lead;
          if (s.lead < s.chars) leading = false;
        }
        prose += s.prose;
        proseLeaves += s.proseLeaves;
        if (s.headline) headline = true;
        chars += s.chars;
        if (s.hasH1) hasH1 = true;
        best = better(best, s.best);
        linkChars += s.linkChars;
        score += s.score;
        if (s.hasBlock) hasBlock = true;
        else inlineChars += s.chars;
      }
    }
    if (cards) {
      // A grid of story cards is not prose: its excerpts neither count for a container nor
      // go into the body.
      for (const card of repeatedCards(el, cards)) {
        for (let i = card.start; i < card.end; i++) (leaves[i] as Leaf).boilerplate = true;
        if (card.score > 0) score -= card.score;
        prose -= card.prose;
      }
    }
    const isBlockTag = BLOCK_TAGS.has(tag) && !(CELL_TAGS.has(tag) && !hasBlock);
    const leafHere =
      (isBlockTag && !hasBlock) ||
      (hasBlock && inlineChars >= MIXED_INLINE_CHARS && inlineChars * 3 >= chars);
    if (leafHere && chars > 0) {
      leaves.length = start;
      const leaf = {
        element: el,
        kind: kindOf(tag, quote, figure),
        chars,
        linkChars,
        sentence: SENTENCE_END.test(lastChar),
        boilerplate: false,
        row: tag === 'TR',
      };
      const weight = weigh(leaf);
      leaves.push({ ...leaf, weight });
      score = weight;
      prose = Math.max(weight, 0);
      proseLeaves = weight > 0 ? 1 : 0;
      if (
        (lead >= MIN_HEADLINE_CHARS && lead < chars) ||
        (linkChars >= MIN_HEADLINE_CHARS && linkChars * 2 > chars)
      )
        headline = true;
    }
    const stat = {
      chars,
      linkChars,
      hasBlock: hasBlock || isBlockTag,
      hasH1,
      score,
      best,
      lead,
      prose,
      proseLeaves,
      headline,
    };
    // A boilerplate-named box (comments, related stories) is neither the body nor part of it.
    // Page wrappers get such names too ("ad-margins", "widget-wrap"), but they hold the headline
    // or, for the weaker names, more prose than a sidebar box ever does.
    const named = hasH1 || !readNames ? null : boilerplateName(el, tag, cls);
    if (named === 'strong' || (named === 'weak' && score < WRAPPER_PROSE)) {
      for (let i = start; i < leaves.length; i++) (leaves[i] as Leaf).boilerplate = true;
      // Inline (a hover card inside a paragraph), it is no part of its paragraph's text either.
      if (!stat.hasBlock) return { ...stat, ...NO_TEXT };
      return { ...stat, score: Math.min(score, 0), best: null };
    }
    if (leaves.length > start && score > 0 && (!best || widens(score - best.score, start, best))) {
      stat.best = { element: el, score, start, end: leaves.length };
    }
    return stat;
  };

  /** Whether an element that adds `gain` to its best descendant takes its place. */
  const widens = (gain: number, start: number, best: Candidate) => {
    if (gain <= 0) return false;
    if (gain > Math.min(WIDEN_GAIN, best.score * WIDEN_SHARE)) return true;
    // Only a small gain needs the look back (done for every element, it would cost a large page).
    for (let i = start; i < best.start; i++) {
      const leaf = leaves[i] as Leaf;
      // A standfirst follows the headline: prose above it (an alert bar, a site's banner) is no
      // reason to widen the body to the page wrapper (2: DOCUMENT_POSITION_PRECEDING).
      if (
        leaf.weight > 0 &&
        !leaf.boilerplate &&
        !(firstH1 && firstH1.compareDocumentPosition(leaf.element) & 2)
      )
        return true;
    }
    return false;
  };

  const top = visit(root, root.tagName.toUpperCase(), false, false, false).best;
  return top
    ? { leaves, container: top.element, start: top.start, end: top.end, score: top.score, h1 }
    : { leaves, container: null, start: 0, end: 0, score: 0, h1 };
}
