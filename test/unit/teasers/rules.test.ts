import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../../lib/teasers';
import { brandWords, isRelated } from '../../../lib/teasers/relevance';
import { headline, items, paras, runPage } from './runPage';

const story = (extra = '') =>
  `<article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}${extra}</article>`;

/** Three of four headlines name Kyiv (the list's common ground); one names Zelensky. */
const kyivList = [
  'Kyiv mayor opens a new metro line for the city',
  'Kyiv weather turns cold as winter arrives early',
  'Zelensky visits a village school on the first day',
  'Kyiv marathon draws record crowd of runners',
];

describe('teaser rules', () => {
  it('hides a footer list of story headlines but keeps the footer menu', () => {
    const { hidden } = runPage(
      `${story()}<footer><div class="col"><h3><a href="/canada">Canada</a></h3><ul>${items('f', headline)}</ul></div><ul class="links"><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/dns">Do not sell my personal information</a></li></ul></footer>`,
    );
    expect(hidden('a[href^="/f/"]')).toEqual([true, true, true]);
    expect(hidden('a[href="/canada"]')).toEqual([true]);
    expect(hidden('a[href="/about"], a[href="/privacy"], a[href="/dns"]')).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('hides a strip of story headlines in the site header but never its menu', () => {
    const { hidden } = runPage(
      `<header class="site-header"><nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business news today</a></li><li><a href="/sport-and-leisure-news">Sport and leisure news pages</a></li></ul></nav><div class="in-brief"><span>IN BRIEF:</span><ul>${items('ib', ['Celebrity chef opens a new restaurant downtown tonight', 'Local football club wins the cup final on penalties', 'Best summer tomato recipes to make this weekend'])}</ul></div></header>${story()}`,
    );
    expect(hidden('a[href^="/ib/"]')).toEqual([true, true, true]);
    expect(hidden('nav a')).toEqual([false, false, false]);
  });

  it('keeps a story sharing one distinctive word under a heading that promises this topic', () => {
    const list = items('r', kyivList);
    const { hidden } = runPage(
      `${story()}<aside><label>MORE STORIES LIKE THIS ONE</label><ul>${list}</ul></aside>`,
    );
    expect(hidden('a[href^="/r/"]')).toEqual([true, true, false, true]);
  });

  it('keeps stories on the word a "More On:" heading names, though every one of them names it', () => {
    const list = items('m', [
      'Airport security queues grow longer before the holidays',
      'Security guard praised for stopping a shoplifter downtown',
      'New security cameras installed along the riverside path',
      'School security review finds few problems this year',
    ]);
    const { hidden } = runPage(
      `${story()}<aside><h3>More On: security</h3><ul>${list}</ul></aside>`,
    );
    expect(hidden('a[href^="/m/"]')).toEqual([false, false, false, false]);
    // Under a heading that names nothing, the same word in every headline is the list's common ground.
    const { hidden: plain } = runPage(
      `${story()}<aside><h3>Related stories</h3><ul>${list}</ul></aside>`,
    );
    expect(plain('a[href^="/m/"]')).toEqual([true, true, true, true]);
  });

  it("keeps stories on the body's most repeated name under a related heading, though every one names it", () => {
    const list = items('w', [
      'Ukraine wins the song contest in Liverpool',
      'Ukraine grain harvest falls by a fifth',
      'Ukraine football team draws with Wales',
      'Ukraine opens a new metro line in Kharkiv',
    ]);
    const more =
      '<p>In Ukraine, officials said that Ukraine would need more help, and the parliament of Ukraine agreed on Tuesday.</p>';
    const { hidden } = runPage(
      `${story(more)}<aside><h3>Related stories</h3><ul>${list}</ul></aside>`,
    );
    expect(hidden('a[href^="/w/"]')).toEqual([false, false, false, false]);
  });

  it('counts the tail of a compound name only beside its own head: "Pacific Fleet" is not the Black Sea Fleet', () => {
    const fleet =
      '<p>Ships of the Black Sea Fleet sailed at dawn, and the Black Sea Fleet will stay near Crimea, officials said.</p>';
    const list = items('f', [
      'Pacific Fleet drills near the Ukraine coast',
      'Northern Fleet tests a missile off Ukraine',
      'Black Sea Fleet leaves a Ukraine port',
      'Fleet of drones sent to the Ukraine front',
    ]);
    const more = items('x', [
      ...headline,
      'Stock markets close higher after a quiet day',
      'Rail strike called off after a late deal',
    ]);
    const { hidden } = runPage(
      `${story(fleet)}<aside><h3>Most read</h3><ul>${list}${more}</ul></aside>`,
    );
    expect(hidden('a[href^="/f/"]')).toEqual([true, true, false, false]);
  });

  it("takes no names from a list in the body: a tour's venues are not the story's", () => {
    const dates =
      '<p>Concert dates: June 9 at Coral Sky Arena, West Palm Beach; June 10 at Credit Union Music Arena, Tampa; June 14 at Ameris Bank Music Pavilion, Atlanta; June 17 at Bridgestone Arena, Nashville.</p>';
    const list = items('c', ['Music Arena awards go to a pop star from Texas', ...headline]);
    const more = items('y', [
      'Stock markets close higher after a quiet day',
      'Rail strike called off after a late deal',
    ]);
    const { hidden } = runPage(
      `${story(dates)}<aside><h3>Most read</h3><ul>${list}${more}</ul></aside>`,
    );
    expect(hidden('a[href^="/c/"]')).toEqual([true, true, true, true]);
  });

  const menu = (heading: string, entries: string[]) =>
    `<div class="col"><h3>${heading}</h3><ul>${entries.map((e, i) => `<li><a href="/${heading.length}/${i}">${e}</a></li>`).join('')}</ul></div>`;

  it('leaves a menu under a plain heading alone, even with one long entry', () => {
    const { hidden } = runPage(
      `<main>${story()}</main><div class="links">${menu('Our Network', ['Jetty', 'Daily Planet Centre for Studies', 'Media Institute', 'Learn Arabic'])}</div>`,
    );
    expect(hidden('.links a')).toEqual(Array(4).fill(false));
  });

  it("hides a WordPress menu widget of posts, never one of the site's categories", () => {
    const wpMenu = (id: string, object: string, entries: string[]) =>
      `<aside id="${id}" class="widget widget_nav_menu"><h2 class="widget-title">${id}</h2><ul class="menu">${entries.map((e, i) => `<li class="menu-item menu-item-type-${object} menu-item-object-${object}"><a href="/${id}/${i}-${e.toLowerCase().replace(/\W+/g, '-')}">${e}</a></li>`).join('')}</ul></aside>`;
    const { hidden } = runPage(
      `<main>${story()}</main><div class="sidebar">${wpMenu('posts', 'post', headline)}${wpMenu('topics', 'category', headline)}</div>`,
    );
    expect(hidden('#posts a')).toEqual([true, true, true]);
    expect(hidden('#topics a')).toEqual([false, false, false]);
  });

  it('counts "&" as no word: a row of "Terms & Conditions" entries is a menu', () => {
    const { hidden } = runPage(
      `<main>${story()}</main><div class="links"><ul><li><a href="/t">Terms & Conditions</a></li><li><a href="/p">Privacy & Cookies</a></li><li><a href="/a">Accessibility</a></li><li><a href="/c">Contact Us</a></li></ul></div>`,
    );
    expect(hidden('.links a')).toEqual(Array(4).fill(false));
  });

  it('leaves an author box\'s name link alone under "About the author"', () => {
    const { hidden } = runPage(
      `<main>${story()}</main><aside class="box"><h3>About the author</h3><div class="name"><div><a href="/staff/anna-clark-smith">Anna Clark Smith</a></div></div><ul><li><a href="/staff/anna-clark-smith/posts">Posts</a></li><li><a href="/staff/anna-clark-smith/key">Key</a></li></ul></aside>`,
    );
    expect(hidden('.box a')).toEqual([false, false, false]);
  });

  it("leaves a contributor's bio box alone: a link to the writer's page is a byline", () => {
    const bio = `<div class="bio"><a href="/contributor/jane-doe"><img alt="" src="/jd.jpg"></a><div class="bio-text"><a href="/contributor/jane-doe">Jane Doe</a> is a staff writer covering platforms and online security. She is based in New York.</div><ul class="social"><li><a aria-label="Follow Jane Doe on Twitter" href="https://www.twitter.com/janedoe"></a></li></ul></div>`;
    const video = `<div class="video"><div class="video-header">Featured Video</div><a href="/video/watch/two-founders-in-conversation-with-jane-doe"><div>Two founders in conversation with our writer</div></a></div>`;
    const tags = `<div class="tag-cloud"><span>Topics</span><a href="/tag/instagram">Instagram</a><a href="/tag/analytics">analytics</a></div>`;
    const { hidden } = runPage(
      `<main>${story()}</main><div class="content-footer"><div class="row"><div class="grid">${bio}</div><div class="grid">${video}</div><div class="row"><div class="grid">${tags}</div></div></div></div>`,
    );
    expect(hidden('.bio a, .tag-cloud a')).toEqual([false, false, false, false, false]);
  });

  it('never hides a "Most read" card left unclosed, which swallowed the rest of the article', () => {
    const titles = [...headline, 'Rail strike: what the weekend timetable changes mean for you'];
    const card = (t: string, i: number, rest = '') =>
      `<div class="card"><a href="/m/${i}-story-of-the-day-${i}"><img src="/${i}.jpg" alt=""></a><h4><a href="/m/${i}-story-of-the-day-${i}">${t}</a></h4>${rest}</div>`;
    const cards = titles
      .map((t, i) => card(t, i, i === titles.length - 1 ? paras(3, 9) : ''))
      .join('');
    const { hidden } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1><div class="content">${paras(8)}<div class="row"><h3>Most read</h3>${cards}</div></div></article>`,
    );
    expect(hidden('.row p')).toEqual([false, false, false]);
  });

  it.each(['class="footer"', 'id="sticky-footer"'])(
    'takes a div with %s for the page footer',
    (names) => {
      const { hidden } = runPage(
        `<main>${story()}</main><div ${names}>${menu('About', ['About the Daily Planet', 'Code of Ethics', 'Daily Planet Media Institute Online', 'Privacy'])}</div>`,
      );
      expect(hidden('main ~ div a')).toEqual(Array(4).fill(false));
    },
  );

  it('hides a list whose items open with a headline link followed by its standfirst', () => {
    const item = (t: string, i: number) =>
      `<div class="item"><img src="b.gif" alt=""><a href="/n/${i}/">${t}</a> <img src="s.gif" alt=""> A standfirst of the story that says a little more about it.</div>`;
    const { hidden } = runPage(
      `<main>${story()}<aside><strong>Latest news</strong>${headline.map(item).join('')}</aside></main>`,
    );
    expect(hidden('a[href^="/n/"]')).toEqual([true, true, true]);
  });

  it('hides a recent-comments widget whose items are an avatar link, a name and a quote', () => {
    const item = (i: number) =>
      `<li><a href="/2019/08/post-${i}/#comment-${i}"><img src="a.png" alt=""></a> <a href="/2019/08/post-${i}/#comment-${i}">Reader ${i}:</a> The government should have said so much earlier, and nobody listened at all.</li>`;
    const { hidden } = runPage(
      `<main>${story()}<aside><div class="recent-comments"><h2>Comments</h2><ul>${[1, 2, 3].map(item).join('')}</ul></div></aside></main>`,
    );
    expect(hidden('.recent-comments a')).toEqual(Array(6).fill(true));
  });

  it('leaves a link that a sentence goes on from when it is a name or follows text', () => {
    const line = (i: number, html: string) =>
      `<div class="bio">${html.replace('HREF', `/p/${i}`)}</div>`;
    const { hidden } = runPage(
      `<main>${story()}<aside><strong>Latest news</strong>${line(1, '<a href="HREF">Anna Smith</a> is a reporter who covers the courts and the police.')}${line(2, 'Our reporter wrote about <a href="HREF">the cup final on penalties</a> on Sunday night.')}${line(3, '<a href="HREF">Jon Jones</a> is an editor who covers sport and the weather.')}</aside></main>`,
    );
    expect(hidden('a[href^="/p/"]')).toEqual([false, false, false]);
  });

  it('judges a card by its headline, not by the standfirst linked beside it', () => {
    const card = (i: number, title: string, standfirst: string) =>
      `<li><h4><a href="/c/${i}">${title}</a></h4><div class="copy"><a href="/c/${i}">${standfirst}</a></div></li>`;
    const echo =
      'Ukraine and its European allies discussed security guarantees with Zelensky in Kyiv today, as Macron and Starmer promised troops and more support for the coming winter.';
    const { hidden } = runPage(
      `${story()}<aside><h3>Latest stories</h3><ul>${card(1, 'Celebrity chef opens a new restaurant downtown', echo)}${card(2, 'Zelensky asks Europe for security guarantees', echo)}</ul></aside>`,
    );
    expect(hidden('a[href="/c/1"]')).toEqual([true, true]);
    expect(hidden('a[href="/c/2"]')).toEqual([false, false]);
  });

  it('keeps every link under a heading over what the article itself names', () => {
    const box = (heading: string) =>
      `${story()}<aside><h3>${heading}</h3><ul>${items('n', headline)}</ul></aside>`;
    expect(runPage(box('Companies mentioned in this article')).hidden('a[href^="/n/"]')).toEqual([
      false,
      false,
      false,
    ]);
    expect(runPage(box('Most read')).hidden('a[href^="/n/"]')).toEqual([true, true, true]);
  });

  it('needs two shared words when the heading does not promise the topic', () => {
    const list = items('p', kyivList);
    const { hidden } = runPage(`${story()}<aside><h3>Most read</h3><ul>${list}</ul></aside>`);
    expect(hidden('a[href^="/p/"]')).toEqual([true, true, true, true]);
  });

  it('hides a carousel whose links are images only', () => {
    const slides = ['App', 'Stox', 'Morning show']
      .map((alt, i) => `<li><a href="/promo/${i}"><img src="x.jpg" alt="${alt}"></a></li>`)
      .join('');
    const { hidden } = runPage(
      `${story()}<aside><div class="carousel"><ul>${slides}</ul></div></aside>`,
    );
    expect(hidden('a[href^="/promo/"]')).toEqual([true, true, true]);
  });

  it("reads an image's file-name alt as no text: a last row of two cards is still a teaser block", () => {
    const card = (slug: string, title: string) =>
      `<li><a href="/sport/${slug}"><img src="${slug}.jpg" alt="${slug}-photo-2019.jpg"></a><h3><a href="/sport/${slug}">${title}</a></h3></li>`;
    const row = (titles: string[]) =>
      `<ul class="row">${titles.map((t) => card(t.toLowerCase().replace(/\W+/g, '-'), t)).join('')}</ul>`;
    const { hidden } = runPage(
      `${story()}<div class="latest-box"><div class="box-title">Our Latest Stories</div>${row(headline)}${row(['Sargent and Morris lead the team past Cuba', 'Revenge on Canada in the league'])}</div>`,
    );
    expect(hidden('a[href^="/sport/"]')).toEqual(Array(10).fill(true));
  });

  it('does not group image links outside a teaser container', () => {
    const logos = ['One', 'Two']
      .map((alt, i) => `<a href="/partner/${i}"><img src="x.jpg" alt="${alt}"></a>`)
      .join('');
    const { hidden } = runPage(`${story()}<div class="partners">${logos}</div>`);
    expect(hidden('a[href^="/partner/"]')).toEqual([false, false]);
  });

  it('takes a word in most of the page teasers for the brand, not the topic', () => {
    const teasers = [
      'Apple Watch gets new bands for winter',
      'Apple TV app arrives on more televisions',
      'Apple Music raises its family plan price',
      'Apple Card gender bias claims denied by bank',
      'Apple Arcade adds three puzzle games',
    ];
    const brand = brandWords(teasers);
    expect([...brand]).toEqual(['apple']);
    const profile = {
      words: new Map([
        ['apple', 3],
        ['card', 3],
        ['macboo', 5],
        ['keyboa', 5],
      ]),
      titlePairs: new Set<string>(),
      titleWords: new Set<string>(),
      titleNumbers: new Set<string>(),
      shopping: false,
      subject: null,
    };
    // "Apple" + "Card" would score 6 on two words; without the brand only one word is shared.
    expect(isRelated('Apple Card gender bias claims denied by bank', profile)).toBe(true);
    expect(isRelated('Apple Card gender bias claims denied by bank', profile, brand)).toBe(false);
    expect(isRelated('Apple MacBook keyboard fix explained', profile, brand)).toBe(true);
  });

  it('hides a "Most read" rail between body paragraphs and no paragraph with it', () => {
    const rail = `<div class="rail"><h3>Most read in world news</h3><div>${[
      'Andrew',
      'Greta',
      'Grace',
    ]
      .map(
        (n, i) =>
          `<div class="slide"><a href="/mr/${i}"><img src="x.jpg" alt=""></a><h4>${n} in the news</h4></div>`,
      )
      .join('')}</div></div>`;
    const { hidden, article } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1><div class="content">${paras(3)}${rail}${paras(3, 4)}</div></article>`,
    );
    expect(hidden('a[href^="/mr/"]')).toEqual([true, true, true]);
    for (const b of article.blocks) expect(b.element.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
  });

  it('leaves a plain link list inside the body alone', () => {
    const { hidden } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1><div class="content">${paras(3)}<ul>${items('tl', headline)}</ul>${paras(3, 4)}</div></article>`,
    );
    expect(hidden('a[href^="/tl/"]')).toEqual([false, false, false]);
  });

  it("hides a bare list of story headlines after the body's last paragraph, not one under its own heading", () => {
    const page = (before: string) =>
      runPage(
        `<article><h1>Europe offers Ukraine security guarantees</h1><div class="content">${paras(4)}${before}<ul>${items('tl', headline)}</ul><p>Originally published on Example News.</p></div></article>`,
      );
    expect(page('').hidden('a[href^="/tl/"]')).toEqual([true, true, true]);
    expect(page('<h3>Story timeline</h3>').hidden('a[href^="/tl/"]')).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('leaves a box of site tools alone: its links name no story', () => {
    const { hidden } = runPage(
      `${story()}<aside><div class="box"><h3>Site Tools</h3><ul><li><a href="/feed/atom/">Main Feed</a></li><li><a href="https://www.facebook.com/ExampleNews">Add to Facebook</a></li><li><a href="https://twitter.com/ExampleNews">Follow on Twitter</a></li><li><a href="/wp-login.php">Login/Register</a></li></ul></div></aside>`,
    );
    expect(hidden('aside a')).toEqual([false, false, false, false]);
  });

  it('hides cards of short headlines under a Russian "most popular" heading', () => {
    const card = (slug: string, title: string) =>
      `<div class="tumb"><a href="/d/${slug}.html"><img alt="${title}"></a><div class="title"><a href="/d/${slug}.html">${title}</a></div><div class="body">Результаты похудения до 10 кг за 14 дней.</div></div>`;
    const { hidden } = runPage(
      `${story()}<div id="tumblock"><h2>Самые популярные диеты</h2>${card('belkovaya-dieta', 'Белковая диета')}${card('grechnevaya-dieta', 'Гречневая диета')}${card('kapustnaya-dieta', 'Капустная диета')}</div>`,
    );
    expect(hidden('a[href^="/d/"]')).toEqual([true, true, true, true, true, true]);
  });

  it('never hides the article share buttons, but hides a teaser card with its own', () => {
    const share = `<div class="share-bar"><a href="https://facebook.com/sharer?u=x">Share this story on Facebook now</a><a href="https://twitter.com/intent?u=x">Share this story on Twitter now</a></div>`;
    const card = (t: string, i: number) =>
      `<li><a href="/yml/${i}">${t}</a><span class="social"><a href="https://facebook.com/sharer?u=${i}">Facebook</a></span></li>`;
    const { hidden } = runPage(
      `${story(share)}<section><h2>You may also like</h2><ul>${headline.map(card).join('')}</ul></section>`,
    );
    expect(hidden('.share-bar a')).toEqual([false, false]);
    expect(hidden('a[href^="/yml/"]')).toEqual([true, true, true]);
    expect(hidden('li .social a')).toEqual([true, true, true]);
  });

  it('hides a "Recent comments" widget but not the article comments', () => {
    const widget = `<aside id="recent-comments" class="widget recent-comments"><h2>Recent Comments</h2><ul>${items(
      'rc',
      headline.map((h) => `Ben commented on ${h}`),
    )}</ul></aside>`;
    const comments = `<div id="comments" class="comments"><ol>${items('c', headline)}</ol></div>`;
    const { hidden } = runPage(`${story(comments)}${widget}`);
    expect(hidden('a[href^="/rc/"]')).toEqual([true, true, true]);
    expect(hidden('a[href^="/c/"]')).toEqual([false, false, false]);
  });

  it('hides a "Next article" card beside the body', () => {
    const { hidden } = runPage(
      `<div class="post">${story()}<div class="next-post"><h3>Next article</h3><h2>Neutrinos lead to a discovery in basic math</h2><a href="/next"></a></div></div>`,
    );
    expect(hidden('a[href="/next"]')).toEqual([true]);
  });
});
