import { type ArticleDetection, isInlineTeaser } from '../article';
import { isChrome, isNeverHiddenLink } from './exclude';
import { articleProfile, isRelated } from './relevance';
import { isVendorWidget } from './vendors';

/**
 * Teaser blocks: groups of links to other stories around (and inside) the article. Every link
 * that is not page chrome and not inside the article's sentences becomes an item: the largest
 * element around it that holds no link to a different page (its <li> or card). Items sharing a
 * parent form a block, widened to take in its heading. A block needs two or more headline items,
 * or a heading, or to be a vendor widget or an inline "Read more:" paragraph.
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

type Place = 'chrome' | 'body' | 'free' | Element; // an Element: inside that vendor widget

const MULTI = '\u0000multi';
/** Room a block's container may add around its items: a heading and a "more" link. */
const HEADING_ROOM = 120;
const KIND_WORDS: [RegExp, string][] = [
  [/related|similar|terkait|relacionad|ähnlich|à lire aussi|more on this|like this/i, 'related'],
  [/most[- ]?(read|popular|viewed|watched)|popular|top posts/i, 'most-read'],
  [/trending/i, 'trending'],
  [
    /recommend|you may|you might|don'?t miss|read (these )?next|next article|gostar/i,
    'recommended',
  ],
  [/latest|recent|terkini|today'?s headlines/i, 'latest'],
  [/sponsor|promoted|partner|around the web/i, 'sponsored'],
  [/more (from|in|news)|more stories|more/i, 'more-from'],
];

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(' ').filter(Boolean).length;

function kindOf(heading: string | null, element: Element, vendor: boolean): string {
  if (vendor) return 'sponsored';
  const label = `${heading ?? ''} ${element.getAttribute('class') ?? ''} ${element.id}`;
  for (const [re, kind] of KIND_WORDS) if (re.test(label)) return kind;
  return 'other';
}

function headingOf(block: Element, firstItem: Element): string | null {
  for (const h of block.querySelectorAll(
    'h1, h2, h3, h4, h5, h6, [class*="title" i], [class*="heading" i]',
  )) {
    if (h.contains(firstItem) || firstItem.contains(h)) continue;
    if (h.compareDocumentPosition(firstItem) & 2) break; // heading after the first item
    const text = clean(h.textContent);
    if (text && text.length <= 80) return text;
  }
  const prev = block.previousElementSibling;
  if (prev && /^H[2-6]$/.test(prev.tagName)) return clean(prev.textContent) || null;
  return null;
}

/** Plain text next to the link in its parent: the link is part of a sentence, not a list. */
const SENTENCE_CHARS = 25;

function inSentence(anchor: Element): boolean {
  const parent = anchor.parentElement;
  if (!parent) return false;
  let chars = 0;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) chars += (node as Text).data.trim().length;
  }
  return chars >= SENTENCE_CHARS;
}

export function findTeasers(doc: Document, article: ArticleDetection): TeaserBlock[] {
  const root = doc.body;
  if (!root) return [];
  const bodyBlocks = new Set(article.blocks.map((b) => b.element));
  const profile = articleProfile(article.meta.title, article.blocks);

  const places = new Map<Element, Place>();
  const placeOf = (el: Element | null): Place => {
    if (!el || el === root) return 'free';
    const known = places.get(el);
    if (known) return known;
    let place: Place;
    // Chrome never holds the article: a wrapper named "has-section-nav" is not navigation.
    const chrome = isChrome(el) && !el.contains(article.body);
    if (bodyBlocks.has(el)) place = 'body';
    else if (isVendorWidget(el)) place = el;
    else if (chrome) place = 'chrome';
    else place = placeOf(el.parentElement);
    if (typeof place !== 'string' && place !== el && chrome) place = 'chrome';
    places.set(el, place);
    return place;
  };

  // Which href each element's links go to, or MULTI when they go to more than one page.
  const target = new Map<Element, string>();
  const anchors: HTMLAnchorElement[] = [];
  for (const a of root.querySelectorAll('a[href]')) {
    const anchor = a as HTMLAnchorElement;
    if (isNeverHiddenLink(anchor) || inSentence(anchor)) continue;
    const place = placeOf(anchor);
    if (place === 'chrome' || place === 'body') continue;
    anchors.push(anchor);
    const href = anchor.getAttribute('href') ?? '';
    for (let el: Element | null = anchor; el && el !== root; el = el.parentElement) {
      const seen = target.get(el);
      if (seen === href || seen === MULTI) break;
      target.set(el, seen === undefined ? href : MULTI);
    }
  }

  const holdsBody = (el: Element) =>
    el.contains(article.body) ||
    (article.body.contains(el) && article.blocks.some((b) => el.contains(b.element)));

  // Items grouped by their parent.
  const groups = new Map<Element, TeaserLinkItem[]>();
  const allLinks: TeaserLinkItem[] = [];
  for (const anchor of anchors) {
    let item: Element = anchor;
    while (
      item.parentElement &&
      item.parentElement !== root &&
      target.get(item.parentElement) !== MULTI &&
      !holdsBody(item.parentElement)
    ) {
      item = item.parentElement;
    }
    const text =
      clean(anchor.textContent) || clean(anchor.querySelector('img')?.getAttribute('alt'));
    const parent = item.parentElement;
    if (!parent) continue;
    const link = { anchor, item, href: anchor.getAttribute('href') ?? '', text, related: false };
    allLinks.push(link);
    const list = groups.get(parent);
    if (list) list.push(link);
    else groups.set(parent, [link]);
  }

  const blocks: TeaserBlock[] = [];
  for (const [parent, links] of groups) {
    const vendor = placeOf(parent);
    const isVendor = typeof vendor !== 'string';
    const headlines = new Set(
      links.filter((l) => words(l.text) >= 3 && l.text.length >= 15).map((l) => l.item),
    );
    if (holdsBody(parent)) {
      // Items next to the body's paragraphs: only inline teaser paragraphs count.
      for (const link of links) {
        const text = clean(link.item.textContent);
        if (!isInlineTeaser(link.item, text.length, clean(link.anchor.textContent).length))
          continue;
        blocks.push({
          element: link.item,
          heading: null,
          kind: 'inline-teaser',
          related: false,
          links: [link],
        });
      }
      continue;
    }
    // Link lists inside the body's own container (a story timeline, "more on this story") are
    // part of the article as far as its readers are concerned; only vendor widgets are hidden there.
    if (!isVendor && article.body.contains(parent)) continue;
    let element: Element = isVendor ? vendor : parent;
    const itemsChars = clean(element.textContent).length;
    while (
      element.parentElement &&
      element.parentElement !== root &&
      placeOf(element.parentElement) !== 'chrome' &&
      !holdsBody(element.parentElement) &&
      clean(element.parentElement.textContent).length <= itemsChars + HEADING_ROOM
    ) {
      element = element.parentElement;
    }
    const firstItem = (links[0] as TeaserLinkItem).item;
    const heading = headingOf(element, firstItem);
    if (!isVendor && headlines.size < 2 && !(heading && headlines.size >= 1)) continue;
    blocks.push({
      element,
      heading,
      kind: kindOf(heading, element, isVendor),
      related: false,
      links: [],
    });
  }

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

  for (const block of merged) {
    const textOf = new Map<Element, string>();
    for (const link of block.links) {
      const prev = textOf.get(link.item) ?? '';
      if (link.text.length > prev.length) textOf.set(link.item, link.text);
    }
    for (const link of block.links)
      link.related = isRelated(textOf.get(link.item) ?? link.text, profile);
    block.related = block.links.some((l) => l.related);
  }
  return merged.filter((b) => b.links.length > 0);
}
