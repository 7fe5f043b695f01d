import { scriptPattern } from '../text/latin1';

/**
 * Word lists the attribution rules are built from. Kept as data so that a missed verb or noun is
 * fixed here, not in the grammar.
 */

/**
 * Reporting verbs in every form a news sentence uses them. `strong` verbs take a bare clause
 * ("said the talks failed"); `weak` ones only a that-clause, a quote, or a tag position
 * ("noted that …", "“…,” she noted"), because their other senses are common in narration
 * ("added two goals", "found the body", "reported earnings").
 */
const STRONG_VERBS = [
  'say says said saying',
  'insist insists insisted insisting',
  'argue argues argued arguing',
  'assert asserts asserted asserting',
  'allege alleges alleged alleging',
  'contend contends contended contending',
  'stress stresses stressed stressing',
  'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting',
  'concede concedes conceded conceding',
  'predict predicts predicted predicting',
  'claim claims claimed claiming',
  'suggest suggests suggested suggesting',
  'reiterate reiterates reiterated reiterating',
  'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  'tweet tweets tweeted tweeting',
  'warn warns warned warning',
  'stating',
  'attesting',
];

const WEAK_VERBS = [
  'boast boasts boasted boasting',
  'add adds added adding',
  'maintain maintains maintained maintaining',
  'announce announces announced announcing',
  'confirm confirms confirmed confirming',
  'deny denies denied denying',
  'agree agree agrees agreed',
  'conclude concludes concluded concluding',
  'note notes noted noting',
  'explain explains explained explaining',
  'recall recalls recalled recalling',
  'recount recounts recounted recounting',
  'report reports reported reporting',
  'write writes wrote written',
  'stated',
  'testify testifies testified testifying',
  'dispute disputes disputed disputing',
  'declare declares declared declaring',
  'find finds found',
  'show shows showed shown',
  'complain complains complained complaining',
  'rule rules ruled',
  'indicate indicates indicated indicating',
  'disclose discloses disclosed disclosing',
  'hint hints hinted hinting',
  'caution cautions cautioned cautioning',
  'vow vows vowed vowing',
  'promise promises promised promising',
  'pledge pledges pledged pledging',
  'forecast forecasts forecasted',
  'project projects projected projecting',
  'estimate estimates estimated estimating',
  'expect expects expected',
  'speculate speculates speculated speculating',
  'mentioned',
  'volunteered',
  'bemoan bemoans bemoaned bemoaning',
  'remark remarks remarked',
  'observe observes observed',
  'comment comments commented',
  'describe describes described',
  'reply replies replied',
  'respond responds responded',
  'answer answers answered',
  'counter counters countered',
  'joke jokes joked',
  'quip quips quipped',
  'laugh laughs laughed',
  'ask asks asked',
  'continue continues continued',
  'read reads',
  'recommend recommends recommended',
  'post posts posted',
  'shout shouts shouted',
  'yell yells yelled',
  'exclaim exclaims exclaimed',
  'relates related',
  'discover discovers discovered',
  'demonstrate demonstrates demonstrated',
  'recognizes recognized recognises recognised',
  'notices noticed',
  'shared',
  'believe believes',
  'remembers remembered',
  'ordered',
];

/** "told" takes an object before its clause ("told reporters that …", "told police he …"). */
const TELL_FORMS = 'tell tells told telling assure assures assured assuring';

/** Verbs whose object noun phrase is itself the claim ("denied the allegations"). */
export const NP_OBJECT_VERBS = new Set([
  'claimed',
  'claims',
  'denied',
  'denies',
  'deny',
  'acknowledged',
  'acknowledges',
  'accused',
  'accuses',
  'accusing',
  'called',
  'calls',
  'citing',
  'cited',
  'ruled out',
  'rules out',
]);

const MULTI_WORD_CUES = [
  'pointed out',
  'points out',
  'point out',
  'pointing out',
  'warned of',
  'warning of',
  'complained of',
  'are of the view',
  'is of the view',
  'ruled out',
  'rules out',
  'put it',
  'puts it',
  'weighed in',
  'weighs in',
];

/**
 * Verbs that state a view only with an object and a second complement ("attributed the rally to
 * the ruling", "identified SBI as its key beneficiary", "sees the lineup as its weak spot"); the
 * claim is both together. Without that particle they are narration ("linked arms").
 */
export const SMALL_CLAUSE: Record<string, 'to' | 'as'> = {
  attributed: 'to',
  attributes: 'to',
  attributing: 'to',
  linked: 'to',
  links: 'to',
  linking: 'to',
  identified: 'as',
  identifies: 'as',
  identifying: 'as',
  sees: 'as',
  views: 'as',
  viewed: 'as',
  described: 'as',
  describes: 'as',
  describing: 'as',
  dismissed: 'as',
  dismisses: 'as',
  dismissing: 'as',
};

const split = (groups: string[]): string[] => groups.flatMap((g) => g.split(' '));

/**
 * Verbs that state a view of their object by a label the source chose, in quote marks after
 * "as" ("rejected the accusations as “patently false”", "slammed the hearings as a
 * “disgrace”"); the object and its label are the claim. Without a quoted label they are
 * narration ("rejected the offer", "slammed the door").
 */
export const LABELLING = new Set(
  split([
    'described describes describing',
    'dismissed dismisses dismissing',
    'rejected rejects rejecting',
    'slammed slams slamming',
    'blasted blasts blasting',
    'assailed assails assailing',
    'branded brands branding',
    'labeled labelled labels labeling labelling',
    'denounced denounces denouncing',
    'condemned condemns condemning',
    'criticized criticised criticizes criticises criticizing criticising',
    'hailed hails hailing',
    'characterized characterised characterizes characterises characterizing characterising',
  ]),
);

export const STRONG = new Set([...split(STRONG_VERBS), ...split([TELL_FORMS]), 'pointed out']);
export const WEAK = new Set(split(WEAK_VERBS));
export const TELL = new Set(split([TELL_FORMS]));
export const NP_VERBS = NP_OBJECT_VERBS;

/** Verbs that are speech only in a tag right next to a quote ("“…,” the statement read"). */
export const TAG_ONLY = new Set([
  'continue',
  'continues',
  'continued',
  'read',
  'reads',
  'ask',
  'asks',
  'asked',
  'describe',
  'describes',
  'described',
  'comment',
  'comments',
  'commented',
  'reply',
  'replies',
  'replied',
  'respond',
  'responds',
  'responded',
  'answer',
  'answers',
  'answered',
  'counter',
  'counters',
  'countered',
  'joke',
  'jokes',
  'joked',
  'quip',
  'quips',
  'quipped',
  'laugh',
  'laughs',
  'laughed',
  'put it',
  'puts it',
  'remark',
  'remarks',
  'remarked',
  'observe',
  'observes',
  'observed',
  'post',
  'posts',
  'posted',
  'shout',
  'shouts',
  'shouted',
  'yell',
  'yells',
  'yelled',
  'exclaim',
  'exclaims',
  'exclaimed',
  'relates',
  'related',
  'ordered',
  'weighed in',
  'weighs in',
]);

const ALL_CUES = [
  ...MULTI_WORD_CUES,
  ...split(STRONG_VERBS),
  ...split(WEAK_VERBS),
  ...split([TELL_FORMS]),
  ...NP_OBJECT_VERBS,
  ...Object.keys(SMALL_CLAUSE),
  ...LABELLING,
  'accuse',
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The words as one alternation that shares their prefixes ("sa(?:y(?:s|ing)?|id)"). At each letter
 * the longer continuations are tried before the word ends, so a match is the longest word that
 * fits, as in a flat list sorted longest first.
 */
function prefixTree(words: string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => escapeRegex(ch) + emit(child));
    if (!branches.length) return '';
    const alternation = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${alternation})?` : (alternation ?? '');
  };
  return emit(root);
}

/**
 * One regex for every cue, the longest that fits winning, so "pointed out" wins over "pointed".
 * Participles also match capitalised, as they open sentences ("Citing …, the company said").
 */
export const CUE_RE = scriptPattern(
  new RegExp(
    `\\b(${prefixTree([...new Set([...ALL_CUES, ...ALL_CUES.filter((c) => /ing$/.test(c)).map(capitalized)])])})\\b(?!['’]\\p{L})`,
    'gu',
  ),
);

/** A word that opens with a capital: a name, an initial, a sentence's first word. */
export const CAPITAL = scriptPattern(/^\p{Lu}/u);

/** Auxiliaries and adverbs that sit between a subject and its reporting verb. */
export const AUX_BEFORE_CUE =
  /(?:\s+(?:has|have|had|would|will|could|should|must|may|might|can|only|consistently|twice|always|strongly|firmly|vehemently|flatly|categorically|explicitly|emphatically|bluntly|also|later|long|however|again|repeatedly|previously|publicly|privately|recently|flat-out|further|still|both|then|already|earlier|first|once|often|allegedly|reportedly|sheepishly|quickly|continues to|continue to|continued to|went on to|is|are|was|were|did|does|do|not|never|has since|have since|had since|instead|ultimately|finally|initially|eventually|subsequently|originally|separately|similarly|specifically|openly|now|just|since|apparently|immediately|quickly|swiftly|angrily|herself|himself|themselves|itself|even|truly|really|honestly|genuinely|personally|actually|certainly|definitely))+$/i;

export const PRONOUNS: Record<string, 'person' | 'group' | 'thing' | 'self'> = {
  he: 'person',
  she: 'person',
  his: 'person',
  her: 'person',
  they: 'group',
  it: 'thing',
  i: 'self',
  we: 'self',
};

/** Words that cannot open a reported clause, so "said in Columbia" or "said goodbye" is no claim. */
export const NON_CLAUSE =
  /^(?:(?:to|in|on|at|of|for|with|by|from|about|during|after|before|while|when|as|and|but|or|so|than|yes|goodbye|hello|thanks|nothing|little|much|repeatedly|again|publicly|afterward|afterwards|later|earlier|recently|sorry|via|who|which|whose|where)\b|no\b[.!,]|[.,;:!?)\]—–-])/i;

/** Words that open a subject-led clause, for constructions that need one ("It was reported …"). */
export const CLAUSE_OPENER =
  /^(?:he|she|it|they|we|i|you|there|this|these|those|the|a|an|his|her|their|its|our|my|some|many|most|all|no|one|two|three|four|five|several|both|each|every|any|only|more|fewer|much|what|whether|if|how|why|when|\d|[A-Z])/;

export const MONTHS =
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Time and place adjuncts that can follow a reporting verb before its clause starts. */
export const ADJUNCT_AFTER_CUE = scriptPattern(
  new RegExp(
    `^(?:(?:on\\s+)?(?:${WEEKDAYS})(?:\\s+(?:night|morning|afternoon|evening))?|today|yesterday|tonight|at the time|at one point|in (?:19|20)\\d\\d|earlier|later|previously|recently|again|also|publicly|privately|repeatedly|(?:last|this|next|earlier this|late last)\\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)|(?:in|on)\\s+(?:${MONTHS})\\.?\\s+\\d{1,2}|(?:in|on)\\s+(?:${MONTHS})\\b\\.?|(?:${MONTHS})\\.?\\s+\\d{1,2}|(?:in|at|during)\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:statement|interview|speech|email|letter|release|news release|press release|tweet|post|video|briefing|teleconference|conference|call|hearing|meeting|podcast|memo|report|filing))(?![\\p{L}\\p{N}])[,\\s]*`,
    'u',
  ),
);

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm prof st jr sr no nos vs v rev hon supt det insp pres atty corp inc co ltd bros dept est fig approx mt ft sq ave blvd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c e.u a.m p.m i.e e.g'.split(
    ' ',
  ),
);

/** Capitalised words that commonly open a sentence, so "U.S. The …" still splits. */
export const SENTENCE_STARTERS = new Set(
  'The A An It He She They We I You But And In On At This That There These Those His Her Their Our As If When While After Before Since So Yet For Still However Meanwhile Earlier Later Now Then Some Many Most One Two Because Although Though Despite Unlike During Until Unless Whether Without Why What How Where Even Also Only Not Both Each Every Another Other Such Perhaps Maybe Indeed Instead Already Today Yesterday Once Like With From Its My Your'.split(
    ' ',
  ),
);

/** Nouns for people who are not named: their statements are anonymous. */
export const ANON_PEOPLE = new Set(
  'official officials officers deputies troopers detectives firefighters paramedics rescuers soldiers engineers developers relative relatives friend friends neighbor neighbors neighbour neighbours colleague colleagues classmate classmates teammate teammates diplomat diplomats source sources insider insiders person people expert experts analyst analysts economist economists executive executives observer observers critic critics supporter supporters backer backers opponent opponents resident residents witness witnesses aide aides adviser advisers advisor advisors staffer staffers employee employees member members lawmaker lawmakers legislator legislators investor investors trader traders businesses settlers settler activist activists worker workers voter voters patient patients scientist scientists student students parent parents fan fans protester protesters protesters rep reps representative representatives spokesperson spokesman spokeswoman user users customer customers commentator commentators those everyone someone man woman men women brokerages insiders participants leaders organizers organisers doctors physicians nurses teachers farmers owners'.split(
    ' ',
  ),
);

/**
 * Nouns for news outlets not named: "the newspaper reported", "the state news agency said", "the
 * news organization", "state media".
 */
export const MEDIA_NOUNS = scriptPattern(
  /(?:^|\s)(?:newspapers?|tabloids?|magazines?|outlets?|news\s+(?:agency|agencies|service|site|website|organi[sz]ations?)|wire\s+service|(?:state|state-run|state-owned|local|official|national|foreign|government)\s+media)$/iu,
);

/** Relatives: with an owner ("his aunt", "Ford’s parents") they are specific people. */
export const KIN_NOUNS = new Set(
  'mother father mom dad parent parents aunt uncle wife husband son sons daughter daughters child children brother brothers sister sisters sibling siblings grandmother grandfather grandson granddaughter cousin niece nephew widow widower fiancé fiancée fiance fiancee girlfriend boyfriend stepfather stepmother family'.split(
    ' ',
  ),
);
const OWNER_WORDS = 'his|her|their|my|our|your|its';
/** A possessive before the head: "his", or a name with ’s ("Ford’s now-deceased father"). */
export const OWNED = scriptPattern(
  new RegExp(
    `^(?:(?:${OWNER_WORDS})\\s|(?:the\\s+)?[\\p{L}.-]+(?:\\s+[\\p{L}.-]+){0,3}['’]s?\\s)`,
    'iu',
  ),
);

/** A newspaper's name by its last word: "The Chronicle", "the San Francisco Chronicle". */
export const NEWSPAPER_NAME = scriptPattern(
  /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:Chronicle|Times|Post|Herald|Tribune|Gazette|Journal|Courier|Examiner|Observer|Telegraph|Guardian|Inquirer|Globe|Bulletin|Register|Dispatch|Sentinel|Mirror|Express)$/u,
);

/** Nouns for institutions. */
export const ORG_NOUNS = new Set(
  "ministry government governments administration office department agency commission committee council court courts military army navy police company companies firm firms brokerage utility bank banks group organization organizations organisation organisations groups agencies ministries party parties union unions league federation association associations institute foundation university authority authorities prosecutors investigators regulators board bureau service center centre campaign team club embassy parliament congress senate cabinet kremlin pentagon corporation label studio network state states country countries nation nations county city prosecutor’s prosecutor's democrats republicans regime coalition alliance ministry’s exchange fund automaker automakers carmaker carmakers retailer retailers airline airlines insurer insurers manufacturer manufacturers chipmaker lender lenders broadcaster broadcasters publisher startup".split(
    ' ',
  ),
);

/** Words in a proper name that make it an institution ("Federal Reserve Bank of New York"). */
export const ORG_NAME_WORDS = new Set(
  'Office Ministry Department Agency Commission Committee Council Court Party Union Institute Foundation Bureau Company Co Co. Corp Corp. Corporation Inc Inc. Ltd Group Federation Association League Nations Bank Reserve University Administration Government Police Army Navy Military Securities Equities Productions Records Fund House Senate Congress Parliament Kremlin Pentagon Authority Service Services Center Centre Network Organization Organisation Board Taliban Hamas Hezbollah Institution Industries Motors Airlines Systems Technologies Labs Partners Capital Holdings Media Studios Entertainment Games Ventures Pharmaceuticals Brands Group’s Energy Commission Society Trust Alliance Coalition Club Conference Forum Secretariat Cabinet Assembly Tribunal Ministry’s Office’s Department’s State States Kingdom Emirates Street'.split(
    ' ',
  ),
);

/** Nouns for documents and data: reports, studies, statements. */
export const DOC_NOUNS = new Set(
  'report reports study studies statement statements survey surveys poll polls analysis filing filings complaint lawsuit indictment document documents records record data letter release memo email transcript guidance certification certifications resolution resolutions forecast forecasts findings paper review audit assessment estimate estimates figures statistics research affidavit testimony ruling order agreement tweet post notice announcement documents charging papers report’s website tests description'.split(
    ' ',
  ),
);

/** Nouns for claims nobody owns: "conspiracy theories suggesting …". */
export const RUMOUR_NOUNS = new Set(
  'theories theory rumors rumours rumor rumour speculation'.split(' '),
);

/** Role nouns: "the president said" is a specific person. */
export const ROLE_NOUNS = new Set(
  'president minister secretary senator governor mayor chancellor chief ceo director chairman chairwoman chair coach manager attorney attorneys lawyer lawyers judge prosecutor agent author authors commissioner ambassador general king queen pope head leader captain founder owner officer physician professor premier pilot player quarterback driver singer actor actress star agent host anchor editor writer examiner coroner'.split(
    ' ',
  ),
);

/** A sentence adverb set off by a comma before a clause: "For example, as Herbert notes, …". */
export const OPENING_ADVERB =
  '(?:for example|for instance|in fact|indeed|however|meanwhile|similarly|likewise|in addition|moreover|of course|again|still|instead|finally)\\s*,\\s*';

/** Leading connectors that are not part of a reported clause. */
export const LEADING_CONNECTOR =
  /^(?:(?:but|and|so|yet|still|however|meanwhile|moreover|instead|also|now|then|that being said|what's more|what’s more)\b[,\s]*)+/i;
