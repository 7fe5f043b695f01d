/**
 * Inline teasers: a paragraph inside the article body that only points to another story
 * ("RELATED: Headline", "Read more: Headline", "On Example.com: Headline",
 * "【関連記事】Headline", and their like in a dozen other languages), or nothing but one
 * headline link in capitals, the way some sites set their inline teasers ("SEAN SPICER
 * ELIMINATED FROM 'DANCING WITH THE STARS'"). It is not article text, so the body leaves it
 * out and the teaser finder hides it on its own, without touching the paragraphs around it.
 */

const LEAD_IN =
  /^\s*[【[▼■▶]?\s*(?:related(?: stories| articles| content| coverage| links?)?|read more|read also|also read|read next|more|more on this(?: story)?|see also|also see|recommended|watch|listen|click here|don'?t miss|in case you missed it|previously|trending|top stories|on [\w.-]+\.(?:com|org|net|co\.uk|de|fr)|lees ook|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leia também|leia mais|lee también|lea también|vea también|leggi anche|czytaj (?:także|też)|zobacz (?:także|też)|читайте (?:также|також)|смотрите также|baca juga|artikel terkait|相关阅读|相關閱讀|延伸阅读|延伸閱讀|関連記事|관련\s?기사)\s*[:：|»>–—\-\]】]/i;

/** Share of the paragraph's text that must sit in links for it to be a teaser. */
const MIN_LINK_SHARE = 0.4;
/** A paragraph this much link is the link alone (a bullet or a space may sit beside it). */
const WHOLE_LINK_SHARE = 0.9;
/** Words of a capitals headline: fewer is a label ("WATCH LIVE"). */
const CAPITAL_HEADLINE_WORDS = 3;

/** Letters, all capitals, in three words or more; case mapping, not \p{…} classes costly to compile cold. */
const isCapitalHeadline = (text: string) =>
  text === text.toUpperCase() &&
  text !== text.toLowerCase() &&
  text.trim().split(/\s+/).length >= CAPITAL_HEADLINE_WORDS;

export function isInlineTeaser(el: Element, chars: number, linkChars: number): boolean {
  if (chars === 0 || linkChars / chars < MIN_LINK_SHARE || chars > 300) return false;
  if (!el.querySelector('a[href]')) return false;
  const text = el.textContent ?? '';
  return LEAD_IN.test(text) || (linkChars / chars >= WHOLE_LINK_SHARE && isCapitalHeadline(text));
}
