import { describe, expect, it } from 'vitest';
import { rangeForBlockSpan } from '@/lib/anchoring/domRange';
import { blockText } from '@/lib/text/blockText';

function paragraph(html: string): HTMLElement {
  document.body.innerHTML = `<p>${html}</p>`;
  return document.querySelector('p') as HTMLElement;
}

describe('block text and DOM ranges', () => {
  it('collapses whitespace across inline elements and skips scripts', () => {
    const p = paragraph(
      '  "We  will\n go," <a href="/x">said</a> <b>the   minister</b>.<script>var x = 1;</script>',
    );
    expect(blockText(p).text).toBe('"We will go," said the minister.');
  });

  it('maps a span of the collapsed text to the same characters in the DOM', () => {
    const p = paragraph('He  said <em>"we\n   will go"</em> on   Monday.');
    const bt = blockText(p);
    const start = bt.text.indexOf('we will');
    const range = rangeForBlockSpan(bt, start, start + 'we will go'.length);
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('we will go');
  });

  it('spans several text nodes', () => {
    const p = paragraph('According to <a href="/r">Reuters</a>, talks failed.');
    const bt = blockText(p);
    const range = rangeForBlockSpan(bt, 0, bt.text.indexOf(','));
    expect(range?.toString()).toBe('According to Reuters');
  });

  it('honours the skip predicate', () => {
    const p = paragraph('Kept text <span class="ad">Advertisement</span> more.');
    expect(blockText(p, (el) => el.classList.contains('ad')).text).toBe('Kept text more.');
  });
});
