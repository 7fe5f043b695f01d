import { describe, expect, it } from 'vitest';
import { headline, items, para, paras, runPage } from './runPage';

const story = (inside: string) =>
  `<article><h1>Europe offers Ukraine security guarantees</h1><div class="story-body">${paras(3)}${inside}${paras(2, 4)}</div></article>`;

describe('teasers set inside the body', () => {
  it('hides a headline list in a box named for related stories, whatever its heading', () => {
    const { hidden, article } = runPage(
      story(
        `<div class="relatedContent"><h3>Holiday Gift Guides</h3><ul>${items('g', headline)}</ul></div>`,
      ),
    );
    expect(hidden('a[href^="/g/"]')).toEqual([true, true, true]);
    expect(article.blocks.map((b) => b.text).join(' ')).toContain('Paragraph 5');
  });

  it('hides one-story lists under a bare "More:" heading between paragraphs', () => {
    const lists = headline
      .map((t, i) => `<ul><li><h4><a href="/m/${i}-story-about-${i}">${t}</a></h4></li></ul>`)
      .join('');
    const { hidden } = runPage(story(`<h4>More:</h4>${lists}`));
    expect(hidden('a[href^="/m/"]')).toEqual([true, true, true]);
    expect(hidden('.story-body > p')).toEqual([false, false, false, false, false]);
  });

  it('leaves a plain list of links in the body alone', () => {
    const { hidden } = runPage(
      story(`<div class="sources"><h3>Documents</h3><ul>${items('d', headline)}</ul></div>`),
    );
    expect(hidden('a[href^="/d/"]')).toEqual([false, false, false]);
  });

  it('hides a paragraph that is one headline link in capitals, not the paragraphs around it', () => {
    const { hidden, article } = runPage(
      story(
        `<p><strong><a href="/v/12345">CELEBRITY CHEF OPENS A NEW RESTAURANT DOWNTOWN</a></strong></p>`,
      ),
    );
    expect(hidden('a[href="/v/12345"]')).toEqual([true]);
    expect(hidden('.story-body > p')).toEqual([false, false, false, true, false, false]);
    const body = article.blocks.map((b) => b.text).join(' ');
    expect(body).not.toContain('CELEBRITY');
    expect(body).toContain('Paragraph 4');
  });

  it.each([
    'Lesen Sie auch:',
    'Читайте также:',
    'Leggi anche:',
    'Czytaj także:',
    'Zobacz też:',
    '相关阅读：',
    '延伸閱讀：',
    '関連記事：',
    '【関連記事】',
    '▼相关阅读：',
    '[Read more]',
    '관련기사:',
  ])('hides an inline "%s" teaser paragraph, not the paragraphs around it', (lead) => {
    const { hidden, article } = runPage(
      story(`<p>${lead} <a href="/x/1">Celebrity chef opens a new restaurant downtown</a></p>`),
    );
    expect(hidden('a[href="/x/1"]')).toEqual([true]);
    expect(hidden('.story-body > p:not(:has(a))')).toEqual([false, false, false, false, false]);
    expect(article.blocks.map((b) => b.text).join(' ')).not.toContain('Celebrity chef');
  });

  it('keeps a capitals headline link on the article’s own story', () => {
    const { hidden } = runPage(
      story(
        `<p><strong><a href="/v/67890">ZELENSKY SAYS UKRAINE NEEDS EUROPEAN SECURITY GUARANTEES</a></strong></p>`,
      ),
    );
    expect(hidden('a[href="/v/67890"]')).toEqual([false]);
  });

  it('leaves a linked phrase in capitals inside a sentence alone', () => {
    const { hidden } = runPage(
      story(
        `<p>The minister told <a href="/org/1">THE EUROPEAN COUNCIL</a> on Tuesday that the talks would go on.</p>`,
      ),
    );
    expect(hidden('a[href="/org/1"]')).toEqual([false]);
  });
});

describe('a teaser list set after its heading, not inside a box', () => {
  it('leaves the list out of the body and hides its items, partly linked headlines', () => {
    const { article, hidden } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1><div class="chunks">${paras(5)}<hr><div class="heading-h3">More Great Daily Stories</div><ul><li>Celebrity chef who trained in Paris and Rome opens <a href="/m/1-chef">a restaurant</a></li><li>Local football club from the northern suburbs <a href="/m/2-cup">wins the cup</a></li><li>Best summer tomato recipes from our readers, <a href="/m/3-tomatoes">to make now</a></li></ul>${para(9)}</div></article>`,
    );
    const body = article.blocks.map((b) => b.text).join(' ');
    expect(body).not.toContain('Celebrity');
    expect(body).toContain('Paragraph 9');
    expect(hidden('a[href^="/m/"]')).toEqual([true, true, true]);
  });

  it('still leaves links in the sentences of list items under a plain heading alone', () => {
    const { hidden } = runPage(
      `<article><h1>Europe offers Ukraine security guarantees</h1><div class="chunks">${paras(5)}<h3>What the allies offered</h3><ul><li>France said it <a href="/f/1-troops">would send troops</a> within a year.</li><li>Britain promised <a href="/f/2-money">new money for air defence</a> this winter.</li></ul></div></article>`,
    );
    expect(hidden('a[href^="/f/"]')).toEqual([false, false]);
  });
});

describe('slideshows of another page embedded in the body', () => {
  const slideshow = (slug: string, title: string) =>
    `<div class="galleryWrapper"><a class="title" href="/pictures/${slug}/">${title}</a><a href="/pictures/${slug}/">SEE FULL GALLERY</a><div class="row">${Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="thumb"><a href="/pictures/${slug}/${i ? `${i + 1}/` : ''}"><img src="t${i}.jpg" alt=""></a></div>`,
    ).join('')}</div></div>`;

  it('hides the thumbnails of an unrelated gallery, not the paragraphs around it', () => {
    const { hidden } = runPage(
      story(slideshow('best-gifts-for-co-workers', 'Best gifts for co-workers under $50')),
    );
    expect(hidden('.galleryWrapper a')).toEqual(Array(8).fill(true));
    expect(hidden('.story-body > p')).toEqual(Array(5).fill(false));
  });

  it('keeps a gallery of the article’s own story', () => {
    const { hidden } = runPage(
      story(
        slideshow('ukraine-security-talks', 'Zelensky in Kyiv: Europe security guarantees talks'),
      ),
    );
    expect(hidden('.galleryWrapper a')).toEqual(Array(8).fill(false));
  });
});

describe('tag lists', () => {
  it('never hides a "Related Topics" row of topic links beside the article', () => {
    const topics = ['Amazon', 'Servers', 'Storage', 'Networking']
      .map((t) => `<a href="/topic/${t.toLowerCase()}/"> ${t} </a>`)
      .join(' ');
    const { hidden } = runPage(
      `<main><article><h1>Europe offers Ukraine security guarantees</h1>${paras(5)}</article><section class="related-topics"><h3>Related Topics:</h3> ${topics}</section></main>`,
    );
    expect(hidden('.related-topics a')).toEqual([false, false, false, false]);
  });
});

describe('the body container', () => {
  it('does not widen to the page for a newsletter line and a card excerpt after the article', () => {
    const { article, hidden } = runPage(
      `<section><article class="single">${para(1)}<div class="content">${paras(8, 2)}</div></article></section><div class="cta"><h3>Want more stories like this?</h3><p>Every day we send an email with the top stories from us.</p></div><section><article class="card"><a href="/c/1"><img src="x.jpg" alt=""></a><h2><a href="/c/1">${headline[0]}</a></h2><p>Scandinavia's Sami have been herding reindeer for generations, and then the miners arrived.</p></article><article class="card"><h2><a href="/c/2">${headline[1]}</a></h2></article></section>`,
    );
    expect(article.body.matches('article.single')).toBe(true);
    expect(hidden('a[href^="/c/"]')).toEqual([true, true, true]);
  });

  it('still takes in a short standfirst set before the article’s container', () => {
    const { article } = runPage(
      `<div class="page"><p class="lead">Ukraine and Europe met again in Kyiv on Tuesday, and the talks went on.</p><div class="content">${paras(8)}</div></div>`,
    );
    expect(article.blocks[0]?.text).toContain('talks went on');
  });
});
