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
