import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/article';
import { findTeasers, HIDDEN_ATTRIBUTE, hideTeasers } from '../../../lib/teasers';

const sentences = [
  'Ukrainian officials said on Tuesday that the talks in Geneva had made progress on a framework for security guarantees.',
  'European leaders met in Paris to discuss how troops could be deployed after a ceasefire, according to a diplomat.',
  'The Kremlin dismissed the proposals as unrealistic, a spokesman told reporters in Moscow on Tuesday afternoon.',
];

const PAGE = 'https://news.example/live/ukraine-talks';

/** Update headlines: plain, linked to their anchor, or linked to the page's own address with a fragment. */
type Headline = 'plain' | 'anchor' | 'address';

function liveBlog(headlines: Headline) {
  const posts = Array.from({ length: 8 }, (_, i) => {
    const title = `Update ${i + 1}: talks on guarantees continue in Geneva and Paris`;
    const href = headlines === 'anchor' ? `#post-${i}` : `${PAGE}?post=${i}#post-${i}`;
    const heading = headlines === 'plain' ? title : `<a href="${href}">${title}</a>`;
    return `<article class="liveblog-post" id="post-${i}"><time datetime="2025-11-25T1${i}:00">1${i}:00</time><h2>${heading}</h2><p>${sentences[i % 3]} ${sentences[(i + 1) % 3]}</p><p>${sentences[(i + 2) % 3]}</p><a href="#post-${i}">Link to this post</a></article>`;
  }).join('');
  const html = `<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Ukraine talks live: Geneva and Paris"}</script></head><body><header><nav><a href="/">Home</a><a href="/world">World</a></nav></header><main><h1>Ukraine talks live: Geneva and Paris</h1><div class="liveblog">${posts}</div></main><footer><a href="/about">About</a></footer></body>`;
  return new JSDOM(html, { url: PAGE }).window.document;
}

describe('live blogs', () => {
  it.each<Headline>(['plain', 'anchor', 'address'])(
    'takes every update for the body and hides none (%s headlines)',
    (headlines) => {
      const doc = liveBlog(headlines);
      const article = detectArticle(doc);
      expect(article).not.toBeNull();
      const posts = [...doc.querySelectorAll('article')];
      for (const post of posts) {
        expect(article?.blocks.some((b) => post.contains(b.element))).toBe(true);
      }
      if (article) hideTeasers(findTeasers(doc, article));
      expect(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`).length).toBe(0);
    },
  );
});
