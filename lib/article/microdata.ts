/**
 * What the page's microdata says: the schema.org types of its items
 * (itemtype="https://schema.org/NewsArticle") and its first author element (itemprop="author"
 * or rel="author"). One element walk: attribute selectors over a whole large page are far
 * slower.
 */

export interface Microdata {
  types: string[];
  author: Element | null;
}

export function readMicrodata(root: Element): Microdata {
  const types: string[] = [];
  let author: Element | null = null;
  const visit = (el: Element): void => {
    const itemtype = el.getAttribute('itemtype');
    if (itemtype) {
      for (const url of itemtype.split(/\s+/)) if (url) types.push(url.replace(/^.*\//, ''));
    }
    if (
      !author &&
      (el.getAttribute('itemprop') === 'author' || el.getAttribute('rel') === 'author')
    )
      author = el;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(root);
  return { types, author };
}
