/**
 * Characters of an element's text without the markup's indentation (what
 * `textContent.replace(/\s+/g, '').length` gives), counted once per element and only as far as
 * the caller needs: widening a block asks "does this ancestor add at most N characters?", and a
 * page wrapper's whole text never has to be read to say no.
 */
export type TextLengths = (el: Element, limit: number) => number;

const SPACE = /\s+/g;

/**
 * A counter whose answers are exact up to `limit` and otherwise only some number above it.
 * Exact counts are kept: an element counted to the end is never read again.
 */
export function textLengths(): TextLengths {
  const exact = new Map<Element, number>();
  const count = (el: Element, limit: number): number => {
    const known = exact.get(el);
    if (known !== undefined) return known;
    let sum = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        sum += (node as CharacterData).data.replace(SPACE, '').length;
      } else if (node.nodeType === 1) sum += count(node as Element, limit - sum);
      if (sum > limit) return sum;
    }
    exact.set(el, sum);
    return sum;
  };
  return count;
}
