import type { HighlightInput } from '../db/records';
import type { Claim, Paragraph } from '../model';
import { joinParagraphs, paragraphAt } from './bodyText';
import { describeSpan, locateAnchor } from './quoteSelector';

export interface Reattached {
  /** Saved highlights found again, as claims placed in today's paragraphs. */
  claims: Claim[];
  /** Their inputs with anchors refreshed to where the text is now, in the same order. */
  found: HighlightInput[];
  /** Saved highlights whose text is no longer in the article: kept, never silently dropped. */
  orphaned: HighlightInput[];
}

/** Puts saved highlights back onto the article's current text, the way the Hypothesis client re-anchors. */
export function reattach(
  paragraphs: readonly Paragraph[],
  saved: readonly HighlightInput[],
): Reattached {
  const joined = joinParagraphs(paragraphs);
  const result: Reattached = { claims: [], found: [], orphaned: [] };
  for (const h of saved) {
    const span = locateAnchor(joined.text, h.anchor);
    const from = span && paragraphAt(joined, span.start);
    const to = span && paragraphAt(joined, span.end - 1);
    if (!span || !from || !to || from.paragraph !== to.paragraph) {
      result.orphaned.push({ ...h, orphaned: true });
      continue;
    }
    const { anchor: _old, orphaned: _was, ...fields } = h;
    result.claims.push({
      ...fields,
      paragraph: from.paragraph,
      start: from.offset,
      end: from.offset + (span.end - span.start),
    });
    result.found.push({ ...fields, anchor: describeSpan(joined, span.start, span.end) });
  }
  return result;
}
