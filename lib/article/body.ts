import { isHeadingLike } from '../text/headingLike';
import { phrasesOf } from '../text/phrases';
import { ACCENTED_STORY_LIST_PHRASES, STORY_LIST_PHRASES } from '../text/storyListPhrases';
import { isInlineTeaser } from './inlineTeaser';
import type { Leaf, WalkResult } from './walk';

/**
 * Which leaves of the best container are the article body: prose, subheadings, list items,
 * quotes and captions, without the headline, the byline/date lines before the first paragraph,
 * link lists, inline teasers and trailing labels.
 */

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A heading that announces other stories or comments. The box it opens is not the body: the
 * largest element that starts with that heading, below the container (boxes without a telling
 * class name, after the article or inside it).
 */
const TRAILER_PHRASES = [
  ...STORY_LIST_PHRASES,
  ...phrasesOf(['leave a '], ['reply', 'comment']),
  ...ACCENTED_STORY_LIST_PHRASES,
  'berita terkait',
];
const COUNTED_COMMENTS = /^\d+ comment/;

/**
 * `text` normalised. Phrases rather than one pattern: a long alternation costs a cold page more
 * to compile than to run.
 */
export const isTrailerText = (text: string) =>
  TRAILER_PHRASES.some((phrase) => text.startsWith(phrase)) ||
  // "More Politics", "More World News": a section name of up to three words
  (text.startsWith('more ') && text.split(' ').length <= 4) ||
  text === 'comment' ||
  text === 'comments' ||
  COUNTED_COMMENTS.test(text);
const MAX_TRAILER_HEADING = 60;

/** A heading by tag, or set as a <div class="heading-h3">. */
function isTrailerHeading(leaf: Leaf): boolean {
  if (leaf.chars > MAX_TRAILER_HEADING) return false;
  if (leaf.kind !== 'heading' && !isHeadingLike(leaf.element)) return false;
  return isTrailerText(normalise(leaf.element.textContent ?? ''));
}

const LIST_TAGS = new Set(['UL', 'OL']);

/** Index of the first leaf after the box that leaf `i` (a trailer heading) opens. */
function endOfBox(walk: WalkResult, i: number): number {
  const previous = i > walk.start ? (walk.leaves[i - 1] as Leaf).element : null;
  let box = (walk.leaves[i] as Leaf).element;
  for (let up = box.parentElement; up && up !== walk.container; up = up.parentElement) {
    if (previous && up.contains(previous)) break;
    box = up;
  }
  // A heading set beside its list, not around it ("More Great Stories" then a <ul>): the list is the box.
  const list = box.nextElementSibling;
  const after = list && LIST_TAGS.has(list.tagName.toUpperCase()) ? list : null;
  const inBox = (el: Element) => box.contains(el) || (after?.contains(el) ?? false);
  let end = i + 1;
  while (end < walk.end && inBox((walk.leaves[end] as Leaf).element)) end++;
  return end;
}

/** A bare address or a credit line: set as a paragraph but not text. */
const LABEL_LINE = /^\s*https?:\/\/\S+\s*$|©/i;
const isLabelLine = (leaf: Leaf) => LABEL_LINE.test(leaf.element.textContent ?? '');

function isContent(leaf: Leaf): boolean {
  const density = leaf.chars ? leaf.linkChars / leaf.chars : 1;
  // One long enough to weigh as prose (a story's own address printed above it, as Hearst's sites
  // do) ends with no sentence: only such leaves are read again.
  if (leaf.weight > 0) return leaf.sentence || leaf.linkChars > 0 || !isLabelLine(leaf);
  if (density > 0.5) return false;
  if (leaf.row) return true;
  switch (leaf.kind) {
    case 'heading':
      return leaf.chars <= 200;
    case 'list-item':
    case 'quote':
      return leaf.chars >= 15;
    case 'caption':
      return false;
    default:
      // A short line set as its own paragraph (a score line, a dateline inside the text) is text.
      return (
        leaf.chars >= 15 &&
        (leaf.sentence ||
          (leaf.linkChars === 0 &&
            leaf.element.tagName.toUpperCase() === 'P' &&
            !isLabelLine(leaf)))
      );
  }
}

export function selectBody(walk: WalkResult, titles: string[]): Leaf[] {
  const titleSet = new Set(titles.map(normalise));
  const picked: Leaf[] = [];
  let started = false;
  for (let i = walk.start; i < walk.end; i++) {
    const leaf = walk.leaves[i] as Leaf;
    if (isTrailerHeading(leaf)) {
      i = endOfBox(walk, i) - 1;
      continue;
    }
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
    // Unlinked list items are the article's own closing list (teams, dates, figures).
    if (last.weight > 0 || last.sentence || (last.kind === 'list-item' && last.linkChars === 0))
      break;
    picked.pop();
  }
  return picked;
}
