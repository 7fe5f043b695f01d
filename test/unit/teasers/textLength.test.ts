import { describe, expect, it } from 'vitest';
import { textLengths } from '../../../lib/teasers/textLength';

const html = `<div id="box"><h2> Most read </h2><ul id="list"><li><a href="/a">First story here</a></li>
  <li><a href="/b">Second  story</a> <span>x</span></li></ul><p id="tail">A tail of some words</p></div>`;

const squeezed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

describe('textLengths', () => {
  it('counts what textContent holds without whitespace', () => {
    document.body.innerHTML = html;
    const count = textLengths();
    for (const id of ['box', 'list', 'tail'])
      expect(count(document.getElementById(id) as Element, Number.POSITIVE_INFINITY)).toBe(
        squeezed(document.getElementById(id) as Element),
      );
  });

  it('stops above the limit and still answers exactly afterwards', () => {
    document.body.innerHTML = html;
    const box = document.getElementById('box') as Element;
    const count = textLengths();
    const early = count(box, 10);
    expect(early).toBeGreaterThan(10);
    expect(early).toBeLessThan(squeezed(box));
    expect(count(box, Number.POSITIVE_INFINITY)).toBe(squeezed(box));
    expect(count(box, 10)).toBe(squeezed(box));
  });
});
