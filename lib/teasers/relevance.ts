import type { ArticleDetection, BodyBlock } from '../article';
import { scriptPattern } from '../text/latin1';
import { misplacedTails } from './compoundNames';
import { contentWords, nameStem, shorterForm } from './words';

/**
 * How close a teaser headline is to the article it sits beside.
 *
 * The article is reduced to a profile of weighted words: words of its headline (weight 3),
 * words of the first two body paragraphs (weight 1) and capitalised names that occur at least
 * twice in the body's prose, lists of names left out (weight 3; a name that is also in the
 * headline or lead gets +2, so 5 or 3).
 * Stop words (English, German, French, Spanish, Portuguese, Dutch, Indonesian, Russian;
 * English days, months and sentence openers such as "However", which a body capitalises; units
 * and ranks — "inch", "million", "best" — which size or rank any subject: "10.2-Inch iPad" is
 * no story on a "13-Inch MacBook"; "man", "woman", "people", whom any story may be about;
 * headline verbs such as "offers", "warns", "reveals", which any story may use),
 * numbers and words under 3 letters are dropped, except two capitals ("VW", "EV": a name); words are
 * lower-cased and cut to their first 6 letters, a crude stem that makes "Ukraine"/"Ukrainian"
 * and "elections"/"election" meet; a headline's
 * stem also meets a five-letter article word it starts with ("Milano" meets "Milan"), and a
 * four-letter title word ("Swimming" meets "Swim"). Chinese
 * and Japanese, written without spaces, are read by pairs of neighbouring characters.
 *
 * Brand words count for nothing: a word found in at least half (BRAND_SHARE) of the page's
 * distinct teaser headlines (five or more) names the site or its beat — "Apple" on a Mac site,
 * the team on a fan blog — not this article's topic. So do the words of the site's own name.
 *
 * A headline's score is the sum of the profile weights of its distinct non-brand words. It is
 * topic-related when it shares at least MIN_SHARED (2) words with the profile, scores at least
 * RELATED_SCORE (6), and one of the words weighs at least STRONG_WORD (3: a headline word or a
 * name; lead words alone are the vocabulary of the whole site). A story linked twice on a page
 * is related if either of its links is (find.ts), so a card's standfirst speaks for the bare
 * headline of the same story elsewhere. Under a heading that promises the topic, a word in
 * most of the list's headlines is its common ground (the make on a car site), except the name
 * the body repeats most, the article's subject (WeWork), and a word the heading names ("More On:
 * plague"), the topic the site filed both under. A headline holding two title
 * words in a row ("binge eating") is related whatever its score, brand words included: on the
 * 74 labelled pages such a pair was in 41 related and 6 unrelated headlines (of 106 and 1,216).
 *
 * Where the numbers come from: the 20 labelled pages in corpus/labels/teasers (346 unrelated,
 * 41 related links). Before brand words, single-word matching (MIN_SHARED 1) kept 90% of
 * related links but hid only 54% of unrelated ones, and two words at threshold 6 kept 80% and
 * hid 60%. With the block finder's current coverage, brand share 0.3 hid 92% but kept only 54%
 * (it took "Nissan" and "Lexus" on car-site pages about a Nissan and a Lexus for brands: 39%
 * and 41% of their teasers); 0.5 kept 78% (apple 68%, browns 62% of teasers are brands);
 * joining related-ness per story raised keep to 88%, and STRONG_WORD removed lead-word-only
 * matches. A single strong word (weight ≥ 5) was tried and dropped: it kept the Sentra and
 * LC 500 stories but also every other Nissan and Lexus story (recall 0.85).
 */

export const RELATED_SCORE = 6;
export const MIN_SHARED = 2;
/** Lead words alone never make a headline related: one word must be from the title or a name. */
export const STRONG_WORD = 3;

/**
 * A headline's stems, for the several judgements made of the same headline in a row (edition,
 * title pair, score, topical score): the last answer is kept.
 */
let lastHeadline = '';
let lastStems: string[] = [];
function stemsOf(headline: string): string[] {
  if (headline !== lastHeadline) {
    lastStems = contentWords(headline);
    lastHeadline = headline;
  }
  return lastStems;
}

/**
 * A headline's misplaced compound tails, kept like its stems: isRelated and isTopicallyRelated
 * both ask of the same headline.
 */
let lastTailsAsked: {
  headline: string;
  tails: ReadonlyMap<string, string>;
  misplaced: Set<string>;
} | null = null;
function misplacedIn(headline: string, tails: ReadonlyMap<string, string>): Set<string> {
  if (lastTailsAsked?.headline !== headline || lastTailsAsked.tails !== tails)
    lastTailsAsked = { headline, tails, misplaced: misplacedTails(headline, tails) };
  return lastTailsAsked.misplaced;
}

export interface Profile {
  /** Stem → weight. */
  words: Map<string, number>;
  /** Stems next to each other in the title ("binge eating"), joined by a space. */
  titlePairs: Set<string>;
  /** The title's stems and its numbers: a headline of the same words and other numbers is another edition. */
  titleWords: Set<string>;
  titleNumbers: Set<string>;
  /** Whether the title speaks of deals (DEALS_TITLE, SHOPPING). */
  shopping: boolean;
  /**
   * The name the body repeats most (MIN_SUBJECT_COUNT times or more): the article's subject
   * ("WeWork" in a story on WeWork's layoffs), never the common ground of a list on this topic.
   */
  subject: string | null;
}

const MIN_SUBJECT_COUNT = 5;

const NUMBERS = /\d+/g;

const pairsOf = (stems: string[]) => stems.slice(1).map((w, i) => `${stems[i]} ${w}`);

/**
 * A capitalised word that starts a word and no sentence: a paragraph's first word is a
 * sentence's ("Officials said…" in paragraph after paragraph is no name). The lookbehinds come
 * after the capital so they are tried only where one is (tried at every position of a long body
 * they were most of the profile's time); they see the capital too, hence the capital inside them.
 */
const NAME = scriptPattern(
  /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})(?<![.!?]\s\p{Lu})(?<!^\p{Lu})\p{L}{2,}/gu,
);

/**
 * A block in which names are more than half the words, and at least this many, is a list (tour
 * dates and their venues, a line-up, results), not prose: its names are not the story's. A
 * band's tour dates made "Amphitheatre", "Music" and "Bank" names of its story, and "2019
 * American Music Awards" headlines related to it.
 */
const MIN_LIST_NAMES = 10;

/** Capitalised words that are not stop words, counted by stem, in the body's prose. */
function nameCounts(blocks: BodyBlock[]): Map<string, number> {
  // Counted per word first: a name recurs, and each distinct word is lower-cased once.
  const perWord = new Map<string, number>();
  for (const { text } of blocks) {
    const found = text.match(NAME.for(text)) ?? [];
    if (found.length >= MIN_LIST_NAMES && found.length * 2 > text.split(' ').length) continue;
    for (const w of found) perWord.set(w, (perWord.get(w) ?? 0) + 1);
  }
  const names = new Map<string, number>();
  for (const [w, n] of perWord) {
    const s = nameStem(w);
    if (s) names.set(s, (names.get(s) ?? 0) + n);
  }
  return names;
}

export function articleProfile(title: string, blocks: BodyBlock[]): Profile {
  const profile = new Map<string, number>();
  const add = (word: string, weight: number) =>
    profile.set(word, Math.max(profile.get(word) ?? 0, weight));
  const titleWords = contentWords(title);
  for (const w of titleWords) add(w, 3);
  for (const b of blocks.filter((x) => x.kind === 'text').slice(0, 2))
    for (const w of contentWords(b.text)) add(w, 1);
  let subject: string | null = null;
  let most = MIN_SUBJECT_COUNT - 1;
  for (const [w, n] of nameCounts(blocks)) {
    if (n < 2) continue;
    const prev = profile.get(w) ?? 0;
    profile.set(w, prev ? prev + 2 : 3);
    if (n > most) [subject, most] = [w, n];
  }
  return {
    words: profile,
    subject,
    titlePairs: new Set(pairsOf(titleWords)),
    titleWords: new Set(titleWords),
    titleNumbers: new Set(title.match(NUMBERS)),
    shopping: DEALS_TITLE.test(title) || SHOPPING.test(title),
  };
}

const profiles = new WeakMap<ArticleDetection, Profile>();

/** The article's profile, worked out once per detection (late widgets ask again and again). */
export function profileOf(article: ArticleDetection): Profile {
  let profile = profiles.get(article);
  if (!profile) {
    profile = articleProfile(article.meta.title, article.blocks);
    profiles.set(article, profile);
  }
  return profile;
}

/** A word in this share of the page's teaser headlines names the site, not a topic. */
export const BRAND_SHARE = 0.5;
/** Fewer headlines than this say nothing about which words are the brand. */
const MIN_HEADLINES = 5;

/** Stems that occur in at least `share` of the distinct headlines (the page's teasers by default). */
export function brandWords(
  headlines: string[],
  share = BRAND_SHARE,
  minHeadlines = MIN_HEADLINES,
): Set<string> {
  const distinct = [...new Set(headlines)].filter((h) => h.split(' ').length >= 3);
  const brand = new Set<string>();
  if (distinct.length < minHeadlines) return brand;
  const df = new Map<string, number>();
  for (const h of distinct)
    for (const w of new Set(contentWords(h))) df.set(w, (df.get(w) ?? 0) + 1);
  for (const [w, n] of df) if (n >= distinct.length * share) brand.add(w);
  return brand;
}

/** The words of the site's own name ("Slate", "Twin Cities") say where a story is, not what it is about. */
export const siteNameWords = (siteName: string | null): string[] => contentWords(siteName ?? '');

/**
 * In a list the site files under this topic, a word in three quarters of its headlines is the
 * list's common ground (the make, the team, the country), not what makes one story this one's.
 */
const TOPIC_LIST_SHARE = 0.75;
const MIN_TOPIC_LIST = 4;

export function topicListBrand(headlines: string[], heading: string): Set<string> {
  const common = brandWords(headlines, TOPIC_LIST_SHARE, MIN_TOPIC_LIST);
  // A word the heading names ("More On: plague") is the topic the site filed the list under,
  // and tells its stories from others as the article's title word: it stays.
  for (const w of contentWords(heading)) common.delete(w);
  return common;
}

/**
 * Two title words in a row ("Binge Eating Disorder: Symptoms" beside "15 Tips to Overcome Binge
 * Eating") name the article's subject even when they are brand words: on a site or page about
 * one subject, they are in most headlines, and the phrase is what tells its stories apart.
 */
function sharesTitlePair(headline: string, profile: Profile): boolean {
  if (profile.titlePairs.size === 0) return false;
  return pairsOf(stemsOf(headline)).some((pair) => profile.titlePairs.has(pair));
}

/**
 * The weight of a shorter article word that a headline's full stem starts with: any five-letter
 * word ("Milan" in "Milano"), or a four-letter title word ("Swim" in "Swimming", "Iran" in
 * "Iranian"). Not the body's four-letter names: "John" is no "Johnson".
 */
function shorterWordWeight(headlineStem: string, profile: Profile): number | undefined {
  const five = shorterForm(headlineStem);
  if (!five) return undefined;
  const four = five.slice(0, 4);
  return (
    profile.words.get(five) ?? (profile.titleWords.has(four) ? profile.words.get(four) : undefined)
  );
}

/**
 * Words shared with the article profile and the sum of their weights. Brand words count for
 * nothing, and the tail of a compound name (compoundNames.ts) only beside its head.
 */
export function relevance(
  headline: string,
  profile: Profile,
  brand: ReadonlySet<string> = new Set(),
  tails: ReadonlyMap<string, string> = new Map(),
): { shared: number; score: number; strongest: number } {
  let shared = 0;
  let score = 0;
  let strongest = 0;
  const { words } = profile;
  const misplaced = tails.size > 0 ? misplacedIn(headline, tails) : null;
  for (const w of new Set(stemsOf(headline))) {
    if (brand.has(w) || misplaced?.has(w)) continue;
    const weight = words.get(w) ?? shorterWordWeight(w, profile);
    if (!weight) continue;
    shared++;
    score += weight;
    strongest = Math.max(strongest, weight);
  }
  return { shared, score, strongest };
}

/**
 * A headline of nothing but title words and a number the title lacks ("Opening Bell 10.29.19"
 * beside "Opening Bell 11.18.19", "6 Things to Do in May") is another edition of the article's
 * series, not its story: on the labelled pages all ten such headlines were unrelated. It must
 * hold at least half the title's words: a few words of a long title and a number ("7 key moments
 * from Tuesday's impeachment hearing") are a story on it.
 */
function isOtherEdition(headline: string, profile: Profile): boolean {
  const numbers = headline.match(NUMBERS);
  if (!numbers?.some((n) => !profile.titleNumbers.has(n))) return false;
  const words = stemsOf(headline);
  return (
    words.length > 0 &&
    words.every((w) => profile.titleWords.has(w)) &&
    new Set(words).size * 2 >= profile.titleWords.size
  );
}

/**
 * A shopping deal ("$150-$400 off…", "…are on sale", "Deals Spotlight:") is another kind of
 * story than news or a review of the same product: beside an article that is no deal itself,
 * it is a deal, not this story. Business deals ("clinches order", "trade deal") are not
 * shopping: a bare "deal" does not count.
 */
const SHOPPING =
  /(?:^|\W)(?:\$[\d,.]+(?:\s*-\s*\$[\d,.]+)?\s+off\b|deals?(?: spotlight)?:|on sale\b|discount(?:s|ed)?\b|price drop\b|new low\b|lowest price\b|save \$)/i;

/**
 * A title about deals in any sense ("The 10 best early Black Friday deals…", a trade deal): no
 * deal beside it is another kind of story.
 */
const DEALS_TITLE =
  /\b(?:deals?|sales?|discounts?|bargains?|coupons?|black friday|cyber monday)\b/i;

const isShoppingBeside = (headline: string, profile: Profile): boolean =>
  SHOPPING.test(headline) && !profile.shopping;

/** Another edition of the article's series or a deal: never this story, whatever the words. */
const isOtherStory = (headline: string, profile: Profile): boolean =>
  isOtherEdition(headline, profile) || isShoppingBeside(headline, profile);

export function isRelated(
  headline: string,
  profile: Profile,
  brand: ReadonlySet<string> = new Set(),
  tails: ReadonlyMap<string, string> = new Map(),
): boolean {
  if (isOtherStory(headline, profile)) return false;
  if (sharesTitlePair(headline, profile)) return true;
  const { shared, score, strongest } = relevance(headline, profile, brand, tails);
  return shared >= MIN_SHARED && score >= RELATED_SCORE && strongest >= STRONG_WORD;
}

/** Under a heading that promises stories on this topic, one title word or name in common is enough. */
export function isTopicallyRelated(
  headline: string,
  profile: Profile,
  brand: ReadonlySet<string> = new Set(),
  tails: ReadonlyMap<string, string> = new Map(),
): boolean {
  if (isOtherStory(headline, profile)) return false;
  return relevance(headline, profile, brand, tails).strongest >= STRONG_WORD;
}
