/**
 * Listed words in an element's lower-cased class and id names, found the way the pattern
 * `(?:^|[-_\s])(?:word|…)(?=$|[-_\s\d])` finds them: "ad" in "ad-slot", "top_ad" and "ad2", not
 * in "header" or "load". By set lookups instead: the content script meets every pattern cold on
 * every page, and a long alternation costs a cold page a millisecond or more to compile, far
 * more than all its runs (measured in Chromium).
 */

/** `-` or `_`: inside a class word, a listed word may start after one… */
const isJoint = (c: number) => c === 45 || c === 95;
/** …and end before one, or before a digit. */
const closesWord = (c: number) => isJoint(c) || (c >= 48 && c <= 57);

/**
 * The first listed word found, scanning from the left; null when there is none. `skip` may
 * refuse a word by what comes before it in its class word.
 */
export function findNameWord(
  lower: string,
  words: ReadonlySet<string>,
  skip?: (part: string, start: number, word: string) => boolean,
): string | null {
  for (const part of lower.split(/\s+/)) {
    for (let start = 0; start < part.length; start++) {
      if (start > 0 && !isJoint(part.charCodeAt(start - 1))) continue;
      for (let end = start + 1; end <= part.length; end++) {
        if (end < part.length && !closesWord(part.charCodeAt(end))) continue;
        const word = part.slice(start, end);
        if (words.has(word) && !skip?.(part, start, word)) return word;
      }
    }
  }
  return null;
}
