import type { BodyBlock } from '../article';
import { meets, nameStem, stemOf } from './words';

/**
 * Names whose last word names something else after another name. The body of a story on the
 * "13-inch MacBook Pro" says "MacBook Pro" every time; the site's headlines beside it say "Mac
 * Pro", "iPad Pro" and "Apple Pro Display". "Pro" alone is no sign of this story: it counts in a
 * headline only together with "MacBook". Both sides must show it, so that a surname the body
 * always gives with a title ("President Trump") still counts alone in a headline: the body puts
 * the word after one name only, every time, and the page's headlines after two or more others.
 */

/** Whether the character at `i` is a digit or a letter of a script with capitals. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const c = text.charAt(i);
  return c.toLowerCase() !== c.toUpperCase();
}

/**
 * Each wanted name word of the texts → the name words put right before it (null for another
 * word). Only two words parted by a space alone make a pair: "MacBook Pro", not "Summary: Eating".
 * Split by spaces and read by characters: this runs on every article, and the first version, a
 * Unicode pattern that also read the body more often, cost a cold Chromium page 1.8 ms; this
 * costs about 0.4 ms (CPU profile of 40 zyte pages).
 */
function headsOf(
  texts: Iterable<string>,
  wanted: (stem: string) => boolean,
): Map<string, Set<string | null>> {
  const heads = new Map<string, Set<string | null>>();
  for (const text of texts) {
    const tokens = text.split(' ');
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const before = tokens[i - 1] as string;
      if (!token || !before || !isWordChar(token, 0) || !isWordChar(before, before.length - 1))
        continue;
      let end = 1;
      while (end < token.length && isWordChar(token, end)) end++;
      const word = token.slice(0, end);
      const tail = wanted(stemOf(word.toLowerCase())) ? nameStem(word) : null;
      if (!tail) continue;
      let start = before.length - 1;
      while (start > 0 && isWordChar(before, start - 1)) start--;
      const set = heads.get(tail) ?? new Set();
      heads.set(tail, set.add(nameStem(before.slice(start))));
    }
  }
  return heads;
}

const nameHeads = (heads: Set<string | null>) => [...heads].filter((h) => h !== null);

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
  const candidates = [...headsOf(headlines, (stem) => profileWords.has(stem))].filter(
    ([, heads]) => nameHeads(heads).length >= 2,
  );
  if (candidates.length === 0) return tails;
  const wanted = new Set(candidates.map(([tail]) => tail));
  const inBody = headsOf(
    blocks.map((b) => b.text),
    (stem) => wanted.has(stem),
  );
  for (const [tail, heads] of candidates) {
    const bodyHeads = inBody.get(tail);
    const head = bodyHeads?.size === 1 ? [...bodyHeads][0] : null;
    if (!head || !profileWords.has(head)) continue;
    const others = nameHeads(heads).filter((h) => !meets(h, head)).length;
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
  for (const [tail, heads] of headsOf([headline], (stem) => tails.has(stem))) {
    const own = tails.get(tail) as string;
    const names = nameHeads(heads);
    if (names.length > 0 && !names.some((h) => meets(h, own))) misplaced.add(tail);
  }
  return misplaced;
}
