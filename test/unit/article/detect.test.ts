import { describe, expect, it } from 'vitest';
import { detectArticle, quickReject, skipInBody } from '../../../lib/article';
import { blockText } from '../../../lib/text/blockText';

const para = (i: number) =>
  `<p>Paragraph ${i} of the story says that the minister, speaking in the capital on Tuesday, promised new funding for the regional hospitals and schools.</p>`;
const paras = (n: number, from = 1) => Array.from({ length: n }, (_, i) => para(i + from)).join('');

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

  it('takes a short og:type article page, not the same page undeclared', () => {
    const body = `<h1>Short</h1><div>${paras(2)}</div>`;
    expect(detectArticle(page('<meta property="og:type" content="article">', body))).not.toBeNull();
    expect(detectArticle(page('', body))).toBeNull();
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
      '',
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
});
