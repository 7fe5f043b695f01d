import { describe, expect, it } from 'vitest';
import { isTrailerText } from '../../../lib/article/body';
import { isTeaserHeading } from '../../../lib/teasers/labels';
import { hasPhrase, phrasesOf } from '../../../lib/text/phrases';

describe('hasPhrase', () => {
  it('wants a word boundary before a phrase, none after', () => {
    expect(hasPhrase('related stories', ['related'])).toBe(true);
    expect(hasPhrase('relatedly', ['related'])).toBe(true);
    expect(hasPhrase('unrelated news', ['related'])).toBe(false);
    expect(hasPhrase('unrelated, related', ['related'])).toBe(true);
  });

  it('reads the boundary as \\b does before a phrase that opens with a non-word character', () => {
    expect(hasPhrase('à lire aussi', ['à lire'])).toBe(false);
    expect(hasPhrase('xà lire aussi', ['à lire'])).toBe(true);
  });

  it('expands heads and tails into phrases', () => {
    expect(phrasesOf(['most ', 'most-'], ['read', 'viewed'])).toEqual([
      'most read',
      'most viewed',
      'most-read',
      'most-viewed',
    ]);
  });
});

describe('teaser headings', () => {
  it.each([
    'Related Stories',
    'MOST-READ',
    'You Might Also Like',
    'More Politics stories',
    'More:',
    'More',
    'Lesen Sie auch',
    'Lo más leído',
    'Читайте также',
    '热门新闻',
    '延伸閱讀',
    '猜你喜欢',
    'あわせて読みたい',
    '많이 본 뉴스',
    'Czytaj także',
    'Najczęściej czytane',
  ])('%s announces teasers', (text) => expect(isTeaserHeading(text)).toBe(true));

  it.each(['Moreover, the minister said', 'Unrelated matters', 'Morecambe', 'Comments'])(
    '%s does not',
    (text) => expect(isTeaserHeading(text)).toBe(false),
  );
});

describe('trailer headings (normalised text)', () => {
  it.each([
    'related',
    'more politics',
    'more world news',
    'comments',
    '12 comments',
    'most viewed',
  ])('%s closes the body', (text) => expect(isTrailerText(text)).toBe(true));

  it.each(['more than a game tonight', 'moreover', 'commentary', 'the related question'])(
    '%s does not',
    (text) => expect(isTrailerText(text)).toBe(false),
  );
});
