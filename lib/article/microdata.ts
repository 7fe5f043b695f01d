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

const isAuthor = (el: Element) =>
  el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author';

/** First author element under `root` in document order, or null. */
function findAuthor(root: Element): Element | null {
  if (root.hasAttributes() && isAuthor(root)) return root;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const found = findAuthor(child);
    if (found) return found;
  }
  return null;
}

export function readMicrodata(root: Element): Microdata {
  let types: string[] | null = null;
  let author: Element | null | undefined;
  const walk = (el: Element, out: string[]): void => {
    if (el.hasAttributes()) {
      const itemtype = el.getAttribute('itemtype');
      if (itemtype) {
        for (const url of itemtype.split(/\s+/)) if (url) out.push(url.replace(/^.*\//, ''));
      }
      if (author === undefined && isAuthor(el)) author = el;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      walk(child, out);
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
      if (author === undefined) author = findAuthor(root);
      return author;
    },
  };
}
