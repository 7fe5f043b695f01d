import type { ArticleDetection } from '../article';
import { elementsOf, linksUnder } from '../dom/liveCollection';
import { compoundTails } from './compoundNames';
import { groupBlocks, itemTexts, type TeaserBlock } from './group';
import { isOwnHeading, isTeaserHeading, isTopicHeading, kindOf } from './labels';
import { anchorsAt, linkIndex, MULTI, type TeaserLinkItem } from './links';
import { pageFacts } from './page';
import {
  brandWords,
  isRelated,
  isTopicallyRelated,
  profileOf,
  siteNameWords,
  topicListBrand,
} from './relevance';

/**
 * Teaser blocks: groups of links to other stories around (and inside) the article. Every link
 * that is not page chrome and not inside the article's sentences becomes an item (links.ts);
 * items sharing a parent form a block if their place lets them count (group.ts).
 * A teaser heading the body detector took for body text ("You may also like" followed by cards
 * with excerpts) makes a block of its container when every body paragraph in it sits in a card
 * that links elsewhere.
 */

export function findTeasers(doc: Document, article: ArticleDetection): TeaserBlock[] {
  const root = doc.body;
  if (!root) return [];
  const facts = pageFacts(root, article);
  // Which href each element's links go to, or MULTI when they go to more than one page.
  const target = new Map<Element, string>();
  const anchors: [Element, string][] = [];
  for (const anchor of linksUnder(root)) {
    const href = facts.candidateHref(anchor);
    if (href !== null) anchors.push([anchor, href]);
  }
  const labels = repeatedLabels(anchors);
  const bylines: [Element, string][] = [];
  for (const [anchor, href] of anchors) {
    if (BYLINE_PATH.test(href) || labels.has(href)) bylines.push([anchor, href]);
    else markTarget(target, anchor, storyOf(href), root);
  }
  // A card's author, section or series link does not make it a card of two stories.
  const bylineHrefs = new Set(bylines.map(([, href]) => href));
  for (const [anchor, href] of bylines) markTarget(target, anchor, href, root, bylineHrefs);
  const index = linkIndex(facts, (el) => target.get(el));
  const groups = new Map<Element, TeaserLinkItem[]>();
  const allLinks: TeaserLinkItem[] = [];
  for (const [anchor, href] of anchors) {
    const link = index.make(anchor, href);
    if (!link) continue;
    allLinks.push(link);
    const parent = link.item.parentElement as Element;
    const list = groups.get(parent);
    if (list) list.push(link);
    else groups.set(parent, [link]);
  }
  const blocks: TeaserBlock[] = [];
  for (const [parent, links] of groups) blocks.push(...groupBlocks(parent, links, facts, article));
  blocks.push(...swallowedTeasers(article, allLinks));
  const found = settle(blocks, (anchor) => index.known.get(anchor) ?? null, index.unseen, article);
  foundOnPage.set(article, { blocks: found, unseen: index.unseen });
  return found;
}

/**
 * A story's numbered pages or slides (/best-gifts-for-you/, /best-gifts-for-you/2/) are that one
 * story; a short number after a section (/news/45) is a story of its own.
 */
const PAGE_NUMBER = /(\/[^/]*-[^/]*-[^/]*\/)\d{1,2}\/?$/;
const ENDS_IN_DIGIT = /\d\/?$/;
const storyOf = (href: string) =>
  ENDS_IN_DIGIT.test(href) ? href.replace(PAGE_NUMBER, '$1') : href;

/** A link repeated this often with the same short text is a label on cards, not a story. */
const LABEL_REPEATS = 3;
const LABEL_WORDS = 3;

/**
 * Addresses linked at least LABEL_REPEATS times, always with the same few words: a series or
 * section label on each card ("Opening Bell", "Long Reads"), unlike a story, whose links are its
 * photo, its headline and a "Read more".
 */
function repeatedLabels(anchors: [Element, string][]): Set<string> {
  const count = new Map<string, number>();
  for (const [, href] of anchors) count.set(href, (count.get(href) ?? 0) + 1);
  const texts = new Map<string, string | null>();
  for (const [anchor, href] of anchors) {
    if ((count.get(href) ?? 0) < LABEL_REPEATS || texts.get(href) === null) continue;
    const text = (anchor.textContent ?? '').trim();
    const short = text !== '' && text.split(/\s+/).length <= LABEL_WORDS;
    const seen = texts.get(href);
    texts.set(href, short && (seen === undefined || seen === text) ? text : null);
  }
  const labels = new Set<string>();
  for (const [href, text] of texts) if (text !== null) labels.add(href);
  return labels;
}

/** The address of an author's, a tag's or a section's own page, not of a story filed under it. */
const BYLINE_PATH =
  /\/(?:authors?|writers?|contributors?|people|profiles?|tags?|topics?|category|categories)\/[^/?#]+\/?(?:[?#]|$)/i;

/**
 * Records `href` as what `anchor` and its ancestors link to. A byline (`bylines` holds their
 * addresses) stops where a story's link was recorded: it sits in that story's card.
 */
function markTarget(
  target: Map<Element, string>,
  anchor: Element,
  href: string,
  root: Element,
  bylines?: ReadonlySet<string>,
): void {
  for (let el: Element | null = anchor; el && el !== root; el = el.parentElement) {
    const seen = target.get(el);
    if (seen === href || seen === MULTI) break;
    if (bylines && seen !== undefined && !bylines.has(seen)) break;
    target.set(el, seen === undefined ? href : MULTI);
  }
}

export interface Found {
  blocks: TeaserBlock[];
  unseen: ReadonlySet<TeaserLinkItem>;
}

/**
 * What findTeasers last found on an article's page: blocks found later (findTeasersIn) are
 * judged with its headlines too, for brand words and for a story's other headlines.
 */
const foundOnPage = new WeakMap<ArticleDetection, Found>();

export const foundBefore = (article: ArticleDetection): Found | undefined =>
  foundOnPage.get(article);

/**
 * Merges nested blocks, gives each block every candidate link inside it and marks the related
 * ones, with the headlines of blocks found `before` on the page. `linkOf` answers for any anchor
 * inside a block.
 */
export function settle(
  blocks: TeaserBlock[],
  linkOf: (anchor: Element) => TeaserLinkItem | null,
  unseen: ReadonlySet<TeaserLinkItem>,
  article: ArticleDetection,
  before?: Found,
): TeaserBlock[] {
  // Nested blocks (a list inside a sidebar box that was widened to the box) become one.
  blocks.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
  const merged: TeaserBlock[] = [];
  for (const block of blocks) {
    if (!merged.some((m) => m.element.contains(block.element))) merged.push(block);
  }
  // Every candidate link inside a block belongs to it, the heading's own link included.
  for (const block of merged) {
    if (block.kind === 'inline-teaser') continue;
    const links: TeaserLinkItem[] = [];
    for (const anchor of anchorsAt(block.element)) {
      const link = linkOf(anchor);
      if (link) links.push(link);
    }
    block.links = links;
  }
  // A list of tag, section or author pages ("Related Topics: PCs, Servers") names no story.
  const stories = merged.filter(
    (b) => b.links.some((l) => !BYLINE_PATH.test(l.href)) && !holdsArticleText(b.element, article),
  );
  if (stories.length === 0) return [];
  markRelated({ blocks: stories, unseen }, before, article);
  return stories;
}

/** Shorter paragraphs may be a card's standfirst. */
const ARTICLE_PARAGRAPH = 80;

/** Tags and classes of the body's text blocks: what the article's own paragraphs look like. */
interface ParagraphKinds {
  tags: Set<string>;
  /** Tag and class, joined by a space. */
  kinds: Set<string>;
}
const paragraphKinds = new WeakMap<ArticleDetection, ParagraphKinds>();
const kindOfParagraph = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

function kindsOf(article: ArticleDetection): ParagraphKinds {
  let known = paragraphKinds.get(article);
  if (!known) {
    const own = article.blocks
      .filter((b) => b.kind === 'text' && b.text.length >= ARTICLE_PARAGRAPH)
      .map((b) => b.element);
    known = {
      tags: new Set(own.map((el) => el.tagName)),
      kinds: new Set(own.map(kindOfParagraph)),
    };
    paragraphKinds.set(article, known);
  }
  return known;
}

/**
 * Whether a block inside the body's container holds a run of paragraphs just like the article's
 * own (same tag and class, long, no link, two under one parent; a card has one standfirst):
 * markup with a box left unclosed can nest the rest of the article inside a "Most read" row,
 * and hiding the row would hide the article's text.
 */
function holdsArticleText(el: Element, article: ArticleDetection): boolean {
  if (!article.body.contains(el)) return false;
  const { tags, kinds } = kindsOf(article);
  const parents = new Set<Element | null>();
  for (const tag of tags) {
    for (const p of elementsOf(el.getElementsByTagName(tag))) {
      if (!kinds.has(kindOfParagraph(p)) || p.querySelector('a[href]')) continue;
      if ((p.textContent ?? '').trim().length < ARTICLE_PARAGRAPH) continue;
      if (parents.has(p.parentElement)) return true;
      parents.add(p.parentElement);
    }
  }
  return false;
}

/** Longer link texts are standfirsts and whole-card texts, not headlines. */
const MAX_HEADLINE_TEXT = 120;

/**
 * A story is related or not wherever it is linked, by any of its headlines: the headline speaks
 * for its photo link whose text is a caption, and for the same href in another list. A story is
 * judged by its standfirst only when no link gives it a headline: the lead words of a site's
 * standfirsts would make most of its stories look related. Image alts only speak for stories no
 * link names in words (a carousel's alt may belong to another slide).
 */

function markRelated(found: Found, before: Found | undefined, article: ArticleDetection): void {
  const profile = profileOf(article);
  const all = before ? [before, found] : [found];
  const blockTexts = all.flatMap(({ blocks }) => blocks.map((block) => itemTexts(block.links)));
  const pageHeadlines = blockTexts.flatMap((texts) => [...texts.values()]);
  const brand = new Set([...brandWords(pageHeadlines), ...siteNameWords(article.meta.siteName)]);
  const tails = compoundTails(pageHeadlines, article.blocks, profile.words);
  const storyTexts = new Map<string, { texts: Set<string>; visible: boolean }>();
  // Stories the site itself lists under a heading that promises this topic ("Related"), or that
  // its editor put inside the article's text ("Read more: …"), with the words their list has in
  // common.
  const topical = new Map<string, Set<string>>();
  const relatedHrefs = new Set<string>();
  let i = 0;
  for (const { blocks, unseen } of all) {
    for (const block of blocks) {
      const textOf = blockTexts[i++] as Map<Element, string>;
      if (block.heading !== null && isOwnHeading(block.heading))
        for (const link of block.links) relatedHrefs.add(link.href);
      const common =
        block.kind === 'inline-teaser' || (block.heading !== null && isTopicHeading(block.heading))
          ? new Set([...brand, ...topicListBrand([...textOf.values()], block.heading ?? '')])
          : null;
      if (profile.subject) common?.delete(profile.subject);
      for (const link of block.links) {
        if (common) topical.set(link.href, common);
        const visible = !unseen.has(link);
        const prev = storyTexts.get(link.href);
        if (prev?.visible && !visible) continue;
        const texts = prev && prev.visible === visible ? prev.texts : new Set<string>();
        texts.add(textOf.get(link.item) ?? link.text);
        if (link.text !== textOf.get(link.item)) texts.add(link.text);
        storyTexts.set(link.href, { texts, visible });
      }
    }
  }
  for (const [href, { texts }] of storyTexts) {
    if (relatedHrefs.has(href)) continue;
    const common = topical.get(href);
    const related = (text: string) =>
      isRelated(text, profile, brand, tails) ||
      (common !== undefined && isTopicallyRelated(text, profile, common, tails));
    // A story with a headline is judged by its headlines: a standfirst's lead words would make
    // most stories of the site look related.
    const headlines = [...texts].filter((t) => t.length <= MAX_HEADLINE_TEXT);
    if ((headlines.length > 0 ? headlines : [...texts]).some(related)) relatedHrefs.add(href);
  }
  for (const block of found.blocks) {
    for (const link of block.links) link.related = relatedHrefs.has(link.href);
    block.related = block.links.some((l) => l.related);
  }
}

/**
 * Teaser sections the body detector read as article text: a teaser heading among the body's
 * blocks whose container starts after the article's first paragraph and holds only cards that
 * link to other pages (their excerpts are the "paragraphs" the detector saw).
 */
function swallowedTeasers(article: ArticleDetection, links: TeaserLinkItem[]): TeaserBlock[] {
  const first = article.blocks[0]?.element;
  const out: TeaserBlock[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'heading' || block.text.length > 80 || !isTeaserHeading(block.text))
      continue;
    const box = block.element.parentElement;
    if (!box || box === article.body || !article.body.contains(box)) continue;
    if (first && box.contains(first)) continue;
    const inBox = links.filter((l) => box.contains(l.anchor));
    if (new Set(inBox.map((l) => l.href)).size < 2) continue;
    const cardOf = (el: Element) => {
      let card = el;
      while (card.parentElement && card.parentElement !== box) card = card.parentElement;
      return card;
    };
    const onlyCards = article.blocks.every((other) => {
      if (other === block || !box.contains(other.element)) return true;
      if (!(block.element.compareDocumentPosition(other.element) & 4)) return false;
      const card = cardOf(other.element);
      return inBox.some((l) => card.contains(l.anchor));
    });
    if (!onlyCards) continue;
    out.push({
      element: box,
      heading: block.text,
      kind: kindOf(block.text, box, false),
      related: false,
      links: [],
    });
  }
  return out;
}
