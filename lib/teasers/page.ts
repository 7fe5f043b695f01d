import type { ArticleDetection } from '../article';
import { type ChromeKind, chromeKind, isNeverHiddenLink, namesOf } from './exclude';
import { announcesStories, followsTeaserHeading } from './labels';
import { type TextLengths, textLengths } from './textLength';
import { isVendorWidget } from './vendors';

/**
 * Where each element of a page sits for the teaser finder: around the article's body, in page
 * chrome or a footer, inside a vendor widget. Answers are kept per element for one search: a
 * page's links share their ancestors.
 *
 * Sites nest sidebar widgets inside an author, tags or comments wrapper ("Most Popular Today"
 * inside `author-contact`). Inside chrome named so, a box that announces teasers by its heading
 * or class name counts as a footer: only a list of story headlines there makes a block, never
 * the wrapper's own author, tag or comment links.
 */

/**
 * 'footer': only a list of story headlines counts there (group.ts), in a footer, a site header
 * or a teaser box nested in named chrome. An Element: inside that vendor widget.
 */
export type Place = 'chrome' | 'footer' | 'body' | 'free' | Element;
/** Inside chrome named like a wrapper ('named' ChromeKind): 'chrome' to everyone outside. */
type Where = Place | 'named';

export interface PageFacts {
  /** The document's body: no climb goes above it. */
  root: Element;
  /** Body paragraphs and the elements holding them, up to the body's container. */
  holders: Set<Element>;
  holdsBody(el: Element): boolean;
  chromeOf(el: Element): ChromeKind | null;
  placeOf(el: Element | null): Place;
  /** The href of a link that may be a teaser; null for chrome, body, never-hidden and in-sentence links. */
  candidateHref(anchor: Element): string | null;
  textLength: TextLengths;
}

/** Plain text next to the link in its parent: the link is part of a sentence, not a list. */
const SENTENCE_CHARS = 25;

function hasSentence(parent: Element): boolean {
  let chars = 0;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      chars += (node as Text).data.trim().length;
      if (chars >= SENTENCE_CHARS) return true;
    }
  }
  return false;
}

/** Words a headline that opens its item has at least: "John Smith is a reporter" opens with a name. */
const LEAD_HEADLINE_WORDS = 3;

/**
 * A headline link that opens its item (a bullet image may come first), followed by its
 * standfirst ("<a>Armenia named most popular spot</a> Armenia has been named…"): the text after
 * it is the card's, not a sentence the link is part of.
 */
function isLeadHeadline(anchor: Element, text: string, parent: Element): boolean {
  for (let node = parent.firstChild; node && node !== anchor; node = node.nextSibling)
    if (node.textContent?.trim()) return false;
  return text.split(/\s+/).length >= LEAD_HEADLINE_WORDS;
}

export function pageFacts(root: Element, article: ArticleDetection): PageFacts {
  const bodyBlocks = new Set(article.blocks.map((b) => b.element));
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
  // A wrapper named "has-section-nav" around the article is not navigation.
  const chromeOfUncached = (el: Element, names: string) =>
    aroundBody.has(el) ? null : chromeKind(el, names);
  const chromeOf = (el: Element) => {
    let kind = chromes.get(el);
    if (kind === undefined) {
      kind = chromeOfUncached(el, namesOf(el));
      chromes.set(el, kind);
    }
    return kind;
  };

  const places = new Map<Element, Where>();
  /** Every link asks once for its own place: only its ancestors' places are worth keeping. */
  const whereUncached = (el: Element): Where => {
    const names = namesOf(el);
    let chrome = chromes.get(el);
    if (chrome === undefined) chrome = chromeOfUncached(el, names);
    let place: Where;
    if (bodyBlocks.has(el)) place = 'body';
    else if (isVendorWidget(names)) place = el;
    else if (chrome === 'chrome') place = 'chrome';
    else if (chrome === 'named') {
      const up = where(el.parentElement);
      place = up === 'free' || up === 'footer' || up === 'named' ? 'named' : 'chrome';
    } else if (chrome === 'footer') {
      const up = where(el.parentElement);
      place = up === 'chrome' || up === 'named' ? up : 'footer';
    } else {
      place = where(el.parentElement);
      // Asked once of each element whose parent is named chrome: a box's place settles its insides.
      if (place === 'named' && el.tagName !== 'A' && announcesStories(el)) place = 'footer';
    }
    if (typeof place !== 'string' && place !== el && chrome) place = 'chrome';
    return place;
  };
  const where = (el: Element | null): Where => {
    if (!el || el === root) return 'free';
    let place = places.get(el);
    if (place === undefined) {
      place = whereUncached(el);
      places.set(el, place);
    }
    return place;
  };
  const placeOf = (el: Element | null): Place => {
    const place = where(el);
    return place === 'named' ? 'chrome' : place;
  };

  const sentences = new Map<Element, boolean>();
  const inSentence = (anchor: Element) => {
    const parent = anchor.parentElement;
    if (!parent) return false;
    let known = sentences.get(parent);
    if (known === undefined) {
      const list = parent.tagName === 'LI' ? parent.parentElement : null;
      known = hasSentence(parent) && !(list && followsTeaserHeading(list));
      sentences.set(parent, known);
    }
    if (!known) return false;
    // A link without words (a photo, an avatar) is part of no sentence.
    const text = (anchor.textContent ?? '').trim();
    return text !== '' && !isLeadHeadline(anchor, text, parent);
  };

  /** A link's own place; inside chrome only a vendor's name or a body paragraph changes it. */
  const placeOfLink = (anchor: Element): Place => {
    const known = places.get(anchor);
    if (known !== undefined) return known === 'named' ? 'chrome' : known;
    if (placeOf(anchor.parentElement) !== 'chrome' || bodyBlocks.has(anchor)) {
      const place = whereUncached(anchor);
      return place === 'named' ? 'chrome' : place;
    }
    return isVendorWidget(namesOf(anchor)) ? anchor : 'chrome';
  };

  // Place first: most of a page's links are menus, settled by their parent's place.
  const candidateHref = (anchor: Element) => {
    const place = anchor === root ? 'free' : placeOfLink(anchor);
    if (place === 'chrome' || place === 'body') return null;
    const href = anchor.getAttribute('href') ?? '';
    return isNeverHiddenLink(anchor, href) || inSentence(anchor) ? null : href;
  };

  return {
    root,
    holders,
    holdsBody,
    chromeOf,
    placeOf,
    candidateHref,
    textLength: textLengths(),
  };
}
