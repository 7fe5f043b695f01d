import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectInBrowser, passesScreen, quickReject } from '../../../lib/article';
import { type GateFacts, gateDecision } from '../../../lib/article/gate';

/** A paragraph of `n` characters. */
const text = (n: number) => 'word '.repeat(Math.ceil(n / 5)).slice(0, n);
const p = (n: number) => `<p>${text(n)}</p>`;
const ld = (type: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': type, name: 'x' })}</script>`;

function page(head: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument('Test');
  doc.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  return doc;
}

/** Sixteen line breaks on the page, two to a box: no text laid out with <br>. */
const SPREAD_BREAKS = `<div>${p(120)}</div>${'<div>a<br>b<br></div>'.repeat(8)}`;

/** The screen and the gate on one page: the screen must pass every page the gate passes. */
function verdicts(doc: Document) {
  return { gate: !quickReject(doc), screen: passesScreen(doc) };
}

describe('passesScreen', () => {
  it.each([
    ['a run of prose under one parent', '', `<div>${p(250)}${p(250)}</div>`, true],
    ['prose spread over one grandparent', '', `<ul>${`<li>${p(160)}</li>`.repeat(4)}</ul>`, true],
    ['a product with some prose', ld('Product'), `<div>${p(300)}${p(300)}</div>`, false],
    ['a product with a long text', ld('Product'), `<div>${p(800)}${p(800)}</div>`, true],
    ['a forum thread', ld('DiscussionForumPosting'), `<div>${p(900)}${p(900)}</div>`, false],
    ['a page declaring an article', ld('NewsArticle'), p(60), true],
    [
      'og:type article in the body',
      '',
      `<meta property="OG:type" content=" Article ">${p(60)}`,
      true,
    ],
    [
      'microdata naming an article',
      '',
      `<article itemscope itemtype="https://schema.org/NewsArticle">${p(60)}</article>`,
      true,
    ],
    ['a headline in the one <article>', '', `<article><h1>Title</h1>${p(60)}</article>`, true],
    ['a login page', '', `<form>${p(120)}<input></form>${p(80)}`, false],
    ['short teasers under their own boxes', '', `<ul>${`<li>${p(90)}</li>`.repeat(5)}</ul>`, false],
    ['two paragraphs short of a run', '', `<div>${p(190)}${p(190)}</div>`, false],
  ])('%s', (_, head, body, passes) => {
    expect(verdicts(page(head, body))).toEqual({ gate: passes, screen: passes });
  });

  it('asks of a page titled in Chinese a third of the lengths: the gate counts each character thrice', () => {
    const chinese = (n: number) => `<p>${'经济运行总体平稳。'.repeat(n)}</p>`;
    const titled = (body: string) => {
      const doc = page('', body);
      doc.title = '前三季度经济运行总体平稳';
      return doc;
    };
    // 162 characters: 486 in Latin ones, a run of prose by the gate's rule (PARENT_PROSE).
    expect(verdicts(titled(`<div>${chinese(9)}${chinese(9)}</div>`))).toEqual({
      gate: true,
      screen: true,
    });
    expect(verdicts(titled(`<div>${chinese(5)}${chinese(5)}</div>`))).toEqual({
      gate: false,
      screen: false,
    });
  });

  it.each([
    ['lines laid out by <br> in one box', `<div>${p(120)}${'line<br>'.repeat(10)}</div>`, true],
    [
      'lines under many paragraphs',
      `${`<div>${p(120)}</div>`.repeat(4)}<div>${'line<br>'.repeat(12)}</div>`,
      true,
    ],
    ['line breaks spread over the page', SPREAD_BREAKS, false],
    ['nine lines', `<div>${'line<br>'.repeat(9)}</div>`, false],
    // Past MAX_BR_ASKED the screen stops counting per box and lets the gate decide.
    ['many line breaks, none sharing a box', '<span>a<br></span>'.repeat(120), false],
  ])('%s', (_, body, passes) => {
    const { gate, screen } = verdicts(page('', body));
    expect(gate).toBe(passes);
    expect(screen || !gate).toBe(true);
  });

  it('counts the line breaks of one box, not of the page, in the screen too', () => {
    expect(verdicts(page('', SPREAD_BREAKS))).toEqual({ gate: false, screen: false });
  });
});

describe('passesScreen on real pages (test/fixtures/pages)', () => {
  const dir = resolve(__dirname, '../../fixtures/pages');
  const cases: { file: string; article: boolean }[] = JSON.parse(
    readFileSync(resolve(dir, 'cases.json'), 'utf8'),
  );
  it.each(cases)('$file', ({ file, article }) => {
    const html = gunzipSync(readFileSync(resolve(dir, file))).toString('utf8');
    const doc = new JSDOM(html).window.document;
    expect(verdicts(doc)).toEqual({ gate: article, screen: article });
  });
});

describe('detectInBrowser', () => {
  const seed = readFileSync(resolve(__dirname, '../../fixtures/seed.html'), 'utf8');

  it("reads no site's front page, though it holds a story", () => {
    const at = (url: string) => detectInBrowser(new JSDOM(seed, { url }).window.document);
    expect(at('https://news.example/')).toBeNull();
    expect(at('https://news.example/2024/05/europe-offers-ukraine-guarantees')?.meta.title).toMatch(
      /Ukraine/,
    );
    expect(at('https://news.example/?p=123')).not.toBeNull();
  });
});

describe('gateDecision', () => {
  /** Facts that record which were asked: in the screen each is a walk of the page. */
  function asking(value: boolean) {
    const asked: string[] = [];
    const fact = (name: string) => () => {
      asked.push(name);
      return value;
    };
    const facts: GateFacts = {
      longProse: fact('longProse'),
      someProse: fact('someProse'),
      brLayout: fact('brLayout'),
      headlineInArticle: fact('headlineInArticle'),
    };
    return { asked, facts };
  }

  it.each([
    ['article', false, true, []],
    ['tagged', false, true, []],
    ['discussion', true, false, []],
    ['other', true, true, ['longProse']],
    ['other', false, false, ['longProse']],
    ['unknown', true, true, ['someProse']],
    ['unknown', false, false, ['someProse', 'brLayout', 'headlineInArticle']],
  ] as const)('a page of kind %s, facts %s: passes %s, asking %j', (kind, value, passes, asked) => {
    const run = asking(value);
    expect(gateDecision(kind, run.facts)).toBe(passes);
    expect(run.asked).toEqual(asked);
  });
});
