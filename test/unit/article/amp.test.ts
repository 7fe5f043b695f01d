import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/pipeline';
import { HIDDEN_ATTRIBUTE } from '../../../lib/teasers';

/**
 * AMP pages: their markup is AMP's own components (amp-img, amp-ad, amp-carousel, amp-sidebar,
 * amp-social-share, amp-embed, amp-live-list), unknown elements to a DOM, around ordinary
 * paragraphs. The article page is made for this test (test/fixtures/pages/amp-article.html),
 * laid out as AMP news templates are.
 */

const ampArticle = () =>
  new JSDOM(readFileSync(resolve(__dirname, '../../fixtures/pages/amp-article.html'), 'utf8'), {
    url: 'https://coastalherald.example/amp/news/2024/03/harbour-town-sea-wall-vote',
  }).window.document;

const isHidden = (el: Element) => el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null;

describe('an AMP article', () => {
  const doc = ampArticle();
  const result = analyzePage(doc, { hideTeasers: true, findClaims: true });

  it('is found, with what its JSON-LD says of it', () => {
    expect(result?.article.meta).toEqual({
      title: 'Harbour town votes to rebuild its flooded sea wall',
      byline: 'Maren Holt',
      publishedAt: '2024-03-14T09:30:00Z',
      siteName: 'The Coastal Herald',
    });
  });

  it("takes its paragraphs for the body, without the ad slot's label or the gallery", () => {
    const texts = result?.article.blocks.map((b) => b.text) ?? [];
    expect(texts).toHaveLength(6);
    expect(texts[0]).toMatch(/^Councillors in Port Alder voted/);
    expect(texts[5]).toMatch(/^Residents at the meeting applauded/);
    const body = texts.join('\n');
    for (const stray of ['Advertisement', 'Harbour Street on the morning', 'Topics:'])
      expect(body).not.toContain(stray);
  });

  it('hides the unrelated story cards and nothing of the menu, byline, tags or footer', () => {
    const cards = [...doc.querySelectorAll('.more-stories a')];
    expect(cards.length).toBe(4);
    for (const a of cards) expect(isHidden(a)).toBe(true);
    for (const sel of ['amp-sidebar a', '.story-meta a', '.story-tags a', 'footer a', 'article p'])
      for (const el of doc.querySelectorAll(sel)) expect(isHidden(el)).toBe(false);
  });

  it("finds the council leader's quotes", () => {
    const leader = result?.claims.filter((c) => c.speaker === 'council leader Ruth Penhallow');
    expect(leader?.map((c) => c.form)).toEqual(['direct', 'direct']);
  });
});

describe('an AMP live blog (amp-live-list)', () => {
  const update = (id: number, title: string, text: string) =>
    `<div id="u${id}" data-sort-time="${1707472800 + id * 3600}"><time>1${id}:00</time><h2>${title}</h2><p>${text}</p></div>`;
  const html = `<!doctype html><html ⚡ lang="en"><head><title>Storm live</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm Ciara live: rail lines closed as winds reach 90mph"}</script></head><body>
    <amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li></ul></amp-sidebar>
    <main><h1>Storm Ciara live: rail lines closed as winds reach 90mph</h1>
    <amp-live-list id="live" data-poll-interval="15000" data-max-items-per-page="20"><button update on="tap:live.update">You have new updates</button><div items>
    ${update(3, 'Ferries cancelled', 'Ferry operators cancelled all crossings from the western ports until at least Sunday morning, as waves of up to eight metres were forecast in the Channel.')}
    ${update(2, 'Rail lines closed', 'Network Rail said four main lines were closed after trees fell on the tracks, and warned passengers not to travel unless their journey was essential.')}
    ${update(1, 'Gusts of 90mph', 'The Met Office recorded gusts of 90mph on the coast overnight, the strongest since 2014, and kept its amber warning in place for the whole of the south.')}
    </div><div pagination></div></amp-live-list></main>
    <section><h2>Most read</h2><ul><li><a href="/sport/2024/02/club-signs-striker">Club signs striker from Lisbon on a four-year deal</a></li><li><a href="/food/2024/02/best-pancake-recipes">The best pancake recipes for Shrove Tuesday this year</a></li><li><a href="/arts/2024/02/gallery-reopens">Town gallery reopens after a two-year renovation</a></li></ul></section>
    </body></html>`;
  const doc = new JSDOM(html, { url: 'https://herald.example/amp/live/storm-ciara' }).window
    .document;
  const result = analyzePage(doc, { hideTeasers: true, findClaims: true });

  it('takes every update for the body and hides the most-read list beside it', () => {
    const body = result?.article.blocks.map((b) => b.text).join('\n') ?? '';
    for (const start of [
      'Ferry operators cancelled',
      'Network Rail said',
      'The Met Office recorded',
    ])
      expect(body).toContain(start);
    for (const a of doc.querySelectorAll('section a')) expect(isHidden(a)).toBe(true);
    for (const a of doc.querySelectorAll('amp-sidebar a')) expect(isHidden(a)).toBe(false);
  });
});
