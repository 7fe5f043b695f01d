import type { TextAnchor } from '../model';
import type { JoinedText } from './bodyText';

/** Enough context to tell apart repeated phrases without storing whole paragraphs. */
const CONTEXT = 32;

export function describeSpan(joined: JoinedText, start: number, end: number): TextAnchor {
  return {
    exact: joined.text.slice(start, end),
    prefix: joined.text.slice(Math.max(0, start - CONTEXT), start),
    suffix: joined.text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

/** How many characters two strings share at the end (prefix side) or start (suffix side). */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1))
    found.push(i);
  return found;
}

/** Whitespace and case folded, with a map back to the original offsets, for text that was re-flowed. */
function folded(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      origin.push(i);
      space = false;
    }
    out += c.toLowerCase();
    origin.push(i);
  }
  return { text: out, origin };
}

/**
 * Finds where a stored anchor now is in the article text: the exact quote with the best
 * context (ties go to the one nearest the position hint), then the one nearest the position hint
 * ignoring case and spacing. Null means the highlight is orphaned: the quote is no longer on the page.
 */
export function locateAnchor(
  text: string,
  anchor: TextAnchor,
): { start: number; end: number } | null {
  const exact = occurrences(text, anchor.exact);
  if (exact.length > 0) {
    let best = exact[0] as number;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const at of exact) {
      const context =
        sharedEnd(text.slice(Math.max(0, at - anchor.prefix.length), at), anchor.prefix) +
        sharedStart(text.slice(at + anchor.exact.length), anchor.suffix);
      const score = context * 1000 - Math.abs(at - anchor.start);
      if (score > bestScore) {
        bestScore = score;
        best = at;
      }
    }
    return { start: best, end: best + anchor.exact.length };
  }
  const hay = folded(text);
  const needle = folded(anchor.exact).text;
  if (!needle) return null;
  const candidates = occurrences(hay.text, needle).map((at) => ({
    start: hay.origin[at] as number,
    end: (hay.origin[at + needle.length - 1] as number) + 1,
  }));
  if (candidates.length === 0) return null;
  return candidates.reduce((best, c) =>
    Math.abs(c.start - anchor.start) < Math.abs(best.start - anchor.start) ? c : best,
  );
}
