import { scriptPattern } from '../text/latin1';
import {
  ANON_PEOPLE,
  AUX_BEFORE_CUE,
  DOC_NOUNS,
  OPENING_ADVERB,
  ORG_NOUNS,
  ROLE_NOUNS,
  RUMOUR_NOUNS,
} from './lexicon';

/** A noun phrase found around a reporting verb, as offsets into the paragraph. */
export interface Phrase {
  start: number;
  end: number;
  /** Descriptive phrase set off by commas ("the Defence Undersecretary for Policy"). */
  apposition: string | null;
  /** The clause the phrase opens is subordinate ("While X said …, …"): its content ends at a comma. */
  subordinate: boolean;
  /** An outlet named in a "via …" aside next to the phrase. */
  via: string | null;
  /** The conjunction that opens the phrase's clause ("as" in "As X noted, …"). */
  boundary?: string;
}

const HARD_BOUNDARY =
  /[;:(\u2014\u2013"“”„«»‹›§]|\s--\s|\b(?:(?:in|under|by|during|for|to|from|with|through|at|on)\s+(?:which|whom)|that|but|while|although|though|because(?!\s+of\b)|(?<!such )as|when|after|before|if|since|whereas|where|so|until|once|then)\b/gi;
const RELATIVE_TAIL =
  /,\s+(?:which|who|(?:a|an|the)\s)[^,;:§"“”]*?\b(?:as|when|while|because|since|after|before|if|but|that|where|then|once|until|so)\b[^;:§"“”]*,$/;
/** What may stand before a subordinator that opens the sentence: a connector, an adverb, a dash. */
const OPENS_CLAUSE = new RegExp(
  `^[\\s,(]*(?:${OPENING_ADVERB})?(?:(?:and|but|yet|so)[\\s,]*)?$|—\\s*$`,
  'i',
);
const SUBORDINATORS =
  /^(?:while|although|though|because|as|when|after|before|if|since|whereas|once|until)$/i;
const ADVERB_SEGMENT =
  /^(?:however|though|too|also|meanwhile|in turn|in addition|for (?:his|her|their|its) part|by (?:his|her|their|its) own accounting|on the other hand|moreover|instead|likewise|similarly|separately|in fact|indeed|plus|additionally|furthermore|overall|still|again|ultimately|previously|currently|recently|notably|interestingly|importantly|surprisingly|unfortunately|fortunately|finally|lastly)$/i;
const ADVERBIAL_START = scriptPattern(
  /^(?:in|on|at|during|after|before|since|despite|given|with|without|for|as|while|when|although|though|because|if|by|from|until|unlike|like|amid|among|following|according|over|under|last|earlier|later|this|on|hours|days|weeks|months|years|minutes|moments|shortly|soon|then|now|still|yet|separately|meanwhile|however|often|sometimes|commonly|usually|frequently|but|and|so|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\p{L}+ing\s+(?:to|in|at|on|with|about|from|for|after|before|during|the|a|an|his|her|their|its|that|this|up|out|over|through)\b|\(cnn\)|\p{Lu}[\p{Lu}.,\s]+—/iu,
);
const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;
const APPOSITION_START = scriptPattern(
  /^(?:the|a|an|who|whose|which|its|his|her|their|\d|[RDI]-[A-Z]|[a-z]|(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:of|at|for)\s|\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll})/u,
);
const NAME_LIKE = scriptPattern(
  /^(?:[\p{Lu}][\p{L}.'’&-]*|de|van|von|la|le|of|the)(?:\s+(?:[\p{Lu}][\p{L}.'’&-]*|de|van|von|la|le|of|the|and))*$/u,
);
const PHRASE_START = scriptPattern(
  /^(?:[\p{Lu}\d]|\p{Ll}\p{Lu}|(?:he|she|it|they|we|the|a|an|one|two|three|some|many|most|several|both|all|others|experts|analysts|officials|prosecutors|sources|people|critics|economists|researchers|scientists|investigators|police|authorities|backers|supporters|opponents|residents|executives|lawmakers|forecasts|studies|records|documents|data|company|local|senior|federal|state|former|top|court|prison|trade|government|military|health|industry|union|party|campaign|administration|defense|defence)\b)/u,
);
/** Up to three lower-case words at the start: modifiers before a noun. */
const LOWER_LEAD = scriptPattern(/^(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*/u);
/** Whether a phrase can open a source noun phrase: a name, a pronoun, or a noun for people, bodies or documents. */
const phraseStart = (text: string) => {
  if (PHRASE_START.test(text) || ROLE_BEFORE_NAME.test(text)) return true;
  // The noun may follow two modifiers ("veteran industry analyst Ken Doctor") or an owner ("his
  // doctors"), never a preposition ("in an email").
  const lead = LOWER_LEAD.exec(text.replace(OWNER, ''))?.[0] ?? '';
  for (const w of lead.toLowerCase().split(/\s+/)) {
    if (ANON_PEOPLE.has(w) || ORG_NOUNS.has(w) || ROLE_NOUNS.has(w) || DOC_NOUNS.has(w))
      return true;
    if (NOT_MODIFIER.test(w)) return false;
  }
  return false;
};
const OWNER = /^(?:his|her|their|its|our)\s+/;
/**
 * Lower-case words that end in a name: a role the lexicon need not know ("planetary geologist
 * Rosaly Lopes of NASA's Jet Propulsion Laboratory", "lead researcher and NASA planetary
 * scientist Lucas Paganini").
 */
const ROLE_BEFORE_NAME = scriptPattern(
  /^(?:(?!(?:in|on|at|to|by|for|with|from|via|during|after|before|over|under|into|about|of|as|than|the|a|an|this|that)\b)\p{Ll}[\p{L}’'-]*\s+){1,5}(?:(?:and\s+)?(?:\p{Lu}{2,}\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,3})?\p{Lu}\p{Ll}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,2}(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}.*)?$/u,
);
const NOT_MODIFIER =
  /^(?:in|on|at|to|by|for|with|from|via|during|after|before|over|under|into|about|of|as|than|and|or|an?|the|this|that|its|his|her|their)$/;
const SAYING = /\b(?:said|says|say|told|asked|described|reported|wrote|added|announced|stated)\b/;
const CLAUSE_VERB = scriptPattern(
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|\p{Ll}+ed)\b/u,
);
const VERB_INSIDE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b/;

const trimSpan = (text: string, start: number, end: number): [number, number] => {
  let s = start;
  let e = end;
  while (s < e && /[\s,]/.test(text.charAt(s))) s++;
  while (e > s && /[\s,]/.test(text.charAt(e - 1))) e--;
  return [s, e];
};

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/**
 * The subject of a reporting verb, read backwards from the verb: the last comma-separated piece of
 * the clause before it, or the name before an apposition ("Elbridge Colby, the Defence
 * Undersecretary for Policy, said"). `masked` has quoted words blanked out, so the search never
 * wanders into a quote.
 */
export function subjectBefore(masked: string, from: number, verbStart: number): Phrase | null {
  let pre = masked.slice(from, verbStart).replace(/\s+$/, '');
  const aux = AUX_BEFORE_CUE.exec(pre);
  if (aux) pre = pre.slice(0, aux.index);
  // "He’s said", "They’ve argued": a pronoun with its auxiliary run in.
  pre = pre.replace(
    /\b(he|she|they|we|i|you)['’](?:s|ve|d|ll)(?:\s+(?:also|long|repeatedly|since))?$/i,
    '$1',
  );
  // A relative clause or apposition set off by commas belongs to the subject before it, whatever
  // its own conjunctions ("The company, which … as it faces losses, confirmed", "Li, a doctor at
  // the hospital where the patients were treated, wrote").
  const relative = pre.endsWith(',') ? RELATIVE_TAIL.exec(pre) : null;
  if (relative && relative.index > 0) pre = pre.slice(0, relative.index);
  let boundary: RegExpExecArray | null = null;
  HARD_BOUNDARY.lastIndex = 0;
  for (let m = HARD_BOUNDARY.exec(pre); m; m = HARD_BOUNDARY.exec(pre)) {
    // "Others, though, might argue": an adverb alone between commas opens no clause.
    if (/,\s*$/.test(pre.slice(0, m.index)) && /^\s*,/.test(pre.slice(m.index + m[0].length)))
      continue;
    boundary = m;
  }
  let clauseStart = from;
  let subordinate = false;
  if (boundary) {
    clauseStart = from + boundary.index + boundary[0].length;
    const before = masked.slice(from, from + boundary.index).trim();
    subordinate = SUBORDINATORS.test(boundary[0]) && OPENS_CLAUSE.test(before);
  }
  const clause = masked.slice(clauseStart, from + pre.length);
  const segments: { s: number; e: number; text: string }[] = [];
  let segStart = 0;
  for (let i = 0; i <= clause.length; i++) {
    const digitComma = /\d/.test(clause.charAt(i - 1)) && /\d/.test(clause.charAt(i + 1));
    if (i === clause.length || (clause.charAt(i) === ',' && !digitComma)) {
      const [s, e] = trimSpan(clause, segStart, i);
      if (e > s)
        segments.push({ s: clauseStart + s, e: clauseStart + e, text: clause.slice(s, e) });
      segStart = i + 1;
    }
  }
  // "Dräger, Inc." is one name.
  for (let i = segments.length - 1; i > 0; i--) {
    const seg = segments[i];
    const prevSeg = segments[i - 1];
    if (seg && prevSeg && /^(?:Inc|Ltd|LLC|Corp|Co|Jr|Sr|PLC|S\.A|AG|N\.A)\.?$/.test(seg.text)) {
      segments.splice(i - 1, 2, { s: prevSeg.s, e: seg.e, text: masked.slice(prevSeg.s, seg.e) });
    }
  }
  let via: string | null = null;
  const beforeAdverbs = segments.length;
  while (segments.length > 1) {
    const last = segments[segments.length - 1];
    if (!last) break;
    const viaMatch = /^via\s+(.+)$/i.exec(last.text);
    if (viaMatch) via = viaMatch[1] ?? null;
    else if (!ADVERB_SEGMENT.test(last.text)) break;
    segments.pop();
  }
  // "Recent governments have, however, recognized": the auxiliary before a set-off adverb.
  const last = segments[segments.length - 1];
  const auxEnd = last && segments.length < beforeAdverbs ? AUX_BEFORE_CUE.exec(last.text) : null;
  if (last && auxEnd) {
    const text = last.text.slice(0, auxEnd.index);
    segments[segments.length - 1] = { s: last.s, e: last.s + text.length, text };
  }
  let subject = segments[segments.length - 1];
  if (!subject) return null;
  let apposition: string | null = null;
  const prev = segments[segments.length - 2];
  if (
    prev &&
    APPOSITION_START.test(subject.text) &&
    !PRONOUN.test(subject.text) &&
    !/\)$/.test(prev.text) &&
    (NAME_LIKE.test(prev.text.replace(/^(?:\(CNN\)\s*)/, '')) ||
      ((/^(?:who|whose|which|a|an|the)\b/.test(subject.text) ||
        /^(?:a|an|the)\s/i.test(prev.text)) &&
        phraseStart(prev.text) &&
        wordCount(prev.text) <= 12 &&
        !CLAUSE_VERB.test(prev.text) &&
        !prev.text.split(/\s+/).some((w) => IRREGULAR_PAST.test(w)))) &&
    !ADVERBIAL_START.test(prev.text) &&
    !ADVERB_SEGMENT.test(prev.text)
  ) {
    apposition = subject.text;
    subject = prev;
    // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based organization, told": two
    // appositions after one name.
    const first = segments[segments.length - 3];
    if (
      first &&
      /^(?:a|an|the)\s/.test(prev.text) &&
      NAME_LIKE.test(first.text) &&
      !ADVERBIAL_START.test(first.text)
    ) {
      apposition = prev.text;
      subject = first;
    }
  }
  let s = subject.s;
  let text = subject.text;
  const rel =
    /^(?:(?:in|under|by|during|for|to|from|with|through|at|on)\s+)?(?:which|that|who|whom)\s+/i.exec(
      text,
    );
  if (rel) {
    s += rel[0].length;
    text = text.slice(rel[0].length);
  }
  const lead = /^(?:but|and|so|yet|still|now|then|also)\s+/i.exec(text);
  if (lead) {
    s += lead[0].length;
    text = text.slice(lead[0].length);
  }
  // "On Tuesday she said", "In a statement he said": a pronoun after an adverbial with no comma
  // is the subject. Not after a clause of its own ("… depends on whether he believes"), nor in
  // "What he said was …" and "the man who he said attacked him", which report nothing.
  const pronoun = TRAILING_PRONOUN.exec(text);
  if (pronoun) {
    const before = text.slice(0, pronoun.index);
    if (WH_BEFORE.test(before) || SAYING.test(before) || CLAUSE_VERB.test(before)) return null;
    s += pronoun.index + pronoun[0].length - (pronoun[1] as string).length;
    text = pronoun[1] as string;
  }
  if (!text || wordCount(text) > 14 || !phraseStart(text)) return null;
  if (text.includes('§') || /[.!?]$/.test(text.replace(/\b(?:Jr|Sr|Inc|Co|Corp|Ltd)\.$/, ''))) {
    return null;
  }
  const main = text.split(/\b(?:who|that|which)\b/)[0] ?? '';
  if (VERB_INSIDE.test(main) || SAYING.test(main)) return null;
  if (ADVERBIAL_START.test(text) && !/^(?:as|last|this)\b/i.test(text)) return null;
  // "Taylor Swift posted on Twitter accusing …": the source is the clause's subject.
  const pastClause = PAST_CLAUSE.exec(text);
  if (pastClause?.[1]) text = pastClause[1];
  // "Although Hitler was born in Braunau, Austria argued …": a subject after the comma that closes
  // the subordinate clause belongs to the main one.
  if (subordinate && subject !== segments[0]) subordinate = false;
  return { start: s, end: s + text.length, apposition, subordinate, via, boundary: boundary?.[0] };
}

/** A subject pronoun ending a longer phrase: nothing else in the phrase can be the subject. */
const TRAILING_PRONOUN = /\s(he|she|they|we|I)$/;
const WH_BEFORE = /(?:^|\s)(?:what|whatever|how|why|where|when|whether|who|whom|which|that)$/i;

/** A name followed by a past-tense verb and its complement: the name is the subject. */
const PAST_CLAUSE = scriptPattern(
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+\p{Ll}+ed\s+(?:on|in|to|at)\s+\S/u,
);

const FORWARD_STOP = scriptPattern(
  /,|;|:|\s+(?:to|in|on|at|during|while|after|before|who|when|as|via|referring|adding|saying|noting|about|last|this|earlier|later|and then)\s|\s+(?:\(|--|—)|[.!?]["”’]?\s*$|(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Det|Supt|Rev|Hon|Atty|St))[.!?]\s/u,
);

/** ", the company's chief executive,": an apposition after the subject. */
const APPOSITION_AFTER = scriptPattern(
  /^,\s+((?:the|a|an|[a-z]|\p{Lu}[\p{L}.-]*\s+(?:of|at|for)\s)[^,;]*?)(?:[,;]|[.!?]["”’]?\s*$|$)/u,
);

const NO_APPOSITION =
  /^(?:who|which|referring|adding|saying|noting|according|is|was|are|were|has|had|have|will|would|can|could|should|may|might|must|does|did)\b/;

/** The subject after an inverted verb (`“…,” said Derek Scissors, a China scholar …`). */
export function subjectAfter(masked: string, verbEnd: number, to: number): Phrase | null {
  const rest = masked.slice(verbEnd, to);
  const lead = /^\s+/.exec(rest);
  if (!lead) return null;
  const body = rest.slice(lead[0].length);
  const stop = FORWARD_STOP.exec(body);
  let text = stop ? body.slice(0, stop.index) : body.replace(/[.!?]+["”’]?$/, '');
  text = text.replace(/\s+(?:of|from|for)$/, '');
  if (!text || wordCount(text) > 10 || !phraseStart(text) || text.includes('§')) return null;
  if (/^(?:that|the fact|it is|it was|to)\b/i.test(text) || VERB_INSIDE.test(text)) return null;
  const start = verbEnd + lead[0].length;
  let apposition: string | null = null;
  const after = body.slice(text.length);
  const app = APPOSITION_AFTER.exec(after);
  // ", is Google's infrastructure": the sentence going on after an inverted tag ("The key, says
  // Buser, is …"), not who the speaker is.
  if (app?.[1] && !NO_APPOSITION.test(app[1])) {
    apposition = app[1].trim();
  }
  return { start, end: start + text.length, apposition, subordinate: false, via: null };
}

/** Blanks, and a time adverbial with no comma after it: "Last week State Department official …". */
const TIME_LEAD =
  /^\s*(?:(?:(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\s+)?/i;
const MAIN_CLAUSE_START = /,\s*(?:but|and|yet)\s+|;|\s+but\s+|\s—\s|\s--\s/g;
const AUX_OR_ADVERB =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must|should|also|then|later|still|now|never|not|already|again|often|once|soon|too|even|just)$/;
const IRREGULAR_PAST =
  /^(?:took|made|gave|went|came|said|told|got|left|won|lost|held|kept|put|set|ran|saw|found|thought|brought|began|wrote|spoke|sent|paid|met|led|sold|stood|felt|knew|became|chose|fell|hit|cut|built|bought|caught|drew|drove|grew|heard|hid|let|meant|read|rose|shut|sought|spent|struck|taught|threw|understood|wore|withdrew|says|say)$/;
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|that|these|those)$/i;
/** Words a subject noun phrase does not run through. */
const NOT_NOUN = scriptPattern(
  /^(?:to|in|on|at|for|with|by|from|about|into|over|after|before|as|than|who|which|that|where|when|while|but|or|[^\p{L}\p{N}].*|.*[,;:)(§].*)$/iu,
);

const PAST_OR_ADVERB = scriptPattern(/^\p{Ll}+(?:ed|ly|n['’]t)$/u);
const PLURAL = scriptPattern(/^\p{Ll}+s$/u);

/** Whether a word, read after a noun phrase, is the verb of its clause. */
function isVerbWord(w: string, afterNoun: boolean, next = ''): boolean {
  if (AUX_OR_ADVERB.test(w) || IRREGULAR_PAST.test(w) || PAST_OR_ADVERB.test(w)) {
    return true;
  }
  // "providers have protested": a plural noun, not a verb, when a verb follows it.
  return afterNoun && PLURAL.test(w) && !isVerbWord(next, false);
}

/**
 * The noun phrase a clause segment opens with ("The utilities commission", "Businesses and
 * residents", "Swift"), and whether a verb follows it.
 */
function leadingPhrase(seg: string): { phrase: string; verbFollows: boolean } {
  const none = { phrase: '', verbFollows: false };
  const words = seg.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  if (/^(?:he|she|they|it|we|i|you)$/i.test(first)) return { phrase: first, verbFollows: true };
  const out: string[] = [];
  let nouns = 0;
  let i = 0;
  if (DETERMINER.test(first)) {
    out.push(first);
    i = 1;
  }
  for (; i < words.length && out.length < 7; i++) {
    const w = words[i] ?? '';
    const joiner = /^(?:and|of|&)$/.test(w);
    const prev = out[out.length - 1] ?? '';
    const afterNoun = nouns > 0 && !/^(?:and|of|&)$/.test(prev) && !/['’]s?$/.test(prev);
    if (!joiner && isVerbWord(w, afterNoun, words[i + 1])) break;
    if (joiner ? nouns === 0 || !words[i + 1] : NOT_NOUN.test(w)) break;
    out.push(w);
    if (!joiner) nouns++;
  }
  if (!nouns) return none;
  if (i === words.length) return { phrase: out.join(' '), verbFollows: false };
  return isVerbWord(words[i] ?? '', true) ? { phrase: out.join(' '), verbFollows: true } : none;
}

/**
 * The subject of the main clause a participle or a second verb hangs on ("Omar asked for
 * compassion …, saying …", "It did not reveal … and said …"): the last comma-separated piece of
 * that clause that opens with a noun phrase and a verb, else the phrase the clause opens with.
 */
export function mainSubject(masked: string, from: number, to: number): Phrase | null {
  const pre = masked.slice(from, to).replace(/[,\s]*(?:and|but)?\s*$/i, '');
  let start = from;
  MAIN_CLAUSE_START.lastIndex = 0;
  for (let m = MAIN_CLAUSE_START.exec(pre); m; m = MAIN_CLAUSE_START.exec(pre))
    start = from + m.index + m[0].length;
  const clause = masked.slice(start, from + pre.length);
  let withVerb: Phrase | null = null;
  let first: Phrase | null = null;
  let offset = 0;
  for (const seg of clause.split(',')) {
    const lead = TIME_LEAD.exec(seg)?.[0].length ?? 0;
    const { phrase, verbFollows } = leadingPhrase(seg.slice(lead));
    if (phrase && !phrase.includes('§') && !ADVERBIAL_START.test(phrase)) {
      const s = start + offset + lead;
      const found = {
        start: s,
        end: s + phrase.length,
        apposition: null,
        subordinate: false,
        via: null,
      };
      if (verbFollows) withVerb = found;
      first ??= found;
    }
    offset += seg.length + 1;
  }
  return withVerb ?? first;
}

const NP_STOP =
  /^(?:to|in|on|at|for|with|by|from|about|into|over|after|before|as|than|among|between|including|like|via|against|within|without|through|across|and|or|but|of|that|which|who|is|are|was|were|has|have|had|been|be)$/i;

const PRE_WORD = scriptPattern(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu);

/**
 * The noun phrase a participle hangs on directly ("conspiracy theories suggesting he was
 * murdered", "Security Council resolutions declaring …"): up to four words back, ending in a
 * noun for people, bodies or documents.
 */
export function nounBefore(masked: string, from: number, verbStart: number): Phrase | null {
  const phrase = phraseBefore(masked, from, verbStart);
  if (!phrase) return null;
  const head = masked.slice(phrase.start, phrase.end).split(/\s+/).pop()?.toLowerCase() ?? '';
  return ANON_PEOPLE.has(head) ||
    ORG_NOUNS.has(head) ||
    DOC_NOUNS.has(head) ||
    RUMOUR_NOUNS.has(head)
    ? phrase
    : null;
}

/**
 * The noun phrase that ends right at `end`: up to four words back, stopping at a verb, a
 * preposition or punctuation.
 */
export function phraseBefore(masked: string, from: number, end: number): Phrase | null {
  const pre = masked.slice(from, end);
  const words = [...pre.matchAll(PRE_WORD.for(pre))];
  const last = words[words.length - 1];
  if (!last || last.index + last[0].length !== pre.trimEnd().length) return null;
  let i = words.length - 1;
  while (i > 0 && words.length - i < 4) {
    const prev = words[i - 1];
    const w = prev?.[0] ?? '';
    const gap = pre.slice((prev?.index ?? 0) + w.length, words[i]?.index);
    if (NP_STOP.test(w) || isVerbWord(w, false) || /\S/.test(gap)) break;
    i--;
  }
  const start = from + (words[i]?.index ?? 0);
  return {
    start,
    end: from + last.index + last[0].length,
    apposition: null,
    subordinate: false,
    via: null,
  };
}
