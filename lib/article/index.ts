import type { ArticleMeta, ParagraphKind } from '../model';
import { blockText } from '../text/blockText';
import { selectBody } from './body';
import { bodyStats, isArticlePage } from './decide';
import { readMeta } from './meta';
import { skipInBody } from './prune';
import { walkBody } from './walk';

export { isInlineTeaser } from './inlineTeaser';
export { skipInBody } from './prune';

export interface BodyBlock {
  element: Element;
  kind: ParagraphKind;
  text: string;
}

export interface ArticleDetection {
  meta: ArticleMeta;
  /** Live element of the page holding the body (the blocks' common ancestor). */
  body: Element;
  blocks: BodyBlock[];
}

/** Fewer paragraphs than this, and no article declared: not worth a walk. */
const MIN_PARAGRAPH_TAGS = 3;

/** Cheap gate for the always-on content script: true when the page cannot be an article. */
export function quickReject(doc: Document): boolean {
  const body = doc.body;
  if (!body) return true;
  if (doc.getElementsByTagName('p').length >= MIN_PARAGRAPH_TAGS) return false;
  if (
    doc.querySelector(
      'meta[property="og:type"][content="article" i], script[type="application/ld+json"], article',
    )
  )
    return false;
  // Pages laid out with <br> instead of <p> still carry long text runs.
  return (body.textContent?.length ?? 0) < 2000;
}

function commonAncestor(elements: Element[]): Element | null {
  let anc: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

export function detectArticle(doc: Document): ArticleDetection | null {
  if (quickReject(doc) || !doc.body) return null;
  const walk = walkBody(doc.body);
  if (!walk.container) return null;
  const { meta, declared, titles } = readMeta(doc);
  const leaves = selectBody(walk, titles);
  if (!isArticlePage(bodyStats(walk, leaves), declared)) return null;
  const blocks = leaves
    .map((leaf) => ({
      element: leaf.element,
      kind: leaf.kind,
      text: blockText(leaf.element, skipInBody).text,
    }))
    .filter((b) => b.text.length > 0);
  const body = commonAncestor(blocks.map((b) => b.element));
  if (!body) return null;
  return { meta, body, blocks };
}
