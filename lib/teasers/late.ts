import type { ArticleDetection } from '../article';
import { foundBefore, settle } from './find';
import { groupBlocks, type TeaserBlock } from './group';
import { anchorsAt, linkIndex, MULTI, type TeaserLinkItem } from './links';
import { pageFacts } from './page';

/**
 * Teaser blocks among elements the page added after load (a vendor widget, a list of related
 * stories, cards appended to an existing list), found without reading the rest of the page's
 * links: only the links inside `added` are judged, and the groups they fall into. A group is
 * taken whole, its items outside `added` too, so that an <li> added to a list is judged with the
 * list's other items, as findTeasers would judge it. Returns the blocks that hold or sit in one
 * of the added elements, as findTeasers would find them on the page as it is now, but for two
 * things: a story's other headlines and the brand words come from these blocks and those
 * findTeasers found at load (not from the page as it is now), and teaser sections the body
 * detector read as article text are not looked for.
 */
export function findTeasersIn(
  doc: Document,
  article: ArticleDetection,
  added: readonly Element[],
): TeaserBlock[] {
  const root = doc.body;
  if (!root) return [];
  // The outermost added elements still on the page (a busy page adds many: no pairwise checks).
  const addedSet = new Set(added);
  const roots = [...addedSet].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (addedSet.has(up)) return false;
      if (up === root) return true;
    }
    return false;
  });
  if (roots.length === 0) return [];
  const facts = pageFacts(root, article);
  const hrefs = new Map<Element, string | null>();
  const hrefOf = (anchor: Element) => {
    let href = hrefs.get(anchor);
    if (href === undefined) {
      href = facts.candidateHref(anchor);
      hrefs.set(anchor, href);
    }
    return href;
  };
  // What findTeasers learns from every link of the page, asked of the few elements that matter.
  const targets = new Map<Element, string | undefined>();
  const targetOf = (el: Element) => {
    if (targets.has(el)) return targets.get(el);
    let target: string | undefined;
    for (const anchor of anchorsAt(el)) {
      const href = hrefOf(anchor);
      if (href === null || href === target) continue;
      if (target !== undefined) {
        target = MULTI;
        break;
      }
      target = href;
    }
    targets.set(el, target);
    return target;
  };
  const index = linkIndex(facts, targetOf);
  const linkOf = (anchor: Element) => {
    const href = hrefOf(anchor);
    return href === null ? null : index.make(anchor, href);
  };

  const parents = new Set<Element>();
  for (const el of roots) {
    for (const anchor of anchorsAt(el)) {
      const parent = linkOf(anchor)?.item.parentElement;
      if (parent) parents.add(parent);
    }
  }
  const groups: TeaserLinkItem[][] = [];
  for (const parent of parents) {
    const links = groupAt(parent, linkOf, (el) => facts.holdsBody(el) || targetOf(el) === MULTI);
    if (links.length > 0) groups.push(links);
  }
  // In document order of their first links, as findTeasers meets them.
  groups.sort((a, b) =>
    (a[0] as TeaserLinkItem).anchor.compareDocumentPosition((b[0] as TeaserLinkItem).anchor) & 4
      ? -1
      : 1,
  );
  const blocks = groups.flatMap((links) =>
    groupBlocks((links[0] as TeaserLinkItem).item.parentElement as Element, links, facts, article),
  );
  return settle(blocks, linkOf, index.unseen, article, foundBefore(article)).filter((block) =>
    roots.some((el) => el.contains(block.element) || block.element.contains(el)),
  );
}

/**
 * Every candidate link whose item is a child of `parent`, in document order. A child is the
 * item of all the links in it unless it holds the body or links to several pages (`splits`),
 * then only of itself when it is a link.
 */
function groupAt(
  parent: Element,
  linkOf: (anchor: Element) => TeaserLinkItem | null,
  splits: (el: Element) => boolean,
): TeaserLinkItem[] {
  const links: TeaserLinkItem[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const anchors = splits(child) ? (child.matches('a[href]') ? [child] : []) : anchorsAt(child);
    for (const anchor of anchors) {
      const link = linkOf(anchor);
      if (link && link.item.parentElement === parent) links.push(link);
    }
  }
  return links;
}
