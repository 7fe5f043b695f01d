import { describe, expect, it } from 'vitest';
import { rangeForBlockSpan } from '@/lib/anchoring/domRange';
import { unwrap, wrapRange } from '@/lib/highlight/wrapRange';
import { blockText } from '@/lib/text/blockText';

const mark = () => {
  const m = document.createElement('mark');
  m.dataset.test = '1';
  return m;
};

describe('wrapRange', () => {
  it('wraps exactly the range, one wrapper per text node, and keeps page elements', () => {
    document.body.innerHTML = '<p id="p">"We are <a href="/a">ready</a> now," she said.</p>';
    const p = document.getElementById('p') as HTMLElement;
    const link = p.querySelector('a');
    const bt = blockText(p);
    const range = rangeForBlockSpan(bt, 1, bt.text.indexOf('now') + 3);
    const marks = wrapRange(range as Range, mark);
    expect(marks.map((m) => m.textContent)).toEqual(['We are ', 'ready', ' now']);
    expect(p.querySelector('a')).toBe(link);
    expect(p.textContent).toBe('"We are ready now," she said.');
  });

  it('unwrap restores the original text nodes', () => {
    document.body.innerHTML = '<p id="p">Officials said the talks would resume.</p>';
    const p = document.getElementById('p') as HTMLElement;
    const before = p.innerHTML;
    const bt = blockText(p);
    const marks = wrapRange(rangeForBlockSpan(bt, 15, 37) as Range, mark);
    expect(p.querySelectorAll('mark')).toHaveLength(1);
    unwrap(marks);
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes).toHaveLength(1);
  });

  it('treats markup-like page text as text', () => {
    document.body.innerHTML = '<p id="p">&lt;img src=x onerror=alert(1)&gt; said X.</p>';
    const p = document.getElementById('p') as HTMLElement;
    const bt = blockText(p);
    wrapRange(rangeForBlockSpan(bt, 0, bt.text.indexOf('>') + 1) as Range, mark);
    expect(p.querySelector('img')).toBeNull();
    expect(p.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
