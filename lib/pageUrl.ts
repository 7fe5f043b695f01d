/** The page's canonical URL when it declares one (absolute http(s) only), else null. */
export function canonicalUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (!href) return null;
  try {
    const url = new URL(href, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The page a URL names: an in-page anchor (`#section`) is the same page. */
export function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/**
 * The canonical URL to store an article under. After an in-page navigation (a site that swaps
 * its content and rewrites the address without loading a page) the <link rel=canonical> may
 * still be the previous page's, and trusting it would file this story under that one; there it
 * is believed only when it names the same path as the address bar.
 */
export function storedCanonical(doc: Document, href: string, navigated: boolean): string | null {
  const canonical = canonicalUrl(doc);
  if (!canonical || !navigated) return canonical;
  return new URL(canonical).pathname === new URL(href).pathname ? canonical : null;
}

/**
 * The address of a site's front page: "/", "/index.html" or a language root ("/en/", "/pt-br"),
 * with no query and no route after "#".
 */
const FRONT_PAGE =
  /^https?:\/\/[^/?#]+(?:\/(?:index\.[a-z]+|[a-z]{2}(?:-[a-z]{2})?\/?)?)?(?:#(?![!/]).*)?$/i;

/**
 * A site's front page: a list of its stories, never one of them, so the always-on check need
 * not read it (on a news front it is the costliest page the check meets). A query or a route
 * after "#" may name a story on such a path ("/?p=123", "/#/story/5"): that page is read.
 */
export const isSiteFront = (url: string) => FRONT_PAGE.test(url);
