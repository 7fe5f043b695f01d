import type { BodyBlock } from '../article';
import { isStopWord, meets } from './words';

/**
 * Names whose last word names something else after another name. The body of a story on the
 * "13-inch MacBook Pro" says "MacBook Pro" every time; the site's headlines beside it say "Mac
 * Pro", "iPad Pro" and "Apple Pro Display". "Pro" alone is no sign of this story: it counts in a
 * headline only together with "MacBook". Both sides must show it, so that a surname the body
 * always gives with a title ("President Trump") still counts alone in a headline: the body puts
 * the word after one name only, every time, and the page's headlines after two or more others.
 */

/** Two words parted by a space alone: "MacBook Pro", not "Summary: Eating". */
const WORD_PAIR = /([\p{L}\p{N}]+) (?=([\p{L}\p{N}]+))/gu;
const UPPER = /\p{Lu}/u;

/** The stem of a capitalised word that is not a stop word (a word of a name), else null. */
function nameStem(word: string): string | null {
  if (!UPPER.test(word)) return null;
  const lower = word.toLowerCase();
  return isStopWord(lower) ? null : lower.slice(0, 6);
}

/** Each name word of the texts → the name words put right before it. */
function headsOf(texts: Iterable<string>): Map<string, Set<string | null>> {
  const heads = new Map<string, Set<string | null>>();
  for (const text of texts)
    for (const [, first = '', second = ''] of text.matchAll(WORD_PAIR)) {
      const tail = nameStem(second);
      if (!tail) continue;
      const set = heads.get(tail) ?? new Set();
      heads.set(tail, set.add(nameStem(first)));
    }
  return heads;
}

/**
 * Tails of the article's compound names that the page's headlines put after two or more other
 * names, each with the head it needs beside it in a headline to count.
 */
export function compoundTails(
  headlines: Iterable<string>,
  blocks: BodyBlock[],
  profileWords: ReadonlyMap<string, number>,
): Map<string, string> {
  const tails = new Map<string, string>();
  const inHeadlines = headsOf(headlines);
  const candidates = [...inHeadlines].filter(
    ([tail, heads]) => heads.size >= 2 && profileWords.has(tail),
  );
  if (candidates.length === 0) return tails;
  const inBody = headsOf(blocks.map((b) => b.text));
  for (const [tail, heads] of candidates) {
    const bodyHeads = inBody.get(tail);
    const head = bodyHeads?.size === 1 ? [...bodyHeads][0] : null;
    if (!head || !profileWords.has(head)) continue;
    const others = [...heads].filter((h) => h !== null && !meets(h, head)).length;
    if (others >= 2) tails.set(tail, head);
  }
  return tails;
}

/**
 * The tails a headline puts after another name than their own ("Mac Pro" beside a story on the
 * MacBook Pro). A tail alone, or after its own head, still counts.
 */
export function misplacedTails(headline: string, tails: ReadonlyMap<string, string>): Set<string> {
  const misplaced = new Set<string>();
  for (const [tail, heads] of headsOf([headline])) {
    const own = tails.get(tail);
    if (own === undefined) continue;
    const names = [...heads].filter((h) => h !== null);
    if (names.length > 0 && !names.some((h) => meets(h, own))) misplaced.add(tail);
  }
  return misplaced;
}
