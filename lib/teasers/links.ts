import { linksUnder } from '../dom/liveCollection';
import { linkText } from './labels';
import type { PageFacts } from './page';

export interface TeaserLinkItem {
  anchor: HTMLAnchorElement;
  /** The element to hide for this link: its li/card. */
  item: Element;
  /** The href attribute as written. */
  href: string;
  text: string;
  related: boolean;
}

/** What an element's candidate links point to: one href, MULTI for several, undefined for none. */
export type TargetOf = (el: Element) => string | undefined;
export const MULTI = '\u0000multi';

/**
 * The teaser links of one search, each made once: its item is the largest element around it
 * that holds no link to a different page and no body paragraph (its <li> or card).
 */
export interface LinkIndex {
  /** The link for a candidate anchor whose href is known; null when it has no item. */
  make(anchor: Element, href: string): TeaserLinkItem | null;
  /** Links already made, by anchor. */
  known: Map<Element, TeaserLinkItem | null>;
  /** Links whose text is only an image alt or a card's: a story linked with words is judged by them. */
  unseen: Set<TeaserLinkItem>;
}

export function linkIndex(facts: PageFacts, targetOf: TargetOf): LinkIndex {
  const { root, holdsBody } = facts;
  const known = new Map<Element, TeaserLinkItem | null>();
  const unseen = new Set<TeaserLinkItem>();
  const make = (anchor: Element, href: string) => {
    const made = known.get(anchor);
    if (made !== undefined) return made;
    let item: Element = anchor;
    for (
      let up = item.parentElement;
      up && up !== root && targetOf(up) !== MULTI && !holdsBody(up);
      up = up.parentElement
    )
      item = up;
    let link: TeaserLinkItem | null = null;
    if (item.parentElement) {
      const { text, visible } = linkText(anchor, item);
      link = { anchor: anchor as HTMLAnchorElement, item, href, text, related: false };
      if (!visible) unseen.add(link);
    }
    known.set(anchor, link);
    return link;
  };
  return { make, known, unseen };
}

/** The anchors at or under an element, in document order. */
export function anchorsAt(el: Element): Element[] {
  const below = linksUnder(el);
  return el.localName === 'a' && el.hasAttribute('href') ? [el, ...below] : below;
}
