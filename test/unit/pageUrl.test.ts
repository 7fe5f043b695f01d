import { describe, expect, it } from 'vitest';
import { isSiteFront, pageAddress, storedCanonical } from '@/lib/pageUrl';

describe('pageAddress and storedCanonical', () => {
  it('takes an in-page anchor for the same page', () => {
    expect(pageAddress('https://a.example/story?id=2#comments')).toBe(
      'https://a.example/story?id=2',
    );
    expect(pageAddress('https://a.example/story')).toBe('https://a.example/story');
  });

  it('believes a canonical link after an in-page navigation only when it names the same path', () => {
    document.head.innerHTML = '<link rel="canonical" href="https://www.a.example/news/first">';
    expect(storedCanonical(document, 'https://a.example/news/second', false)).toBe(
      'https://www.a.example/news/first',
    );
    expect(storedCanonical(document, 'https://a.example/news/second', true)).toBeNull();
    expect(storedCanonical(document, 'https://m.a.example/news/first?utm=x', true)).toBe(
      'https://www.a.example/news/first',
    );
    document.head.innerHTML = '';
    expect(storedCanonical(document, 'https://a.example/news/second', true)).toBeNull();
  });
});

describe('isSiteFront', () => {
  const at = isSiteFront;

  it.each([
    'https://news.example/',
    'https://news.example/#top',
    'https://news.example/index.html',
    'https://news.example/en/',
    'https://news.example/pt-br',
  ])('takes %s for a front page', (href) => expect(at(href)).toBe(true));

  it.each([
    'https://news.example/2024/05/ferry-strike',
    'https://news.example/?p=123',
    'https://news.example/#/story/5',
    'https://news.example/#!story-5',
    'https://news.example/en/ferry-strike',
    'https://news.example/world/',
  ])('takes %s for a page that may hold a story', (href) => expect(at(href)).toBe(false));
});
