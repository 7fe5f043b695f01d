import { scriptPattern } from '../text/latin1';
import { ABBREVIATIONS, CAPITAL, MONTHS, SENTENCE_STARTERS } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const LAST_WORD = scriptPattern(/([\p{L}.]+)\.["”’)\]]*\s*$/u);
const INITIAL = scriptPattern(/(?:^|[\s(])(?:\p{Lu}\.)+\s*$/u);
const NEXT_WORD = scriptPattern(/^\s*([\p{L}\p{N}'’]+)/u);
const MONTH_START = new RegExp(`^\\s*(?:${MONTHS})\\b`);
/** A tag opening the piece after a quote that ends in ! or ?: "Jack Smith asked", "Trump tweeted before …". */
const TAG_START = scriptPattern(
  /^\s*(?:he|she|they|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})(?:,[^,.]{2,80},)?\s+(?:(?:said|says|asked|asks|told|added|adds|wrote|writes|recalled|continued|explained)\b|(?:tweeted|posted|shouted|yelled|exclaimed|laughed|replied|responded|answered|joked|quipped|insisted|warned|admitted|declared)(?=\s*[.,;!?]|\s+(?:on|in|at|before|after|during|via|from|to|last|this|earlier|later)\b))/u,
);
const NAME_WITH_DOT = /(?:^|\s)[A-Z]{1,3}[a-z]?\.\s*$/;
const ALL_CAPS = /^[A-Z]{2,}$/;
const CONTINUES = scriptPattern(
  /^\s*(?:\p{Ll}|[,;:)\]”’»›]|["'](?=\s*\p{Ll})|\d+\s*(?:a\.m|p\.m))/u,
);

/**
 * Whether the break the segmenter put after `prev` is not a real sentence end: a title or an
 * initial before a name ("Mr. Trump", "Patrick W. Carlineo"), "U.S." inside a name, a time before
 * a date, or a next piece that starts in lower case (`“Don't mind me!” he told them`).
 */
function isFalseBreak(prev: string, next: string): boolean {
  if (CONTINUES.test(next)) return true;
  if (/\b(?:E|Yahoo)!\s*$/.test(prev)) return true;
  if (/[?!]["”’»]\s*$/.test(prev) && TAG_START.test(next)) return true;
  const word = LAST_WORD.exec(prev)?.[1]?.toLowerCase();
  const nextWord = NEXT_WORD.exec(next)?.[1] ?? '';
  if (INITIAL.test(prev) && CAPITAL.test(nextWord)) return !SENTENCE_STARTERS.has(nextWord);
  if (!word) return false;
  // "the ID. SPACE VIZZION": a short capitalised name with its dot before a word in capitals.
  if (NAME_WITH_DOT.test(prev) && ALL_CAPS.test(nextWord)) return true;
  const bare = word.replace(/\.$/, '');
  if (bare === 'a.m' || bare === 'p.m') return MONTH_START.test(next);
  if (bare === 'u.s' || bare === 'u.k' || bare === 'u.n' || bare === 'd.c' || bare === 'e.u') {
    return CAPITAL.test(nextWord) && !SENTENCE_STARTERS.has(nextWord);
  }
  if (bare === 'inc' || bare === 'corp' || bare === 'co' || bare === 'ltd' || bare === 'no') {
    return /^\d/.test(nextWord);
  }
  return ABBREVIATIONS.has(bare);
}

/**
 * Sentences of one paragraph as offsets. Intl.Segmenter finds the candidate breaks (it already
 * splits inside quotes, as the claim labels do), and the false breaks it makes after abbreviations
 * and initials are joined back.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = start + seg.segment.length;
    const last = out[out.length - 1];
    if (last && isFalseBreak(text.slice(last.start, last.end), seg.segment)) last.end = end;
    else out.push({ start, end });
  }
  for (const s of out) {
    while (s.end > s.start && /\s/.test(text.charAt(s.end - 1))) s.end--;
  }
  return out.filter((s) => s.end > s.start);
}
