import { NEWS_OUTLETS, SOCIAL_PLATFORMS } from '../data/outlets';
import type { SourceKind } from '../model';
import { scriptPattern } from '../text/latin1';
import {
  ANON_PEOPLE,
  CAPITAL,
  DOC_NOUNS,
  KIN_NOUNS,
  MEDIA_NOUNS,
  NEWSPAPER_NAME,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  OWNED,
  ROLE_NOUNS,
  RUMOUR_NOUNS,
  SENTENCE_STARTERS,
} from './lexicon';
import { type TitledName, titledName } from './titledNames';
import { TITLE_WORDS } from './titleWords';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;

export const OUTLET_RE = scriptPattern(
  new RegExp(
    `(?<![\\p{L}])(?:${[...NEWS_OUTLETS].sort(byLength).map(escapeRegex).join('|')})(?![\\p{L}])`,
    'u',
  ),
);
export const PLATFORM_RE = scriptPattern(
  new RegExp(
    `(?<![\\p{L}])(?:${SOCIAL_PLATFORMS.filter((p) => p.length > 1)
      .map(escapeRegex)
      .join('|')})(?![\\p{L}])`,
    'u',
  ),
);

const INDEFINITE =
  /^(?:a|an|one|two|three|four|five|six|several|some|many|most|other|others|another|few|various|unnamed|anonymous|numerous|multiple|dozens|hundreds)\b/i;
/**
 * Where the head of a source phrase ends: a preposition, a relative pronoun, or a participle that
 * opens a reduced relative clause ("a paper published in Nature", "data released by MOTIE", "the
 * doctors offering to run the clinic").
 */
const HEAD_CUT =
  /\s+(?:of|by|for|from|with|within|in|into|at|on|who|whom|that|which|familiar|briefed|close|representing|involved|based|inside|outside|under|across|around|near|to|published|released|received|signed|obtained|presented|prepared|issued|filed|sent|posted|compiled|conducted|commissioned|shown|offering|using|working)\b/;
const SPEAKS_FOR_ORG = scriptPattern(
  new RegExp(
    `\\bfor\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+)*(?:${[...ORG_NAME_WORDS].map(escapeRegex).join('|')}|\\p{Lu}{2,})\\b`,
    'u',
  ),
);
/** "a WeWork spokesperson", "a Pentagon spokesman": a name that is no person's possessive. */
const ORG_MODIFIER = scriptPattern(
  /^(?:an?|the)\s+(?:\p{Lu}[\p{L}&.-]*\s+){1,3}(?:spokesperson|spokesman|spokeswoman)$/u,
);
const WORD = scriptPattern(/[\p{L}\p{N}][\p{L}\p{N}.'’&!-]*/gu);
const ACRONYM = scriptPattern(/^(?:\p{Lu}[\p{Lu}&.-]+|\p{Lu}+\d*)$/u);
/** "Liu" in "Liu Xiaming": a capital, then lower case. */
const CAPITALISED = scriptPattern(/^\p{Lu}\p{Ll}/u);
/** "J.", "P.J." */
const INITIAL = scriptPattern(/^(?:\p{Lu}\.)+$/u);
const POSSESSIVE = /['’]s?$/;
/** A word that opens with a capital, or a brand's lower-case letter before one ("iFixit", "eBay"). */
const PROPER = scriptPattern(/^\p{Ll}?\p{Lu}/u);

/** What the analysis remembers about the article while reading it. */
export interface SourceMemory {
  /** Last words of names of people seen anywhere in the article ("Heyward" for "Cam Heyward"). */
  surnames: Map<string, string>;
  /** People named with a title, in the order the article first does so. */
  titled: TitledName[];
}

export interface SourceInfo {
  kind: SourceKind;
  /** The fullest name the text gives for this source, when it is a named person. */
  fullName: string | null;
}

const NAME_RUN = scriptPattern(
  /\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St)\.\s+)?\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}\p{Ll}+)?(?:\s+(?:(?:\p{Lu}\.)+|\(\p{Lu}[\p{Ll}’'-]+\)|(?:de|van|von|der|da|del|La|Le)(?!\p{L})|Mc\p{Lu}\p{Ll}+|Jr\.|Sr\.|\p{Lu}[\p{Ll}’'-]+(?:\p{Lu}\p{Ll}+)?|II|III))+/gu,
);

/**
 * The names of people an article mentions (captions aside), so that a bare surname can be
 * recognised.
 */
export function rememberNames(texts: string[]): SourceMemory {
  const surnames = new Map<string, string>();
  const titledNames: TitledName[] = [];
  // Family name first ("Liu Xiaming" is "Liu" when he speaks again; "Dale Ford" is "Dale" among
  // his siblings), unless the word leads several names: "Google Stadia", "Google Play" make
  // Google a brand.
  const leading = new Map<string, { full: string; next: Set<string> }>();
  for (const text of texts) {
    for (const m of text.matchAll(NAME_RUN.for(text))) {
      const all = m[0].split(/\s+/);
      // Keep the part after the last institution or title word: "White House Press Secretary
      // Stephanie Grisham" names Stephanie Grisham.
      // "ambassador to Britain Liu Xiaming": after a preposition, the first of three or more
      // capitalised words is the preposition's place, not the start of the name.
      const placed =
        all.length >= 3 &&
        !TITLE_WORDS.has((all[0] ?? '').toLowerCase()) &&
        AFTER_PREPOSITION.test(text.slice(Math.max(0, m.index - PREPOSITION_WINDOW), m.index));
      let from = placed ? 1 : 0;
      let titled = false;
      let lead = from;
      all.forEach((w, i) => {
        if (i < lead) return;
        const title = TITLE_WORDS.has(w.toLowerCase());
        // "Because Google …": a capital that only starts the sentence.
        const starter = i === from && SENTENCE_STARTERS.has(w);
        if (starter) lead = i + 1;
        if (ORG_NAME_WORDS.has(w) || BASED.test(w) || title || starter) {
          from = i + 1;
          titled = title;
        }
      });
      // "Michelle Hege’s response" names Michelle Hege.
      const words = all
        .slice(from)
        .map((w) => w.replace(/^\((.*)\)$/, '$1').replace(POSSESSIVE, ''));
      const full = words.join(' ');
      if (words.length < (titled ? 1 : 2) || OUTLET_RE.test(full) || NEWSPAPER_NAME.test(full))
        continue;
      // "Summary Studies", "Many Officials": a capitalised common noun, not a surname.
      const lastWord = (words[words.length - 1] ?? '').toLowerCase();
      if (DOC_NOUNS.has(lastWord) || ANON_PEOPLE.has(lastWord) || ORG_NOUNS.has(lastWord)) continue;
      if (titled) {
        const named = titledName([...all.slice(0, from), ...words], lead, from - 1);
        if (named) titledNames.push(named);
      }
      const names = words.filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w));
      const last = names[names.length - 1];
      if (last && last.length > 1 && !surnames.has(last)) surnames.set(last, full);
      const first = names[names.length - 2];
      if (first && last && CAPITALISED.test(first) && !/^L[ae]$/.test(first)) {
        const seen = leading.get(first) ?? { full, next: new Set<string>() };
        seen.next.add(last);
        leading.set(first, seen);
      }
    }
  }
  for (const [first, { full, next }] of leading) {
    if (next.size === 1 && !surnames.has(first)) surnames.set(first, full);
  }
  return { surnames, titled: titledNames };
}

/** The words of a noun phrase, without a possessive ending. */
const words = (s: string) => [...s.matchAll(WORD.for(s))].map((m) => m[0].replace(POSSESSIVE, ''));

const AFTER_PREPOSITION = /\b(?:to|of|in|for|from|at)\s$/;
/** Enough text before a name to hold the longest preposition, its space and a boundary: " from ". */
const PREPOSITION_WINDOW = 6;

/** "according to reports", "media reports say": reports no one is named for are no source. */
const BARE_REPORTS = /^(?:(?:media|news|press|local|unconfirmed|unverified)\s+)?reports$/i;

/** "Sacramento-based McClatchy", "London-based Barclays": what follows is a company, not a person. */
const BASED = /-based$/i;

/** Whether `w` looks like part of a person's name. */
const isNameWord = (w: string) =>
  CAPITAL.test(w) &&
  !ORG_NAME_WORDS.has(w) &&
  !BASED.test(w) &&
  !ACRONYM.test(w.replace(/\.$/, '')) &&
  w !== 'The';

/**
 * A run of two or more name words at the end of the phrase's head ("Taliban spokesman Zabihullah
 * Mujahid", "Hungarian-American investor George Soros"), or a known surname.
 */
function personName(head: string[], memory: SourceMemory): string | null {
  let i = head.length;
  while (i > 0 && (isNameWord(head[i - 1] ?? '') || INITIAL.test(head[i - 1] ?? ''))) i--;
  const run = head.slice(i);
  const before = (head[i - 1] ?? '').toLowerCase().replace(/\.$/, '');
  if (run.length >= 2 && !TITLE_WORDS.has(run[0]?.toLowerCase() ?? '')) return run.join(' ');
  if (run.length >= 2) return run.slice(1).join(' ');
  if (run.length === 1) {
    const w = run[0] ?? '';
    if (memory.surnames.has(w)) return memory.surnames.get(w) ?? w;
    if (TITLE_WORDS.has(before) || TITLE_WORDS.has(`${before}.`)) return w;
  }
  return null;
}

/** Classifies who a speaker phrase names: a person, an institution, a document, an outlet, … */
export function classifySource(phrase: string, memory: SourceMemory): SourceInfo {
  const np = phrase.trim().replace(/[,.;:]+$/, '');
  const headPart = np.split(HEAD_CUT)[0] ?? np;
  const head = words(headPart);
  const headNoun = (head[head.length - 1] ?? '').toLowerCase();
  const first = (head[0] ?? '').toLowerCase();

  if (NEWSPAPER_NAME.test(headPart.trim())) return { kind: 'media', fullName: null };
  const name = personName(
    head.filter((w, i) => i > 0 || !/^(?:the|a|an)$/i.test(w)),
    memory,
  );
  const outlet = OUTLET_RE.exec(np);
  if (name && !outlet?.[0].includes(name.split(' ')[0] ?? '')) {
    const lowerHead = head.map((w) => w.toLowerCase());
    if (!lowerHead.some((w) => ORG_NOUNS.has(w) && w !== 'state') || /\s/.test(name)) {
      return { kind: 'person', fullName: name };
    }
  }
  if (outlet || MEDIA_NOUNS.test(head.join(' '))) return { kind: 'media', fullName: null };
  if (/^sources$/i.test(np) || BARE_REPORTS.test(np) || RUMOUR_NOUNS.has(headNoun)) {
    return { kind: 'unattributed', fullName: null };
  }

  if (DOC_NOUNS.has(headNoun)) return { kind: 'document', fullName: null };
  if (
    /^(?:spokesperson|spokesman|spokeswoman|representative)$/.test(headNoun) &&
    (SPEAKS_FOR_ORG.test(np) || ORG_MODIFIER.test(headPart))
  ) {
    return { kind: 'organization', fullName: null };
  }
  if (headNoun === 'prosecutors' || headNoun === 'police' || headNoun === 'authorities') {
    return { kind: 'organization', fullName: null };
  }
  if (ORG_NOUNS.has(headNoun)) return { kind: 'organization', fullName: null };
  if (KIN_NOUNS.has(headNoun) && OWNED.test(headPart)) return { kind: 'person', fullName: null };
  if (/^(?:one|some|many|most|two|three|several)\s+of\b/i.test(np)) {
    return { kind: 'anonymous', fullName: null };
  }
  if (ANON_PEOPLE.has(headNoun)) return { kind: 'anonymous', fullName: null };
  if (INDEFINITE.test(first)) return { kind: 'anonymous', fullName: null };
  if (ROLE_NOUNS.has(headNoun)) return { kind: 'person', fullName: null };
  if (head.some((w) => ORG_NAME_WORDS.has(w) || ACRONYM.test(w))) {
    return { kind: 'organization', fullName: null };
  }
  if (head.length && head.every((w) => PROPER.test(w) || /^(?:of|and|the|for|&)$/.test(w))) {
    // A proper name never seen as a person's ("Nomura", "Kyiv", "Pepsi, Coca-Cola and Costco",
    // "iFixit").
    return { kind: 'organization', fullName: null };
  }
  if (/^(?:the|this|that)$/.test(first)) return { kind: 'person', fullName: null };
  return { kind: 'anonymous', fullName: null };
}
