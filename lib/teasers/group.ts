import { type ArticleDetection, type BodyBlock, isInlineTeaser } from '../article';
import { isHeadingLike } from '../text/headingLike';
import { scriptPattern } from '../text/latin1';
import { hasTeaserName, headingOf, isTeaserCard, isTeaserHeading, kindOf } from './labels';
import type { TeaserLinkItem } from './links';
import type { PageFacts } from './page';
import { headedRuns } from './runs';

/**
 * Whether the items sharing a parent make a teaser block, and which element it is: the parent
 * widened to take in its heading. Where the block sits decides what it needs to count:
 * - beside the article: two headline items, or a heading and one, or two items of any kind
 *   under a teaser heading ("Most read") or in a container named like one (carousel, related);
 * - in a footer or a site header (place 'footer'): a list of story headlines (long link texts
 *   to story addresses), never a menu;
 * - inside the body's container, between its paragraphs: two items under a teaser heading,
 *   and the block holds none of the body's paragraphs; items that are siblings of the
 *   paragraphs themselves count as a run of cards right after a teaser heading; after its
 *   last paragraph, a bare list of story headlines under no heading counts too;
 * - anywhere: a recommendation vendor's widget, an inline "Read more:" paragraph, a card
 *   that opens with a teaser heading ("Next article") and links to one story, or the
 *   thumbnails of another page's slideshow.
 */

export interface TeaserBlock {
  element: Element;
  heading: string | null;
  kind: string;
  related: boolean;
  links: TeaserLinkItem[];
}

/** Room a block's container may add around its items: a heading and a "more" link. */
const HEADING_ROOM = 120;
/** A headline: at least this many words and characters. */
const HEADLINE_WORDS = 3;
const HEADLINE_CHARS = 15;
/** In a footer, a story headline is longer than most menu entries… */
const FOOTER_HEADLINE_WORDS = 5;
/** …and links to a story's address: a slug of several words or a long numeric id. */
const STORY_PATH = scriptPattern(/[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+|\d{5,}|\d\.\d{4,}/u);
/**
 * A site's tools rather than stories: its feeds, its login, its profiles on social networks. A
 * box where they are at least half the links ("Site Tools": Main Feed, Login/Register, Follow
 * on Twitter) is the site's, never a teaser.
 */
const TOOL_HREF =
  /\/(?:feed|rss|atom)(?:[/.?]|$)|wp-login|\/(?:login|register|signin|sign-in)(?:[/.?]|$)|\/\/(?:www\.)?(?:facebook|twitter|x|instagram|linkedin|pinterest|tiktok)\.com\/(?!sharer|share|intent|pin\/create)[\w.@-]+\/?$|youtube\.com\/(?:user|channel|c)\//i;
const TOOL_SHARE = 2;
/**
 * Unannounced, a list of mostly short entries is a menu ("About Us", "Privacy Policy", one
 * "Al Jazeera Centre for Studies"): at least one item in MENU_SHARE must be a headline.
 */
const MENU_SHARE = 2;
/** A box about the article's author: the name under it is a byline, not a headline. */
const AUTHOR_BOX = /\babout (?:the )?authors?\b|\babout me\b/i;
/** Class names this many levels above a group's parent still name its container (carousel > div > ul). */
const NAME_DEPTH = 3;

/** Words of a link text; "&" or "|" is none ("Terms & Conditions" is a two-word menu entry). */
const PUNCTUATION = /^[-–—&|/:;·•»«+*#.,!?()[\]"'’“”]+$/;
const words = (s: string) => s.split(' ').filter((w) => w && !PUNCTUATION.test(w)).length;
/** Chinese, Japanese and Korean headlines are counted in characters: they have few spaces or none. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const isHeadline = (text: string, minWords = HEADLINE_WORDS) =>
  text.length >= HEADLINE_CHARS && (words(text) >= minWords || CJK.test(text));

/** Prose that, after a list, shows the list is inside the article, not after it. */
const TRAILING_PROSE = 80;

/**
 * A bare list of story headlines, each item nothing but its link, after the article's last
 * paragraph and under no heading: a site's "further reading" in the body's own markup. Inside
 * the text, or under a heading of its own ("Story Timeline"), such a list is the article's.
 */
function isTrailingList(
  list: Element,
  links: TeaserLinkItem[],
  textOf: Map<Element, string>,
  article: ArticleDetection,
): boolean {
  if (list.tagName !== 'UL' && list.tagName !== 'OL') return false;
  if (list.childElementCount !== textOf.size) return false;
  const previous = list.previousElementSibling;
  if (previous && isHeadingLike(previous)) return false;
  for (const link of links) {
    if (!STORY_PATH.test(link.href)) return false;
    if (link.item.textContent?.trim() !== textOf.get(link.item)) return false;
  }
  for (let i = article.blocks.length - 1; i >= 0; i--) {
    const block = article.blocks[i] as BodyBlock;
    // DOCUMENT_POSITION_FOLLOWING: the list comes after this block, and so after the rest.
    if (block.element.compareDocumentPosition(list) & 4) return true;
    if (block.kind === 'text' && block.text.length >= TRAILING_PROSE) return false;
  }
  return true;
}

function namedLikeTeasers(parent: Element, root: Element): boolean {
  let el: Element | null = parent;
  for (let i = 0; el && el !== root && i <= NAME_DEPTH; i++, el = el.parentElement)
    if (hasTeaserName(el)) return true;
  return false;
}

/** The longest text among an item's links: the headline, not the "Read more" beside it. */
export function itemTexts(links: TeaserLinkItem[]): Map<Element, string> {
  const textOf = new Map<Element, string>();
  for (const link of links) {
    const prev = textOf.get(link.item) ?? '';
    if (link.text.length > prev.length) textOf.set(link.item, link.text);
  }
  return textOf;
}

/**
 * Thumbnails of one other page's slides (its address and its numbered pages, one story to
 * links.ts): a slideshow of that page embedded in the article, a teaser for it.
 */
const MIN_SLIDES = 4;

/**
 * Items next to the body's paragraphs: only inline teaser paragraphs, cards and slideshows of
 * another page count, and runs of items under a teaser heading.
 */
function bodyBlocks(parent: Element, links: TeaserLinkItem[], facts: PageFacts): TeaserBlock[] {
  const blocks: TeaserBlock[] = [];
  const inRun = new Set<Element>();
  const items = new Set(links.map((l) => l.item).filter((el) => !facts.holders.has(el)));
  for (const run of headedRuns(parent, items)) {
    for (const item of run.items) {
      inRun.add(item);
      blocks.push({
        element: item,
        heading: run.heading,
        kind: kindOf(run.heading, item, false),
        related: false,
        links: [],
      });
    }
  }
  const perItem = new Map<Element, number>();
  for (const link of links) perItem.set(link.item, (perItem.get(link.item) ?? 0) + 1);
  for (const link of links) {
    if (inRun.has(link.item)) continue;
    const text = link.item.textContent ?? '';
    const inline = isInlineTeaser(
      link.item,
      text.trim().length,
      link.anchor.textContent?.trim().length ?? 0,
    );
    const slideshow =
      !inline &&
      (perItem.get(link.item) ?? 0) >= MIN_SLIDES &&
      link.item.querySelectorAll('img').length >= MIN_SLIDES;
    if (!inline && !slideshow && !isTeaserCard(link.item)) continue;
    blocks.push({
      element: link.item,
      heading: null,
      kind: inline ? 'inline-teaser' : slideshow ? 'gallery' : 'recommended',
      related: false,
      links: [link],
    });
  }
  return blocks;
}

/** The blocks the items of `parent` (all its candidate links, in document order) make. */
export function groupBlocks(
  parent: Element,
  links: TeaserLinkItem[],
  facts: PageFacts,
  article: ArticleDetection,
): TeaserBlock[] {
  const { root, holdsBody, chromeOf, placeOf, textLength } = facts;
  if (holdsBody(parent)) return bodyBlocks(parent, links, facts);
  const place = placeOf(parent);
  const isVendor = typeof place !== 'string';
  const textOf = itemTexts(links);
  const texts = [...textOf.values()];
  const headlines = texts.filter((t) => isHeadline(t)).length;
  // One item that is not a headline never counts: skip the widening, the costly part.
  if (!isVendor && texts.length < 2 && headlines === 0) return [];
  let element: Element = isVendor ? place : parent;
  const itemsChars = textLength(element, Number.POSITIVE_INFINITY);
  const limit = itemsChars + HEADING_ROOM;
  while (
    element.parentElement &&
    element.parentElement !== root &&
    !holdsBody(element.parentElement) &&
    !chromeOf(element.parentElement) &&
    placeOf(element.parentElement) !== 'chrome' &&
    textLength(element.parentElement, limit) <= limit
  ) {
    element = element.parentElement;
  }
  const firstItem = (links[0] as TeaserLinkItem).item;
  const heading = headingOf(element, firstItem);
  const announced = heading !== null && isTeaserHeading(heading);
  let counts: boolean;
  if (isVendor) counts = true;
  else if (place === 'footer') {
    const stories = links.filter(
      (l) =>
        textOf.get(l.item) === l.text &&
        isHeadline(l.text, FOOTER_HEADLINE_WORDS) &&
        STORY_PATH.test(l.href),
    ).length;
    counts = stories >= 2 && stories * 3 >= texts.length * 2;
  } else if (article.body.contains(parent))
    // The body's own class names say nothing of a list inside it: only the list's may.
    counts =
      texts.length >= 2 &&
      (announced ||
        (headlines >= 2 && namedLikeTeasers(parent, article.body)) ||
        (headlines === texts.length && isTrailingList(parent, links, textOf, article)));
  else
    counts =
      ((headlines >= 2 || (heading !== null && headlines >= 1 && !AUTHOR_BOX.test(heading))) &&
        headlines * MENU_SHARE >= texts.length) ||
      (texts.length >= 2 && (announced || namedLikeTeasers(parent, root)));
  if (!counts) return [];
  if (!isVendor) {
    const tools = links.filter((l) => TOOL_HREF.test(l.href)).length;
    if (tools >= 2 && tools * TOOL_SHARE >= links.length) return [];
  }
  return [
    { element, heading, kind: kindOf(heading, element, isVendor), related: false, links: [] },
  ];
}
