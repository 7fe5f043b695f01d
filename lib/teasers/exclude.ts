/**
 * Links Sourcelight never hides: site navigation and chrome, share buttons, comments, tags,
 * author links. A link inside any of these is not a teaser whatever it points to, but for a
 * teaser box a site nested inside an author, tags or comments wrapper (page.ts).
 *
 * Footers and site headers are chrome of a softer kind: besides their menus, news sites put
 * lists of story headlines there ("Canada", "World", … three headlines each in a footer; an
 * "In brief" or "Our picks" strip under the masthead). Links there may form a teaser block, but
 * only a list of headlines (see group.ts), never a menu; a <nav> inside stays chrome.
 */

import { memoByString } from '../text/memo';
import { findNameWord } from '../text/nameWords';

const CHROME_TAGS = new Set(['NAV', 'MENU', 'FORM', 'BUTTON']);
const CHROME_ROLES = /^(?:navigation|menu|menubar|search|dialog)$/;
const HARD_WORDS = new Set(
  `nav navbar navigation menu breadcrumb breadcrumbs share sharing social commentlist disqus tag-list
taglist tagcloud pagination pager post-nav postnav post-navigation postnavigation skip cookie
consent login signin`.split(/\s+/),
);
/**
 * Words of chrome that wraps a few links about the article (its author, tags, comments), and
 * that sites often wrap around a sidebar too: a teaser box inside one is not chrome (page.ts).
 * "recent-comments" is a widget of links to other posts' discussions, not this article's comments.
 */
const WRAPPER_WORDS = new Set(['comment', 'comments', 'tag', 'tags', 'author', 'byline']);
const afterRecent = (part: string, start: number, word: string) =>
  word.startsWith('comment') && part.slice(start - 7, start - 1) === 'recent';
/**
 * A site's footer or header by name: "site-footer", "sticky-footer", "footer" alone, "masthead",
 * "site-header"; "card-footer" and "entry-footer" are a card's and an article's.
 */
const FOOTER_WORDS = new Set(
  `site-footer sitefooter page-footer pagefooter global-footer globalfooter sticky-footer
stickyfooter masthead site-header siteheader`.split(/\s+/),
);
const FOOTER_ALONE = /(?:^|\s)footer(?=$|\s)/;

/**
 * A WordPress post (a teaser card, often) names itself after its terms and author:
 * `class="post-12 type-post status-publish hentry tag-minnesota-wild author-jdoe"`. Those are
 * not a tags box or an author box.
 */
const WP_POST = /(?:^|\s)(?:hentry|type-post|status-publish)(?=\s|$)/;
const WP_TERMS = /(?:^|\s)(?:tag|category|author)-\S+/g;

/** 'named': chrome only by a WRAPPER_WORDS word in its class or id. */
export type ChromeKind = 'chrome' | 'named' | 'footer';

/** Class and id words are found by findNameWord: long alternations cost a cold page more. */
function chromeByNames(names: string): ChromeKind | null {
  const lower = names.toLowerCase();
  const terms = WP_POST.test(lower) ? lower.replace(WP_TERMS, ' ') : lower;
  if (findNameWord(terms, HARD_WORDS)) return 'chrome';
  if (findNameWord(terms, WRAPPER_WORDS, afterRecent))
    return terms !== lower && findNameWord(lower, HARD_WORDS) ? 'chrome' : 'named';
  return findNameWord(lower, FOOTER_WORDS) || FOOTER_ALONE.test(lower) ? 'footer' : null;
}

const chromeOfNames = memoByString((names) => (names.length > 1 ? chromeByNames(names) : null));

/** An element's class and id, the words its page names it by (' ' when it has neither). */
export function namesOf(el: Element): string {
  // Most elements have no attributes: one cheap call spares two attribute reads.
  if (!el.hasAttributes()) return ' ';
  const cls = el.getAttribute('class');
  const id = el.id;
  return cls === null && id === '' ? ' ' : `${cls ?? ''} ${id}`;
}

/**
 * A WordPress menu whose every entry is a post (`menu-item-object-post`), or such an entry: a
 * list of stories the site keeps by hand ("Natal e Ano Novo": one Christmas message after
 * another), not navigation, whose entries are sections, pages and categories.
 */
function isPostMenu(el: Element): boolean {
  // An entry is a post's; its menu decides whether its place is chrome.
  if (el.classList.contains('menu-item-object-post')) return true;
  const items = el.getElementsByClassName('menu-item');
  if (items.length < 2) return false;
  for (const item of items) if (!item.classList.contains('menu-item-object-post')) return false;
  return true;
}

export function chromeKind(el: Element, names = namesOf(el)): ChromeKind | null {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return tag === 'NAV' && isPostMenu(el) ? null : 'chrome';
  if (!el.hasAttributes()) return tag === 'FOOTER' || tag === 'HEADER' ? 'footer' : null;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return 'chrome';
  // A tab's panel holds content, whatever its id says ("nav-featured" in Bootstrap tabs).
  if (role === 'tabpanel') return null;
  const byNames = chromeOfNames(names);
  if (byNames === 'chrome') return isPostMenu(el) ? null : 'chrome';
  if (byNames === 'named') return byNames;
  if (
    byNames === 'footer' ||
    tag === 'FOOTER' ||
    tag === 'HEADER' ||
    role === 'contentinfo' ||
    role === 'banner'
  )
    return 'footer';
  return null;
}

/** Share intents of messengers and social sites: a card's "share this story" buttons. */
const SHARE_HREF =
  /^(?:whatsapp|fb-messenger|viber|tg|sms):|\/\/(?:[\w-]+\.)*(?:facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|feed|send))|(?:twitter|x)\.com\/(?:intent|share)|pinterest\.[a-z.]+\/pin\/create|linkedin\.com\/(?:sharearticle|sharing|cws\/share)|reddit\.com\/submit|whatsapp\.com\/send|t(?:elegram)?\.me\/share|tumblr\.com\/(?:share|widgets\/share)|vk\.com\/share|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet)/i;

const NEVER_REL = /\b(?:tag|author|category|next|prev)\b/;
const NOT_A_PAGE = /^(?:javascript|mailto|tel):/i;

/**
 * Links that are never teasers themselves. Share and download buttons in particular are chrome
 * of whatever card holds them: ignoring them lets a card with its own share row be one item,
 * hidden whole with its headline.
 */
export function isNeverHiddenLink(a: Element, href: string): boolean {
  if (href === '' || href.startsWith('#')) return true;
  const rel = a.getAttribute('rel');
  if (rel && NEVER_REL.test(rel)) return true;
  if (a.hasAttribute('download')) return true;
  // Both patterns need a scheme or a host: a plain path ("/world/story") is neither.
  if (!href.includes(':') && !href.includes('//')) return false;
  return NOT_A_PAGE.test(href) || SHARE_HREF.test(href);
}
