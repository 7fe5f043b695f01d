/**
 * Story cards: a headline link (or a linked thumbnail) with a line or two of excerpt. One card
 * reads like a short paragraph, so a grid of them beside an article can outweigh the article's
 * own edges and widen the body container. A card is told by what it holds, and a grid by
 * repetition: several sibling cards of the same tag and class.
 */

/** What the body walk knows of a subtree, as far as cards go. */
export interface CardEvidence {
  /** Net characters of the prose leaves inside (positive weights). */
  prose: number;
  proseLeaves: number;
  /** Holds a headline link (a link-only leaf, or a leaf that opens with a link) or a linked image. */
  headline: boolean;
  hasH1: boolean;
}

/** More prose than this is an article or a section of one, not an excerpt. */
const MAX_CARD_PROSE = 350;
const MAX_CARD_PARAGRAPHS = 2;
/** Linked characters that make a headline: shorter links are names, tags and "more" labels. */
export const MIN_HEADLINE_CHARS = 15;
const MIN_CARDS = 3;

export function isCardLike(s: CardEvidence): boolean {
  return (
    s.headline &&
    !s.hasH1 &&
    s.prose > 0 &&
    s.prose <= MAX_CARD_PROSE &&
    s.proseLeaves <= MAX_CARD_PARAGRAPHS
  );
}

const signature = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

/**
 * The card-like children of `parent` that form a grid: at least MIN_CARDS of one tag and
 * class, and at least half of the children with that tag and class (an article's paragraphs
 * are siblings of one signature too, and a few of them may open with a link).
 */
export function repeatedCards<T extends { element: Element }>(parent: Element, cards: T[]): T[] {
  // A numbered list is the article's own enumeration (a roundup of linked stories, each summed up).
  if (cards.length < MIN_CARDS || parent.tagName.toUpperCase() === 'OL') return [];
  const counts = new Map<string, number>();
  for (const card of cards) {
    const sig = signature(card.element);
    counts.set(sig, (counts.get(sig) ?? 0) + 1);
  }
  const grids = new Set<string>();
  for (const [sig, n] of counts) if (n >= MIN_CARDS) grids.add(sig);
  if (grids.size === 0) return [];
  const siblings = new Map<string, number>();
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const sig = signature(child);
    if (grids.has(sig)) siblings.set(sig, (siblings.get(sig) ?? 0) + 1);
  }
  return cards.filter((card) => {
    const sig = signature(card.element);
    return grids.has(sig) && (counts.get(sig) ?? 0) * 2 >= (siblings.get(sig) ?? 0);
  });
}
