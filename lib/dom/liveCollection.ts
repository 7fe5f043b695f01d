/**
 * The elements of a live collection (getElementsByTagName) as an array, its length read once.
 * In jsdom every read of a live collection's `length`, and every step of for…of over it, looks
 * the whole collection through for an element named "length": a loop that reads it each time
 * costs the square of the collection's size.
 */
export function elementsOf(live: HTMLCollectionOf<Element>): Element[] {
  const count = live.length;
  const out: Element[] = [];
  for (let i = 0; i < count; i++) out.push(live[i] as Element);
  return out;
}

/**
 * The links (<a href>) under an element, in document order: a scan of its <a> tags, which
 * in DOMs without a native selector engine (jsdom) costs half an `a[href]` selector.
 */
export const linksUnder = (el: Element): Element[] =>
  elementsOf(el.getElementsByTagName('a')).filter((a) => a.hasAttribute('href'));
