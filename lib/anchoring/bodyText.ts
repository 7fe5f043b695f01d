import type { Paragraph } from '../model';

/** Paragraphs are joined with a blank line so that no quote selector spans two blocks by accident. */
export const BLOCK_SEPARATOR = '\n\n';

/** The article body as one string, with where each paragraph starts in it. */
export interface JoinedText {
  text: string;
  starts: number[];
}

export function joinParagraphs(paragraphs: readonly Paragraph[]): JoinedText {
  const starts: number[] = [];
  let text = '';
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) text += BLOCK_SEPARATOR;
    starts.push(text.length);
    text += p.text;
  }
  return { text, starts };
}

/** Turns an offset of the joined text back into (paragraph, offset in it). */
export function paragraphAt(
  joined: JoinedText,
  offset: number,
): { paragraph: number; offset: number } {
  let lo = 0;
  let hi = joined.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((joined.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { paragraph: lo, offset: offset - (joined.starts[lo] ?? 0) };
}
