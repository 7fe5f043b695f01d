import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../../lib/teasers';
import { para, paras, runPage } from './runPage';

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
