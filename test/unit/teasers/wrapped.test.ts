import { describe, expect, it } from 'vitest';
import { headline, items, paras, runPage } from './runPage';

const story = `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}</article>`;
const authorLinks = `<a href="/author/jane-doe">Jane Doe</a><a href="/author/jane-doe/contact-form-for-readers-of-this-site">Send Jane Doe a message about this story</a>`;

describe('teaser boxes nested in author, tags and comments wrappers', () => {
  it('finds a "Most Popular" widget inside an author-named wrapper, not the author links or a menu', () => {
    const menu = `<nav><div class="box"><h4>Popular sections</h4><ul>${items('nv', headline)}</ul></div></nav>`;
    const { hidden } = runPage(
      `${story}<div id="columnist-contact" class="author-contact">${authorLinks}<div class="box module"><header class="module-title"><h4>Most Popular Today</h4></header><ul>${items('mp', headline)}</ul></div>${menu}</div>`,
    );
    expect(hidden('a[href^="/mp/"]')).toEqual([true, true, true]);
    expect(hidden('a[href^="/author/"]')).toEqual([false, false]);
    expect(hidden('a[href^="/nv/"]')).toEqual([false, false, false]);
  });

  it('finds a box named like teasers inside a byline wrapper', () => {
    const { hidden } = runPage(
      `${story}<div class="byline-wrap">${authorLinks}<div class="related-posts"><ul>${items('rp', headline)}</ul></div></div>`,
    );
    expect(hidden('a[href^="/rp/"]')).toEqual([true, true, true]);
    expect(hidden('a[href^="/author/"]')).toEqual([false, false]);
  });

  it("leaves an author box with the author's other articles and no teaser heading", () => {
    const { hidden } = runPage(
      `${story}<div class="author-box"><div class="inner"><h4>Jane Doe</h4><p>Jane covers Europe.</p><h5>Latest articles</h5><ul>${items('au', headline)}</ul></div></div>`,
    );
    expect(hidden('a[href^="/au/"]')).toEqual([false, false, false]);
  });

  it('leaves the comments, even under a heading that would announce teasers elsewhere', () => {
    const comment = (i: number, at: string) =>
      `<li><b>Reader ${i}</b> <a href="/2019/11/19/europe-offers-ukraine-security-guarantees#comment-${i}">${at}</a><p>I agree with every word of this.</p></li>`;
    const list = [
      'November 19, 2019 at 3:15 pm',
      'November 19, 2019 at 4:40 pm',
      'November 20, 2019 at 9:02 am',
    ]
      .map((at, i) => comment(i, at))
      .join('');
    const { hidden } = runPage(
      `${story}<section id="comments" class="comments-area"><div class="wrap"><h3>Most popular comments</h3><ol>${list}</ol></div></section>`,
    );
    expect(hidden('#comments a')).toEqual([false, false, false]);
  });

  it('leaves tag lists under "Related topics" and "Trending now" headings', () => {
    const tags = ['Cooking', 'Football', 'Weather', 'Travel']
      .map((t) => `<li><a href="/topic/${t.toLowerCase()}">${t}</a></li>`)
      .join('');
    const box = (heading: string) =>
      `<div class="post-tags"><div class="inner"><h4>${heading}</h4><ul>${tags}</ul></div></div>`;
    const { hidden } = runPage(`${story}${box('Related topics')}${box('Trending now')}`);
    expect(hidden('.post-tags a')).toEqual(Array(8).fill(false));
  });

  it('hides WordPress post cards named after their tags and author, but not a tags box', () => {
    const card = (t: string, i: number) =>
      `<article class="post-${i} type-post status-publish hentry tag-cup-final author-jdoe"><h3><a href="/wp/${i}-${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></h3></article>`;
    const tags = `<div class="tags-box"><a href="/tag/europe">Europe</a><a href="/tag/ukraine">Ukraine</a></div>`;
    const { hidden } = runPage(
      `${story}${tags}<section><h2>More stories</h2>${headline.map(card).join('')}</section>`,
    );
    expect(hidden('a[href^="/wp/"]')).toEqual([true, true, true]);
    expect(hidden('.tags-box a')).toEqual([false, false]);
  });
});
