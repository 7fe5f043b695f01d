/**
 * What the page's microdata says: the schema.org types of its items
 * (itemtype="https://schema.org/NewsArticle") and its first author element (itemprop="author"
 * or rel="author"). Element walks: attribute selectors over a whole large page are far slower
 * in some DOMs, and each answer is read only when a caller needs it.
 */

export interface Microdata {
  /** Item types; walks the whole page the first time. */
  types(): string[];
  /** The first author element; a walk that stops there, unless the types were read already. */
  author(): Element | null;
}

/** Type names of an itemtype attribute ("https://schema.org/NewsArticle" → "NewsArticle"), added to `out`. */
export function addItemTypes(itemtype: string | null | undefined, out: string[]): void {
  for (const url of itemtype?.split(/\s+/) ?? [])
    if (url) out.push(url.slice(url.lastIndexOf('/') + 1));
}

export function readMicrodata(root: Element): Microdata {
  let types: string[] | null = null;
  let author: Element | null | undefined;
  /** Collects types into `out`; without `out` it stops at the first author (returns true). */
  const walk = (el: Element, out: string[] | null): boolean => {
    if (el.hasAttributes()) {
      if (out) addItemTypes(el.getAttribute('itemtype'), out);
      if (
        author === undefined &&
        (el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author')
      ) {
        author = el;
        if (!out) return true;
      }
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      if (walk(child, out)) return true;
    return false;
  };
  return {
    types() {
      if (!types) {
        types = [];
        walk(root, types);
        author ??= null;
      }
      return types;
    },
    author() {
      if (author === undefined) {
        walk(root, null);
        author ??= null;
      }
      return author;
    },
  };
}
