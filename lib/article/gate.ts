import { elementsOf } from '../dom/liveCollection';
import { lengthOf } from '../text/density';
import { type Declarations, type DeclaredKind, declaresArticle, quickDeclaredKind } from './meta';

/**
 * The always-on check, run on every page before any walk: can this page be an article at all?
 * It must cost next to nothing on the pages that are not, so it reads only the text lengths of
 * the <p> elements and what the head declares. A page passes with a run of paragraph text under
 * one parent, with text laid out by <br> instead of <p>, or when it declares itself an article
 * (structured data, og:type, an <article> holding the headline); one that declares itself a
 * product, video or listing needs much more paragraph text, and a forum thread or a question
 * page never passes.
 */

/** Paragraph text under one parent, or under one grandparent, that lets an undeclared page through. */
export const PARENT_PROSE = 400;
export const GRANDPARENT_PROSE = 600;
/** A page that declares itself something else (product, video, listing) needs this much. */
export const LONG_PROSE = 1500;
/** Shorter paragraphs are captions, labels and card excerpts. */
export const MIN_PARAGRAPH_CHARS = 50;
/** Line breaks in one element that mean text laid out with <br> instead of <p>. */
export const BR_LAYOUT = 10;

export interface ParagraphEvidence {
  /** Largest sum of paragraph lengths under one parent (counting stops once it reaches `enough`). */
  parent: number;
  /** The same under one grandparent: paragraphs each wrapped in their own box. */
  grand: number;
}

/**
 * Stops as soon as `enough` prose is found: on articles that is within the first paragraphs.
 * Lengths are in Latin characters (lengthOf).
 */
export function paragraphEvidence(doc: Document, enough: number): ParagraphEvidence {
  const paragraphs = doc.getElementsByTagName('p');
  const parents = new Map<Element, number>();
  const grands = new Map<Element, number>();
  const add = (map: Map<Element, number>, el: Element, len: number) => {
    const sum = (map.get(el) ?? 0) + len;
    map.set(el, sum);
    return sum;
  };
  const out = { parent: 0, grand: 0 };
  // The count read once: the loop stops early, and each read of a live collection's length is a
  // scan in some DOMs (see elementsOf).
  const count = paragraphs.length;
  const length = lengthOf(doc);
  for (let i = 0; i < count && out.parent < enough; i++) {
    const p = paragraphs[i] as Element;
    const len = length(p.textContent?.trim() ?? '');
    if (len < MIN_PARAGRAPH_CHARS || !p.parentElement) continue;
    out.parent = Math.max(out.parent, add(parents, p.parentElement, len));
    const grand = p.parentElement.parentElement;
    if (grand) out.grand = Math.max(out.grand, add(grands, grand, len));
  }
  return out;
}

/**
 * Whether one element holds BR_LAYOUT line breaks of its own: text laid out with <br>, however
 * many <p> the page has besides (a review written in lines under a few paragraphs of intro).
 * Line breaks spread over a page (an address, a form, a footer) are no such text.
 */
function brLayout(doc: Document): boolean {
  const perParent = new Map<Node | null, number>();
  for (const br of elementsOf(doc.getElementsByTagName('br'))) {
    const count = (perParent.get(br.parentNode) ?? 0) + 1;
    if (count >= BR_LAYOUT) return true;
    perParent.set(br.parentNode, count);
  }
  return false;
}

function headlineInArticle(doc: Document): boolean {
  const articles = doc.getElementsByTagName('article');
  const count = articles.length;
  return count > 0 && count <= 2 && !!articles[0]?.getElementsByTagName('h1')[0];
}

/**
 * What the gate decides on besides the declared kind; each is asked only when needed. A page
 * with longProse always has someProse.
 */
export interface GateFacts {
  /** LONG_PROSE of paragraph text under one parent. */
  longProse(): boolean;
  /** PARENT_PROSE under one parent, or GRANDPARENT_PROSE under one grandparent. */
  someProse(): boolean;
  /** Text laid out by <br>: BR_LAYOUT line breaks in one element. */
  brLayout(): boolean;
  /** One or two <article> elements, the first holding an <h1>. */
  headlineInArticle(): boolean;
}

/**
 * The gate's rule. It only ever passes more pages when a fact turns true, so facts that may
 * overstate (see screen.ts) never reject a page the exact facts would pass. The kind is looked
 * at first: a page that declares itself an article needs no fact (in the screen each fact is a
 * walk of the page).
 */
export function gateDecision(kind: DeclaredKind, facts: GateFacts): boolean {
  // A forum thread's posts hold as much prose as any story.
  if (kind === 'discussion') return false;
  if (declaresArticle(kind)) return true;
  if (kind === 'other') return facts.longProse();
  return facts.someProse() || facts.brLayout() || facts.headlineInArticle();
}

/** `evidence`: the page's paragraphEvidence up to LONG_PROSE. */
export function passesGate(
  doc: Document,
  evidence: ParagraphEvidence,
  declarations: () => Declarations,
): boolean {
  // Read on every page (an article page reads them next in any case).
  return gateDecision(quickDeclaredKind(doc, declarations()), {
    longProse: () => evidence.parent >= LONG_PROSE,
    someProse: () => evidence.parent >= PARENT_PROSE || evidence.grand >= GRANDPARENT_PROSE,
    brLayout: () => brLayout(doc),
    headlineInArticle: () => headlineInArticle(doc),
  });
}
