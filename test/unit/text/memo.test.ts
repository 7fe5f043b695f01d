import { describe, expect, it } from 'vitest';
import { memoByString } from '../../../lib/text/memo';

describe('memoByString', () => {
  it('judges each string once and remembers false and null verdicts too', () => {
    const seen: string[] = [];
    const judge = memoByString((text) => {
      seen.push(text);
      return text === 'a' ? null : text.length > 1;
    });
    expect([judge('a'), judge('bb'), judge('c'), judge('a'), judge('bb'), judge('c')]).toEqual([
      null,
      true,
      false,
      null,
      true,
      false,
    ]);
    expect(seen).toEqual(['a', 'bb', 'c']);
  });
});
