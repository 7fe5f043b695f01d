import { phrasesOf } from './phrases';

/**
 * Lower-cased phrases that open a heading over a list of other stories, in the languages of the
 * corpus and its neighbours. Shared by the body's end (a heading that closes the article) and
 * by the teaser finder (a heading that announces a teaser block), each of which adds its own.
 */
export const STORY_LIST_PHRASES = [
  ...'related|similar|popular|trending|recommended'.split('|'),
  ...phrasesOf(['more '], ['from', 'on', 'in', 'stories', 'news', 'to read', 'like this']),
  ...phrasesOf(['most-', 'most ', 'most'], ['read', 'popular', 'viewed', 'shared']),
  ...phrasesOf(['you may ', 'you might '], ['like', 'enjoy', 'also like', 'also enjoy']),
  ...phrasesOf(['read '], ['more', 'next', 'also']),
  ..."also read|don't miss|dont miss|top stories|what to read next|further reading|see also|lesen sie auch|mehr zum thema|meistgelesen|lire aussi|les plus lus|te puede interesar|noticias relacionadas|relacionados|relacionadas|mais lidas|lees ook|baca juga|leggi anche".split(
    '|',
  ),
];

/** The same with accents, which the teaser finder tries only on text with a non-ASCII character. */
export const ACCENTED_STORY_LIST_PHRASES =
  'das könnte sie auch interessieren|à lire aussi|sur le même sujet|lo más leído|leia também|você pode gostar|veja também'.split(
    '|',
  );
