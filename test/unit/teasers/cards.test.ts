import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../../lib/teasers';
import { headline, para, paras, runPage } from './runPage';

const excerpts = [
  'Gratitude for life is in the details, in the smile you give when you wake up each morning.',
  'Strength to win and faith to believe that everything is possible for those who keep going.',
  'What unites a family is love, affection and wanting the best for one another every day.',
];
/** A recommended post: linked image, its own share and download row, an excerpt. */
const card = (text: string, i: number) =>
  `<div class="postbox"><a href="/rec/${i}"><img src="x.jpg" alt=""></a><div class="actions"><a class="btn" href="whatsapp://send?text=rec${i}">Whatsapp</a><a class="btn" href="https://www.facebook.com/sharer/sharer.php?u=/rec/${i}">Facebook</a><a class="btn" href="/uploads/rec${i}.jpg" download>Download</a></div><p>${text}</p></div>`;
const cards = excerpts.map(card).join('');

describe('recommended cards with share rows', () => {
  it('hides cards whose only other links are share and download buttons, buttons with them', () => {
    const { hidden, article } = runPage(
      `<main><article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}</article><section><h3>You may also like</h3>${cards}</section></main>`,
    );
    expect(hidden('a[href^="/rec/"]')).toEqual([true, true, true]);
    expect(hidden('.postbox .btn')).toEqual(Array(9).fill(true));
    for (const b of article.blocks) expect(b.element.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('hides a run of cards under a teaser heading beside the body paragraphs', () => {
    const { hidden, article } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(2)}<h3>Você pode gostar...</h3><ins class="ad"></ins>${cards}</article>`,
    );
    expect(hidden('a[href^="/rec/"]')).toEqual([true, true, true]);
    expect(hidden('.postbox .btn')).toEqual(Array(9).fill(true));
    for (const b of article.blocks) expect(b.element.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('hides link paragraphs under a teaser heading written as a plain paragraph', () => {
    const links = headline.map((t, i) => `<p><a href="/also/${i}-story">${t}</a></p>`).join('');
    const { hidden, article } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(4)}<p>You may also like...</p>${links}</article>`,
    );
    expect(hidden('a[href^="/also/"]')).toEqual([true, true, true]);
    for (const b of article.blocks) expect(b.element.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('keeps cards beside the body paragraphs under a plain heading or after a paragraph', () => {
    const { hidden } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(2)}<h3>The talks in Kyiv</h3>${cards}<h3>You may also like</h3>${para(3)}${cards.replaceAll('/rec/', '/late/')}</article>`,
    );
    expect(hidden('a[href^="/rec/"]')).toEqual([false, false, false]);
    expect(hidden('a[href^="/late/"]')).toEqual([false, false, false]);
  });
});

describe('related stories', () => {
  it('keeps a story whose photo link reads as a caption when its headline is related', () => {
    const story = (href: string, caption: string, title: string) =>
      `<li><a href="${href}"><figure><img src="x.jpg" alt=""><figcaption>${caption}</figcaption></figure></a><a href="${href}">${title}</a></li>`;
    const list = [
      story(
        '/s/1',
        'A long row of parked cars waits in the rain outside an empty building downtown',
        'Zelensky says Europe security guarantees for Ukraine need troops',
      ),
      story(
        '/s/2',
        'Fans celebrate in the stadium after the final whistle on a cold night in town',
        'Local football club wins the cup final on penalties',
      ),
    ].join('');
    const { hidden } = runPage(
      `<main><article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}</article><aside><h3>More news</h3><ul>${list}</ul></aside></main>`,
    );
    expect(hidden('a[href="/s/1"]')).toEqual([false, false]);
    expect(hidden('a[href="/s/2"]')).toEqual([true, true]);
  });
});

describe('cards with bylines, tab panels and CJK headlines', () => {
  const story = `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}</article>`;
  const bylined = (prefix: string, titles: string[], author: (i: number) => string) =>
    titles
      .map(
        (t, i) =>
          `<li><div class="card"><a href="/${prefix}/${i}-story"><img src="x.jpg" alt=""></a><div class="info"><h5><a href="/${prefix}/${i}-story">${t}</a></h5><div class="by">${author(i)}</div><div class="desc">Our family always celebrates anniversaries, but not this week: a year ago our father was arrested, and he is still not free to travel.</div></div></div></li>`,
      )
      .join('');

  it("takes a card's author link for part of the card, not a second story", () => {
    const { hidden } = runPage(
      `${story}<div class="below"><h5>The Daily Planet</h5><ul>${bylined(
        'op',
        [
          'Celebrity chef opens a new restaurant downtown tonight',
          'Local football club wins the cup final on penalties',
          'Best summer tomato recipes to make this weekend',
        ],
        (i) => `<a href="/author/writer-${i}">Writer ${i}</a>`,
      )}</ul></div>`,
    );
    expect(hidden('a[href^="/op/"]')).toEqual(Array(6).fill(true));
    expect(hidden('a[href^="/author/"]')).toEqual([true, true, true]);
  });

  it('takes a series label repeated on every card for part of the card, not a second story', () => {
    const cards = headline
      .map(
        (t, i) =>
          `<div class="item"><article class="card"><a href="/2019/10/story-${i}" title="${t}"><img src="x.jpg" alt=""></a><div class="content"><a class="label" href="/weekly-bell">Weekly Bell</a><div class="headline"><a href="/2019/10/story-${i}">${t}</a></div></div></article></div>`,
      )
      .join('');
    const { hidden } = runPage(
      `${story}<section class="hub"><div class="grid">${cards}</div></section>`,
    );
    expect(hidden('a[href^="/2019/"]')).toEqual(Array(6).fill(true));
  });

  it('finds cards in a tab panel whose id names it like a menu ("nav-featured")', () => {
    const pane = headline
      .map((t, i) => `<article><h4><a href="/ft/2019-11-story-${i}.html">${t}</a></h4></article>`)
      .join('');
    const { hidden } = runPage(
      `${story}<aside class="side"><div class="tab-pane active" id="nav-featured" role="tabpanel">${pane}</div></aside>`,
    );
    expect(hidden('a[href^="/ft/"]')).toEqual([true, true, true]);
  });

  it('counts headlines without spaces under a Japanese "related articles" heading', () => {
    const titles = [
      'クリップボード拡張ソフトが公開されていたのでバージョンアップしてみた',
      '新しいパソコンにインストールしたらライセンス認証できなかった問題',
      'ワードプレスの記事更新にライブライターを試してみる方法について',
    ];
    const { hidden } = runPage(
      `${story}<div class="box"><h3>関連記事</h3><ul>${titles.map((t, i) => `<li><a href="/jp/en-12${i}.html">${t}</a></li>`).join('')}</ul></div>`,
    );
    expect(hidden('a[href^="/jp/"]')).toEqual([true, true, true]);
  });
});
