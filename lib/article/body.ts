import { isInlineTeaser } from './inlineTeaser';
import type { Leaf, WalkResult } from './walk';

/**
 * Which leaves of the best container are the article body: prose, subheadings, list items,
 * quotes and captions, without the headline, the byline/date lines before the first paragraph,
 * link lists, inline teasers and trailing labels.
 */

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function isContent(leaf: Leaf): boolean {
  const density = leaf.chars ? leaf.linkChars / leaf.chars : 1;
  if (leaf.weight > 0) return true;
  if (density > 0.5) return false;
  switch (leaf.kind) {
    case 'heading':
      return leaf.chars <= 200;
    case 'list-item':
    case 'quote':
      return leaf.chars >= 15;
    case 'caption':
      return false;
    default:
      return leaf.sentence && leaf.chars >= 15;
  }
}

export function selectBody(walk: WalkResult, titles: string[]): Leaf[] {
  const titleSet = new Set(titles.map(normalise));
  const picked: Leaf[] = [];
  let started = false;
  for (let i = walk.start; i < walk.end; i++) {
    const leaf = walk.leaves[i] as Leaf;
    if (!isContent(leaf) || leaf.boilerplate) continue;
    if (!started) {
      // Byline, date and kicker lines come before the first real paragraph.
      if (leaf.weight <= 0 || leaf.kind === 'heading') continue;
      started = true;
    }
    if (leaf.kind === 'heading' && titleSet.has(normalise(leaf.element.textContent ?? '')))
      continue;
    if (isInlineTeaser(leaf.element, leaf.chars, leaf.linkChars)) continue;
    picked.push(leaf);
  }
  // Trailing labels ("Follow us", "Share this") carry no sentence and end the list.
  while (picked.length > 0) {
    const last = picked[picked.length - 1] as Leaf;
    if (last.weight > 0 || last.sentence) break;
    picked.pop();
  }
  return picked;
}
