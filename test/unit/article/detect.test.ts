import { describe, expect, it } from 'vitest';
import { detectArticle, quickReject, skipInBody } from '../../../lib/article';
import { blockText } from '../../../lib/text/blockText';

const para = (i: number) =>
  `<p>Paragraph ${i} of the story says that the minister, speaking in the capital on Tuesday, promised new funding for the regional hospitals and schools.</p>`;
const paras = (n: number, from = 1) => Array.from({ length: n }, (_, i) => para(i + from)).join('');

const bodyOf = (doc: Document) =>
  detectArticle(doc)
    ?.blocks.map((b) => b.text)
    .join('\n') ?? '';

const OG_ARTICLE = '<meta property="og:type" content="article">';
const DATED = '<meta property="article:published_time" content="2024-05-01T09:00:00Z">';

function page(head: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  return doc;
}

describe('detectArticle', () => {
  it('reads metadata from a JSON-LD @graph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        {
          '@type': 'NewsArticle',
          headline: 'Ministers promise funding',
          author: [{ name: 'Ann Smith' }],
          datePublished: '2024-05-01',
        },
      ],
    });
    const doc = page(
      `<script type="application/ld+json">${ld}</script>`,
      `<h1>Ministers promise funding</h1><div>${paras(3)}</div>`,
    );
    const result = detectArticle(doc);
    expect(result?.meta).toEqual({
      title: 'Ministers promise funding',
      byline: 'Ann Smith',
      publishedAt: '2024-05-01',
      siteName: null,
    });
  });

  it('takes a short og:type article page that is dated, not the same page undated or undeclared', () => {
    const body = `<h1>Short</h1><div>${paras(2)}</div>`;
    expect(detectArticle(page(`${OG_ARTICLE}${DATED}`, body))).not.toBeNull();
    // Sites that set og:type on every page set it on their home page too: its one promo
    // paragraph is no article.
    expect(detectArticle(page(OG_ARTICLE, body))).toBeNull();
    // A <time> on the page may be a card's: only a declared date signs the page.
    const card =
      '<ul><li><time datetime="2024-05-01">1 May</time> <a href="/s/1">Other</a></li></ul>';
    expect(detectArticle(page(OG_ARTICLE, card + body))).toBeNull();
    expect(detectArticle(page('', body))).toBeNull();
  });

  it('does not take a dated listing of posts for an article because og:type says so', () => {
    const post = (i: number) => `<article><h2>Post ${i}</h2>${paras(2, i * 2)}</article>`;
    const listing = `<main>${[1, 2, 3, 4].map(post).join('')}</main>`;
    expect(detectArticle(page(`${OG_ARTICLE}${DATED}`, listing))).toBeNull();
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle' })}</script>`;
    expect(detectArticle(page(ld, listing))).not.toBeNull();
  });

  it('takes an undeclared story beside cards of other stories, not a listing of posts', () => {
    const card = (i: number) =>
      `<article class="card"><h3>Other story ${i}</h3><p>Excerpt ${i}: a council votes on the budget for the coming year.</p></article>`;
    const story = `<main><h1>Funding for hospitals</h1>${paras(6)}${[1, 2, 3].map(card).join('')}</main>`;
    expect(detectArticle(page('', story))).not.toBeNull();
    const post = (i: number) => `<article><h2>Post ${i}</h2>${paras(2, i * 2)}</article>`;
    expect(detectArticle(page('', `<main>${[1, 2, 3].map(post).join('')}</main>`))).toBeNull();
  });

  it('reads microdata posts as an article only when there are not several of them', () => {
    const post = (i: number, n = 2) =>
      `<article itemscope itemtype="https://schema.org/BlogPosting"><h2>Post ${i}</h2>${paras(n, i * 2)}</article>`;
    expect(detectArticle(page('', `<main>${post(1)}</main>`))).not.toBeNull();
    expect(
      detectArticle(page('', `<main>${[1, 2, 3, 4].map((i) => post(i, 3)).join('')}</main>`)),
    ).toBeNull();
  });

  it('reads og:type that the parser moved into the body, and lets JSON-LD outrank it', () => {
    const body = `<h1>Short</h1><div>${paras(2)}</div>`;
    // An element the head may not hold closes it: the meta tags after it land in the body.
    const early = new DOMParser().parseFromString(
      `<html><head><title>T</title>${DATED}<div></div><meta property="og:type" content="article"></head><body>${body}</body></html>`,
      'text/html',
    );
    expect(early.body.querySelector('meta')).not.toBeNull();
    expect(detectArticle(early)).not.toBeNull();
    const product = JSON.stringify({ '@type': 'Product', name: 'Lamp' });
    const declaredProduct = page(
      `<meta property="og:type" content="article"><script type="application/ld+json">${product}</script>`,
      body,
    );
    expect(detectArticle(declaredProduct)).toBeNull();
  });

  it('returns live blocks whose text is blockText with skipInBody', () => {
    const doc = page(
      '',
      `<main><h1>T</h1><div class="body">${paras(5)}<h2>Background</h2>${paras(2)}</div></main>`,
    );
    const result = detectArticle(doc);
    expect(result?.body).toBe(doc.querySelector('.body'));
    expect(result?.blocks.map((b) => b.kind)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'text',
      'heading',
      'text',
      'text',
    ]);
    for (const b of result?.blocks ?? [])
      expect(b.text).toBe(blockText(b.element, skipInBody).text);
  });

  it('rejects a front page of story cards', () => {
    const card = (i: number) =>
      `<article><h3><a href="/story/${i}">Headline number ${i} about something that happened</a></h3><p>A one-line excerpt of story ${i}, which tells a little of it.</p></article>`;
    const doc = page(
      '<meta property="og:type" content="website">',
      `<main>${Array.from({ length: 20 }, (_, i) => card(i)).join('')}</main>`,
    );
    expect(detectArticle(doc)).toBeNull();
  });

  it('leaves inline RELATED paragraphs and share bars out of the body', () => {
    const doc = page(
      DATED,
      `<div class="story">${paras(3)}<p>RELATED: <a href="/other">Another story about the budget</a></p>${paras(2, 4)}<div class="share-bar"><p>Share this article with your friends on every network.</p></div></div>`,
    );
    const text =
      detectArticle(doc)
        ?.blocks.map((b) => b.text)
        .join('\n') ?? '';
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('RELATED');
    expect(text).not.toContain('Share this');
  });

  it('quickly rejects an almost empty app shell', () => {
    expect(quickReject(page('', '<div id="app"><button>Sign in</button></div>'))).toBe(true);
  });

  it('passes pages laid out with <br> and rejects short-excerpt fronts and declared products', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i} of a long letter.<br>`).join('');
    expect(quickReject(page('', `<div>${lines}</div>`))).toBe(false);
    const excerpts = Array.from(
      { length: 10 },
      (_, i) =>
        `<div class="card"><p>Excerpt ${i} of a story that is told elsewhere on the site.</p></div>`,
    ).join('');
    expect(quickReject(page('', excerpts))).toBe(true);
    expect(quickReject(page('<meta property="og:type" content="product">', paras(4)))).toBe(true);
    expect(quickReject(page('', `<div>${paras(4)}</div>`))).toBe(false);
  });

  it('reads declared kinds whatever their prefix or case', () => {
    const ld = (type: unknown) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': type })}</script>`;
    const og = (type: string) => `<meta property="og:type" content="${type}">`;
    const short = `<h1>Short</h1><div>${paras(2)}</div>`;
    expect(detectArticle(page(ld('schema:NewsArticle'), short))).not.toBeNull();
    expect(detectArticle(page(ld(['http://schema.org/LiveBlogPosting']), short))).not.toBeNull();
    expect(detectArticle(page(og('ARTICLE') + DATED, short))).not.toBeNull();
    expect(detectArticle(page(og('articles'), short))).toBeNull();
    const four = `<div>${paras(4)}</div>`;
    expect(quickReject(page(og('website'), four))).toBe(false);
    for (const other of ['Video.Movie', 'books.book', 'business.business'])
      expect(quickReject(page(og(other), four))).toBe(true);
    expect(quickReject(page(og('article') + ld('https://schema.org/Product'), four))).toBe(true);
    expect(quickReject(page(og('article') + ld('schema:ProductGroup'), four))).toBe(true);
    expect(quickReject(page(og('article') + ld('https://schema.org/Products'), four))).toBe(false);
  });

  it('turns away forum threads and question pages, however long their posts', () => {
    const posts = Array.from(
      { length: 4 },
      (_, i) => `<div class="post"><b>member${i}</b>${paras(4, i * 4)}</div>`,
    ).join('');
    const thread = `<h1>Is the new funding enough?</h1><div class="thread">${posts}</div>`;
    expect(detectArticle(page(DATED, thread))).not.toBeNull();
    const forum = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'DiscussionForumPosting', headline: 'Is it?' }],
    })}</script>`;
    expect(detectArticle(page(forum + DATED, thread))).toBeNull();
    // A question and its answers declared on <html>, the way Stack Exchange sites do.
    const qa = page(DATED, thread);
    qa.documentElement.setAttribute('itemtype', 'https://schema.org/QAPage');
    expect(detectArticle(qa)).toBeNull();
    // A story whose comments are marked up as a discussion is still a story.
    const story = `<script type="application/ld+json">${JSON.stringify({ '@type': ['NewsArticle', 'DiscussionForumPosting'] })}</script>`;
    expect(detectArticle(page(story, thread))).not.toBeNull();
    const comments = `<article><h1>Ministers promise funding</h1>${paras(8)}<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>First!</p></div></article>`;
    expect(detectArticle(page(DATED, comments))).not.toBeNull();
  });

  it('wants more prose of an undeclared page that no date or <article> signs', () => {
    // A product or landing page: a few paragraphs of copy, no date.
    const copy = `<main><h1>Meet the new browser</h1>${paras(5)}</main>`;
    expect(detectArticle(page('', copy))).toBeNull();
    expect(detectArticle(page(DATED, copy))).not.toBeNull();
    expect(
      detectArticle(page('', `<main><h1>A longer piece</h1>${paras(8)}</main>`)),
    ).not.toBeNull();
  });

  it('takes a short undeclared post signed with a date or set in an <article>', () => {
    const long = (i: number) => para(i).replace('</p>', ` ${para(i).slice(3)}`);
    const two = long(1) + long(2);
    expect(detectArticle(page('', `<div class="post">${two}</div>`))).toBeNull();
    const dated = `<div class="post"><p>Posted 05/10/2018 by the editor</p>${two}</div>`;
    expect(detectArticle(page('', dated))).not.toBeNull();
    const inArticle = `<article><h1>Short</h1><div>${two}</div></article>`;
    expect(detectArticle(page('', inArticle))).not.toBeNull();
  });

  it.each([
    '2018-10-05',
    '2018.10.5',
    '2018년 10월 5일',
    '5 October 2018',
    'Oct. 5, 2018',
    '5. Oktober 2018',
    '5 października 2018',
    '5 октября 2018',
  ])('takes a short undeclared post dated %s at its start', (date) => {
    const long = (i: number) => para(i).replace('</p>', ` ${para(i).slice(3)}`);
    const post = `<div class="post"><p>${date}, by the editor</p>${long(1)}${long(2)}</div>`;
    expect(detectArticle(page('', post))).not.toBeNull();
  });

  it('keeps the rows of a data table in the body', () => {
    const rows = Array.from(
      { length: 20 },
      (_, i) => `<tr><td>${i + 1}</td><td>Driver ${i}</td><td>${5000 - i * 7}</td></tr>`,
    ).join('');
    const doc = page(
      `${OG_ARTICLE}${DATED}`,
      `<div class="body">${paras(2)}<table><tbody>${rows}</tbody></table>${para(3)}</div>`,
    );
    const text = detectArticle(doc)
      ?.blocks.map((b) => b.text)
      .join('\n');
    expect(text).toContain('Driver 19');
    expect(text).toContain('Paragraph 3');
  });

  it('leaves out the box a "You may also like" heading opens, not the paragraphs after an inline one', () => {
    const other = (i: number) =>
      `<div class="post"><p>Another post ${i} printed in full here, with enough words in it to look like real prose to anyone.</p></div>`;
    const doc = page(
      DATED,
      `<div id="primary"><div class="entry">${paras(3)}<div><h3>Related</h3><ul><li><a href="/a">A related story on the same topic</a></li></ul></div>${paras(2, 4)}</div><div class="more"><h3>You may also like</h3>${[1, 2, 3, 4].map(other).join('')}</div></div>`,
    );
    const text =
      detectArticle(doc)
        ?.blocks.map((b) => b.text)
        .join('\n') ?? '';
    expect(text).toContain('Paragraph 5');
    expect(text).not.toContain('Another post');
    expect(text).not.toContain('You may also like');
  });

  it('reads a page kept from screen readers while a dialog is open, not decorative copies', () => {
    // A modal's script sets aria-hidden on the page's wrapper while the dialog shows: the story
    // is on screen all the same. A copy of text kept from screen readers (no headline) is not.
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle' })}</script>`;
    const doc = page(
      ld,
      `<div id="root" aria-hidden="true"><h1>Ministers promise funding</h1><div>${paras(3)}</div>` +
        `<div aria-hidden="true"><p>A decorative copy of a line that repeats itself for the marquee across the top of the page, again and again and again.</p></div></div>` +
        '<div role="dialog"><p>We use cookies.</p></div>',
    );
    const body = bodyOf(doc);
    expect(body).toContain('Paragraph 3 of the story');
    expect(body).not.toContain('decorative copy');
    expect(body).not.toContain('cookies');
  });

  it('leaves captions marked only by class name out of the body', () => {
    const caption = (i: number) =>
      `<div class="wp-caption aligncenter"><img src="/p${i}.jpg"><p class="wp-caption-text">Photo ${i}: the minister speaks to reporters outside the regional hospital on Tuesday.</p></div>`;
    const doc = page(
      DATED,
      `<div class="entry">${para(1)}${caption(1)}${paras(3, 2)}${caption(2)}</div>`,
    );
    const text = bodyOf(doc);
    expect(text).toContain('Paragraph 4');
    expect(text).not.toContain('Photo 1');
    expect(text).not.toContain('Photo 2');
  });

  it('leaves a grid of story cards beside the article out, not a numbered roundup in it', () => {
    const card = (i: number) =>
      `<li><a href="/story/${i}">Headline number ${i} about something that happened</a><span>CITY: A longer excerpt of story ${i}, which tells a little of what happened and then stops in the middle of a...</span></li>`;
    const cards = `<div class="breaking"><ul>${[1, 2, 3, 4, 5, 6].map(card).join('')}</ul></div>`;
    const item = (i: number) =>
      `<li><strong><a href="/item/${i}">Item ${i} of the roundup links to its source story</a>.</strong> Its summary runs on for a sentence or two, as a digest does.</li>`;
    const roundup = `<ol>${[1, 2, 3, 4].map(item).join('')}</ol>`;
    const doc = page(
      DATED,
      `<div class="main">${cards}<div class="story">${paras(5)}${roundup}</div></div>`,
    );
    const text = bodyOf(doc);
    expect(text).toContain('Paragraph 5');
    expect(text).toContain('Item 4 of the roundup');
    expect(text).not.toContain('Headline number');
    expect(text).not.toContain('excerpt of story');
  });

  it('keeps a paragraph whose name link opens a hover card, without the card', () => {
    const hover = `<span class="rollover-block"><img src="/face.jpg"><a href="/p/1">Jane Roe</a><a href="/s/1">Her first story headline, which is quite a long one</a> <a href="/s/2">Her second story headline, even longer than the first one was</a> <a href="/s/3">A third headline about the budget and the hospitals of the region</a></span>`;
    const doc = page(
      DATED,
      `<div class="story">${paras(2)}<p>Rep. <a href="/p/1">Jane Roe</a>${hover} said on Monday that the funding would reach the hospitals next year.</p>${paras(2, 3)}</div>`,
    );
    const text = bodyOf(doc);
    expect(text).toContain('said on Monday that the funding');
    expect(text).not.toContain('first story headline');
  });

  it('keeps short unlinked lines set as paragraphs and a closing list of plain items', () => {
    const items = [
      'England (Group A): 10th appearance',
      'Spain (Group F): 11th appearance',
      'France (Group H): 10th appearance',
    ];
    const doc = page(
      DATED,
      `<div class="story">${paras(2)}<p>Palm Bay d. Rockledge 70-44</p><p>https://example.com/a/story</p><p>Photo © Agency 2019, all rights</p>${paras(2, 3)}<h3>Qualified teams</h3><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></div>`,
    );
    const text = bodyOf(doc);
    expect(text).toContain('Palm Bay d. Rockledge 70-44');
    expect(text).toContain('France (Group H): 10th appearance');
    expect(text).not.toContain('https://example.com');
    expect(text).not.toContain('Photo ©');
  });

  it("does not take a form's own text (a registration page's terms) for an article", () => {
    const doc = page(
      '',
      `<div class="top"><a href="/">Board index</a> <a href="/faq">FAQ</a></div><form method="post" action="/register"><div class="content"><h2>Forum registration</h2>${paras(8)}</div><input type="submit" value="I agree to these terms"> <input type="submit" value="I do not agree"></form>`,
    );
    expect(detectArticle(doc)).toBeNull();
  });

  it("does not take a forum thread for an article, but keeps a story beside its readers' comments", () => {
    const post = (i: number, n: number, cls: string) =>
      `<div class="${cls}"><dl class="profile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u=${i}">member${i}</a></dt><dd>Posts: 120</dd><dd><a href="./memberlist.php?mode=email&amp;u=${i}">Email</a></dd></dl><div class="postbody"><p class="author">by member${i} on Sun Jan 05, 2020</p><div class="content">${paras(n, i * 10)}</div></div></div>`;
    // The opening post holds most of the thread's text; the classes of the posts alternate.
    const thread = `<div class="topic"><h2>Is the new funding enough?</h2>${post(1, 8, 'post bg1')}${post(2, 1, 'post bg2')}${post(3, 2, 'post bg1')}${post(4, 1, 'post bg2')}</div>`;
    expect(detectArticle(page(DATED, thread))).toBeNull();
    // Short replies: the body's container is the opening post's text alone.
    const replies = [2, 3, 4].map((i) =>
      post(i, 0, 'post').replace('</div></div></div>', 'Agreed.</div></div></div>'),
    );
    expect(
      detectArticle(
        page(DATED, `<div class="topic">${post(1, 8, 'post')}${replies.join('')}</div>`),
      ),
    ).toBeNull();
    // Readers' comments in boxes like the posts, beside a story that is no such box.
    const comment = (i: number) =>
      `<div class="note"><a href="/members/reader-${i}/">Reader ${i}</a>${paras(3, i * 10)}</div>`;
    const story = `<div class="page"><div class="story"><h1>Ministers promise funding</h1>${paras(6)}</div>${[1, 2, 3, 4].map(comment).join('')}</div>`;
    expect(bodyOf(page(DATED, story))).toContain('Paragraph 6');
    // Drupal links its log-in page everywhere and bylines to /user/12: no members' posts.
    const drupal = `<div class="region"><a href="/user/login">Log in</a></div><div class="region"><div class="story"><p>By <a href="/user/12">Ann Smith</a></p>${paras(6)}</div></div><div class="region"><a href="/user/register">Register</a></div>`;
    expect(bodyOf(page(DATED, drupal))).toContain('Paragraph 6');
  });

  it('still finds the story on a site built on one page-wide form', () => {
    const menu = Array.from(
      { length: 40 },
      (_, i) => `<li><a href="/section-${i}">Section number ${i} of the site</a></li>`,
    ).join('');
    const doc = page(
      '',
      `<form id="aspnetForm" method="post"><header><nav><ul>${menu}</ul></nav></header><div class="story">${paras(8)}</div><footer><ul>${menu}</ul></footer></form>`,
    );
    expect(bodyOf(doc)).toContain('Paragraph 8');
  });

  it("leaves out the story's own address printed above it, however long", () => {
    const address =
      'https://www.example-chronicle.com/news/world/article/Esper-says-US-providing-Vietnam-with-coast-guard-14848382.php';
    const doc = page(DATED, `<div class="story"><p>${address}</p>${paras(4)}</div>`);
    const text = bodyOf(doc);
    expect(text).toContain('Paragraph 1');
    expect(text).not.toContain('https://');
  });

  it('widens the body to a standfirst after the headline, not to a banner above it', () => {
    const menu =
      '<ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/paper">Today’s Paper</a></li></ul>';
    const banner =
      '<div class="alert"><p>Get breaking news in your browser. Click here to turn on notifications.</p></div>';
    const standfirst =
      '<p>The plan will be paid for by the regions.</p><ul><li><a href="/tag/health">Health</a></li></ul>';
    const story = (lead: string) =>
      `<div class="site">${banner}${menu}<div class="main"><h1>Ministers promise funding</h1>${lead}<div class="story">${paras(6)}</div></div></div>`;
    const detect = (lead: string) => detectArticle(page(DATED, story(lead)));
    expect(detect('')?.body.className).toBe('story');
    expect(detect(standfirst)?.body.className).toBe('main');
    expect(detect(standfirst)?.blocks[0]?.text).toBe('The plan will be paid for by the regions.');
  });

  it('reads a story in Chinese by what its characters say, not a front page of its headlines', () => {
    const sentences = [
      '国家统计局新闻发言人表示，前三季度国内生产总值同比增长百分之五点二，增速比上半年加快。',
      '他说，消费对经济增长的贡献率继续提高，服务业增加值增长较快，就业形势总体稳定。',
      '专家认为，随着一系列稳增长政策落地见效，第四季度经济有望保持平稳运行。',
    ];
    const titled = (body: string) => {
      const doc = page('', body);
      doc.title = '前三季度经济运行总体平稳';
      return doc;
    };
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${sentences[i % 3]}</p>`).join('');
    const story = titled(
      `<h1>前三季度经济运行总体平稳</h1><div class="story"><div class="info">2024年10月18日 10:30 来源：新华社</div>${paragraphs}</div>`,
    );
    // 265 characters of prose, undeclared: in letters, about 800.
    expect(detectArticle(story)?.blocks.map((b) => b.text)).toEqual(
      Array.from({ length: 6 }, (_, i) => sentences[i % 3]),
    );
    const card = (i: number) =>
      `<div class="card"><h3><a href="/news/${i}">第${i}条新闻：国务院常务会议部署稳就业工作</a></h3><p>会议强调要把稳就业放在更加突出位置。</p></div>`;
    // Counted three times, its headlines are as long as a front page's in letters: cards.
    const front = titled(
      `<h1>新闻中心</h1>${Array.from({ length: 20 }, (_, i) => card(i)).join('')}`,
    );
    expect(detectArticle(front)).toBeNull();
  });

  it('keeps a tweet embedded in the article but not a social share box', () => {
    const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and yes the state spent nearly half a million dollars on the campaign, the governor said.</p></blockquote></div>`;
    const share = `<div class="social-share"><p>Share this story with your friends and family on every network you use.</p></div>`;
    const text = bodyOf(
      page(DATED, `<div class="story">${paras(2)}${tweet}${paras(2, 3)}${share}</div>`),
    );
    expect(text).toContain('half a million dollars');
    expect(text).not.toContain('Share this story');
  });

  it('keeps a paragraph dense with links when enough of it is unlinked prose', () => {
    const linked = Array.from(
      { length: 6 },
      (_, i) => `<a href="/s/${i}">a source document number ${i}</a>`,
    ).join(', ');
    const dense = `<p>The report cites ${linked}, and the ministry said on Tuesday that every one of them was checked twice before publication.</p>`;
    const text = bodyOf(page(DATED, `<div class="story">${para(1)}${dense}${paras(2, 2)}</div>`));
    expect(text).toContain('checked twice before publication');
  });

  it('reads the author from microdata when the head names none', () => {
    const doc = page(
      '',
      `<div itemscope itemtype="https://schema.org/NewsArticle"><h1>T</h1><span itemprop="author">Jane Roe</span><div>${paras(4)}</div></div>`,
    );
    expect(detectArticle(doc)?.meta.byline).toBe('Jane Roe');
  });
});
