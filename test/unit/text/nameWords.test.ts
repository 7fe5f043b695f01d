import { describe, expect, it } from 'vitest';
import { findNameWord } from '../../../lib/text/nameWords';

const WORDS = new Set(['ad', 'side-bar', 'comments', 'nav']);

describe('findNameWord', () => {
  it('finds a listed word that opens a class word or follows a hyphen or underscore', () => {
    expect(findNameWord('ad', WORDS)).toBe('ad');
    expect(findNameWord('ad-slot', WORDS)).toBe('ad');
    expect(findNameWord('top_ad', WORDS)).toBe('ad');
    expect(findNameWord('page main-nav', WORDS)).toBe('nav');
  });

  it('lets a digit close a word but not open one', () => {
    expect(findNameWord('ad2', WORDS)).toBe('ad');
    expect(findNameWord('x2ad', WORDS)).toBeNull();
  });

  it('never finds a word inside a longer one', () => {
    expect(findNameWord('header load', WORDS)).toBeNull();
    expect(findNameWord('navigation adverts', WORDS)).toBeNull();
  });

  it('matches hyphenated words whole, and only with their hyphen', () => {
    expect(findNameWord('left-side-bar', WORDS)).toBe('side-bar');
    expect(findNameWord('side_bar sidebar', WORDS)).toBeNull();
  });

  it('reads any space as a separator, never as part of a word', () => {
    expect(findNameWord('x\u00a0ad', WORDS)).toBe('ad');
    expect(findNameWord('side bar', WORDS)).toBeNull();
  });

  it('lets the caller refuse a word by what comes before it in its class word', () => {
    const afterRecent = (part: string, start: number) => part.slice(0, start) === 'recent-';
    expect(findNameWord('recent-comments', WORDS, afterRecent)).toBeNull();
    expect(findNameWord('recent-comments comments', WORDS, afterRecent)).toBe('comments');
  });
});
