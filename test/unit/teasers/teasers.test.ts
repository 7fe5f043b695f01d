import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BodyBlock, detectArticle } from '../../../lib/article';
import {
  findTeasers,
  HIDDEN_ATTRIBUTE,
  hideTeasers,
  showTeasers,
  summarize,
} from '../../../lib/teasers';
import { articleProfile, isRelated, isTopicallyRelated } from '../../../lib/teasers/relevance';
import { headline, items, paras, runPage } from './runPage';

/** A body paragraph of `text`, for profiles built without a page. */
const paragraph = (text: string): BodyBlock => ({ element: document.body, kind: 'text', text });

const list = (heading: string, titles: string[]) =>
  `<div class="box"><h2>${heading}</h2><ul>${titles.map((t, i) => `<li><a href="/s/${heading.length}-${i}">${t}</a></li>`).join('')}</ul></div>`;

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.documentElement.innerHTML = `<head><meta property="og:type" content="article"><meta property="og:title" content="Europe offers Ukraine security guarantees"></head><body>${body}</body>`;
  return doc;
}

const hiddenHrefs = (doc: Document) =>
  [...doc.querySelectorAll('a[href]')]
    .filter((a) => a.closest(`[${HIDDEN_ATTRIBUTE}]`))
    .map((a) => a.getAttribute('href'));

describe('teasers', () => {
  const unrelated = [
    'Celebrity chef opens a new restaurant downtown',
    'Local football club wins the cup final',
    'Best summer tomato recipes to make now',
  ];

  it('hides an unrelated trailer block but not nav, footer or body links', () => {
    const doc = page(
      `<nav><a href="/world">World news section</a><a href="/sport">Sport news section</a></nav><article><h1>Europe offers Ukraine security guarantees</h1>${paras(2)}<p>As <a href="/ref">reported earlier this week by our correspondent</a>, the talks went on.</p>${paras(2)}</article>${list('You may also like', unrelated)}<footer><ul><li><a href="/about">About this newspaper and its staff</a></li><li><a href="/contact">Contact the newsroom and editors</a></li></ul></footer>`,
    );
    const article = detectArticle(doc);
    if (!article) throw new Error('not detected');
    const blocks = findTeasers(doc, article);
    const hidden = hideTeasers(blocks);
    expect(hidden).toHaveLength(1);
    expect(hiddenHrefs(doc).sort()).toEqual(['/s/17-0', '/s/17-1', '/s/17-2']);
    expect(summarize(blocks)[0]).toMatchObject({
      heading: 'You may also like',
      hidden: true,
      related: false,
    });
    showTeasers(doc);
    expect(hiddenHrefs(doc)).toEqual([]);
  });

  it('keeps topic-related links and hides only the unrelated items of a mixed block', () => {
    const titles = ['Zelensky meets Macron over Ukraine guarantees', ...unrelated];
    const doc = page(
      `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}</article>${list('Related', titles)}`,
    );
    const article = detectArticle(doc);
    if (!article) throw new Error('not detected');
    hideTeasers(findTeasers(doc, article));
    expect(hiddenHrefs(doc).sort()).toEqual(['/s/7-1', '/s/7-2', '/s/7-3']);
  });

  it('hides an inline "Read more:" paragraph without the paragraphs around it', () => {
    const doc = page(
      `<article><h1>Europe offers Ukraine security guarantees</h1><div class="text">${paras(3)}<p>Read more: <a href="/x">Celebrity chef opens a new restaurant</a></p>${paras(2)}</div></article>`,
    );
    const article = detectArticle(doc);
    if (!article) throw new Error('not detected');
    const hidden = hideTeasers(findTeasers(doc, article));
    expect(hidden.map((el) => el.textContent)).toEqual([
      'Read more: Celebrity chef opens a new restaurant',
    ]);
  });

  it("keeps an inline teaser sharing one title word: the editor's pick for this story", () => {
    const doc = page(
      `<article><h1>Europe offers Ukraine security guarantees</h1><div class="text">${paras(3)}<p>Read more: <a href="/x">Grain exports from Ukraine fall again</a></p>${paras(2)}</div></article>` +
        list('Most read', ['Grain exports from Ukraine fall to a new low', ...unrelated]),
    );
    const article = detectArticle(doc);
    if (!article) throw new Error('not detected');
    hideTeasers(findTeasers(doc, article));
    expect(hiddenHrefs(doc)).not.toContain('/x');
    // The same single shared word does not make a "Most read" story related.
    expect(hiddenHrefs(doc)).toContain('/s/9-0');
  });

  it('scores a headline sharing two names as related, one shared brand word as not', () => {
    const profile = articleProfile('Europe offers Ukraine security guarantees', [
      paragraph('In Kyiv, Zelensky met Macron, and later Zelensky and Macron spoke about Ukraine.'),
    ]);
    expect(isRelated('Zelensky and Macron agree on a plan', profile)).toBe(true);
    expect(isRelated('Ukraine: a travel guide to the Carpathians', profile)).toBe(false);
  });

  it('takes days, months and sentence openers for no topic, though a body capitalises them', () => {
    const profile = articleProfile('Senate passes the budget bill on Tuesday', [
      paragraph(
        'However, the vote came late. According to aides, it was close. However, it passed on Tuesday in October. According to the clerk, the October session ends soon.',
      ),
    ]);
    expect(isRelated('Storm hits the coast on Tuesday in October', profile)).toBe(false);
    expect(
      isRelated('However long it takes: according to fans, the wait is worth it', profile),
    ).toBe(false);
    expect(isRelated('Senate budget talks resume on Tuesday', profile)).toBe(true);
  });

  it('takes units and "best" for no topic: they size and rank things, whatever the things', () => {
    const profile = articleProfile(
      'The best 13-inch laptops for students cost $1 million less',
      [],
    );
    expect(isRelated('Best 10.2-inch tablet deals this week', profile)).toBe(false);
    expect(isRelated('Worst $2 million homes for students', profile)).toBe(false);
    expect(isRelated('13-inch laptops for students, tested', profile)).toBe(true);
  });

  it('takes headline verbs ("offers", "warns", "reveals") for no topic: any story may use them', () => {
    const profile = articleProfile('Doctors offer to give free flu shots to detained migrants', []);
    expect(isRelated('Megabus is offering free tickets on Cyber Monday', profile)).toBe(false);
    expect(isRelated('Free flu shots offered to migrants in detention', profile)).toBe(true);
  });

  it('takes a shopping deal for another story than a review of the same product', () => {
    const review = articleProfile('16-inch MacBook Pro review: the keyboard is back', []);
    expect(isRelated('$150-$400 off the new 16-inch MacBook Pro', review)).toBe(false);
    expect(isRelated('Deals: 16-inch MacBook Pro keyboard kits', review)).toBe(false);
    expect(isRelated('16-inch MacBook Pro teardown shows the new keyboard', review)).toBe(true);
    // Beside deals, deals are the story; a business deal is no shopping.
    const deals = articleProfile('The best Black Friday deals on the 16-inch MacBook Pro', []);
    expect(isRelated('$100 off the 16-inch MacBook Pro today', deals)).toBe(true);
    const order = articleProfile('Boeing wins a Dreamliner order from Emirates', []);
    expect(isRelated('Boeing clinches a Dreamliner deal with Emirates', order)).toBe(true);
  });

  it('takes "man", "woman" and "people" for no topic: any story may be about one', () => {
    const profile = articleProfile('The man whose duvet nearly killed him', []);
    expect(isRelated('Man killed, five hurt in separate shootings', profile)).toBe(false);
    expect(isRelated('Duvet allergy nearly killed a man', profile)).toBe(true);
  });

  it('takes a capital that opens a paragraph for the start of a sentence, not a name', () => {
    const profile = articleProfile('Storm closes the port of Lyon', [
      paragraph('Officials closed the port on Monday as the storm arrived.'),
      paragraph('Officials said the ferries would stay in harbour until Wednesday.'),
      paragraph('Officials expect the port to reopen at the weekend, said Marie Dupont.'),
      paragraph('Ships waited offshore, Marie Dupont said.'),
    ]);
    // A lead word (weight 1), not a name (3); a name repeated inside sentences still is one.
    expect(profile.words.get('offici')).toBe(1);
    expect(profile.words.get('dupont')).toBe(3);
  });

  it('takes no Russian function word for a topic word', () => {
    const profile = articleProfile('Что известно о пожаре в Казани', []);
    // Under a heading that promises the topic, one title word in common would be enough.
    expect(isTopicallyRelated('Что приготовить на ужин: пять рецептов', profile)).toBe(false);
    expect(isTopicallyRelated('Пожар в Казани потушен', profile)).toBe(true);
  });

  it('reads Chinese and Japanese, written without spaces, by pairs of characters', () => {
    const trade = articleProfile('中美贸易谈判在华盛顿重启', [
      paragraph('两国代表周二在华盛顿会面，讨论关税问题。'),
    ]);
    expect(isRelated('中美贸易战再度升级', trade)).toBe(true);
    expect(isRelated('关税问题：华盛顿会面无果', trade)).toBe(true);
    expect(isRelated('北京今日天气晴朗', trade)).toBe(false);
    // Hiragana (particles, endings) divides the words; Latin words run in are words too.
    const kindle = articleProfile('Kindle for PCのショートカットキーを無効にする方法', []);
    expect(isRelated('Kindle for PCで本を読む', kindle)).toBe(true);
    expect(isRelated('ショートカットキーの一覧', kindle)).toBe(true);
    expect(isRelated('今日の天気予報について', kindle)).toBe(false);
  });

  it("meets a shorter article word in a headline's longer form of it (Milan, Milano; Swim, Swimming)", () => {
    const profile = articleProfile('Milan Design Week: a light installation for Flos', []);
    expect(isRelated('Milano Design Week: Seiko at the Triennale', profile)).toBe(true);
    // Two six-letter stems never meet by their first five letters.
    const police = articleProfile('Police chiefs in Lyon call for more officers', []);
    expect(isRelated('Policy chiefs meet in Paris', police)).toBe(false);
    expect(isRelated('Police chiefs meet in Paris', police)).toBe(true);
    // A four-letter word meets its longer forms only from the title, never from the body's names.
    const swim = articleProfile('Boys State Swim Results', [
      paragraph('Wichita Heights won, John Patton said. Coach John Patton and Wichita Heights ...'),
    ]);
    expect(isRelated('Patton leads the swimming relay', swim)).toBe(true);
    expect(isRelated('Johnson leads the Patton relay', swim)).toBe(false);
  });

  it('meets two-capital names (VW, EV) but not two-letter words', () => {
    const profile = articleProfile('The VW ID. SPACE VIZZION is a weird EV sports wagon', []);
    expect(isRelated('VW readies its ID range of EV models', profile)).toBe(true);
    expect(isRelated('WE ARE SO BACK: IN THE SPACE OF A WEEK', profile)).toBe(false);
  });

  it('keeps a headline holding two title words in a row, even brand words', () => {
    const profile = articleProfile('15 Tips to Overcome Binge Eating', []);
    const brand = new Set(['binge', 'eating', 'disord']);
    expect(isRelated('Binge Eating Disorder: Understanding Your Triggers', profile, brand)).toBe(
      true,
    );
    expect(isRelated('6 Common Types of Eating Disorders', profile, brand)).toBe(false);
    expect(isRelated('Eating binge after the holidays', profile, brand)).toBe(false);
  });

  it("takes another edition of the article's series for another story", () => {
    const profile = articleProfile('Opening Bell 11.18.19', []);
    expect(isRelated('Opening Bell 10.29.19', profile)).toBe(false);
    expect(isRelated('Opening Bell 11.18.19', profile)).toBe(true);
    const monthly = articleProfile('4 Things to Do in October', []);
    expect(isRelated('6 Things to Do in October', monthly)).toBe(false);
    // A few words of a long title and a number are a story on it, not the series' next issue.
    const hearing = articleProfile(
      "Impeachment hearings: Key moments from Kurt Volker's and Tim Morrison's testimony",
      [],
    );
    expect(isRelated("7 key moments from Tuesday's impeachment hearing", hearing)).toBe(true);
  });

  it("does not count the site's own name as a topic word", () => {
    const body = `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(4)}<p>Zelensky told the Daily Planet that the plan was welcome; the Daily Planet also asked Macron about troops.</p></article><aside><h2>More stories</h2><ul>${items('s', ['Daily Planet quiz: the week in pictures', ...headline])}</ul></aside>`;
    const site = '<meta property="og:site_name" content="The Daily Planet">';
    expect(runPage(body, site).hidden('aside a')).toEqual([true, true, true, true]);
    expect(runPage(body).hidden('aside a')).toEqual([false, true, true, true]);
  });

  it('on the demo page hides the five trailer links and leaves the navigation alone', () => {
    const html = readFileSync(resolve(__dirname, '../../fixtures/seed.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const article = detectArticle(doc);
    if (!article) throw new Error('seed not detected');
    const blocks = findTeasers(doc, article);
    hideTeasers(blocks);
    const trailer = blocks.find((b) => /you may also like/i.test(b.heading ?? ''));
    expect(trailer?.links).toHaveLength(5);
    expect(trailer?.element.hasAttribute(HIDDEN_ATTRIBUTE)).toBe(true);
    for (const a of doc.querySelectorAll('nav a, header a'))
      expect(a.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    for (const b of article.blocks) expect(b.element.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });
});
