import { elementsOf } from '../dom/liveCollection';
import type { ArticleMeta } from '../model';
import { jsonLdObjects, jsonLdScripts, type LdObject, ldString, typesOf } from './jsonLd';
import { addItemTypes, readMicrodata } from './microdata';

/**
 * What the page says it is and what it says about itself: title, byline, date and site name
 * from JSON-LD, Open Graph / article meta tags and microdata, falling back to the markup.
 */

/**
 * 'article' when structured data or microdata declare the page an article; 'tagged' when only
 * og:type does, which many sites set on every page, home pages included; 'discussion' for a
 * forum thread or a question and its answers; 'other' when it declares another main kind
 * (product, video, album, listing); else 'unknown'.
 */
export type DeclaredKind = 'article' | 'tagged' | 'discussion' | 'other' | 'unknown';

export const declaresArticle = (kind: DeclaredKind) => kind === 'article' || kind === 'tagged';

export interface PageMeta {
  /** Title variants (og:title, headline, h1, <title>) for recognising the headline inside the page. */
  titles: string[];
  /** The page declares when it was published (JSON-LD or a meta tag; a <time> anywhere may be a card's). */
  dated: boolean;
  /** What the page declares itself; the first call may walk the page's microdata… */
  declared: () => DeclaredKind;
  /** …unless JSON-LD already names an article, and then this is true. */
  declaredForFree: boolean;
  /** Title, byline, date and site name, read once the page is known to be an article. */
  describe: () => ArticleMeta;
}

/**
 * Type names tested by string comparison, not regular expressions: the gate reads them on every
 * page, and a regular expression is compiled on its first use, which on a page met cold costs
 * more than the test.
 */
const ARTICLE_ENDINGS = ['Article', 'BlogPosting', 'SocialMediaPosting', 'Report'];
const isArticleType = (t: string) => ARTICLE_ENDINGS.some((end) => t.endsWith(end));
const OTHER_TYPES = new Set([
  'Product',
  'ProductGroup',
  'Offer',
  'VideoObject',
  'MusicAlbum',
  'MusicGroup',
  'MusicPlaylist',
  'CollectionPage',
  'SearchResultsPage',
  'ItemList',
  'ProfilePage',
  'SoftwareApplication',
  'WebApplication',
  'Movie',
  'Book',
  'Event',
]);
/**
 * What forum software (XenForo, Discourse, Reddit) and question sites (Stack Exchange) declare
 * on a thread: posts of many writers, however long, never one story.
 */
const DISCUSSION_TYPES = new Set(['DiscussionForumPosting', 'QAPage']);
/** og:type values (by their start, in any case) of pages that are not stories. */
const OTHER_OG = ['product', 'video', 'music', 'profile', 'book', 'place', 'business'];

/** Content of the page's <meta> tags by lower-cased property, name or itemprop (first one wins). */
export type MetaTags = Map<string, string>;

export function metaTags(doc: Document): MetaTags {
  const out: MetaTags = new Map();
  for (const el of elementsOf(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

function metaContent(tags: MetaTags, names: string[]): string | null {
  for (const name of names) {
    const v = tags.get(name);
    if (v) return v;
  }
  return null;
}

function firstTag(doc: Document, tag: string): Element | null {
  return doc.getElementsByTagName(tag)[0] ?? null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function firstDatetime(doc: Document): string | null {
  for (const time of elementsOf(doc.getElementsByTagName('time'))) {
    const v = time.getAttribute('datetime');
    if (v) return v;
  }
  return null;
}

/** The page's JSON-LD, read once for the gate and the metadata. */
export interface Declarations {
  ld: LdObject[];
  ldArticle: LdObject | undefined;
}

export function readDeclarations(doc: Document): Declarations {
  const ld = jsonLdObjects(jsonLdScripts(doc).map((script) => script.textContent));
  const ldArticle = ld.find((o) => typesOf(o).some(isArticleType));
  return { ld, ldArticle };
}

/**
 * Structured data outranks Open Graph, which many sites set to "article" on every page; og:type
 * is read only when the structured data says nothing.
 */
export function kindOf(types: string[], readOgType: () => string | null): DeclaredKind {
  if (types.some(isArticleType)) return 'article';
  if (types.some((t) => DISCUSSION_TYPES.has(t))) return 'discussion';
  if (types.some((t) => OTHER_TYPES.has(t))) return 'other';
  const ogType = readOgType()?.toLowerCase();
  if (ogType === 'article') return 'tagged';
  if (ogType && OTHER_OG.some((start) => ogType.startsWith(start))) return 'other';
  return 'unknown';
}

/** Article items in a page's microdata that make it a listing of posts. */
const LISTED_ITEMS = 3;

/** Microdata types; several article items are a listing of posts, which declares no article. */
function itemsOfOne(types: string[]): string[] {
  const articles = types.filter(isArticleType).length;
  return articles >= LISTED_ITEMS ? types.filter((t) => !isArticleType(t)) : types;
}

/** Microdata item types on the elements an article item sits on, without walking the page. */
function topItemTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const el of [
    doc.documentElement,
    doc.body,
    ...elementsOf(doc.getElementsByTagName('article')),
  ])
    addItemTypes(el?.getAttribute('itemtype'), types);
  return types;
}

const OG_TYPE = 'meta[property="og:type" i],meta[name="og:type" i]';

/**
 * The declared kind from JSON-LD, og:type and the top elements' microdata only: cheap enough for
 * the gate. og:type is found by a native selector: reading every <meta> (as readMeta does, past
 * the gate) makes a page met cold build an object for each. The <head> is searched before the
 * body: a selector over the whole document walks all of it in DOMs without a native one (jsdom:
 * 0.9 ms against 0.2 ms on an average article page), but one page in twenty has its Open Graph
 * tags in the body, where the parser put them after an element that closed the head early.
 */
export function quickDeclaredKind(doc: Document, decl: Declarations): DeclaredKind {
  return kindOf([...decl.ld.flatMap(typesOf), ...topItemTypes(doc)], () => {
    const og = doc.head?.querySelector(OG_TYPE) ?? doc.body?.querySelector(OG_TYPE);
    return og?.getAttribute('content')?.trim() || null;
  });
}

/**
 * `h1`: the headline element as the body walk met it; the page's first <h1> is looked up only
 * when the walk met none (a headline inside the page's <header>).
 */
export function readMeta(
  doc: Document,
  decl: Declarations = readDeclarations(doc),
  h1El: Element | null = null,
): PageMeta {
  const { ld, ldArticle } = decl;
  const tags = metaTags(doc);
  const items = readMicrodata(doc.documentElement);
  const ogType = metaContent(tags, ['og:type']);
  const ldTypes = ld.flatMap(typesOf);
  let declared: DeclaredKind | null = null;

  const h1 = clean((h1El ?? firstTag(doc, 'h1'))?.textContent);
  const titles = [
    ldArticle && ldString(ldArticle, 'headline'),
    metaContent(tags, ['og:title', 'twitter:title']),
    h1,
    clean(doc.title),
  ].filter((t): t is string => !!t);
  const declaredDate =
    (ldArticle && ldString(ldArticle, 'datePublished')) ??
    metaContent(tags, ['article:published_time', 'datepublished', 'pubdate', 'date', 'dc.date']);

  const describe = (): ArticleMeta => {
    const byline =
      (ldArticle && ldString(ldArticle, 'author')) ??
      metaContent(tags, ['author', 'article:author', 'parsely-author', 'sailthru.author']) ??
      clean(items.author()?.textContent);
    const publisher = ldArticle?.publisher;
    const siteName =
      metaContent(tags, ['og:site_name', 'application-name']) ??
      (publisher && typeof publisher === 'object' ? ldString(publisher as LdObject, 'name') : null);
    return {
      title: clean(titles[0]) ?? '',
      byline: byline && !/^https?:/.test(byline) ? byline : null,
      publishedAt: declaredDate ?? firstDatetime(doc),
      siteName,
    };
  };

  return {
    titles,
    dated: !!declaredDate,
    declared: () => {
      declared ??= kindOf(
        ldArticle ? ldTypes : [...ldTypes, ...itemsOfOne(items.types())],
        () => ogType,
      );
      return declared;
    },
    declaredForFree: !!ldArticle,
    describe,
  };
}
