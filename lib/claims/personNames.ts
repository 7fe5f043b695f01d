import { scriptPattern } from '../text/latin1';
import { TITLE_WORDS } from './titleWords';

/** One name is the other or ends it: "Trump" and "Donald Trump", not "Ivanka Trump". */
export const sameName = (a: string, b: string): boolean =>
  a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);

/** The last word of a name: "Trump" and "Donald Trump" are one holder of a title. */
export const surname = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

const CAPITALISED = scriptPattern(/^\p{Lu}/u);
const SEVERAL = /\s(?:and|&)\s/i;

/**
 * The person's name in a source as the claims name it: the capitalised words that end it, before
 * any apposition and after any title ("Donald Trump" in "US President Donald Trump", "Elbridge
 * Colby" in "Elbridge Colby, the Defence Undersecretary for Policy"); null for a role alone ("The
 * president") or for several people ("Vindman and Williams").
 */
export function bareName(source: string): string | null {
  const head = source.split(',')[0] ?? '';
  // "Vindman and Williams" are two people, neither of them the source.
  if (SEVERAL.test(head)) return null;
  const words = head.trim().split(/\s+/);
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1] ?? '';
    if (!CAPITALISED.test(w) || TITLE_WORDS.has(w.toLowerCase())) break;
    i--;
  }
  return i < words.length ? words.slice(i).join(' ') : null;
}

/** A name's words, lower-cased, titles left out: "Mr. Trump" is no other name than "President Trump". */
const nameWords = (text: string) =>
  text
    .toLocaleLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w && !TITLE_WORDS.has(w));

/**
 * How a claim named its source, when that is no part of the name it goes by: "The president" or
 * "he" under "President Trump", but not "Trump", "Mr. Trump" or "Heyward" under "Cam Heyward".
 */
export function namedOtherwise(speaker: string | null, name: string): string | null {
  if (!speaker) return null;
  const words = new Set(nameWords(name));
  return nameWords(speaker).every((w) => words.has(w)) ? null : speaker;
}
