import { isHeadingLike } from '../text/headingLike';
import { isTeaserHeading, visibleText } from './labels';

/** A teaser heading is a short label, not a sentence that happens to say "related". */
const MAX_HEADING = 80;
/** Fewer cards than this under a heading may be the article's own "see also" pointer. */
const MIN_RUN = 2;

export interface HeadedRun {
  heading: string;
  items: Element[];
}

/**
 * A heading by tag or name, or a paragraph of nothing but words: sites write "You may also
 * like..." as a body paragraph above the paragraphs of links it opens.
 */
function teaserHeading(el: Element): string | null {
  const plainParagraph = el.tagName === 'P' && el.firstElementChild === null;
  if (!plainParagraph && !isHeadingLike(el)) return null;
  const text = visibleText(el);
  return text.length <= MAX_HEADING && isTeaserHeading(text) ? text : null;
}

/** Stops at the first words: an ad slot is empty, anything else has them early. */
function hasText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if ((node as Text).data.trim()) return true;
  return false;
}

/**
 * Runs of sibling items in the body's own container that a teaser heading ("You may also like")
 * opens: the heading (or paragraph), then items with nothing in between but elements without
 * text (ad slots, empty placeholders). Any other element (a body paragraph, a plain heading)
 * ends the run. `items` are children of `parent` that hold no body paragraph.
 */
export function headedRuns(parent: Element, items: Set<Element>): HeadedRun[] {
  const runs: HeadedRun[] = [];
  if (items.size < MIN_RUN) return runs;
  let open: HeadedRun | null = null;
  const close = () => {
    if (open && open.items.length >= MIN_RUN) runs.push(open);
    open = null;
  };
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (items.has(child)) {
      open?.items.push(child);
      continue;
    }
    const heading = teaserHeading(child);
    if (heading) {
      close();
      open = { heading, items: [] };
    } else if (open && hasText(child)) close();
  }
  close();
  return runs;
}
