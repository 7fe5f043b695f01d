/**
 * Phrases found where a pattern `\b(?:phrase|…)` would find them in lower-cased text: a word
 * boundary before, none needed after ("related" in "Related stories" and "relatedly", not in
 * "unrelated"). By `indexOf` instead: the content script meets every pattern cold on every
 * page, and a long alternation costs a cold page a millisecond or more to compile, more than
 * all its runs (measured in Chromium).
 */

/** A word character as `\b` reads it (ASCII only, as in a pattern without the u flag). */
const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export function hasPhrase(lower: string, phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    const wordFirst = isWordChar(phrase.charCodeAt(0));
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      if ((at > 0 && isWordChar(lower.charCodeAt(at - 1))) !== wordFirst) return true;
    }
  }
  return false;
}

/** Every phrase made of one of `heads` followed by one of `tails`. */
export const phrasesOf = (heads: readonly string[], tails: readonly string[]) =>
  heads.flatMap((head) => tails.map((tail) => head + tail));
