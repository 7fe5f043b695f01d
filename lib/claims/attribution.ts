import type { ClaimForm } from '../model';
import { scriptPattern } from '../text/latin1';
import {
  ADJUNCT_AFTER_CUE,
  AUX_BEFORE_CUE,
  CLAUSE_OPENER,
  CUE_RE,
  LABELLING,
  LEADING_CONNECTOR,
  NON_CLAUSE,
  NP_VERBS,
  OPENING_ADVERB,
  SMALL_CLAUSE,
  STRONG,
  TAG_ONLY,
  TELL,
  WEAK,
  WEEKDAYS,
} from './lexicon';
import type { Span } from './sentences';
import { nounBefore, type Phrase, phraseBefore, subjectAfter, subjectBefore } from './subject';

/** The words of one quote region that fall inside one sentence. */
export interface Piece extends Span {
  region: number;
}

/** A reporting verb with its source and the words it attributes, found in one sentence. */
export interface Attribution {
  cue: string;
  cueStart: number;
  /** The source phrase as written; null for a participle whose source is the main subject. */
  speaker: Phrase | null;
  /** Literal source text when it is not a phrase of the sentence ("It was reported"). */
  speakerText?: string;
  quote: Span;
  form: ClaimForm;
  pieces: Piece[];
  /** A tag with no words of its own, which attributes an untagged quote just before it. */
  bareTag?: boolean;
  /**
   * A tag that ends its paragraph with a colon ("In a statement, Smith said:"), which names the
   * speaker of the quote the next paragraph opens with.
   */
  introduction?: boolean;
  /**
   * A source named in passing, in a relative clause ("referred to her testimony that concluded
   * …"): the quote that follows goes on with the sentence's own speaker, and a later pronoun
   * does not stand for it.
   */
  aside?: boolean;
}

/**
 * A reaction, not a tag, when it stands as a sentence of its own: "“It's very simple.” The
 * cabinet members gathered around Mr. Trump laughed." The quote is still Mr. Trump's.
 */
const REACTION = /^laugh/;

const TOKEN = scriptPattern(/[\p{L}\p{N}]+/gu);
const tokenCount = (s: string) => (s.match(TOKEN.for(s)) ?? []).length;

/**
 * Where reported words end: a new verb of the same source, a participle, a contrast, a clause of
 * the writer's. A relative clause on someone in the claim ends it only when it says who they are,
 * what they said or what became of them later ("…, who was then its largest shareholder", "…,
 * who later resigned"), not when it goes on with what happened ("fought with the man, who
 * snatched the keys", "took the child to a hotel, where …").
 */
const CUT =
  /§["”’»]\s*(?:but|while|although|though|whereas|saying|adding)\b|,\s*(?:saying|telling|adding|arguing|noting|citing|accusing|insisting|warning|claiming|making|referring|raising|prompting|sparking|according to|while|but(?!\s+(?:that|not)\b|\s+["“”„«»‹'‘]?§)|which|although|though|whereas|despite|who(?=\s+(?:is|was|are|were|has|have|had|also|then|now|later|since|eventually|ultimately|said|says|told|would|will)\b)|because|as\s+(?:he|she|they|it|we)\s)\b|;|\s+and\s+(?:also\s+)?(?:said|says|say|added|adds|identified|told|called|urged|asked|saying|warned|warns|insisted|insists|argued|argues|accused|accuses|denied|denies|claimed|claims|stressed|stresses|noted|notes|admitted|admits|acknowledged|acknowledges|suggested|suggests|predicted|predicts|vowed|vows|promised|promises|explained|explains|conceded|concedes|complained|complains)\b|,\s+(?:he|she|they|it)\s+(?:(?:has|have|had|also|later)\s+)*(?:said|added|says|adds|told|acknowledged|noted|insisted|warned|argued|admitted)\b|,\s+(?:and|but)\s+(?:[^\s,;§"“”]+\s+){1,4}(?:said|says|told|added|adds)\b|\s?[—–]\s?(?:and|but|which)\b/;
/** Auxiliaries that make a clause finite: "the display size will remain", "the plan … would cost". */
const MODALS = 'will|would|could|can|should|might|must|may';
const FINITE_AUX = `${MODALS}|is|was|are|were|has|had|have`;
const MAIN_VERB_AFTER_COMMA = new RegExp(
  `,\\s*(?=(?:${FINITE_AUX}|did|does|do|\\p{Ll}+ed)\\b)`,
  'u',
);
const RELATIVE_INSIDE = new RegExp(
  `^,\\s*(?:which|who|where)\\b[^,;§"“”]{1,100},\\s*(?=(?:${FINITE_AUX}|did|does|do|as well as|\\p{Ll}+(?:ed|s))\\b)`,
  'u',
);
const NP_END =
  /\s(?:(?:in|on|at)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w’'-]+\s+)?(?:statement|interview|post|tweet|letter|video|release|hearing|speech)|as(?!\s+well\s+as\b)(?<!\bwell\s+as)|after|before|when|while|because|since|until|despite)\b/;
const AFTER_CUT = /\s+after\s/;
const MODAL = /\b(?:would|will|could|might|may|should|can|won['’]t|wouldn['’]t)\b/;
const OBJECT_AFTER_TELL = scriptPattern(
  /^\s+(?:(?:the|a|an|his|her|their|its|US|U\.S\.)\s+)?(?:(?:[\p{Lu}][\p{L}.'’&!-]*)(?:\s+[\p{Lu}][\p{L}.'’&!-]*)*|[a-z]+(?:\s+(?:officials|media|reporters|lawmakers|investigators))?)/u,
);
/** "told visiting Ukraine officials they …": the object runs up to the subject pronoun of the clause. */
const OBJECT_BEFORE_PRONOUN =
  /^(?:\s+(?!(?:that|he|she|it|they|we|i|you|there)\b)[^\s,§"“”;:]+){1,5}?(?=\s+(?:he|she|they|it|we|i|you|there)\s)/;
/**
 * A long object before "that": "told a few thousand teachers who covered the lawn that", "told
 * VOA correspondent Carla Babb on Nov. 5 that", "told investors of New Media, the GateHouse
 * parent, on Oct. 31 that" (abbreviations and one apposition).
 */
const TOLD_THAT = scriptPattern(
  /^(?:\s+(?:[^\s,§"“”;:.]+|\p{Lu}\p{Ll}{0,3}\.|(?:\p{Lu}\.)+)|,\s+(?:the|a|an|its|his|her|their)\s+[^,§"“”;:.]{1,40},){0,12}?\s+that\b/u,
);
const THAT_AFTER = /^((?:\s+[^\s,§"“”]+){0,12}?)\s*\bthat\b/;
const THAT_AS_SUBJECT =
  /^(?:['’](?:s|ll|d)\b|\s+(?:is|was|are|were|has|had|will|would|could|can|should|might|must|may|means|meant|seems|seemed|makes|does|did|remains|sounds|looks|happens|happened|isn['’]t|wasn['’]t|won['’]t|wouldn['’]t|doesn['’]t|didn['’]t)\b)/;
/** A common noun right before the verb: "a poem called …", not "Trump called …" or "they called …". */
const THING_BEFORE =
  /(?:^|\s)(?!(?:he|she|they|we|i|you|it|who|which|that|and|also)\s)[a-z][a-z-]*\s+$/;
/** A name with no label after it: "PD for …", "Teaching Sells." (not "Trump a liar"). */
const BARE_NAME = scriptPattern(
  /^\p{Lu}[\p{L}\d.'’&-]*(?:\s+\p{Lu}[\p{L}\d.'’&-]*)*(?!\s+(?:a|an|the|his|her|its|their|one)\b)(?:\s|[.,;:!?]|$)/u,
);
/**
 * "called him later", "called them back", "called 911", "called an ambulance": a call made, with
 * no label for the one called.
 */
const CALLED_SOMEONE =
  /^(?:(?:him|her|them|me|us)\b(?!\s+(?:a|an|the|one|his|her|their|its|["“”„«»‹'‘§]))|(?:\d{3}|(?:an\s+)?ambulance|(?:the\s+)?police)\b(?!\s+(?:a|an|the)\b|\s*["“”„«»‹'‘§]))/i;
/** What may stand between a verb and its "that": "said on Monday that", "argued for decades that". */
const PP_GAP = scriptPattern(
  /^\s+(?:in|on|at|to|during|of|from|with|before|after|over|this|last|earlier|late|for\s+(?:the\s+first\s+time|(?:\w+\s+)?(?:decades|years|months|weeks|days))\b|\p{Lu}[\p{L}.]*\.?\s+\d)/u,
);
/** "denied the allegation that …": the clause after the noun is what was denied. */
const DENIAL = /^(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing))$/;
const CLAIM_NOUN =
  /^\s+(?:the|any)\s+(?:notion|idea|claims?|suggestions?|allegations?|assertions?|reports?|accusations?)$/;
/**
 * "warned people to stay away", "told him to leave", "told WeWork executives to look for …": a
 * directive, not a claim.
 */
const DIRECTIVE = scriptPattern(
  /^(?:(?:him|her|them|us|me|you|people|residents|(?:[\p{L}'’-]+\s+){0,2}\p{Ll}+s)\s+)(?:not\s+)?to\s+\p{Ll}/u,
);
const DIRECTIVE_VERBS = /^(?:warn|warns|warned|warning|tell|tells|told|telling|remind|reminded)$/;
const PARTICIPLE = /ing$/;
/** "…, after accusing them of …", "…, while insisting that …": a participle the main subject speaks. */
const ADVERBIAL_BEFORE_PARTICIPLE = /(?:^|,)\s*(?:after|before|while|when|since|by|without)$/i;
const ACCUSE = /^accus(?:e|es|ed|ing)$/;
const WORTH_BEFORE = /\bworth\s+$/i;
const ADJECTIVAL_ING = /^reporting$/;
const ADJUNCT_ONLY = /^(?:on|in|at|during|after|before|since|by|from|until)\b/i;
const QUOTE_THEN_TAG = /§[,.!?]?["”’»][,]?\s*$/;
const PASSIVE =
  /\b(it|they|he|she|we)(?:\s+(?:was|were|is|are|has been|have been|had been)\s+|['’]s\s+(?:been\s+)?)(?:widely\s+)?(reported|told|said|understood|believed|alleged)\b(?:\s+that\b)?/gi;
/**
 * "It was announced that …", "it was noted on Monday that …": more verbs with "it" and "that",
 * which without "that" would be narration ("it was announced at the show").
 */
const IT_THAT_PASSIVE =
  /\b(it)\s+(?:was|is|has been|had been)\s+(?:also\s+|later\s+|officially\s+|previously\s+)?(announced|confirmed|revealed|noted|claimed|suggested|argued|estimated|feared|rumou?red)(?:\s+(?:on|in|at|during|last|this|earlier)\s+[^,§]{1,30}?)?\s+that\b/gi;
const SEEN_AS =
  /(?:\b(?:is|are|was|were)|['’](?:m|re|s))\s+(?:also\s+|widely\s+|largely\s+|often\s+|generally\s+)?((?:seen|regarded)\s+as|considered(?:\s+to\s+be)?(?=\s+(?:a|an|the|one|among)\b))\s/gi;
/**
 * A source-less passive on a noun subject, only at the main verb: "X is widely expected to …",
 * "X isn’t expected until next year", and the perfect of research findings, "X has been shown to
 * …" (not "were shown to", which narrates one study's result).
 */
const VAGUE_PASSIVE =
  /^[^,§]{3,80}?\b((?:is|are|was|were|has been|have been|had been|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:widely\s+|generally\s+|now\s+|also\s+)?(believed|expected|thought|rumou?red|said|reported|alleged)|(?:has|have)\s+been\s+(shown))\s+(?:to|until)\s/;
/**
 * The same passive in a relative clause, which holds its own claim beside the sentence's:
 * "The company, which is expected to lay off thousands …, confirmed …", "Europa, which is
 * thought to harbor an ocean".
 */
const RELATIVE_PASSIVE =
  /\b(?:which|who)\s+((?:is|are|was|were|has been|have been|had been)\s+(?:widely\s+|generally\s+|now\s+|also\s+)?(believed|expected|thought|rumou?red|said|reported|alleged|considered))\s+(?=to\s)/g;
/**
 * "X was accused of …", "is accused by critics of …": what X is accused of is a claim, whoever
 * makes it (the "by" phrase when there is one). Not "charged with", which is a legal act.
 */
const ACCUSED = new RegExp(
  `\\b((?:is|are|was|were|been|being)\\s+(?:(?:also|widely|repeatedly|publicly|previously|often|now)\\s+)?accused)\\s+(?:by\\s+([^,;§]{1,60}?)\\s+|(?:on\\s+)?(?:${WEEKDAYS}|today|yesterday)\\s+)?of\\s+`,
  'g',
);
/** A source phrase with nothing set off around it. */
const NO_EXTRAS = { apposition: null, subordinate: false, via: null } as const;
/**
 * The same view as a participle set off by commas, or opening the sentence: "the territories,
 * seen as pivotal parts of any future state, …", "Hilly areas, thought to represent exposed
 * crust, …", "Long considered one of the great slights, the Doobies …". From "to" for "thought
 * to", after the verb otherwise, to the next comma. "considered" only with an adverb or before
 * "one of", "among", "to be": "The board met, considered the offer, …" is a verb of the board's.
 */
const REDUCED_PASSIVE =
  /(?:^|,\s+)((?:long\s+|widely\s+|generally\s+|often\s+)?(seen\s+as|regarded\s+as|viewed\s+as|(?<=(?:long|widely|generally|often)\s+)considered|considered(?=\s+(?:to\s+be|one\s+of|among)\b)|(?:thought|believed)(?=\s+to\s)))\s+(to\s+)?/gi;
/**
 * "according to X", "in the words of X", and ", per X" before a name ("…, per the WHO"; not
 * "per game"). The source ends at a comma or a colon ("in the words of the patient: “…”").
 */
const ACCORDING = scriptPattern(
  /\b[Aa]ccording\s+to\s+|\b[Ii]n\s+the\s+words\s+of\s+|(?<=,\s)per\s+(?=(?:the\s+)?\p{Lu})/gu,
);
/** What follows an "according to" source when the reported clause has already ended. */
const AFTER_SOURCE_CLAUSE_END =
  /^\s*,\s*(?:adding|saying|which|who|while|whereas|but|although|though|raising|prompting|sparking|so|and so|meaning)\b/;
/** A wire dateline opening the body: "(Reuters) —", "LOS ANGELES (AP) —", "WASHINGTON —". */
const DATELINE = scriptPattern(/^(?:[\p{Lu}][\p{Lu}.,' ]*\s)?(?:\([\p{L}.]+\)\s*)?[—–-]{1,2}\s+/u);
const ACCORDING_SOURCE_END = /,|;|:|\)|\s--\s|\s—\s|[.!?]["”’]?\s*$/;

/** Whether the text is only punctuation, quote marks and connectors. */
const isEmptyText = (s: string) =>
  tokenCount(
    s
      .replace(/§+/g, '')
      .replace(LEADING_CONNECTOR, '')
      .replace(/\bthat being said\b/i, ''),
  ) === 0;

const PRONOUN_CLAUSE =
  /^(?:he|she|they|we|it|there)(?:\s+(?:is|was|were|are|had|has|have|would|will|could|can|did|does|do|should|might|must|may)\b|['’](?:s|d|ll|re|ve)\b)/i;
/** "note he held similar views": a subject pronoun after the verb opens a clause, whatever its verb. */
const SUBJECT_PRONOUN_CLAUSE = /^(?:he|she|they|we)\s+[a-z]|^it\s+[a-z]+(?:s|ed)\b/;
const ADJUNCT_THEN_QUOTE = /^[^§"“”;:.!?]{1,100}?:\s*(?=["“”„«»‹'‘]?§)/;

/** "the accusations as “patently false,”": an object, "as", and a label in quote marks. */
const QUOTED_LABEL = scriptPattern(/^[^;§]{1,120}?\sas\s+(?:[\p{L}-]+\s+){0,3}["“”„«»‘']?§/u);

/** Where a labelling verb's claim ends: after the closing mark of its quoted label. */
function labelEnd(masked: string, from: number, to: number): number {
  const label = QUOTED_LABEL.exec(masked.slice(from, to));
  if (!label) return -1;
  let e = from + label[0].length;
  while (e < to && masked.charAt(e) === '§') e++;
  while (e < to && /[,.!?]/.test(masked.charAt(e))) e++;
  if (e < to && /["”’»]/.test(masked.charAt(e))) e++;
  return e;
}

/**
 * Where CUT first ends a claim's words, past any relative clause set off by commas inside them:
 * "said the plan, which was approved in May, would cost $5 billion".
 */
function firstCut(rest: string): number {
  let from = 0;
  for (;;) {
    const cut = CUT.exec(rest.slice(from));
    if (!cut) return -1;
    const at = from + cut.index;
    const inner = RELATIVE_INSIDE.exec(rest.slice(at));
    if (!inner) return at;
    from = at + inner[0].length;
  }
}

function endOfContent(masked: string, from: number, to: number, subordinate: boolean): number {
  const rest = masked.slice(from, to);
  let end = rest.length;
  const cut = firstCut(rest);
  if (cut > 0) end = cut;
  if (subordinate) {
    const comma = rest.indexOf(',');
    if (comma > 0 && comma < end) end = comma;
  }
  // "said the U.S. would not have a large presence after European leaders met": after a claim
  // about what would be, an "after" clause tells when it was said. After a claim about what
  // happened ("said he received threats after the loss") it is part of the claim.
  const after = AFTER_CUT.exec(rest.slice(0, end));
  const before = after ? rest.slice(0, after.index) : '';
  if (after && tokenCount(before) >= 6 && MODAL.test(before)) end = after.index;
  let e = from + end;
  while (e > from && /[\s,.;:!?]/.test(masked.charAt(e - 1))) e--;
  return e;
}

/** A dateline's own mark: a capital or a bracket ("WASHINGTON —", "(AP) —"). */
const CAPITAL_OR_PAREN = scriptPattern(/[(\p{Lu}]/u);

function startOfContent(masked: string, from: number, to: number): number {
  let s = from;
  while (s < to && /[\s,:—–-]/.test(masked.charAt(s))) s++;
  const dateline = DATELINE.exec(masked.slice(s, to));
  if (dateline && /[—–-]/.test(dateline[0]) && CAPITAL_OR_PAREN.test(dateline[0]))
    s += dateline[0].length;
  const lead = LEADING_CONNECTOR.exec(masked.slice(s, to));
  if (lead && !masked.slice(s, s + lead[0].length).includes('§')) s += lead[0].length;
  return s;
}

function piecesIn(pieces: Piece[], start: number, end: number): Piece[] {
  return pieces.filter((p) => p.end > start && p.start < end);
}

/**
 * The quote span and form for attributed content: a quote that is the whole content, or a whole
 * clause set off by a comma or colon ("That being said, “…”"), makes a direct quote (span = the
 * quoted words, across an interrupting tag); quoted words inside reported speech make it mixed;
 * no quote marks make it indirect.
 */
function shape(
  text: string,
  masked: string,
  content: Span,
  pieces: Piece[],
): { quote: Span; form: ClaimForm; pieces: Piece[] } {
  const inside = piecesIn(pieces, content.start, content.end);
  if (!inside.length) return { quote: content, form: 'indirect', pieces: inside };
  const first = inside[0] as Piece;
  const last = inside[inside.length - 1] as Piece;
  const lead = masked.slice(content.start, first.start).replace(/["“”„«»‹›'‘’]+$/, '');
  const tail = masked.slice(last.end, content.end);
  const quoted = inside.reduce((n, p) => n + tokenCount(text.slice(p.start, p.end)), 0);
  const setOff = isEmptyText(lead) || /[,:]\s*$/.test(lead);
  // Words before a colon or a dash introduce the quote, however many: "He amended his
  // testimony once — “I now do recall,” he said."
  const introduced = /[:—–]\s*$/.test(lead);
  if (tokenCount(tail) <= 2 && (introduced || (setOff && quoted >= tokenCount(lead)))) {
    return { quote: { start: first.start, end: last.end }, form: 'direct', pieces: inside };
  }
  return {
    quote: { start: content.start, end: Math.max(content.end, last.end) },
    form: 'mixed',
    pieces: inside,
  };
}

/** A claim whose source the sentence names in no phrase: a passive, hearsay, a view with no holder. */
const sourceless = (
  cue: string,
  cueStart: number,
  speakerText: string,
  shaped: ReturnType<typeof shape>,
): Attribution => ({ cue, cueStart, speaker: null, speakerText, ...shaped });

/**
 * Where the reported content after a verb starts, or -1 when the verb takes none here: after
 * "that", after an object of "told", after time and place adjuncts, at a quote, or (for verbs
 * that allow it) at a bare clause.
 */
function complementStart(masked: string, cue: string, verbEnd: number, end: number): number {
  let pos = verbEnd;
  const lower = cue.toLowerCase();
  const next = masked.slice(pos, end).replace(/^\s+/, '');
  if (DIRECTIVE_VERBS.test(lower) && DIRECTIVE.test(next)) return -1;
  // "adding to a mounting series of problems": the idiom, not a statement.
  if (/^add(?:s|ed|ing)?$/.test(lower) && /^to\b/.test(next)) return -1;
  if (TELL.has(lower)) {
    const rest = masked.slice(pos, end);
    const beforePronoun = OBJECT_BEFORE_PRONOUN.exec(rest);
    const that = beforePronoun ? null : TOLD_THAT.exec(rest);
    if (that) return pos + that[0].length;
    const obj = beforePronoun ?? OBJECT_AFTER_TELL.exec(rest);
    if (obj && !/^\s+(?:that|he|she|it|they|we|i)\b/.test(obj[0])) pos += obj[0].length;
  }
  if (/^\s*,/.test(masked.slice(pos, end)) && !/^\s*,\s*["“”„«»‹'‘]/.test(masked.slice(pos, end)))
    return -1;
  for (let i = 0; i < 3; i++) {
    const adj = ADJUNCT_AFTER_CUE.exec(masked.slice(pos, end).replace(/^\s+/, ''));
    if (!adj?.[0]) break;
    pos +=
      masked.slice(pos, end).length -
      masked.slice(pos, end).replace(/^\s+/, '').length +
      adj[0].length;
  }
  // Leave the space before the next word, so a "to X that" after the adjunct still reads as a gap.
  while (pos > verbEnd && /\s/.test(masked.charAt(pos - 1))) pos--;
  const rest = masked.slice(pos, end);
  const that = THAT_AFTER.exec(rest);
  // "said that was a mistake": "that" is the clause's subject, not its conjunction.
  if (that && !that[1] && THAT_AS_SUBJECT.test(rest.slice(that[0].length))) return pos;
  if (
    that &&
    (!that[1] || PP_GAP.test(that[1]) || (DENIAL.test(lower) && CLAIM_NOUN.test(that[1]))) &&
    !/\b(?:of|in|on|at|for|with|like|by|about|from)\s*$/i.test(that[1] ?? '')
  ) {
    return pos + that[0].length;
  }
  const lead = /^[\s,:]*/.exec(rest)?.[0] ?? '';
  const body = rest.slice(lead.length);
  if (LABELLING.has(lower)) {
    const label = QUOTED_LABEL.exec(body);
    if (label) return pos + lead.length;
  }
  const particle = SMALL_CLAUSE[lower];
  if (particle) {
    const object = new RegExp(`^[^,;§.]{1,80}?\\s${particle}\\s`).exec(body);
    return object && !NON_CLAUSE.test(body) ? pos + lead.length : -1;
  }
  if (/^(?:called|calls)$/.test(lower) && !/[,:]/.test(lead)) {
    // "a script called “Wild Rose”", "a spec called PD for power delivery": a thing's name, not
    // something said ("officials called Trump a liar" goes on to the label).
    const before = masked.slice(Math.max(0, verbEnd - cue.length - 40), verbEnd - cue.length);
    if (THING_BEFORE.test(before) && (/^["“”„«»‹'‘]/.test(body) || BARE_NAME.test(body))) return -1;
    // "called him later", "called 911": a phone call.
    if (CALLED_SOMEONE.test(body)) return -1;
  }
  if (/^["“”„«»‹'‘]/.test(body)) return pos + lead.length;
  // "said after his appointment: “…”", "remembered the anxiety of moving forward without that
  // missing piece: “…”": an adjunct or an object, a colon, then the quote.
  const beforeColon = ADJUNCT_THEN_QUOTE.exec(body);
  if (beforeColon) return pos + lead.length + beforeColon[0].length;
  if (!body || /^[.!?]/.test(body) || lead.includes(',')) return -1;
  if (TAG_ONLY.has(lower)) return -1;
  // "Analysts expect the number of models to grow …": the forecast is an object and what it will do.
  if (EXPECT.test(lower) && EXPECTED_TO.test(body)) return pos + lead.length;
  // "noted there’s no evidence", "added he would run": a subject pronoun and its verb make a
  // clause even without "that", where a weak verb's object would be a noun.
  if (WEAK.has(lower) && !NP_VERBS.has(lower))
    return opensClause(body) || reportsThing(lower, body) ? pos + lead.length : -1;
  if (NP_VERBS.has(lower)) {
    if (NON_CLAUSE.test(body)) return -1;
    if (/^(?:called|calls)$/.test(lower) && /^(?:for|on|off|up|in|out|back|it quits)\b/.test(body))
      return -1;
    if (/^(?:accused|accuses|accusing)$/.test(lower) && !/\bof\b/.test(body)) return -1;
    return pos + lead.length;
  }
  if ((STRONG.has(lower) || lower === 'pointed out') && !NON_CLAUSE.test(body))
    return pos + lead.length;
  return -1;
}

/** "noted there’s no evidence", "reported at least 5,000 people entered": a clause with no "that". */
const opensClause = (body: string) =>
  PRONOUN_CLAUSE.test(body) || SUBJECT_PRONOUN_CLAUSE.test(body) || CLAUSE_AHEAD.test(` ${body}`);
const REPORT_FORMS = /^(?:reports|reported|reporting)$/;
/**
 * A company's results are figures it discloses, not claims: "reported a loss of $304.7 million",
 * "reported $2.53 in per-share earnings", "reports earnings Wednesday".
 */
const RESULTS =
  /^(?:[$€£¥\d]|[^,;§]*?\b(?:earnings|loss|losses|profits?|revenues?|sales|debt|income|results|quarter)\b)/i;
/**
 * "reported its third case of plague", "are reporting a 6th fatality", "reported hearing
 * gunfire": what a source reports having seen or counted is its claim, whether a clause or not.
 */
const reportsThing = (cue: string, body: string) =>
  REPORT_FORMS.test(cue) &&
  WORD_START.test(body) &&
  !opensClause(body) &&
  !NON_CLAUSE.test(body) &&
  !RESULTS.test(body);
const WORD_START = scriptPattern(/^\p{L}/u);

const EXPECT = /^expects?$|^expected$/;
const NEGATED = /(?:\bnot|\bnever|n['’]t)\s+$/i;
/**
 * An object, then "to" and a verb: "the number of vehicles to grow", not "expects to produce"
 * nor "much change when it came to speakers", where the "to" belongs to another clause.
 */
const EXPECTED_TO = scriptPattern(
  /^(?!to\b)(?:(?!(?:when|if|as|because|that|which|who|where|while|after|before|since|until)\b)[^\s,;:§"“”]+\s+){1,10}?to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)\p{Ll}/u,
);
/**
 * Verbs of answering and remarking, heard elsewhere only in a tag, which state a claim with
 * "that" too ("Bridenstine responded that SLS is the only vehicle …"); not "joked that", whose
 * words are not meant as a claim.
 */
const ANSWER_VERB =
  /^(?:respond|responds|responded|reply|replies|replied|answer|answers|answered|counter|counters|countered|remark|remarks|remarked|observe|observes|observed|comment|comments|commented)$/;
/** "with Audi suggesting that …": the noun phrase after "with", right before the participle. */
const WITH_PHRASE = /(?:^|[\s,])with\s+((?:[^\s,;:§"“”]+\s+){0,4}[^\s,;:§"“”]+)\s+$/i;

/** The source of a participle in a "with" phrase: "…, with forecasters warning that …". */
function withSource(masked: string, s: number, cs: number): Phrase | null {
  const m = WITH_PHRASE.exec(masked.slice(s, cs));
  if (!m?.[1]) return null;
  const start = s + m.index + m[0].lastIndexOf(m[1]);
  return { start, end: start + m[1].length, apposition: null, subordinate: true, via: null };
}

/** "As X noted, …", "For example, as X notes, …": the tag opens the sentence. */
const AS_OPENING = new RegExp(`^[\\s(]*(?:${OPENING_ADVERB})?(?:(?:and|but|so)\\s+)?as\\s+$`, 'i');
/** Verbs that can come before their subject in a tag: `“…,” said Derek Scissors`. */
const INVERTIBLE =
  /^(?:say|said|says|added|adds|wrote|writes|asked|asks|continued|continues|explained|explains|noted|notes|recalled|recalls|argued|argues|stated|concluded|concludes|tweeted|insisted|insists|warned|warns|countered|replied|responded|answered|acknowledged|acknowledges|observed|remarked|commented|recounted|cautioned|predicted|read|reads|claimed|claims|comments|quipped|joked|announced|reported|reports)$/i;
/** Verb forms that are more often plural nouns: a verb reading needs "that", a quote or a tag. */
const NOUNISH =
  /^(?:claims|reports|notes|estimates|forecasts|projects|promises|comments|answers|remarks|counters|pledges|states|points out|calls|findings|shows|reads|rules|vows|warns|post|posts|tweets)$/;
/**
 * A clause with its verb after a noun-like verb: "The report claims the display size will
 * remain …", "stated the South Korean solar module industry had …" (up to six words before the
 * verb, none a relative pronoun, whose clause would be the noun's: "the man who was …"), or a
 * plural with a number or modifiers before a modal ("indicated administrative jobs would be
 * cut", "expects 16.6 million vehicles will be sold"), or a number of things and a past verb
 * ("reported at least 5,000 people entered the Statehouse").
 */
const CLAUSE_AHEAD = scriptPattern(
  new RegExp(
    `^\\s+(?:(?:(?:the|a|an|this|these|those|his|her|its|their|our)(?:\\s+(?!(?:that|which|who)\\b)[^\\s,;:§"“”]+){1,6}|\\p{Lu}\\p{L}*(?:\\s+[^\\s,;:§"“”.]+){0,4})\\s+(?:${FINITE_AUX})|(?:[\\d.,]+\\s+)?(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+s\\s+(?:${MODALS})|(?:(?:at least|more than|about|nearly|almost|some)\\s+)?\\d[\\d.,]*\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+\\s+\\p{Ll}+ed)\\b`,
    'u',
  ),
);
/** A cited source rather than a cited reason: "citing an anonymous government source". */
const CITED_SOURCE =
  /\b(?:sources?|officials?|people|persons?|spokesm[ae]n|spokeswoman|spokesperson|aides?|diplomats?|insiders?|executives?|reports?|statements?|documents?|data|figures|commission|ministry|agency|authority|authorities|police|government|department|office|bureau|council)\s*$/i;
/** "if" right before a source (not "as if"). */
const CONDITION_BEFORE = /(?<!\bas\s+)\bif\s+$/i;
/**
 * "which Nissan claims is a 20% improvement": a name after a relative pronoun, then the verb the
 * relative clause's object goes on with, make the noun-like form a verb.
 */
const NAME_AFTER_RELATIVE = scriptPattern(
  /\b(?:which|that)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}\s+$/u,
);
const FINITE_NEXT = new RegExp(`^\\s+(?:${FINITE_AUX})\\b`);
/** A subject with its determiner right before the verb: "The report claims". */
const NOUN_SUBJECT_BEFORE = /\b(?:the|a|an|this|that|its|his|her|their|our)\s+[\w’'-]+\s+$/i;
/**
 * A source after an inverted verb that ends the sentence ("…, reports Reuters.") or the first
 * half of a split quote (`“…,” comments Johnston in a statement, “…`).
 */
const INVERTED_SOURCE = scriptPattern(
  /^\s+(?:the\s+)?\p{Lu}[^,.;:§]{0,50}(?:[.!?]?["”’]?\s*$|,\s*["“”„«»‹]?§)/u,
);
/** "As Emily Feng reports for NPR, …" */
const AS_SOURCE = /(?:^|[\s,])[Aa]s\s+[^,§]{1,50}$/;
const BE_BEFORE = /\b(?:was|were|is|are|been|be|being)\s+$|\b(?:it|that|there)['’]s\s+$/i;
const TO_BEFORE = /\bto\s+$/i;
/** Verbs whose object is the one who speaks after "to": "led the manufacturer to announce …". */
const OBJECT_CONTROL =
  /\b(?:led|leads|prompted|prompts|prompting|allowed|allows|allowing|forced|forces|spurred|pushed|encouraged)\s+((?:[^\s,;:§"“”]+\s+){1,5}?)to\s+$/;
/** Verbs whose subject is the one who speaks after "to": "Trump has tried to suggest that …". */
const SUBJECT_CONTROL = /\b(?:tried|tries|sought|seeks|attempted|attempts)\s+to\s+$/;
const OBJECT_PRONOUN = /^(?:him|her|them|us|me|you)$/i;
const WH_WORD = /^\s+(?:whether|what|how|why|who|which|when|where|if)\b/i;

/**
 * The source of a reporting verb after "to", when another verb hands it the words: its object
 * ("prompted some Twitter users to argue that …", "allowed Mosseri to claim that …") or its
 * subject ("Trump has recently tried to suggest that …"). Only with a clause after the verb, so
 * not "declined to say when", "to claim an easy victory" or "to say a few words", and not with
 * an object pronoun ("allowed him to say"), which names no one the speakers can resolve; null
 * otherwise.
 */
function controlledSource(
  masked: string,
  s: number,
  cs: number,
  cue: string,
  after: string,
): Phrase | null {
  const clause =
    /^\s+that\b/.test(after) ||
    (!NP_VERBS.has(cue) &&
      !WH_WORD.test(after) &&
      (PRONOUN_CLAUSE.test(after.trimStart()) ||
        SUBJECT_PRONOUN_CLAUSE.test(after.trimStart()) ||
        CLAUSE_AHEAD.test(after)));
  if (!clause) return null;
  const pre = masked.slice(s, cs);
  const object = OBJECT_CONTROL.exec(pre);
  if (object?.[1]) {
    const np = object[1].trimEnd();
    const start = s + object.index + object[0].lastIndexOf(object[1]);
    if (OBJECT_PRONOUN.test(np)) return null;
    return { start, end: start + np.length, ...NO_EXTRAS };
  }
  const subject = SUBJECT_CONTROL.exec(pre);
  return subject ? subjectBefore(masked, s, s + subject.index) : null;
}
const CONTINUES_TO =
  /\b(?:continues|continue|continued|went on|goes on|go on|used|wants|want|wanted|appeared|seemed|seems|appears)\s+to\s+$/i;
/** A relative pronoun before the verb, with the comma that sets its clause off, if any. */
const RELATIVE_BEFORE = /[\s,]*\b(?:who|that|which)\s+(?:(?:also|later|had|has|have)\s+)*$/i;
const THAT_BEFORE = /\bthat\s+$/i;
const PAST_FORM = /(?:ed|said|told|wrote)$/;
/** Heads that count or stand for anyone at all: "the number who said …", "anyone who says …". */
const GROUP_HEAD =
  /^(?:number|share|percentage|proportion|majority|minority|half|rest|one|anyone|everyone|someone|anybody|everybody|somebody|nobody|those|these|they|all|many|some|few|others)$/i;
/** Verbs of findings, which the labels leave to narration when a relative clause carries them. */
const FINDING_VERB = /^(?:find|finds|found|show|shows|showed|shown)$/;

/**
 * The source of a verb in a relative clause: the noun phrase before it ("the waitress, who said
 * that …", "a blog post that said …", "retailers that said they raised prices", "an officer who
 * described the call as “improper”"). A quantity or anyone at all ("the number who said they had
 * used cannabis", "those who believe …") is counted or described by what it said, which is
 * narration; null then, and for findings.
 */
function relativeSource(masked: string, s: number, cs: number, cue: string): Phrase | null {
  if (FINDING_VERB.test(cue)) return null;
  const rel = RELATIVE_BEFORE.exec(masked.slice(s, cs));
  if (!rel) return null;
  const head = phraseBefore(masked, s, s + rel.index);
  if (!head) return null;
  // "A man who said he was an officer knocked on the door": a relative clause without commas on
  // the subject has no end to read, as the main verb follows it unmarked.
  const before = masked.slice(s, head.start);
  if (!rel[0].includes(',') && (isEmptyText(before) || /,\s*$/.test(before))) return null;
  const last = masked.slice(head.start, head.end).split(/\s+/).pop() ?? '';
  return GROUP_HEAD.test(last) ? null : head;
}
const NOT_A_VERB_BEFORE =
  /\b(?:the|a|an|this|that|its|his|her|their|our|my|your|whose|of|in|for|with|these|those|such|no|first|new|latest|other|over|about|on|at|by|from|into|against|amid|after|despite|under)\s+$/i;
/** "the ministry’s claim", "the officials’ warning": after a possessive the cue is a noun ("it’s said" is not one). */
const OWNER_BEFORE = /(?<!\b(?:it|that|there|he|she|what|who|here|where|let))['’]s\s+$|s['’]\s+$/i;
const TAIL_AFTER_TAG =
  /^\s*(?:$|[.!?;,:)—–-]|["”’]|(?:us|me|him|her|them|in|on|at|during|after|before|while|when|of|to|via|last|this|earlier|later|as|through|with|from|about|under|ahead|following|shortly|soon|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|\d)\b)/;

/**
 * A tag that says nothing itself and names the speaker of a quote in another sentence: the one
 * before it (a bare tag) or the next paragraph's (an introduction).
 */
const tagOnly = (
  cue: string,
  cueStart: number,
  speaker: Phrase,
  role: { bareTag: true } | { introduction: true },
): Attribution => ({
  cue,
  cueStart,
  speaker,
  quote: { start: cueStart, end: cueStart },
  form: 'direct',
  pieces: [],
  ...role,
});

/** After a tag, a short adjunct at most, then the colon that ends the paragraph. */
const INTRO_TAIL = /^[^§"“”.!?;:]{0,60}:\s*$/;
/** The one a tag tells, ending the sentence: "…, Cook told Benioff." */
const TOLD_WHOM = scriptPattern(
  /^\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s*[.!?]?["”’]?\s*$/u,
);

/** The attributions of one sentence `[s, e)` of a paragraph whose quoted words are masked. */
export function attributionsIn(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
): Attribution[] {
  const found: Attribution[] = [];
  const sentence = masked.slice(s, e);
  // A parenthesis is a sentence of its own: "(the company … called it “immaterial”)" has its
  // source and its claim inside.
  const asides = [...sentence.matchAll(/\(([^()]{12,})\)/g)].map((p) => ({
    start: s + p.index + 1,
    end: s + p.index + p[0].length - 1,
  }));
  const inAside = (i: number) => asides.some((a) => i >= a.start && i < a.end);
  const cues = CUE_RE.for(sentence);
  cues.lastIndex = 0;
  for (let m = cues.exec(sentence); m; m = cues.exec(sentence)) {
    const cue = m[1] ?? m[0];
    const cs = s + m.index;
    const ce = cs + m[0].length;
    if (inAside(cs)) continue;
    const lower = cue.toLowerCase();
    const near = masked.slice(Math.max(s, cs - 24), cs);
    // "self-assured", "well-read": part of a compound word. "It's worth noting that …": the
    // writer's aside.
    if (near.endsWith('-') || WORTH_BEFORE.test(near)) continue;
    // "that" before a past form is a relative pronoun ("a blog post that said"), before any
    // other form a determiner ("that claim").
    const relative =
      RELATIVE_BEFORE.test(near) && (!THAT_BEFORE.test(near) || PAST_FORM.test(lower))
        ? relativeSource(masked, s, cs, lower)
        : undefined;
    if (relative === null) continue;
    const adverbialParticiple =
      PARTICIPLE.test(lower) && ADVERBIAL_BEFORE_PARTICIPLE.test(near.trimEnd());
    if (
      !relative &&
      !adverbialParticiple &&
      (NOT_A_VERB_BEFORE.test(near) || OWNER_BEFORE.test(near))
    )
      continue;
    if (BE_BEFORE.test(near) && !PARTICIPLE.test(lower)) continue;
    const controlled =
      TO_BEFORE.test(near) && !CONTINUES_TO.test(near)
        ? controlledSource(masked, s, cs, lower, masked.slice(ce, e))
        : undefined;
    if (controlled === null) continue;
    if (
      NOUNISH.test(lower) &&
      !/^\s*(?:that\b|[,:]?\s*["“”„«»‹]|[,.!?]|$)/.test(masked.slice(ce, e)) &&
      !(/[,§]["”’»]?\s*$/.test(near) && INVERTED_SOURCE.test(masked.slice(ce, e))) &&
      !(NOUN_SUBJECT_BEFORE.test(near) && CLAUSE_AHEAD.test(masked.slice(ce, e))) &&
      !(NAME_AFTER_RELATIVE.test(near) && FINITE_NEXT.test(masked.slice(ce, e))) &&
      !SUBJECT_PRONOUN_CLAUSE.test(masked.slice(ce, e).trimStart()) &&
      !(
        AS_SOURCE.test(masked.slice(s, cs)) &&
        /^(?:\s+(?:for|in|on|to)\s+[^,]{1,40})?,/.test(masked.slice(ce, e))
      )
    )
      continue;
    const head = masked.slice(s, cs).replace(/\s+$/, '');
    const prevChar = head.slice(-1);
    // "and said", "and has since said": a second verb of the clause's subject.
    const coordinated = /(?:^|[\s,])(?:and|but)$/i.test(head.replace(AUX_BEFORE_CUE, ''));
    // `“…,” adding “…”`: the comma before the closing mark sets the participle off.
    const afterQuotedComma =
      /["”’»]$/.test(head) && /,["”’»]$/.test(text.slice(s, s + head.length));
    const participle =
      PARTICIPLE.test(lower) &&
      (prevChar === ',' ||
        prevChar === '' ||
        coordinated ||
        afterQuotedComma ||
        adverbialParticiple);
    let speaker: Phrase | null = relative ?? controlled ?? null;
    if (!speaker && !participle && INVERTIBLE.test(cue)) {
      if (prevChar === ',') {
        const before = subjectBefore(masked, s, cs);
        speaker = before?.apposition ? before : (subjectAfter(masked, ce, e) ?? before);
      } else if (/["”’»§]/.test(prevChar) || prevChar === '') {
        speaker = subjectAfter(masked, ce, e);
      }
    }
    if (!speaker && !participle && PARTICIPLE.test(lower.split(' ')[0] ?? ''))
      speaker = withSource(masked, s, cs);
    if (!speaker && !participle && !coordinated) speaker = subjectBefore(masked, s, cs);
    if (!speaker && !participle && !coordinated && PARTICIPLE.test(lower))
      speaker = nounBefore(masked, s, cs);
    if (!speaker && !participle && !coordinated) continue;
    // "a Napa County reporting station": an -ing form that is as often an adjective is a verb
    // only after "be" or set off as a participle ("health authorities are reporting …").
    if (ADJECTIVAL_ING.test(lower) && !participle && !BE_BEFORE.test(near)) continue;
    // "only if a doctor says the inmate is no longer at risk": a condition, not a statement.
    if (speaker && CONDITION_BEFORE.test(masked.slice(s, speaker.start))) continue;

    const inverted = !!speaker && speaker.start >= ce;
    const tagEnd = inverted && speaker ? speaker.end : ce;
    const split = isSplitQuote(masked, s, e, Math.min(cs, speaker?.start ?? cs), tagEnd, pieces);
    let afterStart = inverted || split ? -1 : complementStart(masked, cue, ce, e);
    // "Assange, who denies the accusation, has …": in a relative clause only a clause or a quote
    // is what the source said, not a noun phrase it denied.
    if (
      relative &&
      NP_VERBS.has(lower) &&
      !ACCUSE.test(lower) &&
      !/^\s+that\b/.test(masked.slice(ce, e))
    )
      continue;
    if (afterStart >= 0 && !piecesIn(pieces, afterStart, e).length) {
      const end = endOfContent(masked, afterStart, e, false);
      if (tokenCount(masked.slice(afterStart, end)) < 3 && !NP_VERBS.has(lower)) afterStart = -1;
      // `“…,” Trump tweeted soon after …`: a tag closing a quote takes no bare clause of its own.
      const tagStart = Math.min(cs, speaker?.start ?? cs);
      if (
        !participle &&
        QUOTE_THEN_TAG.test(masked.slice(s, tagStart)) &&
        !/\bthat\s*$/.test(masked.slice(ce, afterStart))
      )
        afterStart = -1;
    }
    if (afterStart < 0 && (SMALL_CLAUSE[lower] || LABELLING.has(lower)) && !WEAK.has(lower))
      continue;
    const reportedThing =
      afterStart >= 0 &&
      !/\bthat\s*$/.test(masked.slice(ce, afterStart)) &&
      reportsThing(lower, masked.slice(afterStart, e));
    // "one study found that those with BED reported more symptoms", "people who have reported
    // using meth": a thing reported inside another's claim or in a relative clause describes
    // those who report it.
    if (reportedThing && (relative || claimHolding(found, cs))) continue;
    // "expect" forecasts only with what is expected after it, and not when denied: "We didn't
    // expect much change", "Schiff never expected that …" tell of surprise, not a forecast.
    if (EXPECT.test(lower) && (afterStart < 0 || NEGATED.test(masked.slice(s, cs)))) continue;
    const labelled = afterStart >= 0 && LABELLING.has(lower) ? labelEnd(masked, afterStart, e) : -1;
    let content: Span | null = null;
    if (afterStart >= 0) {
      let start = startOfContent(masked, afterStart, e);
      // "a payout that Cooperman blasted on a call as “morally wrong”": the object stands
      // elsewhere, and the label alone is the claim.
      if (labelled > start && ADJUNCT_ONLY.test(masked.slice(start, labelled)))
        start = masked.indexOf('§', start);
      const subordinate =
        (speaker?.subordinate ?? false) || (participle && prevChar === '') || !!relative;
      const smallClause = !!SMALL_CLAUSE[lower] && labelled < 0;
      let end =
        labelled > start ? labelled : endOfContent(masked, start, e, subordinate || smallClause);
      if (NP_VERBS.has(lower) || reportedThing) {
        // What someone is accused of is a clause of its own ("of using blackouts as a crutch").
        const np = ACCUSE.test(lower) ? null : NP_END.exec(masked.slice(start, end));
        if (np) end = start + np.index;
        if (lower === 'citing') {
          // "The agency, citing an anonymous source, reported …": what is cited ends at the
          // comma, and a source cited is where the claim came from, not a claim.
          const comma = masked.indexOf(',', start);
          if (comma > start && comma < end) end = comma;
          if (CITED_SOURCE.test(masked.slice(start, end))) continue;
        }
      }
      if (end > start) content = { start, end };
    } else if (split) {
      content = { start: s, end: e };
    } else if (
      speaker?.subordinate &&
      /^as$/i.test(speaker.boundary ?? '') &&
      AS_OPENING.test(masked.slice(s, speaker.start)) &&
      !/^(?:we|i)\b/i.test(text.slice(speaker.start, speaker.end))
    ) {
      // "As X noted, …": the main clause after the comma is what X said.
      const comma = masked.indexOf(',', ce);
      if (comma > 0 && comma < e) {
        const start = startOfContent(masked, comma + 1, e);
        content = { start, end: endOfContent(masked, start, e, false) };
      }
    } else if (!participle && !coordinated && !relative) {
      content = contentBefore(text, masked, s, e, cs, ce, speaker, pieces, lower);
    }
    if (!content) {
      if (
        speaker &&
        !pieces.length &&
        !REACTION.test(lower) &&
        tokenCount(masked.slice(s, e)) <= 10 &&
        /^[\s.!?"”’]*$/.test(
          masked
            .slice(Math.max(ce, speaker.end), e)
            .replace(
              /\b(?:so|this|that|as much)\b|\b(?:in|on|to|at)\s+(?:a|an|the)?\s*[\w!’'-]+(?:\s+[\w!’'-]+){0,3}/g,
              '',
            ),
        )
      ) {
        // A sentence that is only a tag ("Smith said in a statement."): it names the speaker of the quote before it.
        found.push(tagOnly(cue, cs, speaker, { bareTag: true }));
      } else if (
        speaker &&
        !piecesIn(pieces, cs, e).length &&
        INTRO_TAIL.test(masked.slice(Math.max(ce, speaker.end), e))
      ) {
        found.push(tagOnly(cue, cs, speaker, { introduction: true }));
      }
      continue;
    }
    if (
      isEmptyText(masked.slice(content.start, content.end)) &&
      !piecesIn(pieces, content.start, content.end).length
    )
      continue;
    const shaped = shape(text, masked, content, pieces);
    if (
      TAG_ONLY.has(lower) &&
      !SMALL_CLAUSE[lower] &&
      shaped.form === 'indirect' &&
      !(ANSWER_VERB.test(lower) && /\bthat\s*$/.test(masked.slice(ce, content.start)))
    )
      continue;
    // A question put to someone is no claim: `“So it's fair to say …?” Schiff asked.`
    if (/^ask/.test(lower) && /\?\W*$/.test(text.slice(shaped.quote.start, shaped.quote.end)))
      continue;
    found.push({ cue, cueStart: cs, speaker, ...shaped, ...(relative ? { aside: true } : {}) });
  }
  const according = accordingTo(text, masked, s, e, pieces).filter(
    (a) =>
      !a.pieces.some((p) => found.some((f) => f.pieces.includes(p))) &&
      !isRelayedTag(a, found, masked) &&
      !isRelayedClaim(a, found, masked),
  );
  for (const aside of asides)
    found.push(...attributionsIn(text, masked, aside.start, aside.end, pieces));
  const sourced = [
    ...preferStrong(found),
    ...according,
    ...passives(text, masked, s, e, pieces, found.length > 0),
  ];
  return [
    ...sourced,
    ...accusations(text, masked, s, e, pieces, found),
    ...toldPassives(text, masked, s, e, pieces, sourced),
    ...relativePassives(text, masked, s, e, pieces, found),
    ...ownedClaims(text, masked, s, e, pieces, found),
    ...hearsay(text, masked, s, e, pieces, sourced),
    ...viewedAs(text, masked, s, e, pieces, found),
  ];
}

/**
 * After the tag, a short adjunct at most, then a comma and the clause going on in lower case
 * ("…, he said on Tuesday, could deliver"; not "Nissan believes in sedans for their practicality,
 * space"); or a clause of its own starts there.
 */
const CLAUSE_GOES_ON = scriptPattern(/^(?:\s*[^\s,]+){0,4}\s*,\s*\p{Ll}/u);
/** After the tag's comma, a clause or an adjunct of the tag's own ("…, he said on Tuesday, after years of debate"). */
const CLAUSE_OF_ITS_OWN = scriptPattern(
  /^[^,]*?,\s*(?:who|which|according|after|before|amid|despite|following|during|since|until|ahead|\p{Ll}+ing)\b/u,
);

/**
 * The content of a tag that follows its words: the quote before `“…,” he said`, a quote split by
 * the tag, a clause around a parenthetical tag, or a reported clause set off by a comma
 * (`…, experts say.`).
 */
function contentBefore(
  text: string,
  masked: string,
  s: number,
  e: number,
  cs: number,
  ce: number,
  speaker: Phrase | null,
  pieces: Piece[],
  cue: string,
): Span | null {
  const tagStart = Math.min(cs, speaker?.start ?? cs);
  const tagEnd = speaker && speaker.start >= ce ? speaker.end : ce;
  const preText = masked.slice(s, tagStart);
  const postText = masked.slice(tagEnd, e);
  const beforePieces = piecesIn(pieces, s, tagStart);
  if (
    !beforePieces.length &&
    /,\s*$/.test(preText) &&
    TAIL_AFTER_TAG.test(postText) &&
    CLAUSE_GOES_ON.test(postText) &&
    !CLAUSE_OF_ITS_OWN.test(postText)
  ) {
    // A tag between commas inside a clause: "The larger landers, he said, could deliver …", not
    // one followed by a participle of its own: "…, Graham said, offering the example of …".
    return { start: startOfContent(masked, s, e), end: endOfContent(masked, tagEnd, e, false) };
  }
  const start = startOfContent(masked, s, tagStart);
  let end = tagStart;
  while (end > start && /[\s,—–-]/.test(masked.charAt(end - 1))) end--;
  if (end <= start) return null;
  if (beforePieces.length) {
    // The quote must end at the tag: in `“…,” Trump tweeted after the committee concluded`, the
    // second verb has no words of its own.
    const lastPiece = beforePieces[beforePieces.length - 1] as Piece;
    if (isEmptyText(masked.slice(lastPiece.end, tagStart))) return { start, end };
  }
  // Reported speech before its tag needs the comma that sets the tag off, and nothing but
  // adjuncts after it: "…, Oza said." but not "… if Trump agrees to Beijing's demands".
  if (!/[,"”’]\s*$/.test(preText)) return null;
  const weak = !STRONG.has(cue) && !INVERTIBLE.test(cue);
  const toldWhom = TELL.has(cue) && TOLD_WHOM.test(postText);
  if (weak ? tokenCount(postText) > 3 : !TAIL_AFTER_TAG.test(postText) && !toldWhom) return null;
  if (tokenCount(text.slice(start, end)) < 4) return null;
  // "On Nov. 15, 2019, X testified before …": an opening adjunct is not what was said.
  if (ADJUNCT_ONLY.test(masked.slice(start, end)) && tokenCount(masked.slice(start, end)) <= 6)
    return null;
  return { start, end };
}

/** A quote interrupted by its tag: `“A,” he said, “B.”` */
function isSplitQuote(
  masked: string,
  s: number,
  e: number,
  tagStart: number,
  tagEnd: number,
  pieces: Piece[],
): boolean {
  const first = piecesIn(pieces, s, tagStart)[0];
  return (
    !!first &&
    // The sentence opens with the quote: after "After hitting “Takin’ It To the Streets,” the
    // singer told the audience, “…”" the first quote is a title, not the start of the speech.
    !LOWER_CASE_WORD.test(masked.slice(s, first.start)) &&
    piecesIn(pieces, tagEnd, e).length > 0 &&
    /["”’»§],?\s*$/.test(masked.slice(s, tagStart)) &&
    /^[^"“”„«»‹§]{0,60}?,\s*["“”„«»‹]/.test(masked.slice(tagEnd, e)) &&
    // "“…,” he said, adding, “…”": a second verb brings a second quote.
    !SECOND_CUE.test(masked.slice(tagEnd, masked.indexOf('§', tagEnd)))
  );
}

const LOWER_CASE_WORD = scriptPattern(/\p{Ll}/u);

const SECOND_CUE =
  /\b(?:adding|saying|noting|continuing|explaining|insisting|arguing|warning|telling|writing)\b/;

/**
 * "…, the health commission said, according to Reuters": the outlet relayed the tagged claim, so
 * it is that claim's medium, not a second claim.
 */
function isRelayedTag(a: Attribution, found: Attribution[], masked: string): boolean {
  const host = found.find((f) => {
    if (!f.speaker || f.quote.end > f.cueStart) return false;
    const tagEnd = Math.max(f.cueStart + f.cue.length, f.speaker.end);
    return /^[\s,]*$/.test(masked.slice(tagEnd, a.cueStart));
  });
  if (!host?.speaker || !a.speaker) return false;
  host.speaker = { ...host.speaker, via: masked.slice(a.speaker.start, a.speaker.end) };
  return true;
}

/**
 * "According to NPR's Feng, Li Jifeng … wrote that …": the outlet relayed a claim whose own source
 * opens the clause, so it is that claim's medium.
 */
function isRelayedClaim(a: Attribution, found: Attribution[], masked: string): boolean {
  if (!a.speaker || a.cueStart > a.quote.start) return false;
  const host = found.find(
    (f) =>
      !!f.speaker &&
      f.speaker.start === a.quote.start &&
      f.quote.start >= a.quote.start &&
      f.quote.end <= a.quote.end,
  );
  if (!host?.speaker) return false;
  host.speaker = { ...host.speaker, via: masked.slice(a.speaker.start, a.speaker.end) };
  return true;
}

/** Of two cues claiming the same words, the saying verb wins ("… announced in October, said X"). */
function preferStrong(found: Attribution[]): Attribution[] {
  return found.filter(
    (a) =>
      !found.some(
        (b) =>
          b !== a &&
          b.quote.start === a.quote.start &&
          b.quote.end === a.quote.end &&
          INVERTIBLE.test(b.cue) &&
          !INVERTIBLE.test(a.cue),
      ),
  );
}

function accordingTo(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
): Attribution[] {
  const out: Attribution[] = [];
  const sentence = masked.slice(s, e);
  const according = ACCORDING.for(sentence);
  according.lastIndex = 0;
  for (let m = according.exec(sentence); m; m = according.exec(sentence)) {
    const srcStart = s + m.index + m[0].length;
    const rest = masked.slice(srcStart, e);
    const stop = ACCORDING_SOURCE_END.exec(rest);
    const srcEnd = srcStart + (stop ? stop.index : rest.length);
    if (srcEnd <= srcStart || masked.slice(srcStart, srcEnd).includes('§')) continue;
    const speaker: Phrase = {
      start: srcStart,
      end: srcEnd,
      apposition: null,
      subordinate: false,
      via: null,
    };
    const lead = masked.slice(s, s + m.index);
    let content: Span;
    if (isEmptyText(lead)) {
      const start = startOfContent(masked, srcEnd, e);
      content = { start, end: endOfContent(masked, start, e, false) };
    } else if (
      /^\s*[.!?)]*["”’]?\s*$/.test(masked.slice(srcEnd, e)) ||
      /^\s*(?:\)|--|—)/.test(masked.slice(srcEnd, e))
    ) {
      // A parenthesis closed before the source ("2,300 tons (2,095 metric tons), according to
      // …") is no aside around it.
      const paren = masked.lastIndexOf('(', s + m.index);
      const open = Math.max(
        masked.lastIndexOf(')', s + m.index) > paren ? -1 : paren,
        masked.lastIndexOf(' -- ', s + m.index),
        masked.lastIndexOf(' — ', s + m.index),
      );
      const from = open >= s ? open + 1 : s;
      let end = s + m.index;
      while (end > from && /[\s,(—–-]/.test(masked.charAt(end - 1))) end--;
      content = { start: startOfContent(masked, from, end), end };
    } else if (AFTER_SOURCE_CLAUSE_END.test(masked.slice(srcEnd, e))) {
      // "X is investigating WeWork, according to two people …, adding to …": the clause ended.
      let end = s + m.index;
      while (end > s && /[\s,]/.test(masked.charAt(end - 1))) end--;
      content = { start: startOfContent(masked, s, end), end };
    } else {
      const end = endOfContent(masked, srcEnd, e, false);
      content = { start: startOfContent(masked, s, e), end };
    }
    if (content.end <= content.start) continue;
    const shaped = shape(text, masked, content, pieces);
    out.push({
      cue: m[0].trim(),
      cueStart: s + m.index,
      speaker,
      quote: shaped.quote,
      form: 'according-to',
      pieces: shaped.pieces,
    });
  }
  return out;
}

/** "It was reported that …", "they were told …", "is widely seen as …": claims with no source. */
function passives(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
  attributed: boolean,
): Attribution[] {
  const out: Attribution[] = [];
  const sentence = masked.slice(s, e);
  for (const passive of [PASSIVE, IT_THAT_PASSIVE]) {
    passive.lastIndex = 0;
    for (let m = passive.exec(sentence); m; m = passive.exec(sentence)) {
      const start = startOfContent(masked, s + m.index + m[0].length, e);
      const end = endOfContent(masked, start, e, false);
      if (end <= start || !CLAUSE_OPENER.test(masked.slice(start, end))) continue;
      const shaped = shape(text, masked, { start, end }, pieces);
      out.push(sourceless(m[2] ?? 'reported', s + m.index, m[0].replace(/\s+that$/i, ''), shaped));
    }
  }
  const vague = attributed || out.length ? null : VAGUE_PASSIVE.exec(sentence);
  if (vague) {
    // "The ICC is expected to take …", "Yersinia pestis is believed to have …": the whole clause.
    const start = startOfContent(masked, s, e);
    const end = endOfContent(masked, start, e, false);
    if (end > s + vague.index) {
      out.push(
        sourceless(
          vague[2] ?? vague[3] ?? 'expected',
          s + vague.index,
          vague[1] ?? '',
          shape(text, masked, { start, end }, pieces),
        ),
      );
    }
  }
  REDUCED_PASSIVE.lastIndex = 0;
  for (let m = REDUCED_PASSIVE.exec(sentence); m; m = REDUCED_PASSIVE.exec(sentence)) {
    const start = s + m.index + m[0].length - (m[3] ?? '').length;
    const end = endOfContent(masked, start, e, true);
    if (tokenCount(masked.slice(start, end)) < 3) continue;
    out.push(
      sourceless(
        m[2] ?? 'seen as',
        s + m.index,
        (m[1] ?? '').trim(),
        shape(text, masked, { start, end }, pieces),
      ),
    );
  }
  SEEN_AS.lastIndex = 0;
  for (let m = SEEN_AS.exec(sentence); m && !attributed; m = SEEN_AS.exec(sentence)) {
    const start = s + m.index + m[0].length;
    const end = endOfContent(masked, start, e, true);
    if (end <= start) continue;
    const shaped = shape(text, masked, { start, end }, pieces);
    out.push(
      sourceless(
        m[1] ?? 'seen as',
        s + m.index,
        m[0].trim().replace(/^['’](?:m|re|s)\s+/, ''),
        shaped,
      ),
    );
  }
  return out;
}

/** The claim already found whose words hold position `at`: what stands there is that claim's. */
const claimHolding = (found: Attribution[], at: number) =>
  found.find((f) => f.quote.start <= at && f.quote.end > at);

/**
 * The matches of a global pattern in the sentence from `s` to `e`, with where each starts in the
 * paragraph, leaving out those inside a claim already found (its words are that claim's). A
 * sentence without `word`, which every match holds, is not searched: the patterns have no fixed
 * start, and tried at every position of every sentence they cost a cold page more than the rest
 * of the claims.
 */
function* freshMatches(
  pattern: RegExp,
  word: string,
  masked: string,
  s: number,
  e: number,
  found: Attribution[],
): Generator<{ m: RegExpExecArray; at: number }> {
  const sentence = masked.slice(s, e);
  if (!sentence.includes(word)) return;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const at = s + m.index;
    if (!claimHolding(found, at)) yield { m, at };
  }
}

/**
 * "employees were told that layoffs will begin", "investors have been told 176 dollars is likely
 * …", "workers who have been informed that …": what someone was told, by no one named, on any
 * subject ("they were told" has its own pattern). Not "were told to sign" (an order) nor "was told
 * by X" (X is the source, and names the claim elsewhere).
 */
const TOLD_PASSIVE =
  /\b((?:was|were|has been|have been|had been)\s+(told|informed))\s+(?!(?:to|by|about|of)\b)(that\s+)?/g;
const PRONOUN_BEFORE = /\b(?:it|they|he|she|we)\s+$/i;

function toldPassives(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  const sentence = masked.slice(s, e);
  if (!sentence.includes('told') && !sentence.includes('informed')) return out;
  TOLD_PASSIVE.lastIndex = 0;
  for (let m = TOLD_PASSIVE.exec(sentence); m; m = TOLD_PASSIVE.exec(sentence)) {
    const at = s + m.index;
    if (PRONOUN_BEFORE.test(masked.slice(s, at))) continue;
    const start = at + m[0].length;
    // Inside a claim it ends with that claim's words, not at its tag ("…, Reuters reported").
    const host = claimHolding(found, at);
    const end = endOfContent(masked, start, host ? host.quote.end : e, false);
    const clause = masked.slice(start, end);
    if (!m[3] && (!CLAUSE_OPENER.test(clause) || NON_CLAUSE.test(clause))) continue;
    if (tokenCount(clause) < 3) continue;
    out.push(
      sourceless(m[2] ?? 'told', at, m[1] ?? '', shape(text, masked, { start, end }, pieces)),
    );
  }
  return out;
}

/**
 * "He is accused of participating in …": the accusation, from after "of" to the end of its
 * clause. A sentence whose claim already holds it ("He is accused of …, police said") has it.
 */
function accusations(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const { m, at } of freshMatches(ACCUSED, 'accused', masked, s, e, found)) {
    const start = at + m[0].length;
    const end = endOfContent(masked, start, e, false);
    if (end <= start) continue;
    const passive = m[1] ?? 'accused';
    const by = m[2];
    const byStart = at + m[0].indexOf('by ', passive.length) + 3;
    out.push({
      cue: 'accused',
      cueStart: at,
      ...(by
        ? { speaker: { start: byStart, end: byStart + by.length, ...NO_EXTRAS } }
        : { speaker: null, speakerText: passive }),
      ...shape(text, masked, { start, end }, pieces),
    });
  }
  return out;
}

/** The writer's word that a clause is hearsay, with no source: "reportedly", "allegedly". */
const HEARSAY = /\b(?:reportedly|allegedly)\b/g;
/**
 * Where the clause of a hearsay adverb starts: after the last comma, bracket, dash, quote,
 * conjunction, relative pronoun or preposition before it ("…, which will reportedly focus",
 * "during which he allegedly raped", "… and Gannett reportedly laid off").
 */
const CLAUSE_BOUNDARY =
  /[,;:()§—–]|\b(?:and|but|or|who|which|whom|where|when|while|because|after|before|since|although|though|if|for|of|by|with|without)\b/g;
const RELATIVE_WORD = /^(?:who|which|whom|where)$/;

/**
 * "Epstein, who reportedly committed suicide in August", "GateHouse reportedly laid off more than
 * 60 employees (…) and Gannett reportedly laid off several hundred": the clause the adverb stands
 * in, each one a claim of its own. A clause inside a claim already found is that claim's words
 * ("investigators reportedly located …, Harris said"), unless it is a relative clause, which is
 * the writer's aside; an adverb on a reporting verb ("Thomas allegedly told a supervisor") only
 * doubts that it was said.
 */
function hearsay(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  const sentence = masked.slice(s, e);
  if (!sentence.includes('edly')) return out;
  const adverbs = [...sentence.matchAll(HEARSAY)].map((m) => ({ at: s + m.index, word: m[0] }));
  adverbs.forEach(({ at, word }, i) => {
    if (found.some((f) => f.cueStart > at && f.cueStart <= at + word.length + 1)) return;
    let from = s;
    let relative = false;
    for (const b of masked.slice(s, at).matchAll(CLAUSE_BOUNDARY)) {
      from = s + b.index + b[0].length;
      relative = RELATIVE_WORD.test(b[0]);
    }
    if (!relative && claimHolding(found, at)) return;
    const next = adverbs[i + 1];
    let limit = e;
    if (next) {
      const boundaries = [...masked.slice(at, next.at).matchAll(CLAUSE_BOUNDARY)];
      const last = boundaries[boundaries.length - 1];
      if (last) limit = at + last.index;
    }
    const aside = masked.indexOf('(', at);
    if (aside >= 0 && aside < limit) limit = aside;
    const start = startOfContent(masked, from, limit);
    const end = endOfContent(masked, start, limit, from > s);
    if (tokenCount(masked.slice(start, end)) < 3) return;
    out.push(sourceless(word, at, word, shape(text, masked, { start, end }, pieces)));
  });
  return out;
}

/** Verbs of a view whose object has gone before: "which Apple views as …". */
const VIEW_VERBS = new Set(
  'view views viewed see sees saw regard regards regarded describe describes described consider considers considered'.split(
    ' ',
  ),
);
/** The source before the verb, back to the relative pronoun: "which Apple ", "what host Tom Bergeron ". */
const SOURCE_AFTER_RELATIVE = scriptPattern(
  /\b(?:which|what|that)\s+((?:[\p{L}\d’'.-]+\s+){1,4}?)$/u,
);
const BE_OR_HAVE = /\b(?:is|are|was|were|be|been|being|has|have|had)\b/i;

/**
 * "privacy, which Apple views as “a fundamental human right”", "in what host Tom Bergeron
 * described as the “hardest verdict”", "Europa, which astrobiologists regard as one of the best
 * bets": the relative pronoun is the object, and what follows "as" is the source's view of it.
 * Read from each " as " back to its verb, source and relative pronoun: " as " is found at once,
 * where a pattern tried at every position of every sentence would cost a cold page more.
 */
function viewedAs(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  const sentence = masked.slice(s, e);
  for (let i = sentence.indexOf(' as '); i >= 0; i = sentence.indexOf(' as ', i + 1)) {
    const asAt = s + i;
    if (claimHolding(found, asAt)) continue;
    const verbStart = masked.lastIndexOf(' ', asAt - 1) + 1;
    const verb = masked.slice(verbStart, asAt);
    if (!VIEW_VERBS.has(verb) || verbStart <= s) continue;
    const before = masked.slice(Math.max(s, verbStart - 80), verbStart);
    const m = SOURCE_AFTER_RELATIVE.for(before).exec(before);
    const who = (m?.[1] ?? '').trimEnd();
    if (!m || !who || BE_OR_HAVE.test(who)) continue;
    const whoStart = verbStart - before.length + m.index + m[0].indexOf(who, m[0].indexOf(' '));
    let start = asAt + 4;
    while (start < e && /\s/.test(masked.charAt(start))) start++;
    // A quoted label ends the view ("as “a fundamental human right” and embeds it …").
    const label = /^["“”„«»‹'‘]?§+[,.!?]*["”’»]?/.exec(masked.slice(start, e));
    const end = label ? start + label[0].length : endOfContent(masked, start, e, true);
    if (end <= start || tokenCount(text.slice(start, end)) < 2) continue;
    out.push({
      cue: verb,
      cueStart: verbStart,
      speaker: { start: whoStart, end: whoStart + who.length, ...NO_EXTRAS },
      ...shape(text, masked, { start, end }, pieces),
    });
  }
  return out;
}

/** "…, which is thought to harbor an ocean …": from "to" to the end of the relative clause. */
function relativePassives(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const { m, at } of freshMatches(RELATIVE_PASSIVE, 'wh', masked, s, e, found)) {
    const start = at + m[0].length;
    // The clause ends at the comma before the main verb ("…, confirmed on Monday"), not at a
    // comma inside it ("a huge, salty ocean").
    const back = MAIN_VERB_AFTER_COMMA.exec(masked.slice(start, e));
    const end = endOfContent(masked, start, back ? start + back.index : e, false);
    if (tokenCount(masked.slice(start, end)) < 3) continue;
    out.push(
      sourceless(m[2] ?? 'expected', at, m[1] ?? '', shape(text, masked, { start, end }, pieces)),
    );
  }
  return out;
}

/**
 * A claim carried by a noun its source owns: "Mr. Trump’s Oct. 11 announcement that …", "his
 * often-repeated vow that …", "Schiff’s astounding assertion that …". One owner, named or "his"
 * / "her"; a group's ("their claim that …") is as often the writer's summary.
 */
const OWNED_CLAIM = scriptPattern(
  /(?:\b(?:[Hh]is|[Hh]er)|(?!(?:Despite|After|Before|Since|Amid|In|On|At|For|With|From|But|And|The|As|When|While|If|Although|Though|Because)\s)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}\d.-]+\s+){0,3}?(announcement|claim|assertion|admission|vow|declaration|testimony|insistence|contention|allegation|prediction|promise)(?:\s+(?:in|at|on|during)\s+[^,§]{1,40}?)?\s+that\s/gu,
);

const RELATIVE_VERB = scriptPattern(/^(?:\p{Ll}+ed|said|says|shows|showed|found|finds)\b/u);
const OPENS_SENTENCE = /^[\s"“”'‘’(]*(?:(?:but|and|so|yet)\s+)?$/i;
const FRONTED_PREPOSITION =
  /^\s*(?:despite|after|before|since|amid|following|with|in|on|upon)\s+$/i;

function ownedClaims(
  text: string,
  masked: string,
  s: number,
  e: number,
  pieces: Piece[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  const owned = OWNED_CLAIM.for(masked.slice(s, e));
  for (const { m, at } of freshMatches(owned, 'that', masked, s, e, found)) {
    const start = at + m[0].length;
    // "testimony that concluded …" is a relative clause; a claim noun that opens the clause
    // ("Schiff’s assertion that … is as hard to believe …") has no end to read.
    if (RELATIVE_VERB.test(masked.slice(start, e)) || OPENS_SENTENCE.test(masked.slice(s, at)))
      continue;
    const ownerText = /^[Hh](?:is|er)\s/.test(m[0])
      ? m[0].slice(0, 3)
      : (/^(.*?)['’]s?\s/.exec(m[0])?.[1] ?? '');
    if (!ownerText) continue;
    // A lone spaced dash after the clause brings the writer's gloss ("… with Fusion GPS — the
    // font of …"); a pair of them sets off part of the claim ("in 2010 – after … – in order to").
    const dashes = [...masked.slice(start, e).matchAll(/\s[—–]\s/g)];
    const gloss = dashes.length === 1 ? (dashes[0]?.index ?? e - start) : e - start;
    // In an opening adverbial ("Despite Mr. Trump’s announcement that …, nothing was signed")
    // the claim ends at the comma that closes it.
    const fronted = FRONTED_PREPOSITION.test(masked.slice(s, at));
    const end = endOfContent(masked, start, start + gloss, fronted);
    if (tokenCount(masked.slice(start, end)) < 3) continue;
    out.push({
      cue: m[1] ?? 'claim',
      cueStart: at,
      speaker: { start: at, end: at + ownerText.length, ...NO_EXTRAS },
      ...shape(text, masked, { start, end }, pieces),
    });
  }
  return out;
}
