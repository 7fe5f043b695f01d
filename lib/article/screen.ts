import { scriptWorth } from '../text/density';
import {
  BR_LAYOUT,
  GRANDPARENT_PROSE,
  gateDecision,
  LONG_PROSE,
  MIN_PARAGRAPH_CHARS,
  PARENT_PROSE,
} from './gate';
import { jsonLdObjects, typesOf } from './jsonLd';
import { kindOf } from './meta';
import { addItemTypes } from './microdata';

/**
 * The gate asked by XPath, for a browser's live page: the first element a content script
 * touches costs a millisecond in Chromium (its world builds the prototypes of Node, Element and
 * HTMLElement), more than the whole gate's reading. XPath answers with numbers and strings, so on
 * a page turned away here no element ever reaches script.
 *
 * It reads the declared kind exactly and overstates the paragraph evidence: a paragraph's length
 * counts its untrimmed text, and a parent's paragraph text is bounded by its longest long
 * paragraph times their number. As the gate's rule only passes more pages on larger evidence,
 * every page the gate passes passes here.
 *
 * Not for jsdom, whose XPath is written in JavaScript: 60 to 400 ms a page.
 */

const NUMBER = 1;
const STRING = 2;
const BOOLEAN = 3;

const LOWER = (x: string) =>
  `translate(${x}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`;
const LD_SCRIPT = `//script[normalize-space(${LOWER('@type')}) = 'application/ld+json']`;
const BODY = '/html/*[self::body or self::frameset][1]';
/** The elements whose microdata type says what the page is (as quickDeclaredKind reads them). */
const TOP_ITEMS = `(/* | ${BODY} | //article)`;
const OG_TYPE = `meta[${LOWER('@property')} = 'og:type' or ${LOWER('@name')} = 'og:type']`;
/** The first og:type in the head, else in the body (as quickDeclaredKind looks). */
const OG_CONTENT = `(/html/head[1]//${OG_TYPE} | ${BODY}//${OG_TYPE})[1]/@content`;
/** More line breaks than this are not looked at one by one (see BR_LAYOUT_MAY_HOLD). */
const MAX_BR_ASKED = 100;
/**
 * BR_LAYOUT line breaks in one element. Asked of each <br> only on a page with few: counting a
 * parent's <br> is a pass over its children for each one (3,000 lines in one box take 300 ms
 * in Chromium), so a page with more may pass and the gate decides.
 */
const BR_LAYOUT_MAY_HOLD = `count(//br) >= ${BR_LAYOUT} and (count(//br) > ${MAX_BR_ASKED} or //br[count(../br) >= ${BR_LAYOUT}])`;
/** The count asked last: a page seldom has a headline in its first <article>, and each is a walk. */
const HEADLINE_IN_ARTICLE = '(//article)[1]//h1 and count(//article) <= 2';

const ask = (doc: Document, expr: string, type: number) =>
  doc.evaluate(expr, doc, null, type, null);
const yes = (doc: Document, expr: string) => ask(doc, `boolean(${expr})`, BOOLEAN).booleanValue;
const count = (doc: Document, expr: string) => ask(doc, `count(${expr})`, NUMBER).numberValue;
const text = (doc: Document, expr: string) => ask(doc, `string(${expr})`, STRING).stringValue;

/** The `expr` node-set's string values, one query each. */
function texts(doc: Document, expr: string): string[] {
  const out: string[] = [];
  for (let i = 1, n = count(doc, expr); i <= n; i++) out.push(text(doc, `(${expr})[${i}]`));
  return out;
}

/** The kind quickDeclaredKind reads, from the same JSON-LD, microdata and og:type. */
function declaredKind(doc: Document) {
  const types = jsonLdObjects(texts(doc, LD_SCRIPT)).flatMap(typesOf);
  for (const itemtype of texts(doc, `${TOP_ITEMS}/@itemtype`)) addItemTypes(itemtype, types);
  return kindOf(types, () => text(doc, OG_CONTENT).trim() || null);
}

/** Words that an article type (meta.ts's ARTICLE_ENDINGS) holds, in `x`. */
const ARTICLE_WORD = (x: string) =>
  `contains(${x}, 'Article') or contains(${x}, 'Posting') or contains(${x}, 'Report')`;
/**
 * The screen's questions about text lengths, each length divided by `worth`: the most one
 * character counts in the gate's lengths (scriptWorth), so that a page in a denser script is
 * never turned away here on lengths the gate would count up to `worth` times.
 */
function lengthQuestions(worth: number) {
  const at = (length: number) => Math.floor(length / worth);
  const longP = `p[string-length() >= ${at(MIN_PARAGRAPH_CHARS)}]`;
  /** A long paragraph's parent, or grandparent, may hold this much paragraph text. */
  const parentMayHold = (min: number) => `string-length() * count(../${longP}) >= ${at(min)}`;
  const grandparentMayHold = (min: number) =>
    `string-length() * count(../../*/${longP}) >= ${at(min)}`;
  /**
   * A paragraph of `length` followed by `more` long paragraphs of its parent: then the parent
   * may hold length × (more + 1), read in one pass where the bounds below compare every pair of
   * sibling paragraphs (on an article, most of the screen's cost).
   */
  const runFrom = (length: number, more: number) =>
    `string-length() >= ${at(length)} and count(following-sibling::p[position() <= ${more}][string-length() >= ${at(MIN_PARAGRAPH_CHARS)}]) = ${more}`;
  /**
   * One walk over the paragraphs: a run, else the bounds of a parent's or grandparent's prose
   * (a run is the cheaper test, and one within them).
   */
  const someProse = `//${longP}[${runFrom(PARENT_PROSE / 4, 3)} or ${parentMayHold(PARENT_PROSE)} or ${grandparentMayHold(GRANDPARENT_PROSE)}]`;
  return {
    someProse,
    /**
     * One query that is false on most pages the gate rejects: no fact can hold, and nothing the
     * page declares can name an article (reading the declared kind takes a query per JSON-LD
     * script).
     */
    mayPass: [
      `${LD_SCRIPT}[${ARTICLE_WORD('.')}]`,
      `${TOP_ITEMS}[${ARTICLE_WORD('@itemtype')}]`,
      `//${OG_TYPE}[contains(${LOWER('@content')}, 'article')]`,
      someProse,
      BR_LAYOUT_MAY_HOLD,
      HEADLINE_IN_ARTICLE,
    ]
      .map((x) => `boolean(${x})`)
      .join(' or '),
    longRun: `//p[${runFrom(LONG_PROSE / 5, 4)}]`,
    longProse: `//${longP}[${parentMayHold(LONG_PROSE)}]`,
  };
}

const IN_ALPHABETS = lengthQuestions(1);

/** False when the page cannot pass the gate; true when it may. */
export function passesScreen(doc: Document): boolean {
  const worth = scriptWorth(doc);
  const asked = worth === 1 ? IN_ALPHABETS : lengthQuestions(worth);
  if (!yes(doc, asked.mayPass)) return false;
  // Enough prose passes the gate whatever the page declares, but for a forum thread, which the
  // gate turns away after its walk.
  if (yes(doc, asked.longRun)) return true;
  return gateDecision(declaredKind(doc), {
    longProse: () => yes(doc, asked.longProse),
    someProse: () => yes(doc, asked.someProse),
    brLayout: () => yes(doc, BR_LAYOUT_MAY_HOLD),
    headlineInArticle: () => yes(doc, HEADLINE_IN_ARTICLE),
  });
}
