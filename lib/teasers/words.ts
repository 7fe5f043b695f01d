import { scriptPattern } from '../text/latin1';

/**
 * The words teaser relevance compares: lower-cased stems of six letters, stop words of eight
 * languages, numbers and short words left out (relevance.ts says why).
 */

const STOP = new Set(
  `the and for are but not you all any can her was one our out has have had him his how its may new now old see two who boy did get let put say she too use that with this from they will would there their what about which when make like time just know take into year your good some could them than then look only come over think also back after work first well even want because these give most very says said more news read here what were been being such where while those other than into onto upon over under again than each week today yesterday
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december however according meanwhile although
der die das und mit von den dem des ein eine einer ist sich auf für nicht auch als wie bei nach aus noch mehr les des une dans pour sur par est avec sont qui que aux plus del los las por para con una como pero sus más que não uma com para por mais dos das het een van voor met niet zijn yang dan dari untuk dengan ini itu
что как все всё она так его только мне было вот меня еще ещё нет ему когда даже если уже или быть был него вам там потом себя ничего может они тут где есть надо ней для тебя чем была сам чтобы без чего тоже себе под будет тогда кто этот того потому этого какой какая какую какие совсем ним здесь этом один почти мой тем нее сейчас были куда всех можно при два другой после над больше тот через эти нас про всего них много три эту моя свою этой перед лучше том такой более всегда между очень это также который которые которых которая которой свой своих своей наш ваш
of in to at on is it by an as be do go he me my no so up we us or if am
inch inches percent million billion trillion best worst man men woman women people
reveals revealed announces announced warns warned calls called claims set sets gets takes took offer offers offering offered`.split(
    /\s+/,
  ),
);

/** A lower-cased word's stem: its first six letters ("Ukraine"/"Ukrainian" meet). */
export const stemOf = (lower: string): string => lower.slice(0, 6);

/** The stem of a capitalised word that is not a stop word (a word of a name), else null. */
export function nameStem(word: string): string | null {
  const lower = word.toLowerCase();
  return word !== lower && !STOP.has(lower) ? stemOf(lower) : null;
}

/**
 * The five-letter article word a headline's full stem may meet: "Milan" the "Milano" of an
 * Italian name, "trade" the "trader". Null for a shorter stem, whole already.
 */
export const shorterForm = (headlineStem: string): string | null =>
  headlineStem.length === 6 ? headlineStem.slice(0, 5) : null;

/** A headline's stem meets the article's same stem, or its shorter form. */
export const meets = (headlineStem: string, articleStem: string): boolean =>
  headlineStem === articleStem || shorterForm(headlineStem) === articleStem;

const WORD = scriptPattern(/[\p{L}\p{N}]+/gu);
const DIGITS = /^\d+$/;
/** Two capitals name a thing ("VW", "EV", "AI"); other two-letter words are too common to tell. */
const ACRONYM = /^[A-Z]{2}$/;

const HIRAGANA = '\\u3040-\\u309f';
const KATAKANA = '\\u30a0-\\u30ff';
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** Chinese and Japanese: text written without spaces between words. */
const UNSPACED = new RegExp(`[${HIRAGANA}${KATAKANA}${HAN}]`);
/** Runs of Han and Katakana; Hiragana, mostly particles and endings, divides them. */
const HAN_KATAKANA = new RegExp(`[${KATAKANA}${HAN}]+`, 'g');
/** What a run of Han or Katakana leaves of a spaced word: its Latin or other letters. */
const SPACED_PART = new RegExp(`[^${HIRAGANA}${KATAKANA}${HAN}]+`, 'g');

/**
 * A word with Han or Katakana in it, as search engines read such text: every pair of
 * neighbouring characters of each run ("商標法" gives "商標" and "標法"), and the Latin words
 * run in with it ("PCを" gives "PC").
 */
function unspacedWords(word: string, out: string[]): void {
  for (const run of word.match(HAN_KATAKANA) ?? [])
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  for (const part of word.match(SPACED_PART) ?? []) addWord(part, out);
}

function addWord(w: string, out: string[]): void {
  if ((w.length < 3 && !ACRONYM.test(w)) || DIGITS.test(w)) return;
  const lower = w.toLowerCase();
  if (!STOP.has(lower)) out.push(stemOf(lower));
}

/** Stems of a text's words, stop words, numbers and short words left out. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const unspaced = UNSPACED.test(text);
  // One native match per text, not an iterator step per word: this runs once per page, cold.
  for (const w of text.match(WORD.for(text)) ?? []) {
    if (unspaced && UNSPACED.test(w)) unspacedWords(w, out);
    else addWord(w, out);
  }
  return out;
}
