import { type ArticleDetection, isInlineTeaser } from '../article';
import { type ChromeKind, chromeKind, isNeverHiddenLink, namesOf } from './exclude';
import { hasTeaserName, headingOf, isTeaserCard, kindOf, linkText, TEASER_HEADING } from './labels';
import { articleProfile, brandWords, isRelated } from './relevance';
import { headedRuns } from './runs';
import { textLengths } from './textLength';
import { isVendorWidget } from './vendors';

/**
 * Teaser blocks: groups of links to other stories around (and inside) the article. Every link
 * that is not page chrome and not inside the article's sentences becomes an item: the largest
 * element around it that holds no link to a different page (its <li> or card). Items sharing a
 * parent form a block, widened to take in its heading. Where the block sits decides what it
 * needs to count:
 * - beside the article: two headline items, or a heading and one, or two items of any kind
 *   under a teaser heading ("Most read") or in a container named like one (carousel, related);
 * - in a footer: a list of story headlines (long link texts to story addresses), never a menu;
 * - inside the body's container, between its paragraphs: two items under a teaser heading,
 *   and the block holds none of the body's paragraphs; items that are siblings of the
 *   paragraphs themselves count as a run of cards right after a teaser heading;
 * - anywhere: a recommendation vendor's widget, an inline "Read more:" paragraph, or a card
 *   that opens with a teaser heading ("Next article") and links to one story.
 * A teaser heading the body detector took for body text ("You may also like" followed by cards
 * with excerpts) makes a block of its container when every body paragraph in it sits in a card
 * that links elsewhere.
 */

export interface TeaserLinkItem {
  anchor: HTMLAnchorElement;
  /** The element to hide for this link: its li/card. */
  item: Element;
  /** The href attribute as written. */
  href: string;
  text: string;
  related: boolean;
}

export interface TeaserBlock {
  element: Element;
  heading: string | null;
  kind: string;
  related: boolean;
  links: TeaserLinkItem[];
}

type Place = 'chrome' | 'footer' | 'body' | 'free' | Element; // an Element: inside that vendor widget

const MULTI = '\u0000multi';
/** Room a block's container may add around its items: a heading and a "more" link. */
const HEADING_ROOM = 120;
/** A headline: at least this many words and characters. */
const HEADLINE_WORDS = 3;
const HEADLINE_CHARS = 15;
/** In a footer, a story headline is longer than most menu entries… */
const FOOTER_HEADLINE_WORDS = 5;
/** …and links to a story's address: a slug of several words or a long numeric id. */
const STORY_PATH = /[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+|\d{5,}|\d\.\d{4,}/u;
/** Class names this many levels above a group's parent still name its container (carousel > div > ul). */
const NAME_DEPTH = 3;

const words = (s: string) => s.split(' ').filter(Boolean).length;
const isHeadline = (text: string, minWords = HEADLINE_WORDS) =>
  words(text) >= minWords && text.length >= HEADLINE_CHARS;

/** Plain text next to the link in its parent: the link is part of a sentence, not a list. */
const SENTENCE_CHARS = 25;

function hasSentence(parent: Element): boolean {
  let chars = 0;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) chars += (node as Text).data.trim().length;
  }
  return chars >= SENTENCE_CHARS;
}

function namedLikeTeasers(parent: Element, root: Element): boolean {
  let el: Element | null = parent;
  for (let i = 0; el && el !== root && i <= NAME_DEPTH; i++, el = el.parentElement)
    if (hasTeaserName(el)) return true;
  return false;
}

/** The longest text among an item's links: the headline, not the "Read more" beside it. */
function itemTexts(links: TeaserLinkItem[]): Map<Element, string> {
  const textOf = new Map<Element, string>();
  for (const link of links) {
    const prev = textOf.get(link.item) ?? '';
    if (link.text.length > prev.length) textOf.set(link.item, link.text);
  }
  return textOf;
}

export function findTeasers(doc: Document, article: ArticleDetection): TeaserBlock[] {
  const root = doc.body;
  if (!root) return [];
  const bodyBlocks = new Set(article.blocks.map((b) => b.element));
  // Elements holding a body paragraph, up to the body's container: never part of a teaser.
  const holders = new Set<Element>();
  for (const el of bodyBlocks) {
    for (let up: Element | null = el; up && !holders.has(up); up = up.parentElement) {
      holders.add(up);
      if (up === article.body) break;
    }
  }
  // The body's container and its ancestors: chrome never holds the article.
  const aroundBody = new Set<Element>();
  for (let up: Element | null = article.body; up; up = up.parentElement) aroundBody.add(up);
  const holdsBody = (el: Element) => holders.has(el) || aroundBody.has(el);
  const chromes = new Map<Element, ChromeKind | null>();
  const chromeOf = (el: Element, names?: string) => {
    let kind = chromes.get(el);
    if (kind === undefined) {
      // A wrapper named "has-section-nav" around the article is not navigation.
      kind = aroundBody.has(el) ? null : chromeKind(el, names);
      chromes.set(el, kind);
    }
    return kind;
  };
  const sentences = new Map<Element, boolean>();
  /** Plain text next to the link in its parent: the link is part of a sentence, not a list. */
  const inSentence = (anchor: Element) => {
    const parent = anchor.parentElement;
    if (!parent) return false;
    let known = sentences.get(parent);
    if (known === undefined) {
      known = hasSentence(parent);
      sentences.set(parent, known);
    }
    return known;
  };
  const textLength = textLengths();

  const places = new Map<Element, Place>();
  const placeOf = (el: Element | null): Place => {
    if (!el || el === root) return 'free';
    const known = places.get(el);
    if (known) return known;
    let place: Place;
    const names = namesOf(el);
    const chrome = chromeOf(el, names);
    if (bodyBlocks.has(el)) place = 'body';
    else if (isVendorWidget(names)) place = el;
    else if (chrome === 'chrome') place = 'chrome';
    else if (chrome === 'footer')
      place = placeOf(el.parentElement) === 'chrome' ? 'chrome' : 'footer';
    else place = placeOf(el.parentElement);
    if (typeof place !== 'string' && place !== el && chrome) place = 'chrome';
    places.set(el, place);
    return place;
  };

  // Which href each element's links go to, or MULTI when they go to more than one page.
  const target = new Map<Element, string>();
  const anchors: [HTMLAnchorElement, string][] = [];
  for (const a of root.querySelectorAll('a[href]')) {
    const anchor = a as HTMLAnchorElement;
    const href = anchor.getAttribute('href') ?? '';
    if (isNeverHiddenLink(anchor, href) || inSentence(anchor)) continue;
    const place = placeOf(anchor);
    if (place === 'chrome' || place === 'body') continue;
    anchors.push([anchor, href]);
    for (let el: Element | null = anchor; el && el !== root; el = el.parentElement) {
      const seen = target.get(el);
      if (seen === href || seen === MULTI) break;
      target.set(el, seen === undefined ? href : MULTI);
    }
  }

  // Items grouped by their parent.
  const groups = new Map<Element, TeaserLinkItem[]>();
  const allLinks: TeaserLinkItem[] = [];
  // Links whose text is only an image alt or a card's: a story linked with words is judged by them.
  const unseen = new Set<TeaserLinkItem>();
  for (const [anchor, href] of anchors) {
    let item: Element = anchor;
    while (
      item.parentElement &&
      item.parentElement !== root &&
      target.get(item.parentElement) !== MULTI &&
      !holdsBody(item.parentElement)
    ) {
      item = item.parentElement;
    }
    const parent = item.parentElement;
    if (!parent) continue;
    const { text, visible } = linkText(anchor, item);
    const link = { anchor, item, href, text, related: false };
    allLinks.push(link);
    if (!visible) unseen.add(link);
    const list = groups.get(parent);
    if (list) list.push(link);
    else groups.set(parent, [link]);
  }

  const blocks: TeaserBlock[] = [];
  for (const [parent, links] of groups) {
    const place = placeOf(parent);
    const isVendor = typeof place !== 'string';
    if (holdsBody(parent)) {
      // Items next to the body's paragraphs: only inline teaser paragraphs and cards count,
      // and runs of items under a teaser heading.
      const inRun = new Set<Element>();
      const items = new Set(links.map((l) => l.item).filter((el) => !holders.has(el)));
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
      for (const link of links) {
        if (inRun.has(link.item)) continue;
        const text = link.item.textContent ?? '';
        const inline = isInlineTeaser(
          link.item,
          text.trim().length,
          link.anchor.textContent?.trim().length ?? 0,
        );
        if (!inline && !isTeaserCard(link.item)) continue;
        blocks.push({
          element: link.item,
          heading: null,
          kind: inline ? 'inline-teaser' : 'recommended',
          related: false,
          links: [link],
        });
      }
      continue;
    }
    const textOf = itemTexts(links);
    const texts = [...textOf.values()];
    const headlines = texts.filter((t) => isHeadline(t)).length;
    // One item that is not a headline never counts: skip the widening, the costly part.
    if (!isVendor && texts.length < 2 && headlines === 0) continue;
    let element: Element = isVendor ? place : parent;
    const itemsChars = textLength(element, Number.POSITIVE_INFINITY);
    while (
      element.parentElement &&
      element.parentElement !== root &&
      !holdsBody(element.parentElement) &&
      !chromeOf(element.parentElement) &&
      placeOf(element.parentElement) !== 'chrome' &&
      textLength(element.parentElement, itemsChars + HEADING_ROOM) <= itemsChars + HEADING_ROOM
    ) {
      element = element.parentElement;
    }
    const firstItem = (links[0] as TeaserLinkItem).item;
    const heading = headingOf(element, firstItem);
    const announced = Boolean(heading && TEASER_HEADING.test(heading));
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
    } else if (article.body.contains(parent)) counts = texts.length >= 2 && announced;
    else
      counts =
        headlines >= 2 ||
        (heading !== null && headlines >= 1) ||
        (texts.length >= 2 && (announced || namedLikeTeasers(parent, root)));
    if (!counts) continue;
    blocks.push({
      element,
      heading,
      kind: kindOf(heading, element, isVendor),
      related: false,
      links: [],
    });
  }
  blocks.push(...swallowedTeasers(article, allLinks));

  // Nested blocks (a list inside a sidebar box that was widened to the box) become one.
  blocks.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  const merged: TeaserBlock[] = [];
  for (const block of blocks) {
    if (!merged.some((m) => m.element.contains(block.element))) merged.push(block);
  }
  // Every candidate link inside a block belongs to it, the heading's own link included.
  for (const block of merged) {
    if (block.kind === 'inline-teaser') continue;
    block.links = allLinks.filter((l) => block.element.contains(l.anchor));
  }

  if (merged.length === 0) return [];
  const profile = articleProfile(article.meta.title, article.blocks);
  const blockTexts = merged.map((block) => itemTexts(block.links));
  const brand = brandWords(blockTexts.flatMap((texts) => [...texts.values()]));
  // A story is related or not wherever it is linked, by any of its headlines: the card with a
  // standfirst speaks for the bare headline of the same href in another list, and the headline
  // for its photo link whose text is a caption. Image alts only speak for stories no link
  // names in words (a carousel's alt may belong to another slide).
  const storyTexts = new Map<string, { texts: Set<string>; visible: boolean }>();
  merged.forEach((block, i) => {
    const textOf = blockTexts[i] as Map<Element, string>;
    for (const link of block.links) {
      const visible = !unseen.has(link);
      const prev = storyTexts.get(link.href);
      if (prev?.visible && !visible) continue;
      const texts = prev && prev.visible === visible ? prev.texts : new Set<string>();
      texts.add(textOf.get(link.item) ?? link.text);
      if (link.text !== textOf.get(link.item)) texts.add(link.text);
      storyTexts.set(link.href, { texts, visible });
    }
  });
  const relatedHrefs = new Set<string>();
  for (const [href, { texts }] of storyTexts)
    if ([...texts].some((text) => isRelated(text, profile, brand))) relatedHrefs.add(href);
  for (const block of merged) {
    for (const link of block.links) link.related = relatedHrefs.has(link.href);
    block.related = block.links.some((l) => l.related);
  }
  return merged.filter((b) => b.links.length > 0);
}

/**
 * Teaser sections the body detector read as article text: a teaser heading among the body's
 * blocks whose container starts after the article's first paragraph and holds only cards that
 * link to other pages (their excerpts are the "paragraphs" the detector saw).
 */
function swallowedTeasers(article: ArticleDetection, links: TeaserLinkItem[]): TeaserBlock[] {
  const first = article.blocks[0]?.element;
  const out: TeaserBlock[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'heading' || block.text.length > 80 || !TEASER_HEADING.test(block.text))
      continue;
    const box = block.element.parentElement;
    if (!box || box === article.body || !article.body.contains(box)) continue;
    if (first && box.contains(first)) continue;
    const inBox = links.filter((l) => box.contains(l.anchor));
    if (new Set(inBox.map((l) => l.href)).size < 2) continue;
    const cardOf = (el: Element) => {
      let card = el;
      while (card.parentElement && card.parentElement !== box) card = card.parentElement;
      return card;
    };
    const onlyCards = article.blocks.every((other) => {
      if (other === block || !box.contains(other.element)) return true;
      if (!(block.element.compareDocumentPosition(other.element) & 4)) return false;
      const card = cardOf(other.element);
      return inBox.some((l) => card.contains(l.anchor));
    });
    if (!onlyCards) continue;
    out.push({
      element: box,
      heading: block.text,
      kind: kindOf(block.text, box, false),
      related: false,
      links: [],
    });
  }
  return out;
}
