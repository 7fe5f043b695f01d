/**
 * Parts of a page that are never article text: scripts and widgets, navigation, page and
 * article chrome, and containers whose class or id names them as boilerplate (comments, share
 * bars, related links, newsletters, ads). The same test decides what the body walk skips and
 * what `blockText` leaves out of a body block's text, so the two always agree.
 */

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'OPTION',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'MENU',
  'DIALOG',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'MAP',
  'LABEL',
]);

/** Boilerplate container names, matched against class and id words. */
const UNLIKELY =
  /(?:^|[-_\s])(?:comments?|commentlist|disqus|share|sharing|sharebar|social|related|relatedposts|recommend(?:ed|ations)?|newsletter|subscribe|subscription|signup|sidebar|side-?bar|footer|masthead|menu|breadcrumbs?|promo|advert|advertisement|ads?|adslot|ad-?container|sponsored?|outbrain|taboola|trendmd|popular|most-?read|trending|tags?|tag-?list|topics|author-?(?:bio|box|info)|bio|about-?author|cookie|consent|modal|popup|popover|tooltip|hover-?card|rollover|overlay|skip|visually-?hidden|sr-only|screen-?reader|toolbar|pagination|pager|nav|navbar|navigation|next-?post|prev-?post|post-?nav|widget|rail|byline|dateline|meta|caption-?credit|credits?|inline-?ad|jp-relatedposts|yarpp|read-?more|more-?stories|more-?from|also-?read|see-?also|newsletter-?signup|paywall|piano|tp-container|login|signin)(?=$|[-_\s\d])/i;
/** Words that keep a container even if it also carries a boilerplate word ("article-body sidebar-layout"). */
const LIKELY = /(?:^|[-_\s])(?:article|body|content|main|story|entry|post|prose)(?:$|[-_\s])/i;

const KEPT_TAGS = new Set([
  'BODY',
  'HTML',
  'ARTICLE',
  'MAIN',
  'P',
  'A',
  'TABLE',
  'TBODY',
  'TR',
  'TD',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
]);

function namesOf(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.id;
  if (!cls) return id;
  return id ? `${cls} ${id}` : cls;
}

export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True when a class/id names the element as page boilerplate. */
export function isBoilerplateName(el: Element): boolean {
  const names = namesOf(el);
  if (!names || !UNLIKELY.test(names)) return false;
  return !LIKELY.test(names) || STRONG.test(names);
}

/** Elements the body walk never enters: not text (scripts, forms, media), page chrome, hidden. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isHiddenElement(el);
}

/** Names that only boilerplate boxes get; weaker names (ad, widget, rail, sidebar) also turn up on page wrappers. */
const STRONG =
  /(?:^|[-_\s])(?:comments?|commentlist|disqus|related|relatedposts|jp-relatedposts|yarpp|share|sharing|sharebar|social|recommend(?:ed|ations)?|newsletter|outbrain|taboola|trendmd|popular|most-?read|trending|more-?stories|more-?from|cookies?|consent|onetrust|gdpr)(?=$|[-_\s\d])/i;

/** A post embedded in the article (a tweet it quotes), not a share or follow box. */
const SOCIAL_EMBED = /(?:^|[-_\s])social(?:-media)?-embed(?=$|[-_\s])/i;

/**
 * How boilerplate the element's class or id says it is: 'strong' for names only boilerplate
 * boxes get, 'weak' for names page wrappers also get, null otherwise. A few tags are never
 * judged by name.
 */
export function boilerplateName(el: Element): 'strong' | 'weak' | null {
  if (KEPT_TAGS.has(el.tagName.toUpperCase()) || !isBoilerplateName(el)) return null;
  const names = namesOf(el);
  if (SOCIAL_EMBED.test(names)) return null;
  return STRONG.test(names) ? 'strong' : 'weak';
}

export function isBoilerplateContainer(el: Element): boolean {
  return boilerplateName(el) !== null;
}

/** The skip predicate of body blocks' text (`blockText(el, skipInBody)`). */
export function skipInBody(el: Element): boolean {
  return isSkippedElement(el) || isBoilerplateContainer(el);
}
