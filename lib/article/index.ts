import type { ArticleMeta, ParagraphKind } from '../model';
import { isSiteFront } from '../pageUrl';
import { selectBody } from './body';
import { bodyBlockText } from './bodyBlockText';
import { bodyStats, decideArticle } from './decide';
import { LONG_PROSE, paragraphEvidence, passesGate } from './gate';
import {
  type Declarations,
  declaresArticle,
  quickDeclaredKind,
  readDeclarations,
  readMeta,
} from './meta';
import { passesScreen } from './screen';
import { type WalkResult, walkBody } from './walk';

export { isInlineTeaser } from './inlineTeaser';
export { skipInBody } from './prune';
export { passesScreen } from './screen';

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

/** Cheap gate for the always-on content script: true when the page cannot be an article. */
export function quickReject(doc: Document): boolean {
  return (
    !doc.body || !passesGate(doc, paragraphEvidence(doc, LONG_PROSE), () => readDeclarations(doc))
  );
}

function commonAncestor(elements: Element[]): Element | null {
  let anc: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (anc && !anc.contains(el)) anc = anc.parentElement;
  }
  return anc;
}

/**
 * A numeric date (05/10/2018, 2018-10-05, 2018.10.5, 2018年10月5日) or a day-month-year date, in
 * Latin or Cyrillic letters.
 */
const DATE =
  /\b(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d(?:[./-]| ?[年년] ?)\d{1,2}(?:[./-]| ?[月월] ?)\d{1,2}|\d{1,2}\.? [A-Za-zÀ-žЀ-ӿ]{3,12}\.? (?:19|20)\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)\b/;

/** A visible date at the start of the body container: a dateline the page did not declare. */
function datedStart(walk: WalkResult): boolean {
  const first = walk.leaves[walk.start];
  return !!first && DATE.test((first.element.textContent ?? '').slice(0, 300));
}

/** The body blocks a walk found and the page's metadata, when they make an article. */
function bodyOf(doc: Document, walk: WalkResult, declared: () => Declarations) {
  if (!walk.container) return null;
  const page = readMeta(doc, declared(), walk.h1);
  const leaves = selectBody(walk, page.titles);
  const signed = page.dated || !!walk.container.closest('article') || datedStart(walk);
  const stats = bodyStats(walk, leaves);
  if (!decideArticle(stats, page.declared, page.declaredForFree, signed)) return null;
  return { page, leaves };
}

export function detectArticle(doc: Document): ArticleDetection | null {
  let declarations: Declarations | null = null;
  const declared = () => {
    declarations ??= readDeclarations(doc);
    return declarations;
  };
  if (!doc.body) return null;
  const evidence = paragraphEvidence(doc, LONG_PROSE);
  if (!passesGate(doc, evidence, declared)) return null;
  // A page that says it is an article gets a second look without class names (as Readability
  // retries without its unlikely-candidate rule): markup with a box left unclosed nests the
  // body inside a sidebar or related-links box. Undeclared pages get none, or forum and
  // live-score pages would pass on their comment boxes; nor do pages that say so only by
  // og:type or microdata, which live-score pages also carry, unless they hold a long run of
  // paragraphs somewhere.
  const found =
    bodyOf(doc, walkBody(doc.body), declared) ??
    (declared().ldArticle ||
    (evidence.parent >= LONG_PROSE && declaresArticle(quickDeclaredKind(doc, declared())))
      ? bodyOf(doc, walkBody(doc.body, false), declared)
      : null);
  if (!found) return null;
  const { page, leaves } = found;
  const blocks = leaves
    .map((leaf) => ({
      element: leaf.element,
      kind: leaf.kind,
      text: bodyBlockText(leaf.element),
    }))
    .filter((b) => b.text.length > 0);
  const body = commonAncestor(blocks.map((b) => b.element));
  if (!body) return null;
  return { meta: page.describe(), body, blocks };
}

/**
 * detectArticle for a page in a browser: the screen first turns away, without an element
 * reaching script, the pages the gate would reject (screen.ts); of those it passes, a site's
 * front page is no article. The address is read second: in Chromium's content-script world
 * that first read costs 0.3 ms, more than the screen on most pages it turns away.
 */
export const detectInBrowser = (doc: Document): ArticleDetection | null =>
  passesScreen(doc) && !isSiteFront(doc.URL) ? detectArticle(doc) : null;
