import { scriptPattern } from '../text/latin1';

/** A stretch of quoted words inside one paragraph: `start`/`end` exclude the marks. */
export interface QuoteRegion {
  start: number;
  end: number;
  /** The opening mark is in this paragraph (false when a quote runs on from the one before). */
  opened: boolean;
  /** The closing mark is in this paragraph (false when the quote runs on to the next one). */
  closed: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', '‟']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:]/;
const LETTER = scriptPattern(/[\p{L}\p{N}]/u);

const isSpace = (c: string) => c === '' || /\s/.test(c);

/**
 * Quoted regions of a paragraph. Straight and typographic marks of every style count, and
 * whether a mark opens or closes is read from the spaces around it, so mixed marks (`“…,"`)
 * and German or French styles pair up. Single quotes count only outside double quotes, where
 * they are British-style quotes rather than apostrophes or nested quotes. `continuing` says the
 * previous paragraph ended inside a quote: by convention the new paragraph then reopens it, and
 * when it does not, text up to a lone closing mark still belongs to the quote.
 */
export function findQuoteRegions(
  text: string,
  continuing: boolean,
): { regions: QuoteRegion[]; openAtEnd: boolean } {
  const regions: QuoteRegion[] = [];
  let open = -1;
  let opened = true;
  let single = false;

  if (continuing && !DOUBLE.has(text.trimStart().charAt(0))) {
    const close = firstCloser(text);
    if (close > 0) regions.push({ start: 0, end: close, opened: false, closed: true });
  }
  let i = regions.length ? (regions[0]?.end ?? 0) + 1 : 0;

  for (; i < text.length; i++) {
    const c = text.charAt(i);
    const prev = i > 0 ? text.charAt(i - 1) : '';
    const next = text.charAt(i + 1);
    if (open < 0) {
      if (DOUBLE.has(c)) {
        if (c === '”' && !isSpace(prev)) continue;
        if (isSpace(next) && !isSpace(prev)) continue;
        open = i + 1;
        opened = true;
        single = false;
      } else if (
        SINGLE_OPEN.has(c) &&
        (isSpace(prev) || OPEN_BEFORE.test(prev)) &&
        LETTER.test(next)
      ) {
        open = i + 1;
        opened = true;
        single = true;
      }
      continue;
    }
    if (single) {
      if (DOUBLE.has(c)) {
        // A double mark inside a single-quoted stretch: the single quote was an apostrophe.
        open = -1;
        i--;
        continue;
      }
      if (SINGLE_CLOSE.has(c) && !isSpace(prev) && !LETTER.test(next)) {
        regions.push({ start: open, end: i, opened, closed: true });
        open = -1;
      }
      continue;
    }
    if ((c === '’' || c === "'") && next === c && !isSpace(prev)) {
      // Two single marks close a double quote in some house styles: `“…election.’’`.
      regions.push({ start: open, end: i, opened, closed: true });
      open = -1;
      i++;
      continue;
    }
    if (!DOUBLE.has(c)) continue;
    if ((c === '“' || c === '„' || c === '«') && isSpace(prev) && !isSpace(next) && i > open) {
      // A fresh opening mark: the previous quote was never closed.
      regions.push({ start: open, end: trimEnd(text, i), opened, closed: false });
      open = i + 1;
      opened = true;
      continue;
    }
    regions.push({ start: open, end: i, opened, closed: true });
    open = -1;
  }
  if (open >= 0 && !single) {
    regions.push({ start: open, end: trimEnd(text, text.length), opened, closed: false });
    return { regions, openAtEnd: true };
  }
  return { regions, openAtEnd: false };
}

function firstCloser(text: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (DOUBLE.has(c) && !isSpace(text.charAt(i - 1))) {
      const next = text.charAt(i + 1);
      if (isSpace(next) || /[\s,.;:!?)]/.test(next)) return i;
    }
    if (DOUBLE.has(c)) return -1;
  }
  return -1;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}
