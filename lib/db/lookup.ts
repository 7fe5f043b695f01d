import type { SourcelightDb } from './database';
import type { Article } from './records';

/** The fragment never changes which article a page is, so it is not part of its identity. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The stored article a page is, matched on its URL first and then on its canonical URL in
 * either direction (the page we saved may have been the canonical one, or a variant of it).
 * Call inside a transaction when the answer decides a write.
 */
export async function findArticle(
  db: SourcelightDb,
  url: string,
  canonicalUrl: string | null,
): Promise<Article | undefined> {
  const keys = [withoutFragment(url)];
  if (canonicalUrl) keys.push(withoutFragment(canonicalUrl));
  const byUrl = await db.articles.where('url').anyOf(keys).toArray();
  const exact = byUrl.find((a) => a.url === keys[0]) ?? byUrl[0];
  if (exact) return exact;
  return db.articles.where('canonicalUrl').anyOf(keys).first();
}
