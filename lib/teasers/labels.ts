import { elementsOf } from '../dom/liveCollection';
import { isHeadingLike } from '../text/headingLike';
import { hasPhrase, phrasesOf } from '../text/phrases';
import { ACCENTED_STORY_LIST_PHRASES, STORY_LIST_PHRASES } from '../text/storyListPhrases';

/**
 * What a teaser block and its links say about themselves: the block's heading and kind, whether
 * that heading or the container's class names announce teasers, and each link's visible text.
 */

const SPACES = /\s+/g;
const clean = (s: string | null | undefined) => (s ?? '').replace(SPACES, ' ').trim();

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Text a reader sees; textContent would include <noscript> image markup kept as raw text. */
export function visibleText(el: Element): string {
  let out = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) out += `${(node as Text).data} `;
    else if (node.nodeType === 1 && !INVISIBLE.has((node as Element).tagName))
      for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(el);
  return clean(out);
}

/** Longest text worth reading from a card: a headline plus its standfirst. */
const CARD_TEXT = 200;

/**
 * An image's file name or slug given as its alt ("josh-sargent-usa-soccer.jpg", "grid_stadia_art"):
 * no words to read, so the image link is read like one without an alt.
 */
const FILE_NAME = /^\S+\.(?:jpe?g|png|gif|webp|avif|svg)$|^\S*[-_]\S*[-_]\S*$/i;

/** An image link's alt, unless it is a file name. */
function altText(anchor: Element): string {
  const image = elementsOf(anchor.getElementsByTagName('img')).find((img) =>
    img.hasAttribute('alt'),
  );
  const alt = clean(image?.getAttribute('alt'));
  return FILE_NAME.test(alt) ? '' : alt;
}

/**
 * A link's headline: its own text, else what it says to screen readers (title, aria-label,
 * image alt), else the text of its card, which links nowhere else (image-only links of
 * carousels, whose headline sits beside the image). `visible` is false for the fallbacks.
 */
export function linkText(anchor: Element, item: Element): { text: string; visible: boolean } {
  const own = visibleText(anchor);
  if (own) return { text: own, visible: true };
  const said =
    clean(anchor.getAttribute('title')) ||
    clean(anchor.getAttribute('aria-label')) ||
    altText(anchor);
  return { text: said || visibleText(item).slice(0, CARD_TEXT), visible: false };
}

/**
 * Headings that announce links to other stories, in the languages of the corpus and neighbours,
 * as phrases (a long alternation costs a cold page more to compile than to run). The accented
 * ones are tried only on text with a non-ASCII character.
 */
const TEASER_PHRASES = [
  ...STORY_LIST_PHRASES,
  ...phrasesOf(['most-', 'most ', 'most'], ['watched']),
  'read these next',
  'meest gelezen',
  'terkait',
  'terpopuler',
  'potrebbe interessarti',
];
/** "More Politics stories", "More Sports News stories". */
const MORE_SECTION_STORIES = /\bmore (?:[\w']+ ){1,2}stories/;
/** "More:" or "More" alone. */
const isMoreAlone = (lower: string) =>
  lower.startsWith('more') && (lower.charAt(4) === ':' || lower.slice(4).trim() === '');
const ACCENTED_TEASER_PHRASES = [
  ...ACCENTED_STORY_LIST_PHRASES,
  'weitere beiträge',
  'más leídas',
  'più letti',
];
/**
 * Chinese, Japanese and Korean ones, Cyrillic ones and Polish ones: without the u flag \b sees
 * no word in Cyrillic, and with it the pattern would cost every page a slower compile.
 */
const NON_LATIN_TEASER_HEADING =
  /関連記事|関連する記事|おすすめ記事|人気記事|あわせて読みたい|こちらもおすすめ|相关文章|相關文章|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|猜你喜欢|热门文章|热门新闻|熱門新聞|热点新闻|관련\s?기사|인기\s?기사|추천\s?기사|많이\s?본\s?(?:뉴스|기사)|czytaj (?:także|też)|zobacz (?:także|też)|najczęściej czytane|самые популярные|самое (?:популярное|читаемое)|популярное|читайте (?:также|також)|смотрите также|похож(?:ие|і)|схожі|по теме|другие (?:новости|статьи|материалы)|(?:ещё|еще) (?:новости|статьи|по теме)|рекомендуем|новости партн[её]ров|найпопулярніше/i;
const NON_ASCII = /[^\0-\x7f]/;

export function isTeaserHeading(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    hasPhrase(lower, TEASER_PHRASES) ||
    isMoreAlone(lower) ||
    (lower.includes('stories') && MORE_SECTION_STORIES.test(lower)) ||
    (NON_ASCII.test(text) &&
      (hasPhrase(lower, ACCENTED_TEASER_PHRASES) || NON_LATIN_TEASER_HEADING.test(text)))
  );
}

/**
 * Headings under which a site lists stories on the article's own topic ("More stories like
 * this one", "Related", "More on: Taliban", "Материалы по теме"), unlike "Most read" or
 * "Latest": there one shared title word or name is enough to call a story related
 * (relevance.ts).
 */
const TOPIC_HEADING =
  /\b(?:related|similar|like this|more on\b|on (?:this|the same) (?:topic|subject|story)|zum thema|même sujet|relacionad|terkait|correlat)|по теме|похожи/i;

export const isTopicHeading = (text: string) => TOPIC_HEADING.test(text);

/**
 * Headings over what the article itself names or goes on with ("Games featured in this
 * article", "Companies in this story", "More on this story"): every link under one is the
 * article's, whatever its words.
 */
const OWN_HEADING = /\b(?:in|on) this (?:article|story)\b/i;

export const isOwnHeading = (text: string) => OWN_HEADING.test(text);

/**
 * A card that opens with "Next article" and one headline. Only the reading-order words: a
 * single-link "Related links" box in the body points to the article's sources.
 */
const CARD_LEAD =
  /^(?:(?:up )?next (?:article|story|post)|read (?:this )?next|nächster artikel|article suivant|próxima (?:matéria|notícia))/i;
const MAX_CARD = 300;

export function isTeaserCard(item: Element): boolean {
  if (item.tagName === 'A') return false;
  const text = visibleText(item);
  return text.length <= MAX_CARD && CARD_LEAD.test(text);
}

/** Class and id words of containers that hold teaser cards (also JS carousels whose links are images). */
const TEASER_NAMES =
  /carousel|slider|swiper|related|similar|recommend|popular|trending|most-?read|more-?stories|read-?next|teaser|recirc/i;

export function hasTeaserName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return names.length > 1 && TEASER_NAMES.test(names);
}

const KIND_WORDS: [RegExp, string][] = [
  [
    /related|similar|terkait|relacionad|ähnlich|à lire aussi|more on this|like this|по теме|похож|схож/i,
    'related',
  ],
  [
    /most[- ]?(read|popular|viewed|watched)|popular|top posts|meistgelesen|plus lus|популярн|читаем/i,
    'most-read',
  ],
  [/trending/i, 'trending'],
  [
    /recommend|you may|you might|don'?t miss|read (these )?next|next article|gostar|рекоменд/i,
    'recommended',
  ],
  [/latest|recent|terkini|today'?s headlines/i, 'latest'],
  [/sponsor|promoted|partner|around the web|партн[её]р/i, 'sponsored'],
  [/more (from|in|news)|more stories|more/i, 'more-from'],
];

export function kindOf(heading: string | null, element: Element, vendor: boolean): string {
  if (vendor) return 'sponsored';
  const label = `${heading ?? ''} ${element.getAttribute('class') ?? ''} ${element.id}`;
  for (const [re, kind] of KIND_WORDS) if (re.test(label)) return kind;
  return 'other';
}

const SUBHEADING_TAG = /^H[2-6]$/;
const MAX_HEADING = 80;

/** The element after `el` in document order without leaving `box`: its first child, else the next one up. */
function nextInside(el: Element, box: Element): Element | null {
  let next: Element | null = el.firstElementChild;
  for (let up: Element | null = el; !next && up && up !== box; up = up.parentElement)
    next = up.nextElementSibling;
  return next;
}

/**
 * The block's heading: the first short heading before its first item, or the heading just before
 * the block. Walks the block in document order only as far as the first item.
 */
export function headingOf(block: Element, firstItem: Element): string | null {
  const aroundItem = new Set<Element>();
  for (let up = firstItem.parentElement; up && up !== block; up = up.parentElement)
    aroundItem.add(up);
  let el: Element | null = block.firstElementChild;
  while (el && el !== firstItem) {
    if (!aroundItem.has(el)) {
      const text = isHeadingLike(el) ? visibleText(el) : announcement(el);
      if (text && text.length <= MAX_HEADING) return text;
    }
    el = nextInside(el, block);
  }
  const prev = block.previousElementSibling;
  if (!prev) return null;
  if (SUBHEADING_TAG.test(prev.tagName)) return visibleText(prev) || null;
  return announcement(prev);
}

/** A short element of any tag whose text announces teasers ("MORE STORIES LIKE THIS ONE" in a <label>). */
function announcement(el: Element): string | null {
  if ((el.textContent?.length ?? 0) > MAX_HEADING * 2) return null;
  const text = visibleText(el);
  return text && text.length <= MAX_HEADING && isTeaserHeading(text) ? text : null;
}

/**
 * A list right after a heading that announces teasers ("More Great WIRED Stories"): its items
 * are headlines even where only part of one is linked.
 */
export function followsTeaserHeading(list: Element): boolean {
  const prev = list.previousElementSibling;
  return prev !== null && announcement(prev) !== null;
}

/** Elements a box's heading may lie within from its start: a heading comes before the box's links. */
const HEADING_REACH = 12;
/** What author, tags and comments wrappers hold: "Popular comments" there are this article's. */
const WRAPPED_WORDS = /\b(?:comments?|tags?|topics?|authors?|bylines?|writers?)\b/i;

/**
 * Whether a box inside an author, tags or comments wrapper holds stories, by a teaser class name
 * or by its heading: the first heading-like element among its first few, before any link, that
 * announces teasers and none of the wrapper's own things.
 */
export function announcesStories(box: Element): boolean {
  if (hasTeaserName(box)) return true;
  let el = box.firstElementChild;
  for (let n = 0; el && n < HEADING_REACH; n++) {
    if (el.tagName === 'A') return false;
    if (isHeadingLike(el)) {
      const text = announcement(el);
      return text !== null && !WRAPPED_WORDS.test(text);
    }
    el = nextInside(el, box);
  }
  return false;
}
