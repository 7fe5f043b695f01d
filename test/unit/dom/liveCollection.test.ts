import { describe, expect, it } from 'vitest';
import { elementsOf } from '@/lib/dom/liveCollection';

describe('elementsOf', () => {
  it('gives the elements in document order', () => {
    document.body.innerHTML = '<p id="a"></p><div><p id="b"></p></div><p id="c"></p>';
    expect(elementsOf(document.getElementsByTagName('p')).map((p) => p.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('reads the live length once, however many elements there are', () => {
    document.body.innerHTML = '<p></p>'.repeat(50);
    const live = document.getElementsByTagName('p');
    let reads = 0;
    const counted = new Proxy(live, {
      get(target, key) {
        if (key === 'length') reads++;
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    expect(elementsOf(counted)).toHaveLength(50);
    expect(reads).toBe(1);
  });
});
