import { NON_TEXT_TAGS } from '../text/blockText';
import { memoByString } from '../text/memo';
import { findNameWord } from '../text/nameWords';

/**
 * Parts of a page that are never article text: scripts and widgets, navigation, page and
 * article chrome, and containers whose class or id names them as boilerplate (comments, share
 * bars, related links, newsletters, ads). The same test decides what the body walk skips and
 * what `blockText` leaves out of a body block's text, so the two always agree.
 */

const SKIPPED_TAGS = new Set([
  ...NON_TEXT_TAGS,
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

/**
 * Boilerplate container names (class and id words, hyphenated ones whole), lower case, found by
 * findNameWord. A hyphenated name with a listed word in it needs no entry: "ad-container"
 * matches "ad".
 */
const UNLIKELY = new Set(
  `
comment comments commentlist disqus share sharing sharebar social related relatedposts recommend
recommended recommendations newsletter subscribe subscription signup sidebar side-bar footer
masthead menu breadcrumb breadcrumbs promo advert advertisement ad ads adslot
adcontainer sponsore sponsored outbrain taboola trendmd popular most-read mostread trending tag
tags taglist topics author-bio authorbio author-box authorbox author-info authorinfo
bio about-author aboutauthor cookie consent modal popup popover tooltip hover-card hovercard
rollover overlay skip visually-hidden visuallyhidden sr-only screen-reader screenreader toolbar
pagination pager nav navbar navigation next-post nextpost prev-post prevpost postnav
widget rail byline dateline meta captioncredit credit credits inlinead
yarpp read-more readmore more-stories morestories more-from morefrom also-read
alsoread see-also seealso newslettersignup paywall piano tp-container login
signin`
    .trim()
    .split(/\s+/),
);
/** Words that keep a container even if it also carries a boilerplate word ("article-body sidebar-layout"). */
const LIKELY = /(?:^|[-_\s])(?:article|body|content|main|story|entry|post|prose)(?:$|[-_\s])/;

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

/** Class and id words of an element, as the name rules read them. */
function namesOf(el: Element, cls: string | null): string {
  const id = el.id;
  if (!cls) return id;
  return id ? `${cls} ${id}` : cls;
}

/**
 * 'view': not shown (`hidden`, display or visibility off inline). 'aria': shown but kept
 * from screen readers (`aria-hidden`), which is what icons and decorative copies get, and
 * also, while a dialog is open, the wrapper of the whole page.
 */
export function hiddenAs(el: Element): 'view' | 'aria' | null {
  // Most elements carry no attribute at all: one cheap call spares them three reads.
  if (!el.hasAttributes()) return null;
  if (el.hasAttribute('hidden')) return 'view';
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'view';
  return el.getAttribute('aria-hidden') === 'true' ? 'aria' : null;
}

export const isHiddenElement = (el: Element): boolean => hiddenAs(el) !== null;

/** Elements that are never text (scripts, forms, media) or page chrome. */
export const isSkippedTag = (tag: string): boolean => SKIPPED_TAGS.has(tag);

/** Names that only boilerplate boxes get; weaker names (ad, widget, rail, sidebar) also turn up on page wrappers. */
const STRONG = new Set(
  `comment comments commentlist disqus related relatedposts jp-relatedposts yarpp share sharing
sharebar social recommend recommended recommendations newsletter outbrain taboola trendmd popular
most-read mostread trending more-stories morestories more-from morefrom cookie cookies consent
onetrust gdpr`.split(/\s+/),
);

/** A post embedded in the article (a tweet it quotes), not a share or follow box. */
const SOCIAL_EMBED = /(?:^|[-_\s])social(?:-media)?-embed(?=$|[-_\s])/;

type NameVerdict = 'strong' | 'weak' | null;

function judgeNames(names: string): NameVerdict {
  const lower = names.toLowerCase();
  if (!findNameWord(lower, UNLIKELY)) return null;
  const strong = !!findNameWord(lower, STRONG);
  if ((LIKELY.test(lower) && !strong) || SOCIAL_EMBED.test(lower)) return null;
  return strong ? 'strong' : 'weak';
}

const namesVerdict = memoByString(judgeNames);

/**
 * How boilerplate the element's class or id says it is: 'strong' for names only boilerplate
 * boxes get, 'weak' for names page wrappers also get, null otherwise. A few tags are never
 * judged by name. `tag` and `cls` spare a walk that already read them another DOM call.
 */
export function boilerplateName(
  el: Element,
  tag = el.tagName.toUpperCase(),
  cls = el.getAttribute('class'),
): NameVerdict {
  if (KEPT_TAGS.has(tag) || (cls === null && !el.hasAttributes())) return null;
  const names = namesOf(el, cls);
  return names ? namesVerdict(names) : null;
}

/** The skip predicate of body blocks' text (`blockText(el, skipInBody)`). */
export function skipInBody(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  // Hidden and boilerplate-named both need an attribute.
  return el.hasAttributes() && (isHiddenElement(el) || boilerplateName(el, tag) !== null);
}
