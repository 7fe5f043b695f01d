import { KIND_COLORS } from '@/components/kinds';
import { type JoinedText, joinParagraphs } from '@/lib/anchoring/bodyText';
import { rangeForBlockSpan } from '@/lib/anchoring/domRange';
import { describeSpan } from '@/lib/anchoring/quoteSelector';
import type { ArticleDetection } from '@/lib/article';
import { skipInBody } from '@/lib/article';
import { unwrap, wrapRange } from '@/lib/highlight/wrapRange';
import type { Claim, Paragraph, TextAnchor } from '@/lib/model';
import { blockText } from '@/lib/text/blockText';

export interface PlacedClaim {
  id: string;
  claim: Claim;
  anchor: TextAnchor;
  marks: HTMLElement[];
}

export function anchorsFor(
  paragraphs: readonly Paragraph[],
  claims: readonly Claim[],
): TextAnchor[] {
  const joined: JoinedText = joinParagraphs(paragraphs);
  return claims.map((c) => {
    const base = joined.starts[c.paragraph] ?? 0;
    return describeSpan(joined, base + c.start, base + c.end);
  });
}

/**
 * Wraps each claim's quote in <mark> elements. Ranges are all computed before any text node
 * is split, then wrapped from the last to the first, so that splitting a node never moves
 * text a later range still points into.
 */
export function highlightClaims(
  article: ArticleDetection,
  claims: readonly Claim[],
  anchors: readonly TextAnchor[],
): PlacedClaim[] {
  const doc = article.body.ownerDocument;
  const texts = new Map<number, ReturnType<typeof blockText>>();
  const ranges = claims.map((claim) => {
    const block = article.blocks[claim.paragraph];
    if (!block) return null;
    let text = texts.get(claim.paragraph);
    if (!text) {
      text = blockText(block.element, skipInBody);
      texts.set(claim.paragraph, text);
    }
    return text.text === block.text ? rangeForBlockSpan(text, claim.start, claim.end) : null;
  });
  const placed: PlacedClaim[] = [];
  for (let i = claims.length - 1; i >= 0; i--) {
    const claim = claims[i] as Claim;
    const range = ranges[i];
    const id = `c${i}`;
    const marks = range
      ? wrapRange(range, () => {
          const mark = doc.createElement('mark');
          mark.dataset.sourcelightClaim = id;
          mark.dataset.sourcelightKind = claim.sourceKind;
          mark.tabIndex = 0;
          // CSSOM styles are allowed under any page CSP, unlike injected <style> text.
          mark.style.setProperty(
            'background-color',
            KIND_COLORS[claim.sourceKind].tint,
            'important',
          );
          mark.style.setProperty('color', 'inherit', 'important');
          mark.style.setProperty(
            'border-bottom',
            `2px solid ${KIND_COLORS[claim.sourceKind].color}`,
            'important',
          );
          return mark;
        })
      : [];
    placed.unshift({ id, claim, anchor: anchors[i] as TextAnchor, marks });
  }
  return placed;
}

export function removeHighlights(placed: readonly PlacedClaim[]): void {
  for (const p of placed) unwrap(p.marks);
}
