import { describe, expect, it } from 'vitest';
import { type ArticleDetection, detectArticle } from '../../../lib/article';
import { findTeasers, findTeasersIn, type TeaserBlock } from '../../../lib/teasers';
import { profileOf } from '../../../lib/teasers/relevance';
import { paras } from './runPage';

const li = (href: string, text: string) => `<li><a href="${href}">${text}</a></li>`;
const unrelated = [
  'Celebrity chef opens a new restaurant downtown',
  'Local football club wins the cup final',
  'Best summer tomato recipes to make now',
];

function load(body: string): { doc: Document; article: ArticleDetection } {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.documentElement.innerHTML = `<head><meta property="og:type" content="article"><meta property="og:title" content="Europe offers Ukraine security guarantees"></head><body>${body}</body>`;
  const article = detectArticle(doc);
  if (!article) throw new Error('not detected');
  return { doc, article };
}

/** Inserts `html` as the last children of `into`; returns the inserted elements. */
function insert(into: Element, html: string): Element[] {
  const template = into.ownerDocument.createElement('template');
  template.innerHTML = html;
  const added = [...template.content.children];
  into.append(...added);
  return added;
}

const describeBlocks = (blocks: TeaserBlock[]) =>
  blocks.map((b) => ({
    element: b.element,
    heading: b.heading,
    kind: b.kind,
    related: b.related,
    links: b.links.map((l) => ({ anchor: l.anchor, item: l.item, related: l.related })),
  }));

/** What the whole-page finder says about the added elements. */
const wholePage = (doc: Document, article: ArticleDetection, added: Element[]) =>
  findTeasers(doc, article).filter((b) =>
    added.some((el) => el.contains(b.element) || b.element.contains(el)),
  );

const story = `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}</article>`;

describe('findTeasersIn', () => {
  it('finds a vendor widget appended after load', () => {
    const { doc, article } = load(`${story}<aside id="slot"></aside>`);
    const added = insert(
      doc.body,
      `<div class="OUTBRAIN"><div class="ob-list">${unrelated.map((t, i) => `<a href="https://ads.example/${i}">${t}</a>`).join('')}</div></div>`,
    );
    const blocks = findTeasersIn(doc, article, added);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.element).toBe(added[0]);
    expect(blocks[0]?.kind).toBe('sponsored');
    expect(blocks[0]?.links).toHaveLength(3);
    expect(describeBlocks(blocks)).toEqual(describeBlocks(wholePage(doc, article, added)));
  });

  it('finds a related-stories list appended after load, keeping its related link', () => {
    const { doc, article } = load(`${story}<aside><p>Sidebar</p></aside>`);
    const titles = ['Zelensky meets Macron over Ukraine guarantees', ...unrelated];
    const added = insert(
      doc.querySelector('aside') as Element,
      `<section class="box"><h2>You may also like</h2><ul>${titles.map((t, i) => li(`/s/${i}`, t)).join('')}</ul></section>`,
    );
    const blocks = findTeasersIn(doc, article, added);
    expect(blocks.map((b) => b.heading)).toEqual(['You may also like']);
    expect(blocks[0]?.links.map((l) => l.related)).toEqual([true, false, false, false]);
    expect(describeBlocks(blocks)).toEqual(describeBlocks(wholePage(doc, article, added)));
  });

  it('judges links appended to an existing list with the list’s other items', () => {
    // One short item under "Most read" is no block; a second one added later makes it one.
    const { doc, article } = load(
      `${story}<div class="side"><h3>Most read</h3><ul>${li('/a', 'Weather')}</ul></div>`,
    );
    expect(findTeasers(doc, article)).toEqual([]);
    const added = insert(doc.querySelector('ul') as Element, li('/b', 'Markets'));
    const blocks = findTeasersIn(doc, article, added);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.element).toBe(doc.querySelector('.side'));
    expect(blocks[0]?.links.map((l) => l.href)).toEqual(['/a', '/b']);
    expect(describeBlocks(blocks)).toEqual(describeBlocks(wholePage(doc, article, added)));
  });

  it('makes one block of several items added to a list, as the whole-page finder does', () => {
    const { doc, article } = load(
      `${story}<div class="side"><h3>Latest</h3><ul>${li('/a', unrelated[0] as string)}</ul></div>`,
    );
    const added = insert(
      doc.querySelector('ul') as Element,
      li('/b', unrelated[1] as string) + li('/c', unrelated[2] as string),
    );
    const blocks = findTeasersIn(doc, article, added);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.links.map((l) => l.item)).toEqual([...doc.querySelectorAll('.side li')]);
    expect(describeBlocks(blocks)).toEqual(describeBlocks(wholePage(doc, article, added)));
  });

  it('keeps a late link to a story the page already headlined as related', () => {
    const titles = ['Zelensky meets Macron over Ukraine guarantees', ...unrelated];
    const { doc, article } = load(
      `${story}<section class="box"><h2>Related</h2><ul>${titles.map((t, i) => li(`/s/${i}`, t)).join('')}</ul></section><aside></aside>`,
    );
    findTeasers(doc, article);
    // A video strip whose captions say nothing about the story: its headline at load does.
    const added = insert(
      doc.querySelector('aside') as Element,
      `<div class="OUTBRAIN"><a href="/s/0">Watch the video of the week</a><a href="/v/9">Watch the best goals of the season</a></div>`,
    );
    const blocks = findTeasersIn(doc, article, added);
    expect(blocks[0]?.links.map((l) => l.related)).toEqual([true, false]);
    expect(describeBlocks(blocks)).toEqual(describeBlocks(wholePage(doc, article, added)));
  });

  it('finds nothing in page chrome added after load', () => {
    const { doc, article } = load(story);
    const added = insert(
      doc.body,
      `<nav>${unrelated.map((t, i) => `<a href="/n/${i}">${t}</a>`).join('')}</nav>`,
    );
    expect(findTeasersIn(doc, article, added)).toEqual([]);
    expect(wholePage(doc, article, added)).toEqual([]);
  });

  it('finds nothing in a paragraph with a link in its sentence', () => {
    const { doc, article } = load(story);
    const added = insert(
      doc.querySelector('article') as Element,
      '<p>Officials said on Monday, as <a href="/x">reported by our correspondent in Kyiv</a>, that the talks would go on.</p>',
    );
    expect(findTeasersIn(doc, article, added)).toEqual([]);
    expect(wholePage(doc, article, added)).toEqual([]);
  });

  it('works out the article profile once per detection', () => {
    const { article } = load(story);
    expect(profileOf(article)).toBe(profileOf(article));
  });
});
