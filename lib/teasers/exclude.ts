/**
 * Links Sourcelight never hides: site navigation and chrome, share buttons, comments, tags,
 * author links. A link inside any of these is not a teaser whatever it points to.
 *
 * Footers are chrome of a softer kind: besides their menus, news sites put lists of story
 * headlines there ("Canada", "World", … three headlines each). Links in a footer may form a
 * teaser block, but only a list of headlines (see find.ts), never a menu.
 */

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'MENU', 'FORM', 'BUTTON']);
const CHROME_ROLES = /^(?:navigation|banner|menu|menubar|search|dialog)$/;
// "recent-comments" is a widget of links to other posts' discussions, not this article's comments.
const CHROME_NAMES =
  /(?:^|[-_\s])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|(?<!recent[-_])comments?|commentlist|disqus|tags?|tag-?list|tagcloud|author|byline|pagination|pager|post-?nav(?:igation)?|skip|cookie|consent|login|signin|masthead|site-?header)(?=$|[-_\s\d])/i;
const FOOTER_NAMES = /(?:^|[-_\s])(?:site-?footer|page-?footer|global-?footer)(?=$|[-_\s\d])/i;

export type ChromeKind = 'chrome' | 'footer';

/** An element's class and id, the words its page names it by. */
export const namesOf = (el: Element) =>
  el.hasAttributes() ? `${el.getAttribute('class') ?? ''} ${el.id}` : ' ';

export function chromeKind(el: Element, names = namesOf(el)): ChromeKind | null {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return 'chrome';
  if (!el.hasAttributes()) return tag === 'FOOTER' ? 'footer' : null;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return 'chrome';
  if (names.length > 1 && CHROME_NAMES.test(names)) return 'chrome';
  if (tag === 'FOOTER' || role === 'contentinfo' || FOOTER_NAMES.test(names)) return 'footer';
  return null;
}

export function isNeverHiddenLink(a: Element, href: string): boolean {
  const rel = a.getAttribute('rel');
  if (rel && /\b(?:tag|author|category|next|prev)\b/.test(rel)) return true;
  return href === '' || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href);
}
