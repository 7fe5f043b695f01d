/**
 * Links Sourcelight never hides: site navigation and chrome, share buttons, comments, tags,
 * author links. A link inside any of these is not a teaser whatever it points to.
 */

const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'MENU', 'FORM', 'BUTTON']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|menu|menubar|search|dialog)$/;
const CHROME_NAMES =
  /(?:^|[-_\s])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|comments?|commentlist|disqus|tags?|tag-?list|tagcloud|author|byline|pagination|pager|post-?nav(?:igation)?|skip|cookie|consent|login|signin|masthead|site-?header|site-?footer)(?=$|[-_\s\d])/i;

export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length > 1 && CHROME_NAMES.test(names);
}

export function isNeverHiddenLink(a: HTMLAnchorElement): boolean {
  const rel = a.getAttribute('rel') ?? '';
  if (/\b(?:tag|author|category|next|prev)\b/.test(rel)) return true;
  const href = a.getAttribute('href') ?? '';
  return href === '' || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href);
}
