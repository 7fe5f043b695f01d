import type { ArticleMeta } from '../model';
import { jsonLdObjects, type LdObject, ldString, microdataTypes, typesOf } from './jsonLd';

/**
 * What the page says it is and what it says about itself: title, byline, date and site name
 * from JSON-LD, Open Graph / article meta tags and microdata, falling back to the markup.
 */

/** 'article' when the page declares itself an article, 'other' when it declares another main kind (product, video, album, listing), else 'unknown'. */
export type DeclaredKind = 'article' | 'other' | 'unknown';

export interface PageMeta {
  meta: ArticleMeta;
  declared: DeclaredKind;
  /** Title variants (og:title, headline, h1, <title>) for recognising the headline inside the page. */
  titles: string[];
}

const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
const OTHER_TYPE =
  /^(Product|ProductGroup|Offer|VideoObject|MusicAlbum|MusicGroup|MusicPlaylist|CollectionPage|SearchResultsPage|ItemList|ProfilePage|SoftwareApplication|WebApplication|Movie|Book|Event)$/;
const OTHER_OG = /^(product|video|music|profile|book|books|place|business)/i;

function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Structured data outranks Open Graph, which many sites set to "article" on every page. */
function declaredKind(types: string[], ogType: string | null): DeclaredKind {
  if (types.some((t) => ARTICLE_TYPE.test(t))) return 'article';
  if (types.some((t) => OTHER_TYPE.test(t))) return 'other';
  if (/^article$/i.test(ogType ?? '')) return 'article';
  if (ogType && OTHER_OG.test(ogType)) return 'other';
  return 'unknown';
}

export function readMeta(doc: Document): PageMeta {
  const ld = jsonLdObjects(doc);
  const ldArticle: LdObject | undefined = ld.find((o) =>
    typesOf(o).some((t) => ARTICLE_TYPE.test(t)),
  );
  const ogType = metaContent(doc, ['og:type']);
  const declared = declaredKind([...ld.flatMap(typesOf), ...microdataTypes(doc)], ogType);

  const h1 = clean(doc.querySelector('h1')?.textContent);
  const titles = [
    ldArticle && ldString(ldArticle, 'headline'),
    metaContent(doc, ['og:title', 'twitter:title']),
    h1,
    clean(doc.title),
  ].filter((t): t is string => !!t);

  const byline =
    (ldArticle && ldString(ldArticle, 'author')) ??
    metaContent(doc, ['author', 'article:author', 'parsely-author', 'sailthru.author']) ??
    clean(
      doc.querySelector(
        '[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"]',
      )?.textContent,
    );
  const publishedAt =
    (ldArticle && ldString(ldArticle, 'datePublished')) ??
    metaContent(doc, ['article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date']) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const publisher = ldArticle?.publisher;
  const siteName =
    metaContent(doc, ['og:site_name', 'application-name']) ??
    (publisher && typeof publisher === 'object' ? ldString(publisher as LdObject, 'name') : null);

  return {
    meta: {
      title: clean(titles[0]) ?? '',
      byline: byline && !/^https?:/.test(byline) ? byline : null,
      publishedAt,
      siteName,
    },
    declared,
    titles,
  };
}
